// Arabic speakers, a tenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('a nationality before a name introduces the person (انتقال البولندي روبرت ليفاندوفسكي): a later قال البولندي is he', () => {
  const a = analyzeArticle(article(
    'باتت مسألة انتقال البولندي روبرت ليفاندوفسكي إلى برشلونة مجرد تفاصيل بعد اتفاق الناديين.',
    'وفي حديث لصحيفة ألمانية غداة إعلان النادي البافاري عن الاتفاق، قال البولندي الذي يحتفل الشهر المقبل بميلاده إنه "كان القرار الأصعب في حياتي".',
  ));
  assert.equal(speakerOf(a, 'كان القرار الأصعب').name, 'روبرت ليفاندوفسكي');
});

test('of two people introduced by nationality, قال البولندي is the Pole, not the one named last', () => {
  const a = analyzeArticle(article(
    'باتت مسألة انتقال البولندي روبرت ليفاندوفسكي إلى برشلونة مجرد تفاصيل، فيما يقترب الفرنسي عثمان ديمبلي من التجديد.',
    'وفي حديث لصحيفة ألمانية، قال البولندي الذي يحتفل الشهر المقبل بميلاده إنه "كان القرار الأصعب في حياتي".',
  ));
  assert.equal(speakerOf(a, 'كان القرار الأصعب').name, 'روبرت ليفاندوفسكي');
});

test('a former post no one held before (مهاجم بوروسيا دورتموند السابق) describes the person who spoke last; a current post stays someone new', () => {
  const lead = 'وقال روبرت ليفاندوفسكي لصحيفة ألمانية إن "القرار كان صعبا".';
  const a = analyzeArticle(article(lead, 'وكشف مهاجم بوروسيا دورتموند السابق الذي يغادر بايرن أن "الأسابيع القليلة الماضية كانت صعبة".'));
  assert.equal(speakerOf(a, 'الأسابيع القليلة').name, 'روبرت ليفاندوفسكي');
  const b = analyzeArticle(article(lead, 'وكشف مهاجم بوروسيا دورتموند أن "الأسابيع القليلة الماضية كانت صعبة".'));
  assert.notEqual(speakerOf(b, 'الأسابيع القليلة').name, 'روبرت ليفاندوفسكي');
});

test('a society’s name in quotes after جمعية is a term, inside a speaker’s role too (رئيس مجلس إدارة جمعية “درهم وقاية”)', () => {
  const a = analyzeArticle(article(
    'قدم متطوعو البرنامج الذي نظمته جمعية “درهم وقاية” الخيرية الخدمة الصحية لتسعة آلاف حاج.',
    'من جانبه قال رئيس مجلس إدارة جمعية “درهم وقاية” الدكتور جاسر الشهري: “نشكر كافة المتطوعين على عملهم المخلص”.',
  ));
  for (const q of a.quotes.filter((x) => x.text === 'درهم وقاية')) assert.equal(q.kind, 'term');
  assert.equal(speakerOf(a, 'نشكر كافة').name, 'جاسر الشهري');
});

test('a body’s short name in brackets inside a role (الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ) leaves the name after it the speaker’s', () => {
  const a = analyzeArticle(article(
    'وقال رئيس المجلس الأوروبي شارل ميشيل إن "الهجوم صادم".',
    'وقال الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ في تغريدة "صدمت بشدة من الهجوم الشنيع".',
  ));
  const s = speakerOf(a, 'صدمت بشدة');
  assert.equal(s.name, 'ينس ستولتنبرغ');
  assert.equal(s.role, 'الأمين العام لحلف شمال الأطلسي (ناتو)');
});

test('after two words of a name, a فاعلا participle right before the words (أنتوني ألبانيزي كاتبا “…”) is no part of the name; آنا ماريا: keeps hers', () => {
  const a = analyzeArticle(article(
    'غرد رئيس الوزراء الأسترالي أنتوني ألبانيزي كاتبا “أنباء صادمة من اليابان”.',
    'وقالت الممثلة آنا ماريا: “سأعود إلى المسرح”.',
  ));
  assert.equal(speakerOf(a, 'أنباء صادمة').name, 'أنتوني ألبانيزي');
  assert.equal(speakerOf(a, 'سأعود إلى المسرح').name, 'آنا ماريا');
});
