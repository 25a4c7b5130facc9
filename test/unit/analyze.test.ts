import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { readSeed, toCrlfWithBom } from '../support/fixtures';

test('the seed article: headline is its first line, language Arabic', () => {
  const a = analyzeArticle(readSeed());
  assert.equal(a.title?.text, 'كيري يرفض الجدل مع إيران بشأن التنسيق معها');
  assert.equal(a.language, 'ar');
  assert.ok(a.paragraphs.length > 10);
});

test('CRLF + BOM gives the same headline and paragraph count', () => {
  const lf = analyzeArticle(readSeed());
  const crlf = analyzeArticle(toCrlfWithBom(readSeed()));
  assert.equal(crlf.title?.text, lf.title?.text);
  assert.equal(crlf.paragraphs.length, lf.paragraphs.length);
});

test('an empty document has no headline and no sections', () => {
  const a = analyzeArticle('');
  assert.equal(a.title, null);
  assert.deepEqual(a.sections, []);
  assert.deepEqual(a.quotes, []);
});
