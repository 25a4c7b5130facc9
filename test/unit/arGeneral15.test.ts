// Arabic speakers and terms, a fifteenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt as phrase, speakerOf } from '../support/arabicQueries';

test('a friend or colleague (صديق، زميلة) is an unnamed source, named after `ويدعى`; `آخر` describes it, no word of a name', () => {
  const p = phrase('وقال صديق آخر، ويدعى كريم منصور، للصحيفة إن', 1);
  assert.equal(p?.type, 'person');
  assert.equal(p?.name, 'كريم منصور');
  const a = analyzeArticle(article(
    'وقالت زميلة له في العمل إن "الجميع كانوا يحبونه".',
    'وقال مسؤول آخر في الشركة إن "التحقيق ما زال مستمرا".',
  ));
  assert.equal(speakerOf(a, 'الجميع كانوا').name, 'زميلة');
  assert.equal(speakerOf(a, 'التحقيق ما زال').name, 'مسؤول آخر');
});

test('one described by a role before the article gives that role to a person it named already is that person', () => {
  const a = analyzeArticle(['سميث يصف الخطة بأنها "مكلفة"', 'ووصف وزير المالية البريطاني الخطة بأنها "غير واقعية".', 'وكان وزير المالية البريطاني جون سميث قد قال إن "الحكومة لن تتراجع".'].join('\n\n') + '\n');
  assert.equal(speakerOf(a, 'غير واقعية').name, 'جون سميث');
  assert.equal(speakerOf(a, 'الحكومة لن').name, 'جون سميث');
  assert.equal(a.speakers.filter((s) => s.name === 'وزير المالية البريطاني').length, 0);
});

test('`أورد` reports what follows it (`وأوردت الوكالة أنه "…"`)', () => {
  const a = analyzeArticle(article(
    'وقال قائد الشرطة إن "الوضع هادئ".',
    'وأوردت وكالة الأنباء الرسمية أنه "تم إسقاط طائرتين مسيرتين".',
  ));
  assert.equal(speakerOf(a, 'تم إسقاط').name, 'وكالة الأنباء الرسمية');
});

test('`وأكملت:` goes on with the one who spoke before; the verb names no one', () => {
  const a = analyzeArticle(article(
    'وقالت المغنية سارة خليل "بدأت من الصفر".',
    'وأكملت: "لم يصدق أحد أنني سأنجح".',
  ));
  assert.equal(speakerOf(a, 'لم يصدق أحد').name, 'سارة خليل');
});
