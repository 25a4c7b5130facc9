// The finishing touches on speakers: the fullest form of each name written anywhere in the text
// (`Mr Schroeder` → `Gerhard Schroeder`) and every place a name or alias is written (mentions),
// each in one pass over the text's words.
import type { Span } from '../model';
import type { Entity } from './registry';
import type { WordSet } from './lowerCaseWords';
import { NOT_NAME, ORG, ROLE, isDescriptiveCompound, isNationality } from './words';
import { charClass, isApostrophe, isLetterOrDigitCode, previousCodePoint, unitClass } from '../charClasses';

const NAME_WORD = /[\p{Lu}][\p{L}\p{M}'’\-]*/uy;
// (a literal with \p{Lu} or \p{Ll} is bundled as `new RegExp(…)` where it stands: built on every call unless kept here)
const HAS_UPPER = /\p{Lu}/u;
const isNameChar = unitClass(/[\p{L}\p{M}'’\-]/u);

/** Capitalised words written right before `at` (up to 3): the first names before a surname. */
function capsBefore(text: string, at: number): { words: string[]; start: number } {
  const words: string[] = [];
  let start = at;
  let i = at;
  for (let n = 0; n < 3; n++) {
    let j = i - 1;
    if (j < 0 || text[j] !== ' ') break;
    let k = j;
    while (k > 0 && isNameChar(text.charCodeAt(k - 1)) && j - k < 30) k--;
    NAME_WORD.lastIndex = k;
    const m = NAME_WORD.exec(text);
    if (!m || m.index !== k || k + m[0].length !== j) break;
    words.unshift(m[0]);
    start = k;
    i = k;
  }
  return { words, start };
}

/** Named people per surname (to leave a surname two people share alone). */
export function surnameOwners(all: Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const o of all) {
    if (!o.named || o.type !== 'person') continue;
    const key = o.words[o.words.length - 1];
    const list = out.get(key) ?? [];
    if (list.length < 16) list.push(o);
    out.set(key, list);
  }
  return out;
}

// A word: /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/u, read by char code
const WORD_START = charClass(/[\p{L}\p{N}]/u);
const WORD_INNER = charClass(/[\p{L}\p{M}\p{N}'’\-]/u);
/** end of the word `nextMarkedWord` found last */
let wordEnd = 0;

/** ASCII by char code: 2 = starts and continues a word (letters, digits), 1 = only continues one (`'` `-`), 0 = neither */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) ? 2 : c === 39 || c === 45 ? 1 : 0;

/** End of the word whose first code point ends at `j`. */
function endOfWord(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d < 128) {
      if (ASCII_WORD[d] === 0) break;
      j++;
      continue;
    }
    const m = WORD_INNER(text, j);
    if (m === 0) break;
    j += m;
  }
  return j;
}

/**
 * The first word at or after `from` whose first code unit `firsts` marks: its start (its end in `wordEnd`),
 * or -1. Words are read as a scan from `from` would cut them (a word goes on over `'’-` and marks: `eBay`
 * holds no word `Bay`), but only at a marked char is a word looked for: the passes look for names, whose
 * few first letters are rare, so most of the text is read by one table lookup per char.
 */
function nextMarkedWord(text: string, firsts: Uint8Array, from: number, n = text.length): number {
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (firsts[c] === 0) continue;
    const k = c < 128 ? ASCII_WORD[c] >> 1 : WORD_START(text, i);
    if (k === 0 || !startsWord(text, from, i)) continue;
    wordEnd = endOfWord(text, i + k);
    return i;
  }
  return -1;
}

/**
 * Whether a scan for words from `from` finds one starting at `i` (where a letter or digit stands) rather
 * than being inside one: going back from `i` over the chars a word goes on with (`'’-`, marks), none may
 * be a letter or digit. (A walk back stops at the letter before `i` at the latest: each char is walked once.)
 */
function startsWord(text: string, from: number, i: number): boolean {
  let j = i;
  while (j > from) {
    const c = text.charCodeAt(j - 1);
    if (c < 128) {
      const kind = ASCII_WORD[c];
      if (kind !== 1) return kind === 0;
      j--;
      continue;
    }
    const p = previousCodePoint(text, j);
    if (p < from) return true; // (a scan from `from` reads a low surrogate there alone: it goes on no word)
    if (WORD_START(text, p) !== 0) return false;
    if (WORD_INNER(text, p) === 0) return true;
    j = p;
  }
  return true;
}

