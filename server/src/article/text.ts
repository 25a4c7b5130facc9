// Text utilities: line index, offset↔position, normalisation for matching, language detection.
// All offsets are UTF-16 code-unit offsets into the original text.

import type { Language, Span } from './model';
import { unitClass } from './charClasses';

export interface Position {
  line: number;
  character: number;
}

/** Offsets where each line starts. A line ends at \n, \r\n or a lone \r (as LSP defines it). */
export function computeLineStarts(text: string): number[] {
  // by the native search, not per character: a book-length document is indexed on every keystroke
  const starts = [0];
  let n = text.indexOf('\n');
  let r = text.indexOf('\r');
  while (n >= 0 || r >= 0) {
    if (r >= 0 && (n < 0 || r < n)) {
      if (r + 1 === n) {
        starts.push(n + 1); // \r\n
        n = text.indexOf('\n', n + 1);
      } else {
        starts.push(r + 1); // a lone \r
      }
      r = text.indexOf('\r', r + 1);
    } else {
      starts.push(n + 1);
      n = text.indexOf('\n', n + 1);
    }
  }
  return starts;
}

/** End of line `line`'s content (before its line break). */
export function lineContentEnd(text: string, lineStarts: number[], line: number): number {
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  if (end > lineStarts[line] && text.charCodeAt(end - 1) === 10) end--;
  if (end > lineStarts[line] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

export function offsetToPosition(lineStarts: number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

/** Clamps to the document and to the line's content, as LSP asks of out-of-range positions. */
export function positionToOffset(text: string, lineStarts: number[], pos: Position): number {
  if (pos.line < 0) return 0;
  if (pos.line >= lineStarts.length) return text.length;
  const start = lineStarts[pos.line];
  const end = lineContentEnd(text, lineStarts, pos.line);
  return Math.min(end, start + Math.max(0, pos.character));
}

export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export function isWhitespaceCode(c: number): boolean {
  // Called per character by every scanner: letters (Latin, Arabic) leave after one or two comparisons.
  if (c < 0xa0) return c === 32 || c === 9 || c === 10 || c === 13;
  if (c < 0x2000) return c === 0xa0;
  return c <= 0x200b || c === 0x200e || c === 0x200f || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/**
 * Every code isWhitespaceCode is true of, for the tables that scanners fill at start-up: reading this
 * list costs nothing, where calling the function for each of 65 536 codes, in code run once and so
 * never optimised, cost a few milliseconds of the server's start per table. (A test checks the two agree.)
 */
export const WHITESPACE_CODES: readonly number[] = [9, 10, 13, 32, 0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x200e, 0x200f, 0x202f, 0x3000, 0xfeff];

/** Span without leading/trailing white space (and BOM / direction marks). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Arabic-aware normalisation for matching (never for display): strips harakat and tatweel
 * (U+064B–U+065F, U+0670, U+0640, U+06D6–U+06ED), unifies alef forms (أإآٱ → ا), ya/alef maqsura
 * (ى → ي), Persian letters seen in Arabic copy (ی → ي, ک → ك), and lowercases Latin.
 * Optionally folds ta marbuta into ha.
 * Called for every word the analysers compare, so it is one pass over the characters that copies
 * only around what changes and lowercases only text that has letters with case.
 */
export function normalizeForMatch(s: string, foldTaMarbuta = false): string {
  let out = '';
  let copyFrom = 0;
  // lowercasing is only needed for Latin capitals and other non-ASCII letters, not for Arabic
  let mayHaveCase = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x600 || c > 0x6ff) {
      if ((c >= 65 && c <= 90) || c >= 0x80) mayHaveCase = true;
      continue;
    }
    let replacement: string;
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || (c >= 0x6d6 && c <= 0x6ed)) replacement = '';
    else if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) replacement = '\u0627';
    else if (c === 0x649 || c === 0x6cc) replacement = '\u064a';
    else if (c === 0x6a9) replacement = '\u0643';
    else if (c === 0x629 && foldTaMarbuta) replacement = '\u0647';
    else continue;
    out += s.slice(copyFrom, i) + replacement;
    copyFrom = i + 1;
  }
  out = copyFrom === 0 ? s : out + s.slice(copyFrom);
  return mayHaveCase ? out.toLowerCase() : out;
}

/**
 * What normalizeForMatch(·, true) makes of each character below U+0900, as one char code (-1: dropped,
 * -2: becomes more than one character, `İ` → `i̇`): for scans that read a word's normalised letters
 * in place, without slicing and normalising it. Worked out from normalizeForMatch itself, so the two
 * cannot disagree.
 */
export const NORMALISED_CODE = new Int32Array(0x900);
for (let c = 0; c < 0x900; c++) {
  const n = normalizeForMatch(String.fromCharCode(c), true);
  NORMALISED_CODE[c] = n.length === 0 ? -1 : n.length === 1 ? n.charCodeAt(0) : -2;
}

