// Arabic quotes and speakers, a twenty-fifth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('a word opening a paragraph is no given name of the role closing the paragraph before it: the headline `… نووي فرنسي` then `صدم نشطاء` names no `صدم نشطاء`', () => {
  const a = analyzeArticle('سوبرمان يصطدم بمفاعل نووي فرنسي\n\nصدم نشطاء من منظمة غرينبيس طائرة بدون طيار في محطة نووية.\n\nوقال نشطاء من المنظمة إن الطائرة دخلت منطقة الحظر.\n\nوتابعت: "تسلط هذه الخطوة الضوء على هشاشة المباني".\n', { language: 'ar' });
  assert.equal(speakerOf(a, 'تسلط هذه الخطوة').name, 'نشطاء');
  // (on one line, a role then an unknown word before the name still gives the name in full)
  const b = analyzeArticle(article('التقى الوزير نظيره المصري سامح شكري في القاهرة.', 'وقال شكري إن "اللقاء كان مثمرا".'));
  assert.equal(speakerOf(b, 'اللقاء كان مثمرا').name, 'سامح شكري');
});

test('a quoted definite word right after a definite role is the verb object, no body the role names: the speaker is `الوزير`, not `الوزير "العدوان" الإسرائيلي`', () => {
  const a = analyzeArticle(article('وأدان الوزير "العدوان" الإسرائيلي على غزة.'));
  assert.equal(speakerOf(a, 'العدوان').name, 'الوزير');
  // (a body's quoted name after a preposition, or after its head, is still part of the role)
  const b = analyzeArticle(article('وقال المحلل في بنك «الراجحي» مازن السديري إن "الوضع خطير".'));
  assert.equal(speakerOf(b, 'الوضع خطير').name, 'مازن السديري');
  assert.match(speakerOf(b, 'الوضع خطير').role ?? '', /الراجحي/);
});

test('a title\'s or a slogan\'s noun with its possessive (`شعارا عنوانه "…"`) names what follows it, even where a cue governs the span: a term', () => {
  const a = analyzeArticle(article('وقال الوزير إن الدولتين ترفعان شعارا عنوانه "بلدان لشعب واحد".'));
  assert.equal(quote(a, 'بلدان لشعب واحد').kind, 'term');
  // (another possessed noun before a governed span is its subject, as before: the words)
  const b = analyzeArticle(article('وقال الوزير إن فريقه "استحق اللقب عن جدارة".'));
  assert.equal(quote(b, 'استحق اللقب').kind, 'direct');
});

test('a definite document takes no genitive: the word right after `البيان` is the verb object, no author (no junk speaker `تفاصيل عمل`)', () => {
  const a = analyzeArticle(article(
    'ونقل بيان صادر عن وزارة الإعلام عن النائب العام سعود المعجب قوله إن التحرك نابع من "رغبة في الفعالية".',
    'وأوضح البيان تفاصيل عمل هذه الدوائر، مؤكدا أنها "ستتولى التحقيق في الفساد".',
  ));
  assert.equal(speakerOf(a, 'ستتولى التحقيق').name, 'وزارة الإعلام');
  assert.ok(a.speakers.every((s) => !s.name.includes('تفاصيل')));
  // (a document's author after its lam still speaks)
  const b = analyzeArticle(article('وقال تقرير لوزارة الصحة إن "الوضع مستقر".'));
  assert.equal(speakerOf(b, 'الوضع مستقر').name, 'وزارة الصحة');
});

test('a man named right after a feminine verb is its object, no subject: `ودعت ولي العهد السعودي إلى "…"` goes on with the paper', () => {
  const a = analyzeArticle(article('وقالت الصحيفة إنها "قلقة" على مصيره، ودعت ولي العهد السعودي إلى "الترحيب بالنقد البناء".'));
  assert.equal(speakerOf(a, 'الترحيب بالنقد').name, 'الصحيفة');
  const b = analyzeArticle(article('وقالت الوزيرة سارة أحمد إن "الوضع صعب"، ودعت الرئيس الأمريكي إلى "التدخل الفوري".'));
  assert.equal(speakerOf(b, 'التدخل الفوري').name, 'سارة أحمد');
  // (a woman named there is the subject, as before)
  const c = analyzeArticle(article('وقال الوزير سامي يوسف إن "الوضع صعب"، ودعت الوزيرة سارة أحمد إلى "التدخل الفوري".'));
  assert.equal(speakerOf(c, 'التدخل الفوري').name, 'سارة أحمد');
});

