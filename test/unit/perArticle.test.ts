// Results cached per analysis: computed once for one Article, never carried to another (a new
// version or new settings is a new Article), and kept apart by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { perArticle } from '../../server/src/perArticle';

test('perArticle computes once per Article and name', () => {
  const article = analyzeArticle('Headline\n\nBody text.');
  let calls = 0;
  const first = perArticle(article, 'n', () => ++calls);
  const second = perArticle(article, 'n', () => ++calls);
  assert.equal(first, 1);
  assert.equal(second, 1);
  assert.equal(perArticle(article, 'other', () => ++calls), 2, 'another name is another result');
});

test('an edited text is a new Article: its outline is computed afresh, not taken from the old one', () => {
  const before = analyzeArticle('Old headline\n\nBody text.');
  const after = analyzeArticle('New headline\n\nBody text.');
  const outline = (a: typeof before) => perArticle(a, 'documentSymbols', () => documentSymbols(a));
  assert.equal(outline(before)[0].name, 'Old headline');
  assert.equal(outline(after)[0].name, 'New headline');
  assert.equal(outline(before), outline(before), 'the same analysis answers from its cache');
});