/** A-Z, digits, non-ASCII but General Punctuation (`’`): every first code unit of a word but a-z (a search runs faster than a loop over the text) */
const CAPITAL = /[A-Z0-9\u0080-\u1fff\u2070-\uffff]/g;

/**
 * The words of `text` that start with a CAPITAL code unit, as a scan from 0 cuts them: start, end, start, …
 * Read once, for both name passes (a name seldom starts with a-z: those are looked for apart, see lowerStarts).
 */
export function capitalWords(text: string): number[] {
  const out: number[] = [];
  let from = 0;
  for (CAPITAL.lastIndex = 0; CAPITAL.test(text); ) {
    const i = CAPITAL.lastIndex - 1;
    const c = text.charCodeAt(i);
    const k = c < 128 ? ASCII_WORD[c] >> 1 : WORD_START(text, i);
    if (k === 0 || !startsWord(text, from, i)) continue;
    from = CAPITAL.lastIndex = endOfWord(text, i + k);
    out.push(i, from);
  }
  return out;
}

/** Sorted, each once: where a scan from 0 finds a word at which one of `strings` that start with a-z is written. */
function lowerStarts(text: string, strings: Iterable<string>): number[] {
  const out: number[] = [];
  for (const s of strings) {
    const c = s.charCodeAt(0);
    if (!(c > 96 && c < 123)) continue;
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) if (startsWord(text, 0, at)) out.push(at);
  }
  return out.sort((a, b) => a - b).filter((at, i) => out[i - 1] !== at);
}

/** read positions in the capital words and the lower-case starts of the pass under way */
let capsAt = 0;
let lowerAt = 0;

/**
 * nextMarkedWord, read from the capital words and the lower-case starts (whose words `firsts` marks) instead of
 * the text; only the rest of a word `from` falls inside (a mention may end inside one: `Smith` of `Smith-Jones`)
 * is read anew, as a scan from there would cut it.
 */
function nextName(text: string, firsts: Uint8Array, caps: number[], lower: number[], from: number): number {
  const rest = endOfWord(text, from);
  const at = rest > from ? nextMarkedWord(text, firsts, from, rest) : -1;
  if (at >= 0) return at;
  while (capsAt < caps.length && (caps[capsAt] < rest || firsts[text.charCodeAt(caps[capsAt])] === 0)) capsAt += 2;
  while (lowerAt < lower.length && lower[lowerAt] < rest) lowerAt++;
  const cap = capsAt < caps.length ? caps[capsAt] : text.length;
  if (lowerAt < lower.length && lower[lowerAt] < cap) {
    wordEnd = endOfWord(text, lower[lowerAt] + 1);
    return lower[lowerAt++];
  }
  if (cap === text.length) return -1;
  wordEnd = caps[capsAt + 1];
  capsAt += 2;
  return cap;
}