test('a quote right after an unnamed source (`وقال مصدر أمني "…"`, `وقال أحد المتظاهرين "…"`) is its words; only a group, مجموعة, takes a quoted name there', () => {
  const a = analyzeArticle(article('وقال مصدر أمني "نريد تغييرا جذريا".', 'وقال شاهد عيان "رأيت الدخان يتصاعد".'));
  assert.equal(quote(a, 'نريد تغييرا').kind, 'direct');
  assert.equal(speakerOf(a, 'نريد تغييرا').name, 'مصدر أمني');
  assert.equal(speakerOf(a, 'رأيت الدخان').name, 'شاهد عيان');
  const b = analyzeArticle(article('وقالت مجموعة "أطباء بلا حدود" إن "الوضع صعب".'));
  assert.equal(quote(b, 'أطباء بلا حدود').kind, 'term');
});

test('a quote closing the sentence right after a definite role is the words, no name in apposition: `وقال الوزير "نريد تغييرا جذريا".`', () => {
  const a = analyzeArticle(article('وقال الوزير "نريد تغييرا جذريا".'));
  assert.equal(speakerOf(a, 'نريد تغييرا').name, 'الوزير');
  // (a name in quotes the sentence goes on from still names the role's holder)
  const b = analyzeArticle(article('يقول الروائي العالمي "غابريل غاريثا ماركيز" الحائز على نوبل إن "الكتابة صعبة".'));
  assert.equal(speakerOf(b, 'الكتابة صعبة').name, 'غابريل غاريثا ماركيز');
});

test('a cue verb form right after جاء / تم is their subject, a verbal noun (`وجاء كشف الاستعداد الإيراني`): no speaker the next words go on with', () => {
  const a = analyzeArticle(article('وقال الوزير سامي يوسف إن "الوضع صعب". وجاء كشف الاستعداد الإيراني لشن هجمات صاروخية لمنع التنفيذ. وأضاف: "لن نسمح بذلك".'));
  assert.equal(speakerOf(a, 'لن نسمح').name, 'سامي يوسف');
  // (`وجاء رد فعل الرئيس`: the reaction still names its owner)
  const b = analyzeArticle(article('وقال الوزير سامي يوسف إن "الوضع صعب". وجاء رد فعل الرئيس سريعا، إذ قال إن "الأمر مرفوض".'));
  assert.equal(speakerOf(b, 'الأمر مرفوض').name, 'الرئيس');
});

test('a compound name with عبد keeps the family name after it where the phrase ends (`وقال المدير عبد الرحمن الراشد إن`), not `عبد الرحمن` and a body `الراشد`', () => {
  const a = analyzeArticle(article('وقال المدير عبد الرحمن الراشد إن "الوضع مستقر".', 'ويؤكد المدير عبد الحق الخيام على أن "الخطر قائم".'));
  assert.equal(speakerOf(a, 'الوضع مستقر').name, 'عبد الرحمن الراشد');
  assert.equal(speakerOf(a, 'الخطر قائم').name, 'عبد الحق الخيام');
  // (a body's word after the compound is still the verb's object)
  const b = analyzeArticle(article('وانتقد عبد الله الحكومة قائلا إن "الوضع صعب".'));
  assert.equal(speakerOf(b, 'الوضع صعب').name, 'عبد الله');
});

test('adverbs of frequency and manner (`مرارا`, `تكرارا`, `علنا`, `صراحة`) end a speaker phrase: `السلطات المغربية`, not `السلطات المغربية مرارا`', () => {
  const a = analyzeArticle(article('وتعلن السلطات المغربية مرارا أن "الخطر قائم".', 'وقال الوزير سامي يوسف علنا إن "الوضع صعب".'));
  assert.equal(speakerOf(a, 'الخطر قائم').name, 'السلطات المغربية');
  assert.equal(speakerOf(a, 'الوضع صعب').name, 'سامي يوسف');
});

test('نبه / ينبه and يستدرك report (`وينبه الخيام إلى أن هذا القانون "…"`); a clip\'s noun, مقطع / مقاطع, names what follows it', () => {
  const a = analyzeArticle(article(
    'وقال المسؤول عبد الحق الخيام إن "الوضع مستقر".',
    'وينبه الخيام إلى أن هذا القانون "يتيح للشرطة توقيف العائدين".',
    'ويستدرك الخيام "يمكن أن تقع أخطاء"، كما حدث في آذار.',
    'ونبهت الباحثة سهى الخصاونة إلى أن منصات التواصل، ولا سيما مقاطع "يوميات العرس"، زادت التنافس.',
  ));
  assert.equal(speakerOf(a, 'يتيح للشرطة').name, 'عبد الحق الخيام');
  assert.equal(speakerOf(a, 'يمكن أن تقع').name, 'عبد الحق الخيام');
  assert.equal(quote(a, 'يوميات العرس').kind, 'term');
});

