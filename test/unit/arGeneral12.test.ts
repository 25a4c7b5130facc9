// Arabic speakers and terms, a twelfth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt as phrase, speakerOf } from '../support/arabicQueries';

test('two unknown words closing the phrase after a place or a body’s known name are a foreign name, ي ending or not', () => {
  const a = analyzeArticle(article(
    'وقالت الناطقة باسم المفوضية في عمان ليلي فاني: "نحتاج إلى تمويل عاجل لمواصلة العمل".',
    'وقال المدير الإقليمي لمنظمة أطباء بلا حدود ستيفي كولي: "الوضع في المخيمات يزداد سوءا".',
  ));
  assert.equal(speakerOf(a, 'نحتاج إلى تمويل').name, 'ليلي فاني');
  assert.equal(speakerOf(a, 'الوضع في المخيمات').name, 'ستيفي كولي');
  // (one nisba word after an indefinite noun is its adjective: no name)
  assert.equal(phrase('وقال مدير مشروع سكني: "نرفض"', 1)?.name ?? null, null);
});

test('his counterpart after the subject is whom the verb reaches, no part of the subject (أبلغ الوزير نظيره)', () => {
  const a = analyzeArticle(article(
    'وأبلغ وزير الخارجية الأردني نظيره الإسرائيلي يائير لبيد بـ"رفض قاطع" لأي تغيير في الوضع القائم.',
  ));
  const s = speakerOf(a, 'رفض قاطع');
  assert.equal(s.name, 'وزير الخارجية الأردني');
});

test('after the quote, حسبما أعلن / بحسب ما قال X names X as the source', () => {
  const a = analyzeArticle(article(
    'وتتواصل المفاوضات بين الطرفين منذ أسابيع. لكن "الاتفاق بات قريبا جدا من التوقيع"، حسبما أعلن وزير الطاقة القطري سعد الكعبي مساء أمس.',
  ));
  assert.equal(speakerOf(a, 'الاتفاق بات قريبا').name, 'سعد الكعبي');
});

test('a definite nisba after what looked like a name, a given name or a compound on الدين after it: the club before it is the role’s', () => {
  const p = phrase('وقال مدرب يوفنتوس تورينو الإيطالي نور الدين بلعيد إن الفريق جاهز', 1);
  assert.equal(p?.name, 'نور الدين بلعيد');
  assert.equal(p?.role, 'مدرب يوفنتوس تورينو الإيطالي');
  const q = phrase('وقال مهاجم ريال بيتيس الإسباني خالد موسى إن الفريق جاهز', 1);
  assert.equal(q?.name, 'خالد موسى');
});

test('a surname after a compound given name on الدين goes on the name (زين الدين زيدان), not after رسول الله', () => {
  assert.equal(phrase('وقال المدرب صلاح الدين بوعلام إن الفريق جاهز', 1)?.name, 'صلاح الدين بوعلام');
});

test('وبحسب X فإن …: X is the source the next subjectless cue goes on from', () => {
  const a = analyzeArticle(article(
    'وقالت الشرطة إن التحقيق مستمر. وبحسب وكالة الأنباء الرسمية فإن الحريق اندلع في مستودع قديم. وأضافت "فرق الإطفاء سيطرت على النيران بعد ساعتين".',
  ));
  assert.equal(speakerOf(a, 'فرق الإطفاء سيطرت').name, 'وكالة الأنباء الرسمية');
});

test('an accusative noun and adjective (tanween unwritten), or a verbal noun of form VIII / X with its genitive, is the verb’s object: the subject is the one before', () => {
  const a = analyzeArticle(article(
    'وقال رئيس النادي سالم الحربي إن الصفقة لم تحسم. وأوضح أنه لا يستبعد تعاقدا نهائيا مع اللاعب لكن "ليس في هذا الموسم".',
    'وقال وزير المالية خالد العمري "الأرقام مطمئنة". ووصف اجتماع اللجنة المالية بأنه كان "صريحا ومثمرا".',
  ));
  assert.equal(speakerOf(a, 'ليس في هذا الموسم').name, 'سالم الحربي');
  assert.equal(speakerOf(a, 'صريحا ومثمرا').name, 'خالد العمري');
});

