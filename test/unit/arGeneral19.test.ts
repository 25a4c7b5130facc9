// Arabic speakers, a nineteenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseFrom as phrase, speakerOf } from '../support/arabicQueries';

test('a one-word body after the verb, then the day and إن / أن, is the subject (`قالت اليابان الأربعاء إنها`)', () => {
  const a = analyzeArticle(article(
    'تستعد طوكيو لاستضافة القمة.',
    'وقالت اليابان الأربعاء إنها ستعمل على "تعزيز التعاون الإقليمي" مع جيرانها.',
    'وأكدت الكويت أمس أنها تدعم "الحلول السلمية" في المنطقة.',
  ));
  assert.equal(speakerOf(a, 'تعزيز التعاون الإقليمي').name, 'اليابان');
  assert.equal(speakerOf(a, 'الحلول السلمية').name, 'الكويت');
});

test('a cue on و, or a participle, right after a verb of saying and its subject in a relative clause shares that subject', () => {
  const a = analyzeArticle(article(
    'نشرت الصحيفة تقريرا عن نقص الأدوية.',
    'وهو ما نفته وزارة الصحة وقالت إن المخزون "يكفي لستة أشهر".',
    'وانتقد النائب الخطة، الأمر الذي ردت عليه الوزيرة سلمى العلي قائلة "الخطة مدروسة".',
  ));
  assert.equal(speakerOf(a, 'يكفي لستة أشهر').name, 'وزارة الصحة');
  assert.equal(speakerOf(a, 'الخطة مدروسة').name, 'سلمى العلي');
});

test('حاكم heads a role in the construct state (`حاكم الشارقة`); `الحاكم` after a noun stays its adjective', () => {
  const p = phrase('قال حاكم الشارقة، الشيخ سلطان بن محمد القاسمي، إن', 'حاكم');
  assert.equal(p?.name, 'سلطان بن محمد القاسمي');
  assert.equal(p?.role, 'حاكم الشارقة');
  const a = analyzeArticle(article('وقال الحزب الحاكم في بيان إن "الانتخابات نزيهة".'));
  assert.equal(speakerOf(a, 'الانتخابات نزيهة').name, 'الحزب الحاكم');
});

test('a role word that is also a given name (`أمير`), then a place, a comma, a title and a name: the role and the name', () => {
  const p = phrase('وقال أمير قطر، الشيخ تميم بن حمد آل ثاني، للصحفيين إن', 'أمير');
  assert.equal(p?.name, 'تميم بن حمد آل ثاني');
  assert.equal(p?.role, 'أمير قطر');
});

test('a document with no article after a name (`تغريدة`, `رسالة`) is the verb\'s object, no word of the name', () => {
  assert.equal(phrase('ونشر الرئيس خالد تغريدة على حسابه', 'الرئيس')?.name, 'خالد');
  assert.equal(phrase('ووجه الوزير سامي رسالة إلى الموظفين', 'الوزير')?.name, 'سامي');
});

test('a headline\'s role with the country (`وزير خارجية الهند:`) is the one the body names with the nisba (`وزير الخارجية الهندي`)', () => {
  const a = analyzeArticle(article(
    'وزير خارجية الهند: "الحوار هو الطريق الوحيد"',
    'قال وزير الخارجية الهندي، سوبرامانيام جايشانكار، الاثنين، إن بلاده تريد حلا سلميا.',
  ));
  assert.equal(speakerOf(a, 'الحوار هو الطريق الوحيد').name, 'سوبرامانيام جايشانكار');
});

test('a cue right after كان and its subject is its verb: that subject speaks (`وكانت وكالة الأنباء (واس) قالت`)', () => {
  const a = analyzeArticle(article(
    'تحدثت الصحف عن الحادث، وكانت وكالة الأنباء (واس) قالت عن الحريق، أمس، بأنه "ناجم عن ماس كهربائي"، ثم عدلت الخبر.',
  ));
  assert.equal(speakerOf(a, 'ناجم عن ماس كهربائي').name, 'وكالة الأنباء');
});

test('a participle after إلا أن / غير أن, a speaker met already and a verb: that speaker goes on (`إلا أن منى استوقفته قائلة`)', () => {
  const a = analyzeArticle(article(
    'قالت منى إن "الحلقة كانت صعبة".',
    'وحاول كريم أن يخفي تأثره، إلا أن منى استوقفته قائلة "لا تخف مشاعرك".',
  ));
  assert.equal(speakerOf(a, 'لا تخف مشاعرك').name, 'منى');
});

