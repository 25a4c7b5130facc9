// A part's reading as it crosses a thread boundary. Structured clone of an Article makes the
// receiving thread build every nested object inside the deserializer (a quote is a dozen strings and
// spans: ~2 µs each); an Int32Array and one string array clone at copying speed, and the objects
// are built again here, with the engine's shapes. A string that is the text under its own span (a
// quote's words, a heading, a mention) is not sent at all: the receiver has the text and slices it.
import type { AttributionKind, Article, Caption, Finding, FindingCode, Gender, Language, Mention, Paragraph, Quote, QuoteKind, RelatedSpan, Section, Severity, Span, Speaker, SpeakerType, Title } from '../model';

/** what crosses a thread boundary: a few typed arrays and one array of strings (cheap to clone) */
export interface WireReading {
  /** every number of the Article and every choice (null or not, which enum member), in the order toWire writes them */
  ints: Int32Array;
  /** the strings the ints point at (each once), apart from those sliced again from the text */
  strings: string[];
}

/** a string or index that is null */
const NULL = -1;
/** a string that is text.slice(span.start, span.end) of the span it belongs to */
const UNDER_SPAN = -2;
/** Quote.runsOn / Quote.nestedIn as the engine left them: the property missing, or set to undefined */
const ABSENT = -3;
const UNDEFINED = -4;
/** how an args value is sent: a string index, an int32, or the 64 bits of any other number */
const ARG_STRING = 0;
const ARG_INT = 1;
const ARG_DOUBLE = 2;

/** An enum as small integers. A Record, so that the compiler asks for every member. */
function members<T extends string>(codes: Record<T, number>): readonly T[] {
  const values: T[] = [];
  for (const v of Object.keys(codes) as T[]) values[codes[v]] = v;
  return values;
}
const LANGUAGES = members<Language>({ ar: 0, en: 1 });
const QUOTE_KINDS = members<QuoteKind>({ direct: 0, term: 1 });
const ATTRIBUTIONS = members<AttributionKind>({ cue: 0, 'according-to': 1, colon: 2, continuation: 3, nested: 4 });
const SPEAKER_TYPES = members<SpeakerType>({ person: 0, organization: 1, anonymous: 2 });
const GENDERS = members<Gender>({ male: 0, female: 1 });
const SEVERITIES = members<Severity>({ error: 0, warning: 1, information: 2, hint: 3 });
const FINDING_CODES = members<FindingCode>({ 'duplicate-caption': 0, 'unattributed-quote': 1, 'unclosed-quote': 2, 'inconsistent-name': 3 });

/** a double seen as two int32 words */
const doubleBits = new Float64Array(1);
const doubleWords = new Int32Array(doubleBits.buffer);

/**
 * The Article as numbers and strings. Throws on what the format cannot carry exactly (an offset that
 * is not an int32, an unknown enum member): the caller may then send the Article itself.
 */
