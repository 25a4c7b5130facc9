// Name spellings: finds where one person's name is written two ways (`Clarke` / `Clark`,
// `هاموند` / `هاموندز`) without merging two people who share a surname (`Charles Clarke` and
// `Kenneth Clarke` stay apart: their first names conflict). Pure; one linear pass over the text.
import type { Article, Span, Speaker } from './model';
import { isHarakahOrTatweel, NORMALISED_CODE, normalizeForMatch, rememberedPerWord } from './text';
import { AR_PROCLITICS, AR_VERBS_BEFORE_NAME, HONORIFICS, NAME_PARTICLES } from './lexicon/nameContext';

export interface NameWord {
  text: string;
  norm: string;
  span: Span;
}

/** One occurrence of a rare spelling, with the spelling used most often for the same name word. */
export interface NameVariant {
  speaker: Speaker;
  /** the rare spelling as written, and where */
  rare: string;
  span: Span;
  /** the common spelling as written */
  common: string;
  commonCount: number;
  /** where the common spelling is written (at most a few) */
  commonSpans: Span[];
}

const MIN_NAME_WORD = 4;
const honorifics = new Set([...HONORIFICS.ar, ...HONORIFICS.en].map((w) => normalizeForMatch(w, true)));
const particles = new Set(NAME_PARTICLES.map((w) => normalizeForMatch(w, true)));
const arVerbs = new Set(AR_VERBS_BEFORE_NAME.map((w) => normalizeForMatch(w)));
const proclitics = AR_PROCLITICS.map((p) => normalizeForMatch(p));

/** letters and combining marks of any script (Arabic harakat stay inside the word) */
function isNameCharSlow(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0600 && c <= 0x06ff && c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x066a && c !== 0x066b && c !== 0x066c && c !== 0x06d4) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0x0300 && c <= 0x036f);
}

/** isNameCharSlow by char code: every name character is below U+0900; the table covers every code, so one read answers */
const NAME_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x900; c++) NAME_CHAR[c] = isNameCharSlow(c) ? 1 : 0;

function isNameChar(c: number): boolean {
  return NAME_CHAR[c] === 1;
}

/** the normalised words after which a name may stand in any article: the honorifics, and the Arabic reporting verbs with and without و/ف and ت (what stripVerb strips) */
const FIXED_CONTEXT_WORDS: string[] = [...honorifics];
for (const v of arVerbs) for (const p of ['', 'و', 'ف']) for (const t of ['', 'ت']) FIXED_CONTEXT_WORDS.push(p + v + t);
const FIXED_CONTEXT_HASHES = new Set(FIXED_CONTEXT_WORDS.map(hashOf));

/**
 * Two sieves before the hash sets, small tables (they stay in cache) whose slot holds FIXED for a fixed
 * context word's, else the stamp of the latest findNameVariants call with a first name there (an older
 * call's stamp counts for nothing): one by the first and last letters of the normalised word (read
 * before the word is hashed), one by the low bits of its hash. A word whose slot holds neither is no
 * context word. They only say "no": a "maybe" is settled by the hash sets, then by `consider`.
 */
const FIXED = -1;
const HASH_SIEVE_MASK = 0xfff;
const contextByHash = new Int32Array(HASH_SIEVE_MASK + 1);
const contextByEnds = new Int32Array(1 << 12);
/** two more by the first two and by the last two letters (NO_LETTER beside a single one) */
const contextByHead = new Int32Array(1 << 12);
const contextByTail = new Int32Array(1 << 12);
const NO_LETTER = 0;
let contextStamps = 0;

function endsSlot(first: number, last: number): number {
  return ((first & 0x3f) << 6) | (last & 0x3f);
}

function markContextWord(norm: string, mark: number): void {
  const single = norm.length === 1;
  const first = norm.charCodeAt(0);
  const last = norm.charCodeAt(norm.length - 1);
  markSlot(contextByHash, hashOf(norm) & HASH_SIEVE_MASK, mark);
  markSlot(contextByEnds, endsSlot(first, last), mark);
  markSlot(contextByHead, endsSlot(first, single ? NO_LETTER : norm.charCodeAt(1)), mark);
  markSlot(contextByTail, endsSlot(single ? NO_LETTER : norm.charCodeAt(norm.length - 2), last), mark);
}

