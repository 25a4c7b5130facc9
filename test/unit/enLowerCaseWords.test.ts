import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LowerCaseWords } from '../../server/src/article/en/lowerCaseWords';

/** the definition the readers rely on */
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu;

const TEXTS = [
  'The minister said the plan was "well-founded". the end',
  "Smith's aide, o'brien, rock'n'roll — don’t stop; x-ray 3rd 4th-place",
  'Élan vital and élan; Ǆemal ǆemal; straße Straße; naïve café',
  'e\u0301t\u00e9 and de\u0301ja\u0300 vu; 𝐀bc 𝐚bc; a𝐚b; ok',
  'Mr Clarke met mr clarke in London. london is big. In-house in house',
  '',
  'a',
  '-a -b \'c ’d 9e',
];

function candidates(text: string): string[] {
  const words = new Set<string>(['', 'the', 'The', 'a', 'b', 'c', 'd', 'e', 'x', 'ray', 'x-ray', 'rd', 'place', 'house', 'in-house', 'clarke', 'london', 'bc', 'ok', 'don’t', 'o\'brien', 'end', 'well-founded', 'missing']);
  for (const w of text.split(/[\s".,;—]+/)) {
    words.add(w);
    words.add(w.toLowerCase());
    for (let i = 1; i < w.length; i++) words.add(w.slice(i));
  }
  return [...words];
}

test('lower-case words: the list (a text of 16 KB or more lists its words at the first question) is the matches of the pattern', () => {
  for (const short of TEXTS) {
    // (white space after the text adds no word)
    const text = short + ' '.repeat(16 * 1024);
    const expected = new Set(text.match(LOWER_WORD) ?? []);
    const words = new LowerCaseWords(text);
    for (const w of expected) assert.equal(words.has(w), true, `${JSON.stringify(w)} in ${JSON.stringify(short)}`);
    for (const w of candidates(short)) assert.equal(words.has(w), expected.has(w), `${JSON.stringify(w)} in ${JSON.stringify(short)}`);
  }
});

test('lower-case words: each question answered by search agrees with the pattern', () => {
  for (const text of TEXTS) {
    const expected = new Set(text.match(LOWER_WORD) ?? []);
    const words = new LowerCaseWords(text);
    for (const w of candidates(text)) assert.equal(words.has(w), expected.has(w), `${JSON.stringify(w)} in ${JSON.stringify(text)}`);
  }
});

test('lower-case words: many questions switch to the full list and keep the same answers', () => {
  const text = 'alpha beta Gamma delta-epsilon zeta’s eta';
  const expected = new Set(text.match(LOWER_WORD) ?? []);
  const words = new LowerCaseWords(text);
  for (let round = 0; round < 40; round++) {
    for (const w of ['alpha', 'gamma', 'delta-epsilon', 'zeta’s', 'zeta', `none${round}`]) assert.equal(words.has(w), expected.has(w), w);
  }
});

/** a reproducible stream of numbers (mulberry32) */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('lower-case words: a long text (listed in a hash table at the first question) answers as the pattern', () => {
  // pieces that meet every branch of the table's scan: ASCII and other lower/upper case letters,
  // joiners, digits, marks, astral letters (two code units), punctuation
  const PIECES = ['a', 'b', 'ab', 'The', 'x', "'", '’', '-', ' ', ' ', ' ', '. ', '3', 'é', 'É', 'ǆ', 'Ǆ', '\u0301', '𝐚', '𝐀', 'ß', 'ς', '"', 'ok', 'al-', 'don’t'];
  for (const seed of [1, 2, 3]) {
    const next = random(seed);
    const parts: string[] = [];
    let length = 0;
    while (length < 20 * 1024) {
      const piece = PIECES[Math.floor(next() * PIECES.length)];
      parts.push(piece);
      length += piece.length;
    }
    const text = parts.join('');
    const expected = new Set(text.match(LOWER_WORD) ?? []);
    const words = new LowerCaseWords(text);
    const asked = new Set<string>([...expected, '', 'missing', 'a', 'ab', 'abc', 'é', 'ß', 'don’t', 'ok', 'al', 'al-']);
    // words that are in the text only inside other words, or only capitalised
    for (const w of [...expected].slice(0, 300)) {
      asked.add(w.slice(1));
      asked.add(w + 'a');
      asked.add(w.toUpperCase());
    }
    for (const w of asked) assert.equal(words.has(w), expected.has(w), `${JSON.stringify(w)} (seed ${seed})`);
  }
});
