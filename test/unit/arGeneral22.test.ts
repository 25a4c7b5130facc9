// Arabic quotes and speakers, a twenty-second round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('a span opening on the noun of a body, a law or a treaty, its sentence going on after it, is a name', () => {
  const a = analyzeArticle(article(
    'وقال التقرير إن "الهيئة الوطنية لحقوق الإنسان"، التي تأسست قبل عشر سنوات، تلقت مئات الشكاوى.',
    'وأضاف أن "معاهدة عدم انتشار الأسلحة النووية" تلزم الدول الأعضاء بالتفتيش.',
    'ويحق للمحكمة - بموجب "قانون الإجراءات المدنية"، كما جاء في التقرير - أن تؤجل الجلسة.',
  ));
  assert.equal(quote(a, 'الهيئة الوطنية لحقوق الإنسان').kind, 'term');
  assert.equal(quote(a, 'معاهدة عدم انتشار الأسلحة النووية').kind, 'term');
  assert.equal(quote(a, 'قانون الإجراءات المدنية').kind, 'term');
});

test('a span opening on a body\'s noun with a verb inside, or ending its sentence, is words said', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الهيئة لن تتراجع عن قرارها" مهما كانت الضغوط.',
    'وأضاف أن "اللجنة ستعمل ليلا ونهارا" لإنهاء الأزمة.',
    'وتابع: "المجلس الأعلى للقضاء مستقل تماما".',
  ));
  assert.equal(speakerOf(a, 'الهيئة لن تتراجع عن قرارها').name, 'سامي يوسف');
  assert.equal(speakerOf(a, 'اللجنة ستعمل ليلا ونهارا').name, 'سامي يوسف');
  assert.equal(speakerOf(a, 'المجلس الأعلى للقضاء مستقل تماما').name, 'سامي يوسف');
});

test('a short span with a word of an English name in Arabic letters (`جورنال`, `تاور`) is a name, after a cue too', () => {
  const a = analyzeArticle(article(
    'وقالت المتحدثة ريم حداد إن "نيويورك ديلي نيوز" نشرت الخبر قبل أسبوع.',
    'وأقام الوفد في فندق بـ"هيلتون بلازا" وسط المدينة، وفق ما نشرته "فايننشال تايمز".',
  ));
  assert.equal(quote(a, 'نيويورك ديلي نيوز').kind, 'term');
  assert.equal(quote(a, 'هيلتون بلازا').kind, 'term');
  assert.equal(quote(a, 'فايننشال تايمز').kind, 'term');
});

test('`نقلت الوكالة عنه القول "…"`: the definite القول after عن and the one named marks that one\'s words, as قوله does', () => {
  const a = analyzeArticle(article(
    'ونقلت وكالة الأنباء الرسمية عن وزير الزراعة سامي يوسف قوله إن الموسم جيد.',
    'كما نقلت الوكالة عنه القول "المحصول هذا العام يكفي حاجة البلاد".',
    'ونقلت صحيفة الأيام عن الخبيرة ريم حداد القول "الأسعار ستنخفض قريبا".',
  ));
  assert.equal(speakerOf(a, 'المحصول هذا العام يكفي حاجة البلاد').name, 'سامي يوسف');
  assert.equal(speakerOf(a, 'الأسعار ستنخفض قريبا').name, 'ريم حداد');
});

test('a body\'s quoted name of up to eight words inside a role (`مدير منظمة "أطباء من أجل السلام" سامي يوسف`) leaves the name after it the speaker', () => {
  const a = analyzeArticle(article(
    'ونقلت الوكالة عن مدير منظمة "أطباء من أجل السلام والتنمية" سامي يوسف قوله: "الوضع الصحي في المخيمات كارثي".',
    'وقالت رئيسة جمعية "أصدقاء المكتبة العامة في المدينة" ريم حداد: "سنفتح فرعا جديدا قريبا".',
  ));
  assert.equal(speakerOf(a, 'الوضع الصحي في المخيمات كارثي').name, 'سامي يوسف');
  assert.equal(speakerOf(a, 'سنفتح فرعا جديدا قريبا').name, 'ريم حداد');
});

test('an unnamed group from a body whose name after its head is no definite word (`خبراء من مجلس نافيلد`) keeps the body in its name', () => {
  const a = analyzeArticle(article(
    'وقال خبراء من مجلس نافيلد البريطاني إنه "لا ينبغي تعديل القانون في المرحلة الحالية".',
    'وقال خبراء من منظمة الصحة العالمية إن "الوباء لم ينته بعد".',
  ));
  assert.equal(speakerOf(a, 'لا ينبغي تعديل القانون في المرحلة الحالية').name, 'خبراء من مجلس نافيلد');
  assert.equal(speakerOf(a, 'الوباء لم ينته بعد').name, 'خبراء من منظمة الصحة العالمية');
});

