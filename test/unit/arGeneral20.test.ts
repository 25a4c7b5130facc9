// Arabic speakers, a twentieth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('a feminine verb with no subject does not continue the man named last: the woman named before it speaks', () => {
  const a = analyzeArticle(article(
    'وكان المهندس نادر حمدان قال أمس إنه أرسل طلبا إلى رئيسة البلدية ليلى منصور، التي ردت برسالة تفيد بأنه "لن يحصل على الرخصة".',
  ));
  assert.equal(speakerOf(a, 'لن يحصل على الرخصة').name, 'ليلى منصور');
});

test('a possessed naming noun on بـ (`بفيلمه`, `بكتابها`) names the span after it, even where a cue governs it', () => {
  const a = analyzeArticle(article(
    'كشف الممثل سامي يوسف تفاصيل تتعلق بفيلمه "جحيم في الهند" الذي عرض قبل عامين.',
    'وأشادت الكاتبة ليلى منصور بكتابها "رحلة إلى الجنوب" في الندوة.',
    'وقال المدرب إن فريقه "استحق اللقب عن جدارة".',
  ));
  assert.equal(quote(a, 'جحيم في الهند').kind, 'term');
  assert.equal(quote(a, 'رحلة إلى الجنوب').kind, 'term');
  assert.equal(quote(a, 'استحق اللقب عن جدارة').kind, 'direct');
});

test('an indefinite role word closing a name with no complement after it (`عادل إمام`) is the family\'s name, not a post', () => {
  const a = analyzeArticle(article(
    'وقال الفنان محمد عادل إمام إن الفيلم "كان تجربة صعبة".',
    'وقال أحمد حسن مدير الشركة إن الأرباح "تضاعفت هذا العام".',
  ));
  const actor = speakerOf(a, 'كان تجربة صعبة');
  assert.equal(actor.name, 'محمد عادل إمام');
  assert.equal(actor.role, 'الفنان');
  const manager = speakerOf(a, 'تضاعفت هذا العام');
  assert.equal(manager.name, 'أحمد حسن');
  assert.equal(manager.role, 'مدير الشركة');
});

test('one word in quotes right after a definite noun and its nisba (`الناقلة الروسية "أيروفلوت"`) is the thing\'s name, not words said', () => {
  const a = analyzeArticle(article(
    'وأعلنت الوزارة فرض عقوبات جديدة تشمل حظر رحلات الناقلة الروسية "أيروفلوت" إلى المطارات الأمريكية.',
    'وقالت الحكومة إنها ستصرف رواتب الشهر الماضي "كسلفة" إلى حين تدقيق الحسابات.',
  ));
  assert.equal(quote(a, 'أيروفلوت').kind, 'term');
  assert.equal(quote(a, 'كسلفة').kind, 'direct');
});

test('after two words of a name, a derived verbal noun with words after it (`تأجيل القضية`, `ارتكاب`) is the verb\'s object, not the name\'s', () => {
  const a = analyzeArticle(article(
    'وطلب المحامي جون سميث تأجيل القضية ثلاثة أشهر، وقال إن موكله "لم يطلع على الملف".',
    'وقال خالد أحمد توفيق إن الخطة "ناجحة".',
  ));
  assert.equal(speakerOf(a, 'لم يطلع على الملف').name, 'جون سميث');
  assert.equal(speakerOf(a, 'ناجحة').name, 'خالد أحمد توفيق');
});

test('a body that relays someone\'s words (`ونقلت وكالة فرانس برس عنه قوله`) is not the one the pronoun after it names', () => {
  const a = analyzeArticle(article(
    'ويقول المزارع سالم الحداد: "كانت الأمطار غزيرة منذ الظهيرة".',
    'ونقلت وكالة فرانس برس عنه قوله: "غمرت المياه الحقول كلها".',
  ));
  assert.equal(speakerOf(a, 'غمرت المياه الحقول كلها').name, 'سالم الحداد');
});