/** A slot marked FIXED stays so: fixed context words stand in every call. */
function markSlot(sieve: Int32Array, slot: number, mark: number): void {
  if (sieve[slot] !== FIXED) sieve[slot] = mark;
}

/** The stamp of a call whose context words are the fixed ones and `firstNames` (normalised). */
function stampContextWords(firstNames: Iterable<string>): number {
  const stamp = ++contextStamps;
  for (const w of firstNames) markContextWord(w, stamp);
  return stamp;
}

/** marks a word whose hash is unknown (a character with no single-code form): it is read the slow way */
const UNKNOWN_HASH = 0x7fffffff;

function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) & 0x3fffffff;
}

function hashOf(norm: string): number {
  let h = 0;
  for (let i = 0; i < norm.length; i++) h = hashStep(h, norm.charCodeAt(i));
  return h;
}

for (const w of FIXED_CONTEXT_WORDS) markContextWord(w, FIXED);

/** The words (runs of letters) inside `span` of `text`. A hyphen inside a word keeps it whole (`Abdul-Mahdi`). */
export function wordsIn(text: string, span: Span): NameWord[] {
  return wordSpans(text, span).map((w) => {
    const word = text.slice(w.start, w.end);
    return { text: word, norm: normalizeForMatch(word, true), span: w };
  });
}

/** Where the words are, without reading them: the whole-text scan normalises only the few it needs. */
function wordSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let i = span.start;
  while (i < span.end) {
    if (!isNameChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < span.end && (isNameChar(text.charCodeAt(i)) || (text[i] === '-' && i + 1 < span.end && isNameChar(text.charCodeAt(i + 1))))) i++;
    out.push({ start, end: i });
  }
  return out;
}