export function toWire(article: Article): WireReading {
  const w = new Writer(article.text);
  w.int(article.text.length);
  w.member(LANGUAGES, article.language);
  w.ints(article.lineStarts);
  w.count(article.paragraphs);
  for (const p of article.paragraphs) {
    w.span(p.span);
    w.count(p.lines);
    for (const l of p.lines) w.span(l);
  }
  w.line(article.title);
  w.line(article.byline);
  w.count(article.sections);
  for (const s of article.sections) {
    w.maybeSpan(s.headingSpan);
    w.textOf(s.heading, s.headingSpan);
    w.span(s.span);
  }
  w.count(article.captions);
  for (const c of article.captions) {
    w.span(c.span);
    w.span(c.textSpan);
    w.textOf(c.text, c.textSpan);
    w.maybeSpan(c.creditSpan);
    w.textOf(c.credit, c.creditSpan);
    w.maybeIndex(c.duplicateOf);
  }
  w.line(article.source);
  w.count(article.quotes);
  for (const q of article.quotes) {
    w.span(q.span);
    w.span(q.textSpan);
    w.textOf(q.text, q.textSpan);
    w.string(q.openMark);
    w.maybeString(q.closeMark);
    w.member(QUOTE_KINDS, q.kind);
    w.maybeString(q.speakerId);
    w.maybeSpan(q.cueSpan);
    w.textOf(q.cue, q.cueSpan);
    w.maybeMember(ATTRIBUTIONS, q.attribution);
    w.int(q.paragraph);
    w.runsOn(q);
    w.nestedIn(q);
  }
  w.count(article.speakers);
  for (const s of article.speakers) {
    w.string(s.id);
    w.string(s.name);
    w.maybeString(s.role);
    w.count(s.aliases);
    for (const a of s.aliases) w.string(a);
    w.member(SPEAKER_TYPES, s.type);
    w.maybeMember(GENDERS, s.gender);
    w.count(s.mentions);
    for (const m of s.mentions) {
      w.span(m.span);
      w.textOf(m.text, m.span);
      w.string(m.prefix);
    }
    w.ints(s.quotes);
  }
  w.count(article.findings);
  for (const f of article.findings) {
    w.member(FINDING_CODES, f.code);
    w.member(SEVERITIES, f.severity);
    w.span(f.span);
    w.args(f.args);
    w.count(f.related);
    for (const r of f.related) {
      w.span(r.span);
      w.args(r.args);
    }
  }
  return { ints: w.out.slice(), strings: w.strings };
}

/** An int32 list that grows by doubling (a number array, copied into an Int32Array at the end, cost twice as much). */
class IntList {
  #buf = new Int32Array(1024);
  #n = 0;

  add(v: number): void {
    if (this.#n === this.#buf.length) {
      const bigger = new Int32Array(this.#buf.length * 2);
      bigger.set(this.#buf);
      this.#buf = bigger;
    }
    this.#buf[this.#n++] = v;
  }

  /** the ints written, in an array of their own */
  slice(): Int32Array {
    return this.#buf.slice(0, this.#n);
  }
}

class Writer {
  readonly out = new IntList();
  readonly strings: string[] = [];
  /** each string sent once: marks, speaker ids, args keys repeat */
  readonly #indexOf = new Map<string, number>();

  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }

  int(n: number): void {
    // -0 too: Int32Array would bring it back as 0, which deepStrictEqual tells apart
    if ((n | 0) !== n || (n === 0 && 1 / n < 0)) throw new Error(`toWire: ${n} is not an int32`);
    this.out.add(n);
  }

  count(list: readonly unknown[]): void {
    this.int(list.length);
  }

  ints(list: readonly number[]): void {
    this.count(list);
    for (const n of list) this.int(n);
  }

  span(s: Span): void {
    this.int(s.start);
    this.int(s.end);
  }

  maybeSpan(s: Span | null): void {
    if (s === null) this.out.add(NULL);
    else {
      this.out.add(0);
      this.span(s);
    }
  }

  maybeIndex(n: number | null): void {
    if (n !== null && !(n >= 0)) throw new Error(`toWire: ${n} is not an index`);
    this.int(n ?? NULL);
  }

  string(s: string): void {
    if (typeof s !== 'string') throw new Error(`toWire: ${String(s)} is not a string`);
    let i = this.#indexOf.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.#indexOf.set(s, i);
    }
    this.out.add(i);
  }

  maybeString(s: string | null): void {
    if (s === null) this.out.add(NULL);
    else this.string(s);
  }

  /** a string that is usually the text under `span`: then only a mark, else the string itself */
  textOf(s: string | null, span: Span | null): void {
    if (span !== null && typeof s === 'string' && s.length === span.end - span.start && span.start >= 0 && span.end <= this.#text.length && this.#text.startsWith(s, span.start)) {
      this.out.add(UNDER_SPAN);
    } else this.maybeString(s);
  }

  /** a headline, byline or source line, or null */
  line(l: { text: string; span: Span } | null): void {
    if (l === null) this.out.add(NULL);
    else {
      this.out.add(0);
      this.span(l.span);
      this.textOf(l.text, l.span);
    }
  }

