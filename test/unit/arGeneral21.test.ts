// Arabic speakers, a twenty-first round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('a relative clause whose verb carries the antecedent as its pronoun has a subject of its own, whom a later cue with none continues', () => {
  const a = analyzeArticle(article(
    'ويرى كثيرون أن الفريق كان الأفضل في جيله، وهو الرأي الذي أكده المدرب سامي يوسف إذ قال عقب الفوز باللقب: "فريقنا لا يقهر".',
  ));
  assert.equal(speakerOf(a, 'فريقنا لا يقهر').name, 'سامي يوسف');
});

test('a hadith narrator in a relative clause (`الذي رواه X`) is no speaker a later cue continues', () => {
  const a = analyzeArticle(article(
    'وأشار الشيخ نادر حمدان إلى حديث النبي صلى الله عليه وسلم الذي رواه النعمان بن بشير ”مثل المؤمنين في توادهم“ وقال إن التبرع "صورة من صور التراحم".',
  ));
  assert.equal(speakerOf(a, 'صورة من صور التراحم').name, 'نادر حمدان');
});

test('a manner phrase on بـ after the cue (`وأضاف بنغمة ساخرة`, `بسخرية`) is no subject: the cue continues the speaker', () => {
  const a = analyzeArticle(article(
    'وقال وزير الخارجية رامي منصور إن بلاده ستدافع عن نفسها.',
    'وأضاف بنغمة لا تخلو من التهكم: "كنا نأمل أن تمنعوا الحرب".',
    'وتابع بسخرية: "لكنكم لم تفعلوا شيئا".',
  ));
  assert.equal(speakerOf(a, 'كنا نأمل أن تمنعوا الحرب').name, 'رامي منصور');
  assert.equal(speakerOf(a, 'لكنكم لم تفعلوا شيئا').name, 'رامي منصور');
});

test('an outlet of several words on the lam of the one told (`وقال لبي بي سي`, `لسي إن إن`) is no subject', () => {
  const a = analyzeArticle(article(
    'وقال الوزير رامي منصور إن الوضع صعب.',
    'وقال لبي بي سي "لا أعتقد أنني سأعود".',
    'وقال لسي إن إن "لن أستقيل".',
  ));
  assert.equal(speakerOf(a, 'لا أعتقد أنني سأعود').name, 'رامي منصور');
  assert.equal(speakerOf(a, 'لن أستقيل').name, 'رامي منصور');
});

test('the person an interview was held with (`مقابلة مع X`), named since the last speaker, is the one a cue with no subject continues', () => {
  const a = analyzeArticle(article(
    'ويقول المحرر سامي يوسف إن هذا السيناريو "محتمل".',
    'وأجرى البرنامج مقابلة مع الكاتب نادر حمدان قبل ثلاثة أيام من سفره.',
    'وقال "لا أعتقد أنني سأعود إلى بلدي".',
  ));
  assert.equal(speakerOf(a, 'محتمل').name, 'سامي يوسف');
  assert.equal(speakerOf(a, 'لا أعتقد أنني سأعود إلى بلدي').name, 'نادر حمدان');
});

test('a lone definite noun before the preposition its verb takes (`وحذرت الصين من`, `وتحدث المدير عن`) is the verb\'s subject', () => {
  const a = analyzeArticle(article(
    'وقال خبراء من البنك إن الحرب التجارية "ستضر الجميع".',
    'وحذرت الصين من أنها ستتخذ "التدابير المضادة المناسبة".',
  ));
  assert.equal(speakerOf(a, 'التدابير المضادة المناسبة').name, 'الصين');
});

test('an imperfect cue after a cue (`وتابع يقول:`) is the verb going on, no surname shaped like a verb', () => {
  const a = analyzeArticle(article(
    'وقال الحارس سامي يوسف: "أنا هنا من أجله".',
    'وتابع يقول: "فريقنا شعاره الوحدة".',
  ));
  assert.equal(speakerOf(a, 'فريقنا شعاره الوحدة').name, 'سامي يوسف');
});

test('a role ending on an ordinal or another adjective in ي (`حارس ليفربول الثاني`) has no nationality to clash with `الحارس البلجيكي`', () => {
  const a = analyzeArticle(article(
    'وكتب الحارس رامي منصور على مواقع التواصل: "أعتذر لزملائي".',
    'وعبر حارس الفريق الثاني، سامي يوسف، عن دعمه لزميله.',
    'وقال الحارس البلجيكي: "إذا أراد أن يتحدث، فأنا هنا".',
  ));
  assert.equal(speakerOf(a, 'إذا أراد أن يتحدث، فأنا هنا').name, 'سامي يوسف');
});

test('a post no speaker holds (`وقال المدرب`) is the person introduced with it who has not spoken yet', () => {
  const a = analyzeArticle(article(
    'وحاول مدرب الحراس نادر حمدان التخفيف عن اللاعب بعد المباراة.',
    'وقال المدرب: "ما حدث لم يكن جيدا".',
  ));
  assert.equal(speakerOf(a, 'ما حدث لم يكن جيدا').name, 'نادر حمدان');
});

test('`لهذا` after a cue (`وحذر لهذا "…"`) is no subject', () => {
  const a = analyzeArticle(article(
    'وقال الشيخ نادر حمدان إن صاحب النوادر "كان عاقلا".',
    'وحذر لهذا "فلا ينبغي لأحد أن يسخر به".',
  ));
  assert.equal(speakerOf(a, 'فلا ينبغي لأحد أن يسخر به').name, 'نادر حمدان');
});

test('a presenter (`مقدمة البرامج`, `مقدم البرنامج`) heads a role: the name in apposition after it is the one a later cue continues', () => {
  const a = analyzeArticle(article(
    'واستهلت مقدمة البرامج في الإذاعة، ليلى منصور، برنامجها المسائي بتقديم التعازي، وقالت إن رحيله يشكل "خسارة مروعة للفن".',
  ));
  assert.equal(speakerOf(a, 'خسارة مروعة للفن').name, 'ليلى منصور');
});
