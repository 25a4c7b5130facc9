// Arabic speakers and terms, a seventeenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt as phrase, speakerOf } from '../support/arabicQueries';

test('after a role, a word on ل whose words the article writes alone is the outlet told, no name (`وأضاف المتحدث لبي بي سي`)', () => {
  const a = analyzeArticle(article(
    'وعلمت بي بي سي أن الاتحاد يدرس الملف.',
    'وقال المتحدث باسم الاتحاد إن "اللجنة مستقلة".',
    'وأضاف المتحدث لبي بي سي أن "العملية عادلة وشفافة".',
  ));
  assert.equal(speakerOf(a, 'العملية عادلة').name, 'المتحدث باسم الاتحاد');
  assert.ok(!a.speakers.some((s) => s.name.startsWith('لبي')));
});

test('after a role, a word on ل whose word the article writes alone is the body the role is held at; the name after it is the person\'s', () => {
  const a = analyzeArticle(article(
    'فاز فريق مونبلييه على ضيفه بهدفين.',
    'وأبدى المدير الرياضي لمونبلييه ماتيو لوكلير استياءه وقال: "الحكم ظلمنا".',
  ));
  assert.equal(speakerOf(a, 'الحكم ظلمنا').name, 'ماتيو لوكلير');
});

test('after a role, a word on ب whose words the article writes alone is the event, no name (`مشجع للمنتخبات المشاركة بمونديال روسيا`)', () => {
  const a = analyzeArticle(
    'فيديو: رونالدينيو يظهر في فيديو كليب مشجع للمنتخبات العربية المشاركة بمونديال روسيا\n\n' +
      'يظهر النجم في فيديو كليب للمغني كادوريم وهو يشجع المنتخبات المشاركة في مونديال روسيا 2018.\n\n' +
      '"النسور جاؤوا من تونس والأسود من المغرب".\n',
  );
  assert.ok(!a.speakers.some((s) => s.name.includes('مونديال')));
});

test('a network is a body (`وقالت شبكة "فيسبوك" الجمعة:`): its name is the one in quotes after it', () => {
  const a = analyzeArticle(article(
    'أعلنت الشركة عن ثغرة أمنية.',
    'وقالت شبكة "فيسبوك" الجمعة: "نحن نعلم الآن أن عددا أقل من الناس تأثروا".',
  ));
  const s = speakerOf(a, 'نحن نعلم الآن');
  assert.equal(s.name, 'شبكة فيسبوك');
  assert.equal(s.type, 'organization');
});

test('a clause opening on what the words are about (`وحول …،`) before the colon: the speaker is the phrase after its comma', () => {
  const a = analyzeArticle(article(
    'أطلقت الشركة وحدة جديدة لإنتاج المياه.',
    'وحول وحدة إنتاج المياه الجديدة، رئيس الشركة العالمية ديفيد: "لقد أثرت أزمة المياه على الجميع".',
  ));
  assert.equal(speakerOf(a, 'لقد أثرت أزمة').name, 'ديفيد');
});

test('`"…". هكذا قال X`: a sentence opening on هكذا and a cue sources the quote before its full stop', () => {
  const a = analyzeArticle(article(
    'بدأ الحفل أمس في العاصمة.',
    '"الأسود جاؤوا من المغرب". هكذا قال المغني التونسي كادوريم.',
  ));
  assert.equal(speakerOf(a, 'الأسود جاؤوا').name, 'كادوريم');
});

test('an outlet on the lam of the one told may stand between a headline\'s speaker and its colon (`هولاند لفرانس24: "…"`)', () => {
  const a = analyzeArticle(
    'هولاند لفرانس24: "فرنسا كانت جاهزة للتدخل العسكري عام 2013"\n\n' +
      'قال الرئيس الفرنسي السابق فرانسوا هولاند إن بلاده كانت جاهزة.\n',
  );
  assert.equal(speakerOf(a, 'فرنسا كانت جاهزة').name, 'فرانسوا هولاند');
});

test('ten (`عشرة` of `الدائرة الحادية عشرة`) is never a name\'s first word', () => {
  const p = phrase('يقول المستشار السابق في بلدية الدائرة الحادية عشرة إن', 1);
  assert.ok(p?.name !== 'عشرة', `name: ${p?.name}`);
});