test('after a dateline’s dash the sentence’s subject is noted: a later subjectless قال goes on from it, not from the one last named', () => {
  const a = analyzeArticle(article(
    'دبي، الإمارات العربية المتحدة (CNN)— نشر خالد الغامدي، رئيس الاتحاد العربي للكتاب، والذي يعتبر الأب الروحي لجماعة الأدباء الشباب، صورة، الخميس، تجمعه مع أمير المنطقة، الأمير سعود بن نايف.',
    'جاء ذلك في تغريدة للغامدي على صفحته بموقع التواصل الاجتماعي، تويتر، حيث قال في تعليق على الصورة: "لقاء مثمر حول مستقبل الأدب".',
  ));
  assert.equal(speakerOf(a, 'لقاء مثمر').name, 'خالد الغامدي');
});

test('a sentence of nothing but an according phrase after a quote sources it (". بحسب ما أوردت وكالة …")', () => {
  const a = analyzeArticle(article(
    'ويضم الفريق الجديد عشرة أعضاء من المحافظات، والهدف منه هو "تحديث المناهج الدراسية بما يواكب سوق العمل". بحسب ما أوردت وكالة الأنباء الرسمية.',
  ));
  assert.equal(speakerOf(a, 'تحديث المناهج').name, 'وكالة الأنباء الرسمية');
});

test('a headline `واشنطن: …`: a name whose و is its own letter keeps it (never written without it)', () => {
  const a = analyzeArticle('واشنطن: على روسيا "مسؤولية خاصة" عن القصف\n\nأفادت مصادر بأن المطالب الروسية أجلت إقرار المشروع.\n');
  assert.equal(speakerOf(a, 'مسؤولية خاصة').name, 'واشنطن');
});

test('what a verb charges someone with (بعدم …, بدفعه مبالغ) is no subject or name; a plural in ات with its adjective ends a name', () => {
  assert.equal(phrase('واتهمهم بعدم إقرار تشريع في السابق', 1), null);
  const p = phrase('بعد اعتراف محامي الرئيس بدفعه مبالغ مالية لها', 2);
  assert.equal(p?.role, 'محامي الرئيس');
  assert.equal(phrase('وأجرى وزير الخارجية الأمريكي ريكس تيلرسون محادثات مطولة مع أردوغان', 1)?.name, 'ريكس تيلرسون');
});

test('a name written as a hashtag (#لورا_سميت) is read as its words; ابنته is a kin role before it; حينما opens a clause', () => {
  const a = analyzeArticle(article(
    'وفي خضم النزاع حول تركة المغني الراحل، أكدت ابنته #ليلى_سالم أن "الحقيقة ستنجلي قريبا أمام القضاء".',
  ));
  const s = speakerOf(a, 'الحقيقة ستنجلي');
  assert.equal(s.name, 'ليلى سالم');
  assert.equal(s.role, 'ابنته');
  assert.equal(phrase('ردت النجمة اللبنانية حينما قالت لمتسابق', 1)?.to, 3);
});

test('a preposition written apart before the quote (ب"…") is no part of the phrase; هكذا is no name', () => {
  assert.equal(phrase('ووعد البرلمان ب"الشفافية الكاملة"', 1)?.name, 'البرلمان');
  assert.equal(phrase('هكذا أشارت الصحيفة إلى أغنية', 0), null);
});

test('a verb with a pronoun-carrying preposition after it (أدلى بها) or an imperfect with its object (تحاصرها) opens a clause, no phrase; كلاما لـ X is X’s words', () => {
  assert.equal(phrase('أثارت تصريحات أدلى بها رئيس الوزراء البولندي ماتيوس مورافيسكي استياء', 2), null);
  assert.equal(phrase('المنطقة التي تحاصرها قوات النظام', 2), null);
  const a = analyzeArticle(article(
    'وقال الرئيس إن الكراهية لم تنشأ بسبب الدين. واقتبس كلاما للمفكر الألماني كارل ماركس جاء فيه "المكانة الاجتماعية لليهود أديا إلى العداء".',
  ));
  assert.equal(speakerOf(a, 'المكانة الاجتماعية').name, 'كارل ماركس');
});
