// Words the article writes in lower case: capitalised at a sentence start, they are common words,
// not names. A word is one match of `(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*` (global, unicode).
// An analysis asks about a few words only (about ten in a 5 KB article), so each question is
// answered by searching the text for the word; past a budget of searching, every word is listed once.
import { charClass, previousCodePoint } from '../charClasses';

const LOWER = charClass(/\p{Ll}/u);
const LETTER_OR_JOINER = charClass(/[\p{L}'’-]/u);
const WORD_BEFORE = charClass(/[\p{L}\p{N}'’-]/u);

/** Characters searched, per character of the text, before the words are listed instead. */
const SEARCH_BUDGET = 16;

/** ASCII `[\p{L}'’-]`: a letter, `'` or `-` */
function isAsciiLetterOrJoiner(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 45;
}

/** ASCII `[\p{L}\p{N}'’-]` */
function isAsciiWordBefore(c: number): boolean {
  return isAsciiLetterOrJoiner(c) || (c >= 48 && c <= 57);
}

/**
 * End of the lower-case word that starts at `i`, or -1 when none starts there. Every offset where
 * one starts is a match of the global pattern: a match never starts inside another (its lookbehind
 * sees a letter there). ASCII is answered inline.
 */
function wordEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = c < 128 ? (c >= 97 && c <= 122 ? 1 : 0) : LOWER(text, i);
  if (k === 0) return -1;
  if (i > 0) {
    const b = text.charCodeAt(i - 1);
    if (b < 128 ? isAsciiWordBefore(b) : WORD_BEFORE(text, previousCodePoint(text, i)) !== 0) return -1;
  }
  const n = text.length;
  let end = i + k;
  while (end < n) {
    const d = text.charCodeAt(end);
    const m = d < 128 ? (isAsciiLetterOrJoiner(d) ? 1 : 0) : LETTER_OR_JOINER(text, end);
    if (m === 0) break;
    end += m;
  }
  return end;
}

/** Every lower-case word of the text, in one pass. */
export function lowerCaseWordList(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const end = wordEndAt(text, i);
    if (end < 0) continue;
    out.add(text.slice(i, end));
    i = end - 1;
  }
  return out;
}

/** What the readers ask of a set of words. */
export interface WordSet {
  has(word: string): boolean;
}

/** `has(word)`: whether the text writes `word` as one of its lower-case words. */
export class LowerCaseWords implements WordSet {
  private all: Set<string> | null = null;
  private readonly answers = new Map<string, boolean>();
  private searched = 0;

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    let answer = this.answers.get(word);
    if (answer === undefined) {
      if (this.searched > SEARCH_BUDGET * this.text.length) {
        // many questions: listing every word once costs less than more searching (stays linear)
        this.all = lowerCaseWordList(this.text);
        return this.all.has(word);
      }
      answer = this.search(word);
      this.answers.set(word, answer);
    }
    return answer;
  }

  /** Whether some occurrence of `word` in the text is a whole lower-case word. */
  private search(word: string): boolean {
    const text = this.text;
    if (word.length === 0) return false;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (wordEndAt(text, at) === at + word.length) {
        this.searched += at + word.length;
        return true;
      }
    }
    this.searched += text.length;
    return false;
  }
}
