// isWhitespaceCode is on every scanner's hot path and was rewritten for speed: it must still
// mean exactly the white space the engine defines (ASCII blanks, NBSP, the U+2000 spaces, direction
// marks, ideographic space, narrow NBSP, BOM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWhitespaceCode, trimSpan } from '../../server/src/article/text';

const DEFINITION = new Set([32, 9, 10, 13, 0xa0, 0xfeff, 0x200e, 0x200f, 0x3000, 0x202f]);
for (let c = 0x2000; c <= 0x200b; c++) DEFINITION.add(c);

test('isWhitespaceCode answers the definition for every UTF-16 code unit', () => {
  const wrong: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isWhitespaceCode(c) !== DEFINITION.has(c)) wrong.push(c.toString(16));
  assert.deepEqual(wrong, []);
});

test('Arabic and Latin letters, digits and punctuation are not white space; trimSpan keeps them', () => {
  for (const ch of 'aZ09.،؟«»"قالكيري\u064b\u0640') assert.equal(isWhitespaceCode(ch.charCodeAt(0)), false, ch);
  const text = '\ufeff\u200f  قال كيري\u00a0\u3000\t';
  const span = trimSpan(text, 0, text.length);
  assert.equal(text.slice(span.start, span.end), 'قال كيري');
});