/** A harakah, the dagger alef or tatweel (`[\u064B-\u065F\u0670\u0640]`): the marks that sit on a letter as written. */
export function isHarakahOrTatweel(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640;
}

/** Collapses white space and strips trailing punctuation: for comparing captions and quote texts. */
export function normalizeLoose(s: string): string {
  const collapsed = normalizeForMatch(s, true).replace(/[\s\u200e\u200f\u200b\ufeff]+/g, ' ');
  // what /[\s.,;:!?؟،؛…"'“”«»]+$/u would strip, read backwards from the end
  let end = collapsed.length;
  while (end > 0 && isLooseTrailingCode(collapsed.charCodeAt(end - 1))) end--;
  return (end === collapsed.length ? collapsed : collapsed.slice(0, end)).trim();
}

/** what normalizeLoose strips from the end, by char code (every such character is in the BMP) */
const isLooseTrailingCode = unitClass(/[\s.,;:!?؟،؛…"'“”«»]/u);

/** The Arabic letters' blocks (inclusive; the BOM, U+FEFF, is none) */
const ARABIC_RANGES: readonly (readonly [number, number])[] = [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfefe]];
/** Latin letters (inclusive): A–Z, a–z, U+00C0–U+024F */
const LATIN_LETTER_RANGES: readonly (readonly [number, number])[] = [[65, 90], [97, 122], [0xc0, 0x24f]];

/** Per UTF-16 code: +1 an Arabic letter, -1 a Latin one, 0 anything else (one load per character). */
const SCRIPT_VOTE = new Int8Array(0x10000);
// (filled by ranges, which do not overlap: a call per code, in start-up code run once, cost 3 ms)
for (const [from, to] of ARABIC_RANGES) SCRIPT_VOTE.fill(1, from, to + 1);
for (const [from, to] of LATIN_LETTER_RANGES) SCRIPT_VOTE.fill(-1, from, to + 1);
/** how many characters are read between checks of whether the rest could still change the answer */
const VOTE_STRIDE = 1024;

/** Arabic letters minus Latin ones in text[from, to): above 0 the stretch is Arabic, below it Latin. */
export function scriptLead(text: string, from: number, to: number): number {
  let lead = 0;
  for (let i = from; i < to; i++) lead += SCRIPT_VOTE[text.charCodeAt(i)];
  return lead;
}

/**
 * The script with more letters wins; a sample of the first 20k characters is plenty. The reading stops
 * once the characters left could no longer turn the lead (an English article is decided about halfway).
 */
export function detectLanguage(text: string): Language {
  /** Arabic letters minus Latin ones so far */
  let lead = 0;
  const n = Math.min(text.length, 20000);
  for (let from = 0; from < n; from += VOTE_STRIDE) {
    const to = Math.min(n, from + VOTE_STRIDE);
    lead += scriptLead(text, from, to);
    const left = n - to;
    if (lead > left) return 'ar';
    if (-lead >= left) return 'en';
  }
  return lead > 0 ? 'ar' : 'en';
}

export function isArabicLetter(ch: string): boolean {
  return ch.length > 0 && SCRIPT_VOTE[ch.charCodeAt(0)] === 1;
}

const NUMBER_START = /^\p{N}/u;
/** \p{N} by char code, remembered (0 = not yet tested, 1 = number, 2 = not): each code meets the regex once */
const numberClass = new Uint8Array(0x10000);

/** Same answer as /^\p{N}/u.test(s) (`12`, `٣`, `½`), read from a table by the first char code. */
/** `s` holds a digit, Western or Arabic-Indic (`فرانس24`) */
export function hasDigit(s: string): boolean {
  return DIGIT.test(s);
}
const DIGIT = /[0-9\u0660-\u0669]/;

export function startsWithNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (!(c >= 0x80)) return false; // ASCII, or an empty string (NaN)
  // a surrogate pair is one code point: only the regular expression reads it whole
  if (c >= 0xd800 && c <= 0xdbff) return NUMBER_START.test(s);
  let v = numberClass[c];
  if (v === 0) {
    v = NUMBER_START.test(String.fromCharCode(c)) ? 1 : 2;
    numberClass[c] = v;
  }
  return v === 1;
}

/** Letters, marks and digits of any script count as word characters. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/**
 * A string to keep in a cache that outlives the document: V8 makes a slice of 13 or more
 * characters a view into the string it was cut from, so a cached word would keep its whole
 * document alive. Shorter slices are copies already; a longer one is copied (flattened anew).
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * A copy of `s` as one flat string of its own. ownString's copy is still a view (into the copy of
 * `s + ' '`), and every character read through a view costs an indirection: a part of a long
 * document, read character by character many times over, is worth a copy of its own.
 */