/** True when a and b (normalised) differ by exactly one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    if (sameFrom(a, i + 1, b, i + 1)) return true; // substitution
    return i + 1 < a.length && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2); // swap
  }
  return a.length < b.length ? sameFrom(a, i, b, i + 1) : sameFrom(b, i, a, i + 1); // one letter more
}

/** a.slice(from) === b.slice(bFrom), without the copies (each `from` at most its string's length). */
function sameFrom(a: string, from: number, b: string, bFrom: number): boolean {
  if (a.length - from !== b.length - bFrom) return false;
  for (let k = 0; from + k < a.length; k++) if (a.charCodeAt(from + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}

/** Two spellings of one name word: long enough to be a name, and one edit apart. */
export function isSpellingVariant(aNorm: string, bNorm: string): boolean {
  return aNorm.length >= MIN_NAME_WORD && bNorm.length >= MIN_NAME_WORD && oneEditApart(aNorm, bNorm);
}

/** `norm` without one trailing full stop (`Dr.` → `dr`). */
function withoutDot(norm: string): string {
  return norm.charCodeAt(norm.length - 1) === 46 ? norm.slice(0, -1) : norm;
}

function isHonorific(norm: string): boolean {
  return honorifics.has(withoutDot(norm));
}

/** One mark per character of the text, 1 where a mention stands: reused by each call, cleared for it. */
let coveredSoFar = new Uint8Array(0);

/** Marks for a text of `length` characters, all 0 (a mention's span is marked by filling it with 1). */
function coveredMarks(length: number): Uint8Array {
  if (coveredSoFar.length < length) coveredSoFar = new Uint8Array(length);
  const marks = coveredSoFar.subarray(0, length);
  marks.fill(0);
  return marks;
}

/** Normalised forms of the words the whole-text scan reads, shared across calls (bounded). */
const cachedNorm = rememberedPerWord((word) => normalizeForMatch(word, true), 20000, 12);

/** The words of a name that identify the person (honorifics left out). */
export function nameKeyWords(text: string, span: Span = { start: 0, end: text.length }): NameWord[] {
  return wordsIn(text, span).filter((w) => !isHonorific(w.norm));
}

/** nameKeyWords of a whole name as written, shared across calls (bounded): the same names come back in every part. Not to be changed. */
const keyWordsOf = rememberedPerWord((name) => nameKeyWords(name), 5000, 200);

/**
 * How the article refers to a person after the first mention: `كيري`, `Kerry`, `عبد اللهيان`.
 * Organisations and unnamed sources keep their whole name.
 */
export function shortName(speaker: Speaker): string {
  if (speaker.type !== 'person') return speaker.name;
  const words = nameKeyWords(speaker.name);
  if (words.length === 0) return speaker.name.trim();
  if (words.length === 1) return words[0].text;
  let first = words.length - 1;
  while (first > 0 && particles.has(words[first - 1].norm)) first--;
  return speaker.name.slice(words[first].span.start, words[words.length - 1].span.end);
}

/**
 * Same person? Word for word in order: `b`'s surname (last word) is `a`'s surname or a spelling of
 * it, and each earlier word of `b` is a distinct earlier word of `a` (or a spelling of it). So
 * `Mr Clark` fits `Charles Clarke`, while `David Davis` does not fit `David Heath` (Davis is one
 * letter from David, but it stands where the surname does).
 */
function namesAgree(aWords: NameWord[], bWords: NameWord[]): { agree: boolean; variant: boolean } {
  const no = { agree: false, variant: false };
  if (!aWords.length || !bWords.length || bWords.length > aWords.length) return no;
  const sa = aWords[aWords.length - 1].norm;
  const sb = bWords[bWords.length - 1].norm;
  let variant = false;
  if (sa !== sb) {
    if (!isSpellingVariant(sa, sb)) return no;
    variant = true;
  }
  let next = 0;
  for (let i = 0; i < bWords.length - 1; i++) {
    let k = next;
    while (k < aWords.length - 1 && aWords[k].norm !== bWords[i].norm && !isSpellingVariant(aWords[k].norm, bWords[i].norm)) k++;
    if (k >= aWords.length - 1) return no;
    if (aWords[k].norm !== bWords[i].norm) variant = true;
    next = k + 1;
  }
  return { agree: true, variant };
}

/** Whether a word starting with code `c` is capitalised (not a lowercase Latin letter). */
function isCapitalisedCode(c: number): boolean {
  return !(c >= 97 && c <= 122) && !(c >= 0xdf && c <= 0xff);
}

interface Occurrence {
  slot: number;
  norm: string;
  text: string;
  span: Span;
}

/** A word of a mention that stands for one of the person's slots, relative to the mention's start. */
interface SlottedWord {
  slot: number;
  from: number;
  to: number;
  text: string;
  norm: string;
}

interface Person {
  speaker: Speaker;
  /** the identifying words of the canonical name: one slot each */
  slots: NameWord[];
  /**
   * The words of its mentions, in the order met: each mention's start, and its slotted words (one list
   * per spelling, shared). Their occurrences are made only for a person written two ways (occurrencesOf).
   */
  mentionStarts: number[];
  mentionWords: SlottedWord[][];
  /** each spelling's slotted words once */
  spellingWords: SlottedWord[][];
  /** the occurrences found outside the mentions (after theirs in order) */
  outside: Occurrence[];
}

/** The slot of the canonical name a word of a mention stands for: a surname only for the surname. */
function slotOf(person: Person, norm: string, isLast: boolean): number {
  const last = person.slots.length - 1;
  if (isLast) return person.slots[last] && (person.slots[last].norm === norm || isSpellingVariant(person.slots[last].norm, norm)) ? last : -1;
  const exact = person.slots.findIndex((s) => s.norm === norm);
  if (exact >= 0) return exact;
  return person.slots.findIndex((s, i) => i < last && isSpellingVariant(s.norm, norm));
}

/** More spellings of one speaker's mentions than this are looked up by their text, not compared in turn. */
const FEW_SPELLINGS = 8;

function addMentionWords(article: Article, person: Person, speaker: Speaker, covered: Uint8Array): void {
  const text = article.text;
  // per spelling of the mention: the words that stand for one of the person's slots, with the slot
  // (the first few compared with the text in place: no copy of each mention's text is made)
  const spellings: { written: string; found: SlottedWord[] }[] = [];
  const slotted = new Map<string, SlottedWord[]>();
  for (const m of speaker.mentions) {
    const start = m.span.start;
    const end = m.span.end;
    for (let k = start; k < end; k++) covered[k] = 1;
    let found: SlottedWord[] | undefined;
    for (let k = 0; k < spellings.length && found === undefined; k++) if (spellings[k].written.length === end - start && text.startsWith(spellings[k].written, start)) found = spellings[k].found;
    if (found === undefined && spellings.length >= FEW_SPELLINGS) found = slotted.get(text.slice(start, end));
    if (found === undefined) {
      const written = text.slice(start, end);
      found = slottedWords(person, written);
      if (spellings.length < FEW_SPELLINGS) spellings.push({ written, found });
      else slotted.set(written, found);
      person.spellingWords.push(found);
    }
    person.mentionStarts.push(start);
    person.mentionWords.push(found);
  }
}

/** The words of a mention written `written` that stand for one of the person's slots, with the slot. */
function slottedWords(person: Person, written: string): SlottedWord[] {
  // (the words of a span depend only on its characters: wordSpans stops at the span's end)
  const words = keyWordsOf(written);
  const found: SlottedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const slot = slotOf(person, words[i].norm, i === words.length - 1);
    const w = words[i];
    if (slot >= 0) found.push({ slot, from: w.span.start, to: w.span.end, text: w.text, norm: w.norm });
  }
  return found;
}

/** Some slot of the person is written two ways (by its mentions or outside them). */
function writtenTwoWays(person: Person): boolean {
  const spelling: (string | undefined)[] = new Array(person.slots.length);
  const twice = (slot: number, norm: string): boolean => {
    if (spelling[slot] === undefined) spelling[slot] = norm;
    return spelling[slot] !== norm;
  };
  for (const words of person.spellingWords) for (const w of words) if (twice(w.slot, w.norm)) return true;
  for (const o of person.outside) if (twice(o.slot, o.norm)) return true;
  return false;
}

/** Every occurrence of the person's name words, in the order met. */
function occurrencesOf(person: Person): Occurrence[] {
  const out: Occurrence[] = [];
  for (let k = 0; k < person.mentionStarts.length; k++) {
    const start = person.mentionStarts[k];
    for (const w of person.mentionWords[k]) out.push({ slot: w.slot, norm: w.norm, text: w.text, span: { start: start + w.from, end: start + w.to } });
  }
  for (const o of person.outside) out.push(o);
  return out;
}

/** The word and each form of it with one letter left out: two words one edit apart share a key. */
function deletionKeys(norm: string): Set<string> {
  const keys = new Set([norm]);
  for (let i = 0; i < norm.length; i++) keys.add(norm.slice(0, i) + norm.slice(i + 1));
  return keys;
}

/** More people than this near one surname is no single person: the lookup gives up (stays linear). */
const MAX_NEAR = 32;
/** Up to this many persons, a lookup tests each surname in place (shareDeletionKey): no keys are made. */
const MAX_SCANNED = 256;

/**
 * Persons by the deletion keys of their surname: finds the few whose surname is a word or one edit from it.
 * With no more persons than MAX_NEAR (most articles) no lookup can give up, and every person is near
 * enough to be tested.
 */
class SurnameIndex<T extends { slots: NameWord[] }> {
  /** the persons with a surname */
  readonly #named: T[];
  /** more than MAX_SCANNED persons: the persons by each deletion key of their surname */
  readonly #byKey = new Map<string, T[]>();

  constructor(persons: T[]) {
    this.#named = persons.filter((p) => p.slots.length > 0);
    if (this.#named.length <= MAX_SCANNED) return;
    for (const p of this.#named) {
      for (const k of deletionKeys(surnameOf(p))) {
        const list = this.#byKey.get(k);
        if (!list) this.#byKey.set(k, [p]);
        else if (list.length <= MAX_NEAR) list.push(p);
      }
    }
  }

  /** answers so far: the whole-text scan asks about the same words again and again */
  readonly #asked = new Map<string, readonly T[]>();

  /**
   * The persons whose surname may be `norm` or one edit from it, for the caller to test (a shared
   * list: not to be changed): all of them when they are few, else those sharing a deletion key with
   * it, none when more than MAX_NEAR do.
   */
  near(norm: string): readonly T[] {
    if (this.#named.length <= MAX_NEAR) return this.#named;
    let answer = this.#asked.get(norm);
    if (answer === undefined) {
      let found: T[];
      if (this.#named.length <= MAX_SCANNED) found = this.#named.filter((p) => shareDeletionKey(surnameOf(p), norm));
      else {
        const keyed = new Set<T>();
        for (const k of deletionKeys(norm)) for (const p of this.#byKey.get(k) ?? []) keyed.add(p);
        found = [...keyed];
      }
      answer = found.length > MAX_NEAR ? [] : found;
      if (this.#asked.size >= 20000) this.#asked.clear();
      this.#asked.set(norm, answer);
    }
    return answer;
  }
}

function surnameOf(person: { slots: NameWord[] }): string {
  return person.slots[person.slots.length - 1].norm;
}

/** deletionKeys(a) and deletionKeys(b) meet (the same word, or one letter left out of one or both), without making them. */
function shareDeletionKey(a: string, b: string): boolean {
  if (a.length < b.length) return shareDeletionKey(b, a);
  if (a.length - b.length > 1) return false;
  let p = 0;
  while (p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (a.length !== b.length) return sameFrom(b, p, a, p + 1);
  if (p === a.length) return true;
  // same length: a letter left out of each, at or before the first difference and at or after the last
  let q = a.length - 1;
  while (a.charCodeAt(q) === b.charCodeAt(q)) q--;
  return shiftedBy1(a, b, p, q) || shiftedBy1(b, a, p, q);
}

/** x[k + 1] === y[k] for each k from p to q - 1. */
function shiftedBy1(x: string, y: string, p: number, q: number): boolean {
  for (let k = p; k < q; k++) if (x.charCodeAt(k + 1) !== y.charCodeAt(k)) return false;
  return true;
}

/**
 * Pairs (variant → person) of speakers that are one person written two ways: every word of the
 * variant's name fits the person's, one at least by a spelling variant, exactly one person fits,
 * and their genders do not disagree.
 */
function absorbInto<T extends { speaker: Speaker; slots: NameWord[] }>(persons: T[]): Map<T, T> {
  const out = new Map<T, T>();
  const index = new SurnameIndex(persons);
  for (const b of persons) {
    const surname = b.slots[b.slots.length - 1];
    if (!surname) continue;
    const fits = index.near(surname.norm).filter((a) => {
      if (a === b || out.has(a)) return false;
      const agreement = namesAgree(a.slots, b.slots);
      return agreement.agree && agreement.variant;
    });
    if (fits.length !== 1) continue;
    const a = fits[0];
    if (a.speaker.gender && b.speaker.gender && a.speaker.gender !== b.speaker.gender) continue;
    out.set(b, a);
  }
  return out;
}

/** Ids of speakers who are another speaker written differently (`Mr Hamond` for `Philip Hammond`). */
export function variantSpeakerIds(article: Article): Set<string> {
  const persons = article.speakers.filter((s) => s.type === 'person').map((speaker) => ({ speaker, slots: nameKeyWords(speaker.name) }));
  return new Set([...absorbInto(persons).keys()].map((p) => p.speaker.id));
}

/** Every occurrence of a rare spelling of a person's name word, in text order. */
export function findNameVariants(article: Article): NameVariant[] {
  const persons: Person[] = article.speakers
    .filter((s) => s.type === 'person')
    .map((speaker) => ({ speaker, slots: keyWordsOf(speaker.name), mentionStarts: [], mentionWords: [], spellingWords: [], outside: [] }));
  if (!persons.length) return [];

  // A speaker the engine kept apart whose name is a variant of another's (`Mr Clark` beside
  // `Charles Clarke`) joins that person.
  const absorbed = new Set<Person>();
  const covered = coveredMarks(article.text.length);
  for (const [b, a] of absorbInto(persons)) {
    absorbed.add(b);
    addMentionWords(article, a, b.speaker, covered);
  }
  for (const p of persons) if (!absorbed.has(p)) addMentionWords(article, p, p.speaker, covered);
  const kept = persons.filter((p) => !absorbed.has(p));

  // Words outside the mentions that are variants of a surname, where the context says a name
  // stands there: after the person's first name, an honorific, or (Arabic) a reporting verb.
  // Only words about as long as a surname are read (normalised); everything else is skipped by length.
  let shortest = Infinity;
  let longest = 0;
  for (const p of kept) {
    const n = p.slots[p.slots.length - 1]?.norm.length ?? 0;
    if (n > MIN_NAME_WORD) {
      shortest = Math.min(shortest, n);
      longest = Math.max(longest, n);
    }
  }
  const keptIndex = new SurnameIndex(kept);
  const firstNames = new Set(kept.filter((p) => p.slots.length > 1).map((p) => p.slots[0].norm));
  // Hashes of every normalised word after which a name may stand: a first name, an honorific, an
  // Arabic reporting verb with or without و/ف and ت (what stripVerb strips). A word whose hash is
  // not among them is none of these.
  // the fixed ones (honorifics, verbs) are read from their own set: copying it per call costs more than the scan
  const contextHashes = new Set<number>();
  for (const w of firstNames) contextHashes.add(hashOf(w));
  const stamp = stampContextWords(firstNames);
  const text = article.text;
  const slotReading: SlotReading = { text, keptIndex, firstNames, variedBy: new Map() };
  if (shortest !== Infinity) {
    // a variant is one letter longer or shorter, plus a proclitic of two letters and a few harakat
    const slots = nameSlots(text, covered, shortest - 1, longest + 8, contextHashes, stamp);
    for (let k = 0; k < slots.length; k += 4) considerSlot(slotReading, slots[k], slots[k + 1], slots[k + 2], slots[k + 3]);
  }

  const out: NameVariant[] = [];
  for (const p of kept) {
    if (!writtenTwoWays(p)) continue;
    const occurrences = occurrencesOf(p);
    for (let slot = 0; slot < p.slots.length; slot++) {
      const bySpelling = new Map<string, Occurrence[]>();
      for (const o of occurrences) {
        if (o.slot !== slot) continue;
        const list = bySpelling.get(o.norm);
        if (list) list.push(o);
        else bySpelling.set(o.norm, [o]);
      }
      if (bySpelling.size < 2) continue;
      const canonical = p.slots[slot].norm;
      const ranked = [...bySpelling.entries()].sort((x, y) => y[1].length - x[1].length || Number(y[0] === canonical) - Number(x[0] === canonical) || x[1][0].span.start - y[1][0].span.start);
      const [, commonOcc] = ranked[0];
      for (const [, rareOcc] of ranked.slice(1)) {
        for (const o of rareOcc) {
          out.push({
            speaker: p.speaker,
            rare: o.text,
            span: o.span,
            common: commonOcc[0].text,
            commonCount: commonOcc.length,
            commonSpans: commonOcc.slice(0, 3).map((x) => x.span),
          });
        }
      }
    }
  }
  out.sort((x, y) => x.span.start - y.span.start);
  return out;
}

/**
 * What the words found by `nameSlots` are weighed with, for one findNameVariants call. The functions
 * below take it rather than being closures made per call: V8 keeps a closure's optimised code only
 * while a closure holds it, so closures made anew for each part were compiled again after every full
 * garbage collection.
 */
interface SlotReading {
  text: string;
  keptIndex: SurnameIndex<Person>;
  firstNames: Set<string>;
  /**
   * The kept persons whose surname (long enough) a normalised word is a spelling of, whatever stands
   * before it; remembered per word for the call (the same words follow a reporting verb again and
   * again). Shared lists: not to be changed.
   */
  variedBy: Map<string, Person[]>;
}

function surnamesVariedBy(r: SlotReading, norm: string): Person[] {
  let persons = r.variedBy.get(norm);
  if (persons === undefined) {
    persons = r.keptIndex.near(norm).filter((p) => {
      const surname = p.slots[p.slots.length - 1];
      return !!surname && surname.norm.length > MIN_NAME_WORD && isSpellingVariant(surname.norm, norm);
    });
    r.variedBy.set(norm, persons);
  }
  return persons;
}

/**
 * The kept persons whose surname `norm` spells where it stands: after a reporting verb or an
 * honorific (`anyPerson`) anyone's, after a first name only that person's. (A shared list when anyPerson.)
 */
function fitting(r: SlotReading, norm: string, anyPerson: boolean, prevNorm: string): Person[] {
  const variantOf = surnamesVariedBy(r, norm);
  return anyPerson || variantOf.length === 0 ? variantOf : variantOf.filter((p) => p.slots.length > 1 && p.slots[0].norm === prevNorm);
}

/** A word where a variant of a surname may stand (found by `nameSlots`): is it one, of exactly one kept person? */
function considerSlot(r: SlotReading, prevStart: number, prevEnd: number, start: number, end: number): void {
  const text = r.text;
  const arabic = text.charCodeAt(start) >= 0x0600;
  const prevNorm = withoutDot(cachedNorm(text.slice(prevStart, prevEnd)));
  const anyPerson = (arabic && arVerbs.has(stripVerb(prevNorm))) || isHonorific(prevNorm);
  if (!anyPerson && !r.firstNames.has(prevNorm)) return;
  // the word as written, then without each Arabic proclitic it may carry (`لبوريال` → `بوريال`)
  const word = cachedNorm(text.slice(start, end));
  let length = 0;
  let fits = fitting(r, word, anyPerson, prevNorm);
  if (fits.length === 0 && arabic) {
    for (const p of proclitics) {
      if (word.length - p.length < MIN_NAME_WORD || !word.startsWith(p)) continue;
      fits = fitting(r, word.slice(p.length), anyPerson, prevNorm);
      if (fits.length === 0) continue;
      length = p.length;
      break;
    }
  }
  if (fits.length !== 1) return;
  const p = fits[0];
  const span = { start: skipLetters(text, start, length), end };
  p.outside.push({ slot: p.slots.length - 1, norm: word.slice(length), text: text.slice(span.start, end), span });
}

/**
 * The words of the whole text (as wordSpans finds them) where a variant of a surname may stand, as
 * [prevStart, prevEnd, start, end] runs: a word of `minSize` to `maxSize` characters starting at no
 * character `covered` marks (a mention's), capitalised or Arabic, right after another word (at most two characters between)
 * whose normalised form hashes to one of FIXED_CONTEXT_HASHES or `contextHashes` (or whose hash is unknown).
 * `stamp`: the one stampContextWords gave the call's first names (those of `contextHashes`).
 * A lowercase word can only be the word before a slot: the scan jumps over lowercase stretches to the
 * next capital (natively, SLOT_LETTER) and reads the word before a slot backwards from the slot.
 */
function nameSlots(text: string, covered: Uint8Array, minSize: number, maxSize: number, contextHashes: Set<number>, stamp: number): number[] {
  const out: number[] = [];
  let i = 0;
  const n = text.length;
  // the word read last (-1: jumped over since): most often the word before the next
  let lastStart = -1;
  let lastEnd = -1;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (NAME_CHAR[code] !== 1) {
      i++;
      continue;
    }
    // (i starts a word here: the scan stands after a word or after characters outside words)
    if (SLOT_FIRST[code] !== 1) {
      lastEnd = -1;
      SLOT_LETTER.lastIndex = i + 1;
      if (!SLOT_LETTER.test(text)) break;
      i = SLOT_LETTER.lastIndex - 1;
      // a capital inside a word (`McDonald`, `anti-American`) starts none
      if (!isWordStart(text, i)) {
        i = wordEnd(text, i + 1, n);
        continue;
      }
    }
    const start = i;
    i = wordEnd(text, i + 1, n);
    const readStart = lastStart;
    const readEnd = lastEnd;
    lastStart = start;
    lastEnd = i;
    if (i - start < minSize || i - start > maxSize) continue;
    const prevEnd = readEnd >= 0 ? (start - readEnd <= 2 ? readEnd : -1) : endOfWordJustBefore(text, start);
    if (prevEnd < 0) continue;
    if (covered[start] === 1) continue;
    const prevStart = readEnd >= 0 ? readStart : startOfWordEndingAt(text, prevEnd);
    // only now is the word before read (its ends, then its hash): most words never get here
    if (!endsMayBeContext(text, prevStart, prevEnd, stamp)) continue;
    const hash = normHash(text, prevStart, prevEnd);
    if (hash === UNKNOWN_HASH) out.push(prevStart, prevEnd, start, i);
    else {
      const sieved = contextByHash[hash & HASH_SIEVE_MASK];
      if ((sieved === FIXED || sieved === stamp) && (FIXED_CONTEXT_HASHES.has(hash) || contextHashes.has(hash))) out.push(prevStart, prevEnd, start, i);
    }
  }
  return out;
}

/** The name characters a slot may start with: capitalised Latin (isCapitalisedCode) or Arabic. */
const SLOT_FIRST = new Uint8Array(0x10000);
for (let c = 0; c < 0x900; c++) SLOT_FIRST[c] = NAME_CHAR[c] === 1 && (c >= 0x0600 || isCapitalisedCode(c)) ? 1 : 0;

/** Finds the next character of SLOT_FIRST (a character class built from the table, so they agree). */
// (SLOT_FIRST is 0 from U+0900 on: its ranges are read below that, not over 65 536 codes at every start)
const SLOT_LETTER = new RegExp(`[${classRanges(SLOT_FIRST.subarray(0, 0x900))}]`, 'g');

/** The codes marked 1 in `table`, as the ranges of a regular expression's character class. */
function classRanges(table: Uint8Array): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let c = 0; c < table.length; c++) {
    if (table[c] !== 1) continue;
    const from = c;
    while (c + 1 < table.length && table[c + 1] === 1) c++;
    out += from === c ? hex(from) : `${hex(from)}-${hex(c)}`;
  }
  return out;
}

/** No word goes on through `i - 1` into the name character at `i` (a letter, or a hyphen after one). */
function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  if (NAME_CHAR[before] === 1) return false;
  return !(before === 45 && i >= 2 && NAME_CHAR[text.charCodeAt(i - 2)] === 1);
}

/**
 * The end of the word before the word starting at `start` when at most two characters stand between
 * them, else -1. (A word ends with a name character; `start - 1` is none, as a word starts there.)
 */
function endOfWordJustBefore(text: string, start: number): number {
  if (start >= 2 && NAME_CHAR[text.charCodeAt(start - 2)] === 1) return start - 1;
  if (start >= 3 && NAME_CHAR[text.charCodeAt(start - 3)] === 1) return start - 2;
  return -1;
}

/** The start of the word ending at `end` (read backwards: name characters, and a hyphen between two of them). */
function startOfWordEndingAt(text: string, end: number): number {
  let i = end - 1;
  while (i > 0) {
    if (NAME_CHAR[text.charCodeAt(i - 1)] === 1) i--;
    else if (i >= 2 && text.charCodeAt(i - 1) === 45 && NAME_CHAR[text.charCodeAt(i - 2)] === 1) i -= 2;
    else break;
  }
  return i;
}

/** The end of the word whose letters go on at `i` (name characters, and a hyphen between two of them). */
function wordEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const code = text.charCodeAt(i);
    if (NAME_CHAR[code] === 1) i++;
    else if (code === 45 && i + 1 < n && NAME_CHAR[text.charCodeAt(i + 1)] === 1) i += 2;
    else break;
  }
  return i;
}

/**
 * The word's normalised form may be a context word (of the fixed ones or the call's with `stamp`) by its
 * first and last letters, then by its first two and its last two (`في` has the ends of `فنفي`; words
 * beginning with ال or و share their first letter with many context words); a character that is dropped
 * or becomes more than one is not told apart here.
 */
function endsMayBeContext(text: string, start: number, end: number, stamp: number): boolean {
  const first = NORMALISED_CODE[text.charCodeAt(start)];
  const last = NORMALISED_CODE[text.charCodeAt(end - 1)];
  if (first < 0 || last < 0) return true;
  if (!isMarked(contextByEnds[endsSlot(first, last)], stamp)) return false;
  // (a word of one character is one letter normalised too: its first and last ones are themselves)
  const single = end - start === 1;
  const second = single ? NO_LETTER : NORMALISED_CODE[text.charCodeAt(start + 1)];
  if (second >= 0 && !isMarked(contextByHead[endsSlot(first, second)], stamp)) return false;
  const beforeLast = single ? NO_LETTER : NORMALISED_CODE[text.charCodeAt(end - 2)];
  return beforeLast < 0 || isMarked(contextByTail[endsSlot(beforeLast, last)], stamp);
}

/** A sieve's slot holding `mark` may hold a context word: a fixed one, or one of the call with `stamp`. */
function isMarked(mark: number, stamp: number): boolean {
  return mark === FIXED || mark === stamp;
}

/** hashOf(normalizeForMatch(text[start, end), true)) for a word of name characters and hyphens, or UNKNOWN_HASH. */
function normHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const norm = NORMALISED_CODE[text.charCodeAt(i)];
    if (norm >= 0) hash = hashStep(hash, norm);
    else if (norm === -2) return UNKNOWN_HASH;
  }
  return hash;
}

/** The offset after `n` letters from `start`, with the harakat that sit on them. */
function skipLetters(text: string, start: number, n: number): number {
  let i = start;
  for (let k = 0; k < n; k++) {
    i++;
    while (isHarakahOrTatweel(text.charCodeAt(i))) i++;
  }
  return i;
}

/** `وقالت` → `قال`: drops و/ف in front and the feminine ت behind. */
function stripVerb(norm: string): string {
  let v = norm;
  if ((v.startsWith('و') || v.startsWith('ف')) && v.length > 3) v = v.slice(1);
  if (v.endsWith('ت') && v.length > 3 && arVerbs.has(v.slice(0, -1))) v = v.slice(0, -1);
  return v;
}
