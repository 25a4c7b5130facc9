// Arabic quotes and speakers, a twenty-third round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('`وسائل` (means, media) is no participle of سأل on its و; `وسائل إعلام`, `وكالات أنباء` are the speaker after the verb', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الأمر خطير".',
    'فيما ذكرت وسائل إعلام محلية أنه "جرى توقيف ثلاثة أشخاص".',
    'وذكرت وكالات أنباء عالمية أن "المفاوضات توقفت".',
  ));
  const b = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر خطير".', 'وقالت وسائل الإعلام التركية إن "الفريق وصل صباحا".'));
  assert.equal(speakerOf(a, 'الأمر خطير').name, 'سامي يوسف');
  assert.match(speakerOf(a, 'جرى توقيف ثلاثة أشخاص').name, /^وسائل إعلام/);
  assert.match(speakerOf(b, 'الفريق وصل صباحا').name, /^وسائل الإعلام/);
  assert.match(speakerOf(a, 'المفاوضات توقفت').name, /^وكالات أنباء/);
});