  member<T>(table: readonly T[], value: T): void {
    const i = table.indexOf(value);
    if (i < 0) throw new Error(`toWire: unknown value ${String(value)}`);
    this.out.add(i);
  }

  maybeMember<T>(table: readonly T[], value: T | null): void {
    if (value === null) this.out.add(NULL);
    else this.member(table, value);
  }

  runsOn(q: Quote): void {
    if (!('runsOn' in q)) this.out.add(ABSENT);
    else if (q.runsOn === undefined) this.out.add(UNDEFINED);
    else if (typeof q.runsOn === 'boolean') this.out.add(q.runsOn ? 1 : 0);
    else throw new Error(`toWire: runsOn ${String(q.runsOn)}`);
  }

  nestedIn(q: Quote): void {
    if (!('nestedIn' in q)) this.out.add(ABSENT);
    else if (q.nestedIn === undefined) this.out.add(UNDEFINED);
    else this.maybeIndex(q.nestedIn);
  }

  args(args: Record<string, string | number>): void {
    const keys = Object.keys(args);
    this.count(keys);
    for (const key of keys) {
      this.string(key);
      const v = args[key];
      if (typeof v === 'string') {
        this.out.add(ARG_STRING);
        this.string(v);
      } else if (typeof v === 'number' && (v | 0) === v && !(v === 0 && 1 / v < 0)) {
        this.out.add(ARG_INT);
        this.out.add(v);
      } else if (typeof v === 'number') {
        doubleBits[0] = v;
        this.out.add(ARG_DOUBLE);
        this.out.add(doubleWords[0]);
        this.out.add(doubleWords[1]);
      } else throw new Error(`toWire: args.${key} is ${typeof v}`);
    }
  }
}

/** `text` is the part's text (the article's own text, which the caller already has; it is not sent) */
export function fromWire(wire: WireReading, text: string): Article {
  const r = new Reader(wire, text);
  if (r.int() !== text.length) throw new Error('fromWire: the text is not the one this reading was made from');
  const language = LANGUAGES[r.int()];
  const lineStarts = r.ints();
  const paragraphs: Paragraph[] = new Array(r.int());
  for (let i = 0; i < paragraphs.length; i++) {
    const span = r.span();
    const lines: Span[] = new Array(r.int());
    for (let j = 0; j < lines.length; j++) lines[j] = r.span();
    paragraphs[i] = { span, lines };
  }
  const title = r.line();
  const byline = r.line();
  const sections: Section[] = new Array(r.int());
  for (let i = 0; i < sections.length; i++) {
    const headingSpan = r.maybeSpan();
    const heading = r.textOf(headingSpan);
    sections[i] = { heading, headingSpan, span: r.span() };
  }
  const captions: Caption[] = new Array(r.int());
  for (let i = 0; i < captions.length; i++) {
    const span = r.span();
    const textSpan = r.span();
    const captionText = r.textOf(textSpan)!;
    const creditSpan = r.maybeSpan();
    const credit = r.textOf(creditSpan);
    captions[i] = { text: captionText, credit, span, creditSpan, textSpan, duplicateOf: r.maybeIndex() };
  }
  const source = r.line();
  const quotes: Quote[] = new Array(r.int());
  for (let i = 0; i < quotes.length; i++) quotes[i] = r.quote();
  const speakers: Speaker[] = new Array(r.int());
  for (let i = 0; i < speakers.length; i++) speakers[i] = r.speaker();
  const findings: Finding[] = new Array(r.int());
  for (let i = 0; i < findings.length; i++) {
    const code = FINDING_CODES[r.int()];
    const severity = SEVERITIES[r.int()];
    const span = r.span();
    const args = r.args();
    const related: RelatedSpan[] = new Array(r.int());
    for (let j = 0; j < related.length; j++) {
      const relatedSpan = r.span();
      related[j] = { span: relatedSpan, args: r.args() };
    }
    findings[i] = { code, severity, span, args, related };
  }
  return { text, language, lineStarts, paragraphs, title, byline, sections, captions, source, quotes, speakers, findings };
}

