// Words the article writes in lower case: capitalised at a sentence start, they are common words,
// not names. A word is one match of `(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*` (global, unicode).
// A short article is asked about a few words only (about ten in 5 KB), so each question is answered
// by searching the text for the word; past a budget of searching, every word is listed once. A long
// text is asked more (about two questions per KB, mostly names it does not write, each a full
// search): it lists its words at the first question.
import { charClass, previousCodePoint } from '../charClasses';

const LOWER = charClass(/\p{Ll}/u);
const LETTER_OR_JOINER = charClass(/[\p{L}'’-]/u);
const WORD_BEFORE = charClass(/[\p{L}\p{N}'’-]/u);

/** Characters searched, per character of the text, before the words are listed instead. */
const SEARCH_BUDGET = 16;
/**
 * From this length on, the words are listed at the first question: listing costs about as much as
 * 30 searches, and such a text is asked 30 questions or more.
 */
const LIST_AT_ONCE_LENGTH = 16 * 1024;

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
  return wordEnd(text, i + k);
}

/** End of the run of `[\p{L}'’-]` from `i`. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let end = i;
  while (end < n) {
    const d = text.charCodeAt(end);
    const m = d < 128 ? (isAsciiLetterOrJoiner(d) ? 1 : 0) : LETTER_OR_JOINER(text, end);
    if (m === 0) break;
    end += m;
  }
  return end;
}

/** What the readers ask of a set of words. */
export interface WordSet {
  has(word: string): boolean;
}

/** FNV-1a over UTF-16 code units: the table hashes the text's words and the questions alike. */
const HASH_SEED = 0x811c9dc5 | 0;
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** What a word table answers: the word is written, is not, or may be (its hash is another word's). */
type Listed = 'no' | 'yes' | 'unsure';

/**
 * The lower-case words of a text, listed in one pass with no string made per word: each distinct
 * hash is kept once, with the offset and length of the first word that has it, in an
 * open-addressing table (linear probing; a slot of length 0 is empty). A word whose hash is not
 * kept is not written; one whose hash is kept is, when the characters at that offset are the word;
 * otherwise (two words sharing a hash: about never) only a search of the text can tell.
 */
class WordTable {
  #hashes: Int32Array;
  #starts: Int32Array;
  #lengths: Int32Array;
  #count = 0;

  constructor(private readonly text: string) {
    // about one distinct word per 16 characters of an article: rarely a rehash
    let size = 128;
    while (size < text.length >> 3) size <<= 1;
    this.#hashes = new Int32Array(size);
    this.#starts = new Int32Array(size);
    this.#lengths = new Int32Array(size);
    this.#list();
  }

  has(word: string): Listed {
    const length = word.length;
    let h = HASH_SEED;
    for (let i = 0; i < length; i++) h = hashStep(h, word.charCodeAt(i));
    const mask = this.#lengths.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const kept = this.#lengths[slot];
      if (kept === 0) return 'no';
      if (this.#hashes[slot] === h) return kept === length && this.text.startsWith(word, this.#starts[slot]) ? 'yes' : 'unsure';
    }
  }

  /**
   * Keeps every word, in one pass that remembers whether the character before is in
   * `[\p{L}\p{N}'’-]` (a word cannot start after one) instead of looking back at each offset,
   * and hashes each word's characters as it reads them.
   */
  #list(): void {
    const text = this.text;
    const n = text.length;
    let blocked = false;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let end: number; // past the lower-case letter at i
      if (c < 128) {
        if (c < 97 || c > 122) {
          blocked = isAsciiWordBefore(c);
          i++;
          continue;
        }
        end = i + 1;
      } else {
        const width = LOWER(text, i);
        if (width === 0) {
          const other = WORD_BEFORE(text, i);
          blocked = other !== 0;
          i += other === 2 ? 2 : 1;
          continue;
        }
        end = i + width;
      }
      if (blocked) {
        i = end; // after a lower-case letter: still blocked
        continue;
      }
      let h = hashStep(HASH_SEED, c);
      if (end - i === 2) h = hashStep(h, text.charCodeAt(i + 1));
      while (end < n) {
        const d = text.charCodeAt(end);
        if (d < 128) {
          if (!isAsciiLetterOrJoiner(d)) break;
          h = hashStep(h, d);
          end++;
          continue;
        }
        const m = LETTER_OR_JOINER(text, end);
        if (m === 0) break;
        h = hashStep(h, d);
        if (m === 2) h = hashStep(h, text.charCodeAt(end + 1));
        end += m;
      }
      this.#add(h, i, end - i);
      i = end;
      blocked = true;
    }
  }

  /** Keeps the word text[start, start + length) unless its hash is kept already. */
  #add(h: number, start: number, length: number): void {
    const mask = this.#lengths.length - 1;
    let slot = h & mask;
    for (; this.#lengths[slot] !== 0; slot = (slot + 1) & mask) if (this.#hashes[slot] === h) return;
    this.#hashes[slot] = h;
    this.#starts[slot] = start;
    this.#lengths[slot] = length;
    if (++this.#count * 2 > this.#lengths.length) this.#grow();
  }

  /** Doubles the table: it stays at most half full. */
  #grow(): void {
    const hashes = this.#hashes, starts = this.#starts, lengths = this.#lengths;
    const size = lengths.length * 2;
    this.#hashes = new Int32Array(size);
    this.#starts = new Int32Array(size);
    this.#lengths = new Int32Array(size);
    this.#count = 0;
    for (let slot = 0; slot < lengths.length; slot++) if (lengths[slot] !== 0) this.#add(hashes[slot], starts[slot], lengths[slot]);
  }
}

/** `has(word)`: whether the text writes `word` as one of its lower-case words. */
export class LowerCaseWords implements WordSet {
  #all: WordTable | null = null;
  readonly #answers = new Map<string, boolean>();
  #searched: number;

  constructor(private readonly text: string) {
    this.#searched = text.length >= LIST_AT_ONCE_LENGTH ? Infinity : 0;
  }

  has(word: string): boolean {
    if (this.#all === null && this.#searched > SEARCH_BUDGET * this.text.length) {
      // many questions: listing every word once costs less than more searching (stays linear)
      this.#all = new WordTable(this.text);
    }
    if (this.#all !== null) {
      const listed = this.#all.has(word);
      if (listed !== 'unsure') return listed === 'yes';
    }
    let answer = this.#answers.get(word);
    if (answer === undefined) {
      answer = this.#search(word);
      this.#answers.set(word, answer);
    }
    return answer;
  }

  /** Whether some occurrence of `word` in the text is a whole lower-case word. */
  #search(word: string): boolean {
    const text = this.text;
    if (word.length === 0) return false;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (wordEndAt(text, at) === at + word.length) {
        this.#searched += at + word.length;
        return true;
      }
    }
    this.#searched += text.length;
    return false;
  }
}
