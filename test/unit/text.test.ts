import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeLineStarts, detectLanguage, normalizeForMatch, normalizeLoose, offsetToPosition, positionToOffset } from '../../server/src/article/text';

test('line starts treat \\n, \\r\\n and a lone \\r as line breaks', () => {
  assert.deepEqual(computeLineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
  assert.deepEqual(computeLineStarts(''), [0]);
  assert.deepEqual(computeLineStarts('x\n'), [0, 2]);
});

test('line starts found by search equal those of a reading character by character, whatever the mix of breaks', () => {
  const byCharacter = (text: string): number[] => {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 13 || c === 10) starts.push(i + 1);
    }
    return starts;
  };
  const text = fc.array(fc.constantFrom('a', 'ب', '\n', '\r', '\r\n', '\n\r', ' '), { maxLength: 30 }).map((a) => a.join(''));
  fc.assert(fc.property(text, (t) => assert.deepEqual(computeLineStarts(t), byCharacter(t))), { seed: 7, numRuns: 2000 });
});

test('offsets and positions round-trip, clamped to the line', () => {
  const text = 'كيري\r\nsaid "yes"\n';
  const starts = computeLineStarts(text);
  assert.deepEqual(offsetToPosition(starts, 6), { line: 1, character: 0 });
  assert.equal(positionToOffset(text, starts, { line: 1, character: 4 }), 10);
  assert.equal(positionToOffset(text, starts, { line: 0, character: 99 }), 4, 'clamped before the CRLF');
  assert.equal(positionToOffset(text, starts, { line: 99, character: 0 }), text.length);
});

test('Arabic normalisation strips harakat and tatweel and unifies letter variants', () => {
  assert.equal(normalizeForMatch('أَمِيـرِكا'), 'اميركا');
  assert.equal(normalizeForMatch('إيران مصطفى'), 'ايران مصطفي');
  assert.equal(normalizeForMatch('الدولة', true), 'الدوله');
  assert.equal(normalizeLoose('  The  Caption.  '), 'the caption');
});

test('language detection by script', () => {
  assert.equal(detectLanguage('قال كيري "لا" and then'), 'ar');
  assert.equal(detectLanguage('Kerry said "no" — كيري'), 'en');
  assert.equal(detectLanguage(''), 'en');
});
