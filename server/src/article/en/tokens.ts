// Word and punctuation tokens of an English paragraph, with each top-level quote as one token:
// attribution reads the words around quotes, never the words inside them. One linear pass.
import type { Span } from '../model';
import { isWhitespaceCode } from '../text';
import { isApostrophe, unitClass } from '../charClasses';
import { lexiconEn } from '../lexicon/en';

/** bound once here: a call through the importing module's namespace costs a property read per character (and a getter when run from source) */
const isSpaceCode = isWhitespaceCode;

/** Token.info: the kind in its low two bits, then the flags, then a quote token's quote index */
const WORD = 0;
const PUNCT = 1;
const QUOTE = 2;
const CAP = 4;
const POSSESSIVE = 8;
const QUOTE_SHIFT = 4;

/**
 * A word, a punctuation mark or a top-level quote. Five fields, the kind, flags and quote index packed
 * in one: a paragraph's tokens are made anew for every reading (a 5 MB document makes a million),
 * and eight fields cost a third more memory to fill and collect.
 */
export class Token {
  // (declared, then set in the constructor: no class-field definitions run before it)
  declare readonly start: number;
  declare readonly end: number;
  /** as written; for a word, without a possessive ending (`Radio 1's` → `1`) */
  declare readonly text: string;
  declare readonly lower: string;
  declare readonly info: number;

  constructor(start: number, end: number, text: string, lower: string, info: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.info = info;
  }

  /** a word (the kind is read from the bits: the hot loops ask it of most tokens) */
  get isWord(): boolean {
    return (this.info & 3) === WORD;
  }

  get isPunct(): boolean {
    return (this.info & 3) === PUNCT;
  }

  get isQuote(): boolean {
    return (this.info & 3) === QUOTE;
  }

  /** word that starts with a capital letter or a digit following a capital word is decided later; this is the first letter only */
  get cap(): boolean {
    return (this.info & CAP) !== 0;
  }

  /** the word ended in `'s`, `’s` or a bare `s'` */
  get possessive(): boolean {
    return (this.info & POSSESSIVE) !== 0;
  }

  /** index into the paragraph's quotes for a quote token (-1 for any other) */
  get quote(): number {
    return (this.info & 3) === QUOTE ? this.info >>> QUOTE_SHIFT : -1;
  }

  /** The same word written otherwise (`him` read as `he`): its place and flags kept. */
  withWord(text: string, lower: string): Token {
    return new Token(this.start, this.end, text, lower, this.info);
  }
}

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_INNER = /[\p{L}\p{M}\p{N}'’\-&./]/u;
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}]/u;

const isWordStart = unitClass(WORD_START);
const isWordInner = unitClass(WORD_INNER);
const isUpper = unitClass(UPPER);
const isLetter = unitClass(LETTER);

/** `.` `'` `’` `-` `&` `/`: joiners that end a word only as punctuation */
function isTrailingJoiner(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 38 || c === 47;
}

/**
 * Tokens of text[start, end), each quote span in `quotes` (sorted, top level) becoming a single token.
 * Only quotes[first, last) are read (the caller's part of a longer list, without a copy).
 */
