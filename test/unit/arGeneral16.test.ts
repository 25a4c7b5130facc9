// Arabic speakers and terms, a sixteenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt as phrase, speakerOf } from '../support/arabicQueries';

test('one word after a body in a role, then a name of two words set off by commas: the word is the body\'s, the name the person\'s', () => {
  const p = phrase('وأكد المدير العام لشركة نفط إيران، حسين عبد الكريم، أن', 1);
  assert.equal(p?.name, 'حسين عبد الكريم');
  assert.equal(p?.role, 'المدير العام لشركة نفط إيران');
  const a = analyzeArticle(article(
    'وأكد المدير العام لبنك دبي إسطنبول، حسين عبد الكريم، أن "الإنتاج مستقر".',
    'وقال المدير العام للشركة: "لن نوقف التصدير".',
  ));
  assert.equal(speakerOf(a, 'الإنتاج مستقر').name, 'حسين عبد الكريم');
  assert.equal(speakerOf(a, 'لن نوقف').name, 'حسين عبد الكريم');
  // a one-word name with no apposition after it stays the name
  assert.equal(phrase('وقال المتحدث باسم الشرطة سامي إن', 1)?.name, 'سامي');
});
