// General Arabic attribution gaps, on sentences written for these tests: a role with a genitive
// chain and a title before the name, a subject-less cue continuing its own sentence's subject, and
// quoted names after a newspaper's lam or a name-introducing noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';
import { tokenize } from '../../server/src/article/ar/tokens';


test('a role with a genitive organisation (لوكالة …) before the name: the name, the whole role, the gender', () => {
  const a = analyzeArticle(article('قالت المديرة التنفيذية لوكالة الطاقة الدولية سارة جونسون إن الأسواق "تتجه نحو التوازن في الربع المقبل".'));
  const s = speakerOf(a, 'تتجه نحو التوازن');
  assert.equal(s.name, 'سارة جونسون');
  assert.equal(s.role, 'المديرة التنفيذية لوكالة الطاقة الدولية');
  assert.equal(s.gender, 'female');
});

test('a title between the role and the name belongs to neither', () => {
  const a = analyzeArticle(article(
    'وقال استشاري الأمراض الصدرية الدكتور خالد الشمري لـ"الرياض" إن الموسم "سيكون أصعب من المتوقع".',
    'وأوضحت مديرة إدارة الأمراض المعدية الدكتورة هند العتيبي أن اللقاحات "متوفرة في جميع المراكز".',
    'وأشار رئيس مجلس إدارة الغرفة التجارية المهندس فهد الحربي إلى أن "القطاع الخاص شريك أساسي في التنمية".',
  ));
  const doctor = speakerOf(a, 'أصعب من المتوقع');
  assert.equal(doctor.name, 'خالد الشمري');
  assert.equal(doctor.role, 'استشاري الأمراض الصدرية');
  assert.ok(doctor.aliases.includes('الدكتور خالد الشمري'), doctor.aliases.join('/'));
  const director = speakerOf(a, 'متوفرة في جميع');
  assert.equal(director.name, 'هند العتيبي');
  assert.equal(director.role, 'مديرة إدارة الأمراض المعدية');
  assert.equal(director.gender, 'female');
  const engineer = speakerOf(a, 'القطاع الخاص');
  assert.equal(engineer.name, 'فهد الحربي');
  assert.equal(engineer.role, 'رئيس مجلس إدارة الغرفة التجارية');
  assert.equal(quote(a, 'الرياض').kind, 'term');
});

test('a lam newspaper before a role ends the phrase when no name follows it', () => {
  const a = analyzeArticle(article('وقال المتحدث لصحيفة "عكاظ" إن الطريق "سيفتح أمام الحركة الأسبوع المقبل".'));
  assert.equal(quote(a, 'عكاظ').kind, 'term');
  assert.equal(speakerOf(a, 'سيفتح أمام').role ?? speakerOf(a, 'سيفتح أمام').name, 'المتحدث');
});

test('a cue with no subject continues the subject of its own sentence, not the previous speaker', () => {
  const a = analyzeArticle(article(
    'وقال استشاري الأمراض الصدرية الدكتور خالد الشمري إن الموسم "سيكون أصعب من المتوقع".',
    'وكان وزير التعليم قد افتتح المعرض في الرياض، وقال إن الوزارة "ستدعم المبتكرين الشباب".',
  ));
  const s = speakerOf(a, 'ستدعم المبتكرين');
  assert.equal(s.name, 'وزير التعليم');
  assert.notEqual(s.name, 'خالد الشمري');
});

test('a role with its own complement is a new speaker, a bare role with an adjective refers back', () => {
  const a = analyzeArticle(article(
    'وقال المدرب البرتغالي جوزيه سانتوس إن الفريق "قدم مباراة كبيرة أمام منافس قوي".',
    'وأضاف مدير المستشفى أن الطاقم "تعامل مع الحالات بسرعة وكفاءة عالية".',
    'وقال المدرب البرتغالي إن اللاعبين "يستحقون الراحة بعد هذا الجهد".',
  ));
  assert.equal(speakerOf(a, 'تعامل مع الحالات').name, 'مدير المستشفى');
  assert.equal(speakerOf(a, 'يستحقون الراحة').name, 'جوزيه سانتوس');
});