class Reader {
  #at = 0;
  readonly #numbers: Int32Array;
  readonly #strings: string[];

  readonly #text: string;
  constructor(
    wire: WireReading,
    text: string,
  ) {
    this.#text = text;
    this.#numbers = wire.ints;
    this.#strings = wire.strings;
  }

  int(): number {
    return this.#numbers[this.#at++];
  }

  ints(): number[] {
    const list: number[] = new Array(this.int());
    for (let i = 0; i < list.length; i++) list[i] = this.#numbers[this.#at++];
    return list;
  }

  span(): Span {
    const start = this.#numbers[this.#at++];
    return { start, end: this.#numbers[this.#at++] };
  }

  maybeSpan(): Span | null {
    return this.int() === NULL ? null : this.span();
  }

  maybeIndex(): number | null {
    const n = this.int();
    return n === NULL ? null : n;
  }

  string(): string {
    return this.#strings[this.int()];
  }

  maybeString(): string | null {
    const i = this.int();
    return i === NULL ? null : this.#strings[i];
  }

  textOf(span: Span | null): string | null {
    const i = this.int();
    if (i === UNDER_SPAN) return this.#text.slice(span!.start, span!.end);
    return i === NULL ? null : this.#strings[i];
  }

  line(): Title | null {
    if (this.int() === NULL) return null;
    const span = this.span();
    return { text: this.textOf(span)!, span };
  }

  maybeMember<T>(table: readonly T[]): T | null {
    const i = this.int();
    return i === NULL ? null : table[i];
  }

  quote(): Quote {
    const span = this.span();
    const textSpan = this.span();
    const quoteText = this.textOf(textSpan)!;
    const openMark = this.string();
    const closeMark = this.maybeString();
    const kind = QUOTE_KINDS[this.int()];
    const speakerId = this.maybeString();
    const cueSpan = this.maybeSpan();
    const cue = this.textOf(cueSpan);
    const attribution = this.maybeMember(ATTRIBUTIONS);
    const paragraph = this.int();
    const runsOn = this.int();
    const nestedIn = this.int();
    if (runsOn >= 0 && nestedIn !== ABSENT && nestedIn !== UNDEFINED) {
      // as the engine makes every quote (bareQuote): both present, with values
      return { text: quoteText, span, textSpan, openMark, closeMark, kind, speakerId, cue, cueSpan, attribution, paragraph, runsOn: runsOn === 1, nestedIn: nestedIn === NULL ? null : nestedIn };
    }
    const q: Quote = { text: quoteText, span, textSpan, openMark, closeMark, kind, speakerId, cue, cueSpan, attribution, paragraph };
    if (runsOn !== ABSENT) q.runsOn = runsOn === UNDEFINED ? undefined : runsOn === 1;
    if (nestedIn !== ABSENT) q.nestedIn = nestedIn === UNDEFINED ? undefined : nestedIn === NULL ? null : nestedIn;
    return q;
  }

  speaker(): Speaker {
    const id = this.string();
    const name = this.string();
    const role = this.maybeString();
    const aliases: string[] = new Array(this.int());
    for (let i = 0; i < aliases.length; i++) aliases[i] = this.string();
    const type = SPEAKER_TYPES[this.int()];
    const gender = this.maybeMember(GENDERS);
    const mentions: Mention[] = new Array(this.int());
    for (let i = 0; i < mentions.length; i++) {
      const span = this.span();
      const mentionText = this.textOf(span)!;
      mentions[i] = { span, text: mentionText, prefix: this.string() };
    }
    return { id, name, role, aliases, type, gender, mentions, quotes: this.ints() };
  }

  args(): Record<string, string | number> {
    const args: Record<string, string | number> = {};
    const n = this.int();
    for (let i = 0; i < n; i++) {
      const key = this.string();
      const tag = this.int();
      if (tag === ARG_STRING) args[key] = this.string();
      else if (tag === ARG_INT) args[key] = this.int();
      else {
        doubleWords[0] = this.int();
        doubleWords[1] = this.int();
        args[key] = doubleBits[0];
      }
    }
    return args;
  }
}