export function flatCopy(s: string): string {
  // A part with no character past U+00FF (English copy with straight quotes) cut from a document
  // stored in two bytes per character (it holds Arabic, or one curly quote) is copied into one byte
  // per character: V8 keeps a two-byte string's slices two-byte, and reads them slower everywhere
  // (toLowerCase 7×, regular expressions up to 2.5×; an English part read 16 % slower in all).
  if (!BEYOND_LATIN1.test(s)) return Buffer.from(s, 'latin1').toString('latin1');
  // joining the lines writes one new flat string, at half the cost of a round trip through a
  // Buffer in UTF-16; a join of one line would give the line itself
  if (s.indexOf('\n') < 0) return Buffer.from(s, 'utf16le').toString('utf16le');
  return s.split('\n').join('\n');
}

/** a character a one-byte string cannot hold */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * `search(text, word)` remembered per word for the text asked last: for the searches of a whole text
 * that the readings of several phrases ask again of the same words. Answers are forgotten when another
 * text is asked of (the one kept is the text being read, not a copy).
 */
export function rememberedForText<T>(search: (text: string, word: string) => T): (text: string, word: string) => T {
  let lastText = '';
  const answers = new Map<string, T>();
  return (text, word) => {
    if (text !== lastText) {
      lastText = text;
      answers.clear();
    }
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = search(text, word);
      answers.set(word, answer);
    }
    return answer;
  };
}

/**
 * `compute` remembered per word, for the engine's caches that outlive documents: keys and string
 * answers are kept as own copies (ownString), at most `size` words (then forgotten at once), and
 * words longer than `longest` are not remembered.
 * The words asked last sit in a small table in front of the Map, by a hash of their length and three
 * of their characters: a word asked again is answered by one comparison, where a Map lookup reads
 * entries spread over a large table (and hashes the word when it is a new string).
 */
export function rememberedPerWord<T>(compute: (word: string) => T, size = 50000, longest = Infinity): (word: string) => T {
  // each answer beside its own copy of the word: a word found in the Map is not copied again
  const known = new Map<string, Remembered<T>>();
  const recentWords: string[] = new Array<string>(RECENT).fill('');
  const recentAnswers: T[] = new Array<T>(RECENT);
  return (word) => {
    // (a word too long to be kept is never looked up: hashing it would be the whole cost)
    if (word.length > longest) return compute(word);
    const r = recentSlot(word);
    if (recentWords[r] === word && word !== '') return recentAnswers[r];
    let kept = known.get(word);
    if (kept === undefined) {
      let answer = compute(word);
      if (known.size > size) {
        known.clear();
        recentWords.fill('');
      }
      // (what is kept must be an own copy: the word may be a view into a whole document)
      if (typeof answer === 'string') answer = ownString(answer) as T;
      // (an answer equal to its word is kept once, as the own copy)
      const key = answer === word ? (answer as string) : ownString(word);
      kept = { key, answer };
      known.set(key, kept);
    }
    recentWords[r] = kept.key;
    recentAnswers[r] = kept.answer;
    return kept.answer;
  };
}

interface Remembered<T> {
  /** the word, as an own copy */
  key: string;
  answer: T;
}

/** size of rememberedPerWord's table of recent words (a power of two) */
const RECENT_BITS = 12;
const RECENT = 1 << RECENT_BITS;

function recentSlot(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const h = Math.imul(Math.imul(n, 31) + word.charCodeAt(0), 31) + word.charCodeAt(n >> 1);
  return Math.imul(Math.imul(h, 31) + word.charCodeAt(n - 1), 0x9e3779b1) >>> (32 - RECENT_BITS);
}

/** JavaScript's \s: what String.split(/\s/) cuts at */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first word of `s`: the same as `s.trim().split(/\s+/)[0]`, without the copies. */
export function firstWord(s: string): string {
  let start = 0;
  while (start < s.length && isJsSpace(s.charCodeAt(start))) start++;
  let end = start;
  while (end < s.length && !isJsSpace(s.charCodeAt(end))) end++;
  return s.slice(start, end);
}

/** What follows the last white space of `s` (the last of `s.split(/\s+/)`, without the array): all of `s` when it has none. */
export function lastWord(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) if (isJsSpace(s.charCodeAt(i))) return s.slice(i + 1);
  return s;
}

/** The words of `s`: the same as `s.split(/\s+/).filter(Boolean)`, without a regular expression. */
export function wordsOf(s: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isJsSpace(s.charCodeAt(i))) i++;
    const start = i;
    while (i < s.length && !isJsSpace(s.charCodeAt(i))) i++;
    if (i > start) words.push(s.slice(start, i));
  }
  return words;
}