test('a name after an introducing noun is a term, however a cue governs the sentence', () => {
  const a = analyzeArticle(article(
    'وأضاف أن تحالف "أوبك+" يراقب السوق عن كثب، وأن مبادرة "الرياض الخضراء" ضمن حملة "صيفنا آمن" تحت شعار "معا نبني".',
  ));
  for (const w of ['أوبك+', 'الرياض الخضراء', 'صيفنا آمن', 'معا نبني']) assert.equal(quote(a, w).kind, 'term', w);
});

test('a describing verb with its object on it: the phrase after it is the source, not its object', () => {
  const a = analyzeArticle(article('وانتهت الجولة في ظروف وصفها مصدر دبلوماسي غربي بأنها "صعبة لكنها مثمرة".'));
  assert.equal(speakerOf(a, 'صعبة لكنها').name, 'مصدر دبلوماسي غربي');
});

test('معاليه, سموه: an honorific with a pronoun is the person the text introduced, never a name of its own', () => {
  const a = analyzeArticle(article(
    'افتتح معالي وزير النقل عمر الزهراني اليوم الطريق الدائري الجديد بطول أربعين كيلومترا.',
    'وأوضح معاليه أن الطريق "سيخفف الزحام عن وسط المدينة"، مشيرا إلى أن "المرحلة الثانية تبدأ العام المقبل".',
  ));
  for (const w of ['سيخفف الزحام', 'المرحلة الثانية']) assert.equal(speakerOf(a, w).name, 'عمر الزهراني', w);
  assert.ok(!a.speakers.some((s) => s.name.includes('معاليه')));
});

test('سمو before a role with no name: the post is a new speaker, not the previous one', () => {
  const a = analyzeArticle(article(
    'وقال وزير النقل عمر الزهراني إن الطريق "سيخفف الزحام عن وسط المدينة".',
    'من جهته، أكد سمو أمير منطقة القصيم أن المشروع "يلبي تطلعات الأهالي منذ سنوات".',
  ));
  assert.equal(speakerOf(a, 'يلبي تطلعات').name, 'أمير منطقة القصيم');
});

test('بيان صادر عن X: the document speaks for X', () => {
  const a = analyzeArticle(article('وبحسب بيان صادر عن هيئة الطيران المدني، فإن "الرحلات ستعود تدريجيا خلال أسبوعين".'));
  assert.equal(speakerOf(a, 'الرحلات ستعود').name, 'هيئة الطيران المدني');
});

test('باسم inside a role never starts the name; a ba-initial name after a title is a name', () => {
  const a = analyzeArticle(article(
    'وقالت المتحدثة الرسمية باسم الهيئة منى السبيعي إن التسجيل "يبدأ الأحد المقبل عبر التطبيق".',
    'وقال عميد كلية الهندسة الدكتور بسام الغامدي إن الخريجين "مطلوبون في سوق العمل".',
    'وأكد مدير عام فرع وزارة البيئة بالمنطقة المهندس سعد القرني أن "الأمطار أنعشت المراعي".',
  ));
  const spokeswoman = speakerOf(a, 'يبدأ الأحد');
  assert.equal(spokeswoman.name, 'منى السبيعي');
  assert.equal(spokeswoman.role, 'المتحدثة الرسمية باسم الهيئة');
  const dean = speakerOf(a, 'مطلوبون في سوق');
  assert.equal(dean.name, 'بسام الغامدي');
  assert.equal(dean.role, 'عميد كلية الهندسة');
  const director = speakerOf(a, 'أنعشت المراعي');
  assert.equal(director.name, 'سعد القرني');
});

test('an institution named after a king is an organisation, not a person; a clause after قال is no speaker', () => {
  const a = analyzeArticle(article(
    'وقالت جامعة الملك خالد في بيان إن المنحة "تشمل مئتي طالب من خارج المملكة".',
    'وقال يجب أن نكون صريحين: "الميزانية لا تكفي لكل المشاريع".',
  ));
  const uni = speakerOf(a, 'تشمل مئتي');
  assert.equal(uni.name, 'جامعة الملك خالد');
  assert.equal(uni.type, 'organization');
  assert.ok(!a.speakers.some((s) => s.name === 'يجب' || s.name === 'خالد'));
});