test('a word on و after a role\'s comma opens the next clause unless it is a given name or the comma closes it (`المتسابق، وحاول سامر أن`)', () => {
  assert.equal(phrase('بسبب خروج المتسابق، وحاول سامر أن يخفي دموعه', 'المتسابق')?.name ?? null, null);
  assert.equal(phrase('وقال المدرب، وليد الركراكي إن', 'المدرب')?.name, 'وليد الركراكي');
});

test('a headline\'s name, then the one spoken to on ل, then the colon: the name speaks (`بوتين لأردوغان:`)', () => {
  const a = analyzeArticle(article(
    'بوتين لأردوغان: "سنواصل التعاون في مجال الطاقة"',
    'قال الرئيس الروسي فلاديمير بوتين خلال لقائه أردوغان في سوتشي إن البلدين سيواصلان التعاون.',
  ));
  assert.equal(speakerOf(a, 'سنواصل التعاون').name, 'فلاديمير بوتين');
  const b = analyzeArticle(article(
    'ماكرون لرئيس الوزراء الكندي جاستن ترودو: "علينا أن نعمل معا"',
    'قال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا وكندا شريكان.',
  ));
  assert.equal(speakerOf(b, 'علينا أن نعمل معا').name, 'إيمانويل ماكرون');
});

test('a subject, then asides between commas (the day, the document it came in), then the colon: the subject speaks', () => {
  const a = analyzeArticle(article(
    'ذكرت هيئة الأرصاد أن العاصفة تقترب من الساحل.',
    'ونقلت وكالة الأنباء القطرية، ببيان، الأحد: "ستنخفض درجات الحرارة بشكل ملحوظ".',
  ));
  assert.equal(speakerOf(a, 'ستنخفض درجات الحرارة').name, 'وكالة الأنباء القطرية');
});

test('a post with a party\'s adjective (`الرئيس الجمهوري`) is the one person named with that post', () => {
  const a = analyzeArticle(article(
    'وافقت الولاية على الطلب، كما طلب الرئيس الأميركي، جو بايدن، وفق بيان.',
    'وقال حاكم الولاية، مايك ديوين، إن "القرار صائب".',
    'وكان الرئيس الديمقراطي كتب في تغريدة أن "الولاية شريك أساسي".',
  ));
  assert.equal(speakerOf(a, 'الولاية شريك أساسي').name, 'جو بايدن');
});

test('a post written first with no name, then a person named with no post in the next sentence: they hold the post', () => {
  const a = analyzeArticle(article(
    'حذر وزير المالية الألماني من خطة الإنفاق الجديدة.',
    'وقال كريستيان ليندنر إن الخطة "غير واقعية".',
    'وأكد وزير المالية الألماني أن بلاده "لن تدفع أكثر".',
  ));
  assert.equal(speakerOf(a, 'لن تدفع أكثر').name, 'كريستيان ليندنر');
  // (one who spoke with the post is no one else's post)
  const b = analyzeArticle(article(
    'قال وزير المالية الألماني إن الخطة "غير واقعية".',
    'وقال المحلل كريستيان ليندنر إن "الخطة طموحة".',
  ));
  assert.notEqual(speakerOf(b, 'غير واقعية').name, speakerOf(b, 'الخطة طموحة').name);
});

test('a word no given name is, after a role\'s genitive, then a nationality, ends the club\'s name: no person `مدريد الإسباني`', () => {
  assert.equal(phrase('وقال مدرب أتلتيكو مدريد الإسباني إن الفريق جاهز', 'مدرب')?.name ?? null, null);
  const p = phrase('وقال مدرب ريال مدريد الإسباني، كارلو أنشيلوتي، إن الفريق جاهز', 'مدرب');
  assert.equal(p?.name, 'كارلو أنشيلوتي');
  assert.equal(p?.role, 'مدرب ريال مدريد الإسباني');
  // (a given name, then a definite nisba, is a name and its family name)
  assert.equal(phrase('وقال مدرب الفريق خالد المصري إن', 'مدرب')?.name, 'خالد المصري');
});
