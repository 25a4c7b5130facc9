import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LowerCaseWords, lowerCaseWordList } from '../../server/src/article/en/lowerCaseWords';

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

test('lower-case words: the list is the matches of the pattern', () => {
  for (const text of TEXTS) assert.deepEqual([...lowerCaseWordList(text)], [...new Set(text.match(LOWER_WORD) ?? [])], text);
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