test('a sentence opening on an adverbial and a comma: its subject is who the next subject-less cue continues', () => {
  const a = analyzeArticle(article(
    'وقال النائب سامر الخطيب إن الحكومة "تجاهلت مطالب المزارعين".',
    'في المقابل، دافع وزير الزراعة عن الخطة، وقال إن الدعم "سيصل إلى كل مزارع مسجل".',
    'وأوضح الوزير أن التعويضات "ستصرف قبل نهاية الشهر".',
  ));
  assert.equal(speakerOf(a, 'سيصل إلى كل').name, 'وزير الزراعة');
  assert.equal(speakerOf(a, 'ستصرف قبل').name, 'وزير الزراعة');
});

test('نقل … على لسان / عن: the words are of the one named after لسان or عن; a dotted site name does not end the sentence', () => {
  const a = analyzeArticle(article(
    'ونقلت الصحيفة على لسان رئيس النادي فهد المطيري أن الفريق "سيتعاقد مع مدرب جديد".',
    'وقال مسؤول رفيع في الاتحاد لـ"سبق.نت" إن القرار "نهائي ولا رجعة فيه".',
  ));
  assert.equal(speakerOf(a, 'سيتعاقد مع').name, 'فهد المطيري');
  assert.equal(quote(a, 'سبق.نت').kind, 'term');
  assert.equal(speakerOf(a, 'نهائي ولا رجعة').name, 'مسؤول رفيع');
});

test('"…"، هكذا علقت X: the speaker after the quote, هكذا read as no name', () => {
  const a = analyzeArticle(article('"لن نوقع على اتفاق لا يحمي مزارعينا"، هكذا علقت وزيرة الزراعة الفرنسية كلير دوبون على المسودة.'));
  const s = speakerOf(a, 'لن نوقع');
  assert.equal(s.name, 'كلير دوبون');
  assert.ok(!a.speakers.some((x) => x.name === 'هكذا'));
});

test('a post with no name refers back only to someone holding it, or of no known post', () => {
  const a = analyzeArticle(article(
    'وقال مراسل القناة سامي حداد إن الجلسة "انتهت دون نتيجة واضحة".',
    'في حين قال المبعوث الأوروبي للسلام إن بروكسل "تواصل اتصالاتها مع الطرفين".',
  ));
  assert.notEqual(speakerOf(a, 'تواصل اتصالاتها').name, 'سامي حداد');
});

test('وكانت X … قد دعت …، وأكدت: the kana subject, not the verb\'s object nor the previous woman', () => {
  const a = analyzeArticle(article(
    'وقالت الناشطة الحقوقية رنا الأحمد إن المعتقلين "يعيشون ظروفا قاسية".',
    'وكانت المفوضة السامية للاجئين قد دعت الدول المجاورة إلى فتح حدودها، وأكدت أن "الوضع الإنساني يتدهور بسرعة".',
  ));
  const s = speakerOf(a, 'الوضع الإنساني يتدهور');
  assert.notEqual(s.name, 'رنا الأحمد');
  assert.match(s.name, /المفوضة السامية/);
});

test('سموه is His Highness (not سمّوه "they named him"): the quote is speech, the introduced prince its speaker', () => {
  const a = analyzeArticle(article(
    'استقبل الأمير سلطان بن فهد في مكتبه اليوم وفدا من المستثمرين.',
    'وأكد سموه خلال الاستقبال أن المنطقة "مقبلة على مرحلة نمو غير مسبوقة".',
  ));
  assert.equal(speakerOf(a, 'مقبلة على مرحلة').name, 'سلطان بن فهد');
});

test('وفقا لمصادر …: the lam is not part of the source, and a verb after the source ends it', () => {
  const a = analyzeArticle(article('وفقا لمصادر شاركت في الاجتماع، فإن الشركاء "اتفقوا على جدول زمني جديد للمشروع".'));
  assert.equal(speakerOf(a, 'اتفقوا على جدول').name, 'مصادر');
});

