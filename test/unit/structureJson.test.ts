// `analyze --format json` carries the structure as read: title, sections, captions with
// duplicateOf, source — as LSP ranges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { articleToJson } from '../../server/src/features/articleJson';
import { readSeed, toCrlfWithBom } from '../support/fixtures';

const lines = (r: { start: { line: number }; end: { line: number } }) => [r.start.line, r.end.line];

test('the seed as JSON: title, two sections, two captions (the second duplicateOf 0), the source line', () => {
  for (const text of [readSeed(), toCrlfWithBom(readSeed())]) {
    const json = articleToJson('seed.txt', analyzeArticle(text));
    assert.equal(json.title?.text, 'كيري يرفض الجدل مع إيران بشأن التنسيق معها');
    assert.deepEqual(lines(json.title!.range), [0, 0]);
    assert.deepEqual(json.sections.map((s) => [s.heading, ...lines(s.range)]), [
      [null, 2, 17],
      ['أبواب مواربة', 19, 30],
    ]);
    assert.deepEqual(json.captions.map((c) => [c.credit, c.duplicateOf, ...lines(c.range)]), [
      ['الجزيرة', null, 16, 16],
      ['الجزيرة', 0, 17, 17],
    ]);
    assert.equal(json.captions[0].text, 'مؤتمر باريس حول تنظيم الدولة شهد مشاركة 26 دولة وغابت عنه إيران');
    assert.deepEqual(json.source && [json.source.text, ...lines(json.source.range)], ['المصدر : وكالات', 32, 32]);
    assert.deepEqual(json.diagnostics.filter((d) => d.code === 'duplicate-caption').map((d) => [d.severity, d.range.start.line]), [['warning', 17]]);
  }
});

test('JSON of an article with no structure beyond a headline', () => {
  const json = articleToJson('x.txt', analyzeArticle('Only a headline\n'));
  assert.equal(json.title?.text, 'Only a headline');
  assert.deepEqual([json.sections, json.captions, json.source], [[], [], null]);
});
