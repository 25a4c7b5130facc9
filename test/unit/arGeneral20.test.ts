// Arabic speakers, a twentieth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('a feminine verb with no subject does not continue the man named last: the woman named before it speaks', () => {
  const a = analyzeArticle(article(
    'وكان المهندس نادر حمدان قال أمس إنه أرسل طلبا إلى رئيسة البلدية ليلى منصور، التي ردت برسالة تفيد بأنه "لن يحصل على الرخصة".',
  ));
  assert.equal(speakerOf(a, 'لن يحصل على الرخصة').name, 'ليلى منصور');
});
