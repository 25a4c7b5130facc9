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

/** Every lower-case word of the text, in the order of their first occurrence. */
export function lowerCaseWordList(text: string): Set<string> {
  return new WordTable(text).words();
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
function hashOf(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/**
 * The distinct lower-case words of a text, listed in one pass with no string made per word: each
 * is kept as its hash and the offset and length of its first occurrence, in an open-addressing
 * table (linear probing). Answers are exact: a hash match is confirmed by comparing characters.
 */
class WordTable {
  /** per distinct word, in order of first occurrence */
  private hashes: Int32Array;
  private starts: Int32Array;
  private lengths: Int32Array;
  private count = 0;
  /** slot → 1 + the word's index; 0 = empty */
  private slots: Int32Array;

  constructor(private readonly text: string) {
    // about one distinct word per 16 characters of an article: rarely a rehash
    let size = 64;
    while (size < text.length >> 4) size <<= 1;
    this.hashes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
    this.slots = new Int32Array(size * 2);
    for (let i = 0; i < text.length; i++) {
      const end = wordEndAt(text, i);
      if (end < 0) continue;
      this.add(hashOf(text, i, end), i, end - i);
      i = end - 1;
    }
  }

  has(word: string): boolean {
    const length = word.length;
    if (length === 0) return false;
    const h = hashOf(word, 0, length);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] - 1;
      if (id < 0) return false;
      if (this.hashes[id] === h && this.lengths[id] === length && this.text.startsWith(word, this.starts[id])) return true;
    }
  }

  /** The words as strings (for tests and callers that need them all). */
  words(): Set<string> {
    const out = new Set<string>();
    for (let id = 0; id < this.count; id++) out.add(this.text.slice(this.starts[id], this.starts[id] + this.lengths[id]));
    return out;
  }

  /** Keeps the word text[start, start + length) unless it is kept already. */
  private add(h: number, start: number, length: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] - 1;
      if (id < 0) break;
      if (this.hashes[id] === h && this.lengths[id] === length && this.sameWords(this.starts[id], start, length)) return;
    }
    if (this.count === this.hashes.length) {
      this.grow();
      this.add(h, start, length);
      return;
    }
    const id = this.count++;
    this.hashes[id] = h;
    this.starts[id] = start;
    this.lengths[id] = length;
    this.slots[slot] = id + 1;
  }

  private sameWords(a: number, b: number, length: number): boolean {
    const text = this.text;
    for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
    return true;
  }

  /** Doubles the room (the table stays at most half full). */
  private grow(): void {
    const size = this.hashes.length * 2;
    const hashes = new Int32Array(size);
    hashes.set(this.hashes);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const lengths = new Int32Array(size);
    lengths.set(this.lengths);
    this.hashes = hashes;
    this.starts = starts;
    this.lengths = lengths;
    const slots = new Int32Array(size * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** `has(word)`: whether the text writes `word` as one of its lower-case words. */
export class LowerCaseWords implements WordSet {
  private all: WordTable | null = null;
  private readonly answers = new Map<string, boolean>();
  private searched: number;

  constructor(private readonly text: string) {
    this.searched = text.length >= LIST_AT_ONCE_LENGTH ? Infinity : 0;
  }

  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    let answer = this.answers.get(word);
    if (answer === undefined) {
      if (this.searched > SEARCH_BUDGET * this.text.length) {
        // many questions: listing every word once costs less than more searching (stays linear)
        this.all = new WordTable(this.text);
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
