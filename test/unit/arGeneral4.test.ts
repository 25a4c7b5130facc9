// Arabic quote classes, a fourth round of general rules, on sentences written for these tests: a
// short name after its naming noun's genitive chain, and a league's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('a short name after a naming noun in construct (`شركة تسويق النفط الوطنية "سومو"`) is a term, inside reported speech too', () => {
  const a = analyzeArticle(article(
    'وقال وزير الطاقة خالد الموسى إن «الصادرات سترتفع هذا العام».',
    'وأشار إلى أن التصدير عبر شركة تسويق النفط الوطنية "سومو" ما زال متوقفا، وأن هيئة تنظيم الاتصالات "تراسل" تتابع الملف.',
  ));
  assert.equal(quote(a, 'سومو').kind, 'term');
  assert.equal(quote(a, 'تراسل').kind, 'term');
  assert.equal(speakerOf(a, 'الصادرات سترتفع').name, 'خالد الموسى');
});

test('a verb and its definite subject before a short quote are no genitive chain: the quote stays the speaker’s words', () => {
  const a = analyzeArticle(article(
    'وقال رئيس الاتحاد سامي العتيبي إن رفع الأسعار "غير مبرر".',
  ));
  assert.equal(quote(a, 'غير مبرر').kind, 'direct');
  assert.equal(speakerOf(a, 'غير مبرر').name, 'سامي العتيبي');
});

test('a league’s name in quotes (`دوري "يلو"`) is a term', () => {
  const a = analyzeArticle(article(
    'وقال مدرب الفريق ماجد الحربي: «نحتاج إلى وقت».',
    'وأعلنت إدارة النادي إنهاء التعاقد مع المدرب بالتراضي، عقب الخسارة الرابعة على التوالي في دوري "يلو" لأندية الدرجة الأولى.',
  ));
  assert.equal(quote(a, 'يلو').kind, 'term');
  assert.equal(speakerOf(a, 'نحتاج إلى وقت').name, 'ماجد الحربي');
});