/** End of text[start, end) without a possessive ending, then without trailing `'’-`: `Clarke's` → `Clarke`. */
function bareEnd(text: string, start: number, end: number): number {
  if (end - start >= 2 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
  while (end > start && (isApostrophe(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 45)) end--;
  return end;
}

/** Where each of `words` is written as a whole word (at most `limit` each): one pass over the text. */
export function wordPositions(text: string, words: Set<string>, limit: number, caps: number[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!words.size) return out;
  // only a word with the first letter of some name is looked at, and compared with the names of its length
  const byShape = keysByShape(words);
  const firsts = markFirsts(words);
  const lower = lowerStarts(text, words);
  capsAt = lowerAt = 0;
  try {
    for (let at = nextName(text, firsts, caps, lower, 0); at >= 0; at = nextName(text, firsts, caps, lower, wordEnd)) {
      const end = bareEnd(text, at, wordEnd);
      const w = keyAt(text, at, end, byShape);
      if (w === undefined) continue;
      const list = out.get(w) ?? [];
      if (list.length < limit) list.push(at);
      out.set(w, list);
    }
  } finally {
    unmarkFirsts(words);
  }
  return out;
}

/** Shape of a word: its length and first char code, as one number. */
function shapeOf(length: number, first: number): number {
  return length * 0x10000 + first;
}

/** The keys by shape: a word of the text is compared only with the keys of its shape, none cut out of the text. */
function keysByShape(keys: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const key of keys) {
    if (key.length === 0) continue;
    const shape = shapeOf(key.length, key.charCodeAt(0));
    const list = out.get(shape);
    if (list) list.push(key);
    else out.set(shape, [key]);
  }
  return out;
}

/** The key written at text[at, end), if any. */
function keyAt(text: string, at: number, end: number, byShape: Map<number, string[]>): string | undefined {
  const keys = byShape.get(shapeOf(end - at, text.charCodeAt(at)));
  if (keys === undefined) return undefined;
  for (let i = 0; i < keys.length; i++) if (text.startsWith(keys[i], at)) return keys[i];
  return undefined;
}

/** By char code: 1 where some word of the set starting with that code is looked for (reset after each scan). */
const FIRSTS = new Uint8Array(0x10000);
function markFirsts(words: Iterable<string>): Uint8Array {
  for (const w of words) if (w.length > 0) FIRSTS[w.charCodeAt(0)] = 1;
  return FIRSTS;
}
function unmarkFirsts(words: Iterable<string>): void {
  for (const w of words) if (w.length > 0) FIRSTS[w.charCodeAt(0)] = 0;
}

/** The fullest form of a person's name written anywhere in the text (`Mr Schroeder` → `Gerhard Schroeder`). */
export function expandName(text: string, e: Entity, sharing: Map<string, Entity[]>, lowerWords: WordSet, positions: Map<string, number[]>): void {
  if (e.type !== 'person' || !e.named || e.words.length > 2) return;
  const surname = e.words[e.words.length - 1];
  const first = e.words.length === 2 ? e.words[0] : null;
  if ((sharing.get(surname) ?? []).some((o) => o !== e && o.words[0] !== e.words[0])) return;
  let best: string[] | null = null;
  for (const at of positions.get(surname) ?? []) {
    const { words, start } = capsBefore(text, at);
    // (`Secretary of State Rex`: the word after `of` is the post's, no given name; so after `for`,
    // `Minister for Africa Harriett`, and `to the`, `Chief Secretary to the Treasury Paul`)
    if (words.length > 1 && POST_LINKS.some((link) => writtenBefore(text, start, link))) words.shift();
    // cut at a role word or honorific: `Home Secretary Charles` → `Charles`; or at a body's word:
    // `to the United Nations Nikki` → `Nikki`
    let k = words.length;
    while (k > 0 && !ROLE.has(words[k - 1].toLowerCase()) && !ORG.has(words[k - 1].toLowerCase()) && !HONORIFIC_WORDS.has(words[k - 1].toLowerCase().replace(/\.$/, ''))) k--;
    let given = words.slice(k);
    const poss = given.findIndex((w) => /['’]s$/.test(w));
    if (poss >= 0) given = given.slice(poss + 1);
    // `Young People and Families Margaret Hodge`: words the article writes in lower case are no first names
    // (`For Mark Olsen,`: nor is a function word that opens the sentence, written lower case or not)
    while (given.length && (lowerWords.has(given[0].toLowerCase()) || NOT_NAME.has(given[0].toLowerCase()))) given = given.slice(1);
    // (`Cardiff-born Megan`: where she was born is no given name)
    while (given.length && isDescriptiveCompound(given[0])) given = given.slice(1);
    // (`the Australian Paul`: a nationality before a given name describes the person)
    while (given.length > 1 && isNationality(given[0])) given = given.slice(1);
    if (!given.length || given.length > 2) continue;
    if (first && given[given.length - 1] !== first) continue;
    if (!best || given.length > best.length) best = given;
  }
  if (best && (!first || best.length > 1)) {
    const full = [...best, surname].join(' ');
    if (full !== e.name) {
      e.aliases.add(e.name);
      e.name = full;
      e.words = full.split(' ');
    }
  }
  // `Sir Anthony Greener` is `Sir Anthony`; `Mr Clarke` is `Mr` + surname
  if (e.honorific && /^(sir|dame)$/i.test(e.honorific)) e.aliases.add(`${e.honorific} ${e.words[0]}`);
  else if (e.honorific) e.aliases.add(`${e.honorific} ${surname}`);
  if (e.words.length > 1) e.aliases.add(surname);
}

/** the words, each with its space, between a post and what it is of (`of State`, `for Africa`, `to the Treasury`) */
const POST_LINKS = ['of ', 'for ', 'to the '];

/** `words` (ending in a space) stand right before `start`, a word of their own (the text's start or a space before them). */
function writtenBefore(text: string, start: number, words: string): boolean {
  const at = start - words.length;
  return text.startsWith(words, at) && (at === 0 || text.charCodeAt(at - 1) === 32);
}

const HONORIFIC_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof', 'professor', 'rev', 'the', 'a', 'an']);

/**
 * Every place the text writes a speaker's name or alias, in one pass over its words: at each word,
 * the longest form that starts there (a bare surname only when no other speaker shares it).
 */
export function collectMentions(text: string, quoted: Entity[], caps: number[]): void {
  const formsByFirst = new Map<string, { form: string; entity: Entity }[]>();
  const surnameCount = new Map<string, number>();
  for (const e of quoted) if (e.type === 'person' && e.named) surnameCount.set(e.words[e.words.length - 1], (surnameCount.get(e.words[e.words.length - 1]) ?? 0) + 1);
  for (const e of quoted) {
    for (const form of new Set([e.name, ...e.aliases])) {
      if (form.length < 2 || !HAS_UPPER.test(form)) continue;
      if (!form.includes(' ') && (surnameCount.get(form) ?? 0) > 1) continue;
      const space = form.indexOf(' ');
      const key = space < 0 ? form : form.slice(0, space);
      const list = formsByFirst.get(key) ?? [];
      if (list.length < 64) list.push({ form, entity: e });
      formsByFirst.set(key, list);
    }
  }
  if (!formsByFirst.size) return;
  const known: Span[] = [];
  for (const e of quoted) for (const m of e.mentions) known.push(m.span);
  known.sort(byStart);
  // only a word with the first letter of some form's first word is looked at, and compared with those of its length
  const byShape = keysByShape(formsByFirst.keys());
  const firsts = markFirsts(formsByFirst.keys());
  try {
    const lower: string[] = [];
    for (const list of formsByFirst.values()) for (const c of list) lower.push(c.form);
    capsAt = lowerAt = 0;
    scanMentions(text, formsByFirst, byShape, firsts, known, caps, lowerStarts(text, lower));
  } finally {
    unmarkFirsts(formsByFirst.keys());
  }
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

/** collectMentions' pass over the words: at each, the longest form that starts there and overlaps no known mention. */
function scanMentions(text: string, formsByFirst: Map<string, { form: string; entity: Entity }[]>, byShape: Map<number, string[]>, firsts: Uint8Array, known: Span[], caps: number[], lower: number[]): void {
  let k = 0;
  for (let at = nextName(text, firsts, caps, lower, 0); at >= 0; at = nextName(text, firsts, caps, lower, wordEnd)) {
    while (k < known.length && known[k].end <= at) k++;
    if (k < known.length && known[k].start <= at) continue;
    // the word without its possessive ending, else as written
    const end = bareEnd(text, at, wordEnd);
    let key = keyAt(text, at, end, byShape);
    if (key === undefined && end !== wordEnd) key = keyAt(text, at, wordEnd, byShape);
    if (key === undefined) continue;
    const candidates = formsByFirst.get(key)!;
    let best: { form: string; entity: Entity } | null = null;
    for (const c of candidates) {
      if (best && c.form.length <= best.form.length) continue;
      const after = at + c.form.length;
      if (!text.startsWith(c.form, at) || (after < text.length && isLetterOrDigitCode(text.charCodeAt(after)))) continue;
      if (k < known.length && known[k].start < at + c.form.length) continue;
      best = c;
    }
    if (!best) continue;
    best.entity.mentions.push({ span: { start: at, end: at + best.form.length }, text: best.form, prefix: '' });
    wordEnd = at + best.form.length;
  }
}
