// Two quotation marks with nothing between them quote nothing: no Quote, in either language, and
// the quotes around them keep their places (nesting included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';

test('English: "" is no quote; the quotes before and after it are read as usual', () => {
  const text = 'Headline\n\nShe typed "" twice. "We will win," said Mayor Jane Porter. "" "It is "" done," she added.\n';
  const a = analyzeArticle(text);
  assert.deepEqual(
    a.quotes.map((q) => q.text),
    ['We will win,', 'It is "" done,'],
  );
  assert.ok(a.quotes.every((q) => q.nestedIn === null || q.nestedIn === undefined || a.quotes[q.nestedIn].span.start < q.span.start));
  assert.equal(a.quotes[0].speakerId !== null, true);
});

test('Arabic: «» and "" are no quotes; «…» after them is attributed as usual', () => {
  const text = 'عنوان\n\nكتب «» ثم "" في النص. وقال الوزير أحمد علي: «سنواصل العمل».\n';
  const a = analyzeArticle(text);
  assert.deepEqual(
    a.quotes.map((q) => q.text),
    ['سنواصل العمل'],
  );
  assert.ok(a.quotes[0].speakerId);
});

test('a megabyte of quotation marks alone gives no quotes (and no time spent on them)', () => {
  const a = analyzeArticle('"'.repeat(1 << 20));
  assert.equal(a.quotes.length, 0);
  const b = analyzeArticle('“”'.repeat(1 << 19));
  assert.equal(b.quotes.length, 0);
});
