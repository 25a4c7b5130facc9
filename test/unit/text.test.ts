import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as v8 from 'node:v8';
import { computeLineStarts, detectLanguage, flatCopy, isWhitespaceCode, normalizeForMatch, normalizeLoose, offsetToPosition, positionToOffset, scriptLead, WHITESPACE_CODES } from '../../server/src/article/text';

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

test('language detection that stops once the rest cannot turn the lead gives the answer of a full count', () => {
  // the count it must agree with: every character of the first 20 000, Arabic letters against Latin ones
  const counted = (text: string): 'ar' | 'en' => {
    let ar = 0;
    let la = 0;
    for (let i = 0; i < Math.min(text.length, 20000); i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c < 0xfeff)) ar++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) la++;
    }
    return ar > la ? 'ar' : 'en';
  };
  // runs of one script, so that the lead swings and is often turned late (or not) by the last run
  const run = fc.tuple(fc.constantFrom('قال', 'Kerry', ' ', '1', 'é', '\ufeff', '\ufe70', '×'), fc.integer({ min: 1, max: 3000 })).map(([s, k]) => s.repeat(k));
  fc.assert(fc.property(fc.array(run, { maxLength: 12 }), (runs) => {
    const text = runs.join('');
    assert.equal(detectLanguage(text), counted(text));
  }), { numRuns: 300 });
  // turned in the last characters of the sample, and past it not at all
  const tie = 'a'.repeat(9999) + 'ب'.repeat(9999);
  assert.equal(detectLanguage(tie + 'بب'), 'ar');
  assert.equal(detectLanguage(tie + 'ب'), 'ar');
  assert.equal(detectLanguage(tie + 'a'), 'en');
  assert.equal(detectLanguage(tie + 'aa' + 'ب'.repeat(50)), 'en');
});

test('flatCopy: the same text, in one byte per character when no character needs two', () => {
  // (V8's serializer writes a string as it is stored: about one byte per character, or two)
  const bytesPerChar = (s: string) => v8.serialize(s).length / s.length;
  const english = ('\u2019' + 'She said: "Caf\u00e9 \u00ff."\n'.repeat(40)).slice(1);
  assert.ok(bytesPerChar(english) > 1.9, 'a slice of a two-byte string is two-byte');
  const copy = flatCopy(english);
  assert.equal(copy, english);
  assert.ok(bytesPerChar(copy) < 1.1);
  for (const text of ['قال إن\nالاتفاق', 'one line \u2014 no break', 'Latin-1 \u00e9 then \u0100', '', '\n']) assert.equal(flatCopy(text), text);
  assert.ok(bytesPerChar(flatCopy('x\u0100'.repeat(50))) > 1.9);
});

test('WHITESPACE_CODES lists exactly the codes isWhitespaceCode is true of (the start-up tables are filled from it)', () => {
  const codes: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isWhitespaceCode(c)) codes.push(c);
  assert.deepEqual([...WHITESPACE_CODES].sort((a, b) => a - b), codes);
});

test('scriptLead votes +1 for each Arabic letter, -1 for each Latin one, 0 for anything else, over every code', () => {
  const arabic = (c: number) => (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
  const latin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
  for (let c = 0; c < 0x10000; c++) {
    const expected = arabic(c) ? 1 : latin(c) ? -1 : 0;
    if (scriptLead(String.fromCharCode(c), 0, 1) !== expected) assert.fail(`U+${c.toString(16)}: ${scriptLead(String.fromCharCode(c), 0, 1)}, expected ${expected}`);
  }
});
