// Word and punctuation tokens of an English paragraph, with each top-level quote as one token:
// attribution reads the words around quotes, never the words inside them. One linear pass.
import type { Span } from '../model';
import { isWhitespaceCode } from '../text';
import { isApostrophe, unitClass } from '../charClasses';

/** bound once here: a call through the importing module's namespace costs a property read per character (and a getter when run from source) */
const isSpaceCode = isWhitespaceCode;

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** as written; for a word, without a possessive ending (`Radio 1's` → `1`) */
  text: string;
  lower: string;
  /** word that starts with a capital letter or a digit following a capital word is decided later; this is the first letter only */
  cap: boolean;
  /** the word ended in `'s`, `’s` or a bare `s'` */
  possessive: boolean;
  /** index into the paragraph's quotes for a quote token */
  quote: number;
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
      out.push({ kind: 'quote', start: s.start, end: s.end, text: text.slice(s.start, s.end), lower: '', cap: false, possessive: false, quote: quotes[q].index });
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
      while (j < stop && isWordInner(text.charCodeAt(j))) j++;
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
        if (ABBREVIATION_WITH_DOT.has(word)) {
          j++;
          wordEnd = j;
        }
      }
      const word = text.slice(i, wordEnd);
      out.push({ kind: 'word', start: i, end: j, text: word, lower: word.toLowerCase(), cap: isUpper(word.charCodeAt(0)), possessive, quote: -1 });
      i = j;
      continue;
    }
    const ch = text[i];
    out.push({ kind: 'punct', start: i, end: i + 1, text: ch, lower: ch, cap: false, possessive: false, quote: -1 });
    i++;
  }
  return out;
}

/** `That's`, `it's`: a contraction of "is", not a possessive. */
const CONTRACTED = new Set(['that', 'it', 'there', 'here', 'what', 'who', 'he', 'she', 'let', 'where', 'how', 'this']);

/** Titles and initials whose full stop is part of the word (so it does not end the sentence). */
const ABBREVIATION_WITH_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'rev', 'gen', 'col', 'capt', 'lt', 'sgt', 'sen', 'rep', 'gov', 'jr', 'sr', 'u.s', 'u.k', 'e.g', 'i.e', 'no', 'vs', 'inc', 'ltd', 'co', 'corp']);

/** True for a single capital letter (an initial: `George W. Bush`). */
export function isInitial(t: Token): boolean {
  return t.kind === 'word' && t.text.length === 1 && t.cap;
}