test('a toll (حصيلة) speaks for the one it is of (`وكانت حصيلة سابقة للمرصد قد أفادت`), and a noun on بـ before a number (`بمقتل 16`) is no speaker', () => {
  const a = analyzeArticle(article('وقال المرصد السوري إن "القصف مستمر". وكانت حصيلة سابقة للمرصد قد أفادت بمقتل 16 مدنيا.', 'وقالت إن "القتلى مدنيون".'));
  assert.ok(a.speakers.every((s) => !s.name.includes('حصيلة') && !s.name.includes('بمقتل')));
  assert.equal(speakerOf(a, 'القتلى مدنيون').name, 'المرصد السوري');
});

test('a sentence opening on تم / جاء opens on a verb: no subject before a later cue (`فتم اختيار أربعة مخرجين … ثم أعلن`)', () => {
  const a = analyzeArticle(article('وقال المخرج سامي يوسف إن "التجربة فريدة".', 'فتم اختيار أربعة مخرجين عبر العالم ثم أعلن في مهرجان كان 2017 عن البرنامج وافتتح الترشح في تونس، وهكذا تشكلت أربعة "ثنائيات" كل منها مكون من مخرجين.'));
  assert.ok(a.speakers.every((s) => !s.name.includes('اختيار')));
});

test('حاخام / مطران are roles (`اعتبره حاخام فرنسا الكبير هايم كورسيا`); دار, a house, names what follows it (`مسؤول في دار النشر "غاليمار"`)', () => {
  const a = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر خطير". في حين اعتبره حاخام فرنسا الكبير هايم كورسيا "رجلا عظيما".', 'وأعلن مسؤول في دار النشر "غاليمار" أن "الكاتب توفي".'));
  assert.equal(speakerOf(a, 'رجلا عظيما').name, 'هايم كورسيا');
  assert.equal(quote(a, 'غاليمار').kind, 'term');
});

test('the verbal nouns of taking up a post (`لتسلم`, `لتولي`, `لشغل`) keep the role going: `المرشح لتسلم منصب وزير الخارجية، مايك بومبيو،` is Pompeo, no `لتسلم منصب`', () => {
  const a = analyzeArticle(article('قال المرشح لتسلم منصب وزير الخارجية الأمريكية، مايك بومبيو، إن الرئيس "لم يطلب منه شيئا".', 'وقالت المرشحة لتولي منصب السفيرة، سارة أحمد، إن "المهمة صعبة".'));
  assert.equal(speakerOf(a, 'لم يطلب').name, 'مايك بومبيو');
  assert.equal(speakerOf(a, 'المهمة صعبة').name, 'سارة أحمد');
});

test('a long feminine nisba without the article after a name is the predicate the verb gives its object (`وتعتبرها تل أبيب وواشنطن إرهابية`), no word of the name; a short one is a family name (`محمد عطية`)', () => {
  const a = analyzeArticle(article('وقال المحامي إن "حماس مسؤولة". وتعتبرها تل أبيب وواشنطن إرهابية، بحسب "المصادر".', 'وقال محمد عطية إن "الوضع صعب".'));
  assert.ok(a.speakers.every((s) => !s.name.includes('إرهابية')));
  assert.equal(speakerOf(a, 'الوضع صعب').name, 'محمد عطية');
});

test('after a one-word name, a plural in ات with its feminine adjective is the verb object (`كشف إسرائيل معلومات استخباراتية`), no word of the name', () => {
  const a = analyzeArticle(article('وقال الوزير سامي يوسف إن "الوضع صعب". ويجوز الافتراض بأن كشف إسرائيل معلومات استخباراتية حساسة "يبدو متصلا بالرد".'));
  assert.ok(a.speakers.every((s) => !s.name.includes('معلومات')));
});

test('جهاز heads a body (`جهاز المخابرات العراقي`): `وجاء في بيان جهاز المخابرات` is the body\'s statement, no document named `بيان جهاز`', () => {
  const a = analyzeArticle(article('وجاء في بيان جهاز المخابرات العراقي أن أفراد الشبكة قدموا "دعاوى ضد بعض المصارف".'));
  assert.equal(speakerOf(a, 'دعاوى ضد').name, 'جهاز المخابرات العراقي');
});
