// Name spellings: finds where one person's name is written two ways (`Clarke` / `Clark`,
// `هاموند` / `هاموندز`) without merging two people who share a surname (`Charles Clarke` and
// `Kenneth Clarke` stay apart: their first names conflict). Pure; one linear pass over the text.
import type { Article, Span, Speaker } from './model';
import { normalizeForMatch } from './text';
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

function isNameChar(c: number): boolean {
  // letters and combining marks of any script (Arabic harakat stay inside the word)
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0600 && c <= 0x06ff && c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x066a && c !== 0x066b && c !== 0x066c && c !== 0x06d4) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0x0300 && c <= 0x036f);
}

/** The words (runs of letters) inside `span` of `text`. A hyphen inside a word keeps it whole (`Abdul-Mahdi`). */
export function wordsIn(text: string, span: Span): NameWord[] {
  const out: NameWord[] = [];
  let i = span.start;
  while (i < span.end) {
    if (!isNameChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < span.end && (isNameChar(text.charCodeAt(i)) || (text[i] === '-' && i + 1 < span.end && isNameChar(text.charCodeAt(i + 1))))) i++;
    const word = text.slice(start, i);
    out.push({ text: word, norm: normalizeForMatch(word, true), span: { start, end: i } });
  }
  return out;
}

/** True when a and b (normalised) differ by exactly one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}

/** Two spellings of one name word: long enough to be a name, and one edit apart. */
export function isSpellingVariant(aNorm: string, bNorm: string): boolean {
  return aNorm.length >= MIN_NAME_WORD && bNorm.length >= MIN_NAME_WORD && oneEditApart(aNorm, bNorm);
}

function isHonorific(norm: string): boolean {
  return honorifics.has(norm.replace(/\.$/, ''));
}

/** The words of a name that identify the person (honorifics left out). */
export function nameKeyWords(text: string, span: Span = { start: 0, end: text.length }): NameWord[] {
  return wordsIn(text, span).filter((w) => !isHonorific(w.norm));
}

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

/** Same person? Every identifying word of `b` equals or is a variant of a word of `a`, and nothing conflicts. */
function namesAgree(aWords: NameWord[], bWords: NameWord[]): { agree: boolean; variant: boolean } {
  if (!aWords.length || !bWords.length) return { agree: false, variant: false };
  let variant = false;
  for (const w of bWords) {
    if (aWords.some((x) => x.norm === w.norm)) continue;
    if (aWords.some((x) => isSpellingVariant(x.norm, w.norm))) {
      variant = true;
      continue;
    }
    return { agree: false, variant: false };
  }
  return { agree: true, variant };
}

function stripProclitic(norm: string): { norm: string; length: number } {
  for (const p of proclitics) if (norm.length - p.length >= MIN_NAME_WORD && norm.startsWith(p)) return { norm: norm.slice(p.length), length: p.length };
  return { norm, length: 0 };
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return !(c >= 97 && c <= 122) && !(c >= 0xdf && c <= 0xff);
}

interface Occurrence {
  slot: number;
  norm: string;
  text: string;
  span: Span;
}

interface Person {
  speaker: Speaker;
  /** the identifying words of the canonical name: one slot each */
  slots: NameWord[];
  occurrences: Occurrence[];
}

function slotOf(person: Person, norm: string): number {
  const exact = person.slots.findIndex((s) => s.norm === norm);
  if (exact >= 0) return exact;
  return person.slots.findIndex((s) => isSpellingVariant(s.norm, norm));
}

function addMentionWords(article: Article, person: Person, speaker: Speaker, covered: Span[]): void {
  for (const m of speaker.mentions) {
    covered.push(m.span);
    for (const w of nameKeyWords(article.text, m.span)) {
      const slot = slotOf(person, w.norm);
      if (slot >= 0) person.occurrences.push({ slot, norm: w.norm, text: w.text, span: w.span });
    }
  }
}

/** Every occurrence of a rare spelling of a person's name word, in text order. */
export function findNameVariants(article: Article): NameVariant[] {
  const persons: Person[] = article.speakers
    .filter((s) => s.type === 'person')
    .map((speaker) => ({ speaker, slots: nameKeyWords(speaker.name), occurrences: [] }));
  if (!persons.length) return [];

  // A speaker the engine kept apart whose name is a variant of another's (`Mr Clark` beside
  // `Charles Clarke`) joins that person — only when exactly one person fits and genders agree.
  const absorbed = new Set<Person>();
  const covered: Span[] = [];
  for (const b of persons) {
    const bWords = b.slots;
    const fits = persons.filter((a) => a !== b && !absorbed.has(a) && namesAgree(a.slots, bWords).agree && namesAgree(a.slots, bWords).variant && a.slots.length >= bWords.length);
    if (fits.length !== 1) continue;
    const a = fits[0];
    if (a.speaker.gender && b.speaker.gender && a.speaker.gender !== b.speaker.gender) continue;
    absorbed.add(b);
    addMentionWords(article, a, b.speaker, covered);
  }
  for (const p of persons) if (!absorbed.has(p)) addMentionWords(article, p, p.speaker, covered);
  const kept = persons.filter((p) => !absorbed.has(p));

  // Words outside the mentions that are variants of a surname, where the context says a name
  // stands there: after the person's first name, an honorific, or (Arabic) a reporting verb.
  covered.sort((x, y) => x.start - y.start);
  const words = wordsIn(article.text, { start: 0, end: article.text.length });
  let c = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    while (c < covered.length && covered[c].end <= w.span.start) c++;
    if (c < covered.length && covered[c].start <= w.span.start) continue;
    const { norm, length } = stripProclitic(w.norm);
    const arabic = w.text.charCodeAt(0) >= 0x0600;
    if (!arabic && !isCapitalised(w.text)) continue;
    const prev = words[i - 1];
    const prevNorm = prev.norm.replace(/\.$/, '');
    const close = w.span.start - prev.span.end <= 2;
    const fits = kept.filter((p) => {
      const surname = p.slots[p.slots.length - 1];
      if (!surname || !isSpellingVariant(surname.norm, norm) || surname.norm.length < MIN_NAME_WORD + 1) return false;
      if (!close) return false;
      if (isHonorific(prevNorm)) return true;
      if (p.slots.length > 1 && p.slots[0].norm === prevNorm) return true;
      return arabic && arVerbs.has(stripVerb(prevNorm));
    });
    if (fits.length !== 1) continue;
    const p = fits[0];
    const offset = arabic ? length : 0;
    const span = { start: w.span.start + offset, end: w.span.end };
    p.occurrences.push({ slot: p.slots.length - 1, norm, text: article.text.slice(span.start, span.end), span });
  }

  const out: NameVariant[] = [];
  for (const p of kept) {
    for (let slot = 0; slot < p.slots.length; slot++) {
      const bySpelling = new Map<string, Occurrence[]>();
      for (const o of p.occurrences) if (o.slot === slot) bySpelling.set(o.norm, [...(bySpelling.get(o.norm) ?? []), o]);
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

/** `وقالت` → `قال`: drops و/ف in front and the feminine ت behind. */
function stripVerb(norm: string): string {
  let v = norm;
  if ((v.startsWith('و') || v.startsWith('ف')) && v.length > 3) v = v.slice(1);
  if (v.endsWith('ت') && v.length > 3 && arVerbs.has(v.slice(0, -1))) v = v.slice(0, -1);
  return v;
}