test('a ba-place before a given name stays in the role; a foreign family name with و is kept; a participle is never a name', () => {
  const a = analyzeArticle(article(
    'وأضاف رئيس نادي الفروسية بالطائف محمد سالم العمري أن البطولة "تستقطب فرسانا من عشر دول".',
    '"السوق هنا تتغير بسرعة مذهلة"، قالت المستثمرة الكندية جوليا ويلسون، مضيفة أن الإجراءات "أصبحت أبسط بكثير".',
  ));
  const chair = speakerOf(a, 'تستقطب فرسانا');
  assert.equal(chair.name, 'محمد سالم العمري');
  assert.equal(chair.role, 'رئيس نادي الفروسية بالطائف');
  for (const w of ['السوق هنا تتغير', 'أصبحت أبسط']) assert.equal(speakerOf(a, w).name, 'جوليا ويلسون', w);
  assert.ok(!a.speakers.some((s) => s.name === 'مضيفة'));
});

test('a subject before its verb (SVO) with a genitive in its role; a kunya (أم فهد) is a name; أحدهم is an unnamed source', () => {
  const a = analyzeArticle(article(
    'اشتكى مزارعون في الوادي من شح المياه، وقال أحدهم: "خسرنا نصف المحصول هذا العام".',
    'وقالت المزارعة أم خالد إن بئرها "جفت تماما منذ الشهر الماضي".',
    'المدير العام لهيئة الري الوطنية قال إن المشكلة "ستحل قبل موسم الزراعة المقبل".',
  ));
  const one = speakerOf(a, 'خسرنا نصف');
  assert.equal(one.type, 'anonymous');
  const farmer = speakerOf(a, 'جفت تماما');
  assert.equal(farmer.name, 'أم خالد');
  assert.equal(farmer.gender, 'female');
  const director = speakerOf(a, 'ستحل قبل');
  assert.notEqual(director.id, one.id);
  assert.match(director.name, /المدير العام لهيئة الري الوطنية/);
});

test('لدى inside a role before its name; a possessed noun after a later mention is the object, not the name', () => {
  const a = analyzeArticle(article(
    'وقال المندوب السعودي لدى الجامعة العربية عبدالله الخالدي إن القرار "يمثل إجماعا عربيا نادرا".',
    'وختم الخالدي كلمته بالقول: "التضامن هو سلاحنا الوحيد".',
  ));
  const envoy = speakerOf(a, 'يمثل إجماعا');
  assert.equal(envoy.name, 'عبدالله الخالدي');
  assert.equal(envoy.role, 'المندوب السعودي لدى الجامعة العربية');
  assert.equal(speakerOf(a, 'التضامن هو سلاحنا').id, envoy.id);
  assert.ok(!a.speakers.some((s) => s.name.includes('كلمته')));
});

test('كما أكد X أن: كما is `also` when a subject follows, and still names when none does', () => {
  const a = analyzeArticle(article(
    'وقال وزير السياحة أحمد الخطيب إن الموسم "سجل أرقاما قياسية".',
    'كما أكد المتحدث باسم الهيئة الدكتور ماجد الحربي أن "الحجوزات مكتملة حتى نهاية الصيف".',
    'وأضاف الحربي أن القطاع يشهد ما وصفه بـ"الطفرة غير المسبوقة".',
  ));
  assert.equal(speakerOf(a, 'الحجوزات مكتملة').name, 'ماجد الحربي');
  assert.equal(speakerOf(a, 'الطفرة غير').name, 'ماجد الحربي');
  assert.equal(speakerOf(a, 'سجل أرقاما').name, 'أحمد الخطيب');
});

test('a dot before a short domain ending is part of the name; a dot with a missing space still ends the sentence', () => {
  assert.ok(!tokenize('لموقع العربية.نت إن').some((t) => t.sentenceEnd));
  assert.ok(!tokenize('موقع cnn.com قال').some((t) => t.sentenceEnd));
  assert.ok(tokenize('خلال الأسبوع.وقال الوزير').some((t) => t.sentenceEnd));
  assert.ok(tokenize('انتهى الاجتماع.ثم غادر').some((t) => t.sentenceEnd));
});
