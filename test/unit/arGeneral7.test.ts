// Arabic speakers, a seventh round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('the verb’s gender beats a masculine title: وقالت … الأستاذ المساعد is a woman, and وأضافت goes on with her', () => {
  const a = analyzeArticle(article(
    'وقال العلماء إن "السهر مضر".',
    'وقالت كرستين كنوتسون الأستاذ المساعد بكلية الطب "قد يحدث إجهاد نفسي".',
    'وأضافت "هناك سلوكيات غير صحية مرتبطة بالسهر".',
  ));
  assert.equal(speakerOf(a, 'قد يحدث').name, 'كرستين كنوتسون');
  assert.equal(speakerOf(a, 'هناك سلوكيات').name, 'كرستين كنوتسون');
});