test('an according phrase after a comma further on in the quote\'s sentence (`"…" مما قد …، بحسب تقرير اللجنة`) sources the quote', () => {
  const a = analyzeArticle(article(
    'وقال وزير الصحة سامي يوسف إن الخطة جيدة.',
    'وقد تمثل التقنية الجديدة "ثورة حقيقية في علاج الأمراض النادرة" مما قد يغير حياة آلاف المرضى في المنطقة، بحسب تقرير اللجنة الوطنية للأخلاقيات.',
  ));
  assert.equal(speakerOf(a, 'ثورة حقيقية في علاج الأمراض النادرة').name, 'اللجنة الوطنية للأخلاقيات');
});

test('a group\'s من goes on only into a group (`عدد من سكان حي الفيصلية`), not into the verb\'s complement (`يحذر خبراء من أضرار …`)', () => {
  const a = analyzeArticle(article(
    'ويحذر خبراء من أضرار اندلاع حرب تجارية "قد تضر بالاقتصاد العالمي كله".',
    'وقال عدد من سكان حي الفيصلية إن "المياه ما زالت تغمر الشوارع".',
  ));
  assert.equal(speakerOf(a, 'قد تضر بالاقتصاد العالمي كله').name, 'خبراء');
  assert.equal(speakerOf(a, 'المياه ما زالت تغمر الشوارع').name, 'عدد من سكان حي');
});

test('the article written alone after a clitic (`ما تصفه بالـ "…"`) is no name: the verb\'s speaker is who it continues', () => {
  const a = analyzeArticle(article(
    'وقالت المدربة ريم حداد إن الرياضة غيرت حياتها.',
    'وترى حداد أن عليها تغيير ما تصفه بالـ "الفكر المغلوط" عن الرياضة النسائية.',
  ));
  assert.equal(speakerOf(a, 'الفكر المغلوط').name, 'ريم حداد');
});

test('a name after قانون or تقنية, and a website\'s name (`"العربية.نت"`), is a term', () => {
  const a = analyzeArticle(article(
    'وطالب نواب بفرض عقوبات بموجب قانون "حماية الضحايا" الذي أقره البرلمان.',
    'وعولج المرضى باستخدام تقنية "التبريد العميق" في المستشفى.',
    'وبحسب وثائق اطلعت عليها "العربية.نت"، فإن المشروع متوقف.',
  ));
  assert.equal(quote(a, 'حماية الضحايا').kind, 'term');
  assert.equal(quote(a, 'التبريد العميق').kind, 'term');
  assert.equal(quote(a, 'العربية.نت').kind, 'term');
});

test('what ties an unnamed source to the story, between it and the verb (`لكن مصدرا ذا صلة بالملف قال`), is part of the subject', () => {
  const a = analyzeArticle(article(
    'وقال المدير التنفيذي سامي يوسف إن الشركة أصلحت الخلل.',
    'لكن مصدرا ذا صلة بالتحقيق الداخلي قال إن عدد الحسابات المتأثرة "كبير جدا".',
  ));
  assert.equal(speakerOf(a, 'كبير جدا').name, 'مصدر');
});

test('a sentence opening on `while` (بينما، فيما، في حين) and a verb has the subject after that verb, whom a later participle continues', () => {
  const a = analyzeArticle(article(
    'وقال المحلل سامي يوسف إن الوضع صعب.',
    'بينما ذهب الخبير الاقتصادي رامي منصور إلى أبعد من ذلك، محذرا من أن الاقتصاد "على حافة الانهيار".',
    'في حين خرجت الوزيرة ريم حداد عن صمتها، مؤكدة أن الحكومة "لن تتراجع".',
  ));
  assert.equal(speakerOf(a, 'على حافة الانهيار').name, 'رامي منصور');
  assert.equal(speakerOf(a, 'لن تتراجع').name, 'ريم حداد');
});

test('a name quoted three times or more stays a term, even where a cue seems to govern one (`وقالت "عرب نت" إنها`)', () => {
  const a = analyzeArticle(article(
    'وقالت "عرب نت" إنها أبلغت الاتحاد بنتائج التحقيق.',
    'وبعثت "عرب نت" برسالة إلى الاتحاد.',
    'وكشفت الرسالة، التي بعثت بها "عرب نت"، عن أدلة جديدة.',
  ));
  assert.deepEqual(a.quotes.filter((q) => q.text === 'عرب نت').map((q) => q.kind), ['term', 'term', 'term']);
});

test('a man\'s role with her pronoun right after a feminine verb (`أبلغت رئيسها`) is the one told, not the speaker', () => {
  const a = analyzeArticle(article(
    'وقالت الموظفة ريم حداد إنها تعرضت للمضايقة في العمل.',
    'وعندما أبلغت مديرها المباشر بما حدث "لم يتخذ أي إجراء".',
  ));
  assert.equal(speakerOf(a, 'لم يتخذ أي إجراء').name, 'ريم حداد');
});

test('a naming noun in the dual\'s construct (`لتنظيمي "…" و"…"`) names the quotes after it, as the singular does', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن مئات المقاتلين ينتمون لتنظيمي "جند الشام" و"حراس الدين في بلاد الشام" في المنطقة.',
  ));
  assert.equal(quote(a, 'جند الشام').kind, 'term');
  assert.equal(quote(a, 'حراس الدين في بلاد الشام').kind, 'term');
});