export function tokenize(text: string, start: number, end: number, quotes: { span: Span; index: number }[], first = 0, last = quotes.length): Token[] {
  const out: Token[] = [];
  let q = first;
  let i = start;
  while (i < end) {
    while (q < last && quotes[q].span.start < i) q++;
    if (q < last && quotes[q].span.start === i) {
      const s = quotes[q].span;
      out.push(new Token(s.start, s.end, text.slice(s.start, s.end), '', QUOTE | (quotes[q].index << QUOTE_SHIFT)));
      i = Math.max(s.end, i + 1);
      q++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (isWordStart(code)) {
      let j = i + 1;
      const stop = q < last ? Math.min(end, quotes[q].span.start) : end;
      // (whether any character may have a lower-case form: a word in lower case already is its own `lower`, no new string)
      let folds = code < 97 || code > 122;
      for (; j < stop; j++) {
        const c = text.charCodeAt(j);
        // (`Carnegie–Tsinghua Center`: an en dash between two capitalised words joins them as a hyphen does)
        if (!isWordInner(c) && !(c === EN_DASH && isUpper(text.charCodeAt(j + 1)) && isUpper(code))) break;
        if (c >= 65 && (c <= 90 || c > 127)) folds = true;
      }
      // Trailing joiners belong to punctuation: `end.` `Smith's` handled below, `well-` stays.
      while (j > i + 1 && isTrailingJoiner(text.charCodeAt(j - 1))) j--;
      let wordEnd = j;
      let possessive = false;
      // read by char code: no two-character string per word
      if (j - i > 2 && text.charCodeAt(j - 1) === 115 /* s */ && isApostrophe(text.charCodeAt(j - 2)) && !CONTRACTED.has(text.slice(i, j - 2).toLowerCase())) {
        wordEnd = j - 2;
        possessive = true;
      } else if (j < stop && isApostrophe(text.charCodeAt(j)) && text.charCodeAt(j - 1) === 115 && !(j + 1 < text.length && isWordStart(text.charCodeAt(j + 1)))) {
        possessive = true;
        j++;
      }
      // Abbreviations keep their full stop (`Mr.`, `U.S.`) when a letter precedes it directly.
      if (!possessive && j < stop && text.charCodeAt(j) === 46 && j - i <= 4 && isLetter(text.charCodeAt(j - 1))) {
        const word = text.slice(i, j).toLowerCase();
        if (ABBREVIATION_WITH_DOT.has(word) || initialsBeforeName(text, i, j, stop) || (MONTHS_WITH_DOT.has(word) && j + 2 < stop && text.charCodeAt(j + 1) === 32 && isDigitCode(text.charCodeAt(j + 2)))) {
          j++;
          wordEnd = j;
        }
      }
      const word = text.slice(i, wordEnd);
      // (`Twitter user karsonwithak`: a handle after a platform's user is a name, whatever its case)
      // (`l'Audiovisuel`, `d'Estaing`: a French article elided before a capital opens a word of a name)
      const cap = isUpper(code) || ((code === 108 || code === 100) && j - i > 3 && isApostrophe(text.charCodeAt(i + 1)) && isUpper(text.charCodeAt(i + 2))) || handleAfterUser(out);
      out.push(new Token(i, j, word, folds ? word.toLowerCase() : word, WORD | (cap ? CAP : 0) | (possessive ? POSSESSIVE : 0)));
      i = j;
      continue;
    }
    // (`Steven Mnuchin, a former Goldman Sachs (GS.N) banker,`: a stock's ticker in brackets is no part of the sentence)
    if (code === 40) {
      const close = tickerEnd(text, i + 1, scanStop(quotes, q, last, end));
      if (close > 0) {
        i = close;
        continue;
      }
    }
    // (a character outside the BMP, `𝐀`, `😀`, is one token of its two code units: no span starts inside it)
    const units = code >= 0xd800 && code <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const ch = units === 1 ? text[i] : text.slice(i, i + 2);
    out.push(new Token(i, i + units, ch, ch, PUNCT));
    i += units;
  }
  return out;
}

/** Where the next quote (or the end) stops the scan. */
function scanStop(quotes: { span: Span }[], q: number, last: number, end: number): number {
  return q < last ? Math.min(end, quotes[q].span.start) : end;
}

/**
 * text[i, …) is a Reuters instrument code and its closing bracket (`GS.N)`, `AAPL.O)`, `0005.HK)`): the
 * one to six capitals or digits of the code, a dot, one to three capitals of the exchange. Where the
 * bracket ends, else -1.
 */
function tickerEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 6 && isCapitalOrDigit(text.charCodeAt(j))) j++;
  if (j === i || j >= end || text.charCodeAt(j) !== 46) return -1;
  const exchange = ++j;
  while (j < end && j - exchange < 3 && isCapitalOrDigit(text.charCodeAt(j)) && !isDigitCode(text.charCodeAt(j))) j++;
  return j > exchange && j < end && text.charCodeAt(j) === 41 ? j + 1 : -1;
}

function isCapitalOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || isDigitCode(c);
}

const EN_DASH = 0x2013;

const SOCIAL_PLATFORMS = new Set(lexiconEn.socialPlatforms);

/** The tokens so far end in `<Platform> user`: the word next is that user's handle. */
function handleAfterUser(out: Token[]): boolean {
  const n = out.length;
  if (n < 2) return false;
  // (asked of every lower-case word: two string comparisons, which fail on the length, not a set's hash)
  const user = out[n - 1];
  if ((user.lower !== 'user' && user.lower !== 'username') || (user.info & 3) !== WORD) return false;
  const platform = out[n - 2];
  return (platform.info & (3 | CAP)) === (WORD | CAP) && SOCIAL_PLATFORMS.has(platform.lower);
}

/** `That's`, `it's`: a contraction of "is", not a possessive. */
const CONTRACTED = new Set(['that', 'it', 'there', 'here', 'what', 'who', 'he', 'she', 'let', 'where', 'how', 'this']);

/** Titles and initials whose full stop is part of the word (so it does not end the sentence). */
const ABBREVIATION_WITH_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'rev', 'gen', 'col', 'capt', 'lt', 'sgt', 'sen', 'rep', 'gov', 'jr', 'sr', 'u.s', 'u.k', 'e.g', 'i.e', 'no', 'vs', 'inc', 'ltd', 'co', 'corp']);

/** `Nov. 3-14`: a month's abbreviation keeps its full stop before the day */
const MONTHS_WITH_DOT = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** words that open a sentence and are no name (the lexicon's notNames): never a name after initials (`… at the U.N. The council …`) */
const NOT_NAMES = new Set(lexiconEn.notNames);

/**
 * text[i, j) is an initial or dotted initials (`W`, `H.R`) whose full stop at j is followed by a space
 * and a capitalised word that opens no sentence (`George W. Bush`, `H.R. McMaster`): the stop is the
 * name's, not the sentence's end.
 */
function initialsBeforeName(text: string, i: number, j: number, stop: number): boolean {
  const n = j - i;
  if ((n !== 1 && n !== 3 && n !== 5) || j + 2 >= stop || text.charCodeAt(j + 1) !== 32 || !isUpper(text.charCodeAt(j + 2))) return false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(i + k);
    if (k % 2 === 1 ? c !== 46 : !isUpper(c)) return false;
  }
  let e = j + 2;
  while (e < stop && e - j < 12 && isLetter(text.charCodeAt(e))) e++;
  return !NOT_NAMES.has(text.slice(j + 2, e).toLowerCase());
}

/** True for a single capital letter (an initial: `George W. Bush`). */
export function isInitial(t: Token): boolean {
  return t.isWord && t.text.length === 1 && t.cap;
}
