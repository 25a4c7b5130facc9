// Rename refuses names that would hide garbage in the article: no letter, control characters, lone surrogates, direction marks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { rename } from '../../server/src/features/rename';

const text = ['Minister resigns', '', 'Home Secretary Charles Clarke said he would "fight on".'].join('\n');

test('rename refuses a new name with no letter, a control character, a lone surrogate or a direction mark', () => {
  const article = analyzeArticle(text);
  const at = text.indexOf('Clarke');
  for (const bad of ['\u200f', '\u0000Smith', 'Sm\ud800ith', '\udc00', 'Smith\u202e', '123', '\t']) {
    assert.throws(() => rename(article, 'file:///x.article', at, bad, 'en'), /new name/, JSON.stringify(bad));
  }
  const ok = rename(article, 'file:///x.article', at, 'Clark 😀', 'en');
  assert.ok(ok.changes && Object.values(ok.changes)[0].length > 0, 'an astral character in a name is fine');
});
