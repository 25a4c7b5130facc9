// Arabic speakers, a ninth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('an active participle in the accusative without tanween (لاذعا بقوله) is how the subject spoke: no name, and no word of the role', () => {
  const a = analyzeArticle(article(
    'وخسر المنتخب المباراة الثانية على التوالي.',
    'وكان الشيخ طلال الفهد نائب رئيس اللجنة المنظمة لاذعا بقوله: «أضاع اللاعبون جهود ثمانية أشهر»، مضيفا «ان اللاعبين لم يسجلوا أي هدف».',
    'وكان نائب رئيس الاتحاد ساخرا بقوله: «لم نر شيئا يذكر».',
  ));
  const fahd = speakerOf(a, 'أضاع اللاعبون');
  assert.equal(fahd.name, 'طلال الفهد');
  assert.equal(fahd.role, 'نائب رئيس اللجنة المنظمة');
  assert.equal(speakerOf(a, 'ان اللاعبين').name, 'طلال الفهد');
  assert.ok(!a.speakers.some((s) => /لاذعا|ساخرا/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});
