// Arabic speakers and terms, an eleventh round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt, quote, speakerOf } from '../support/arabicQueries';

test('a name in quotes after مركز / معهد / شبكة / طراز is a term', () => {
  const a = analyzeArticle(article(
    'وأكد الباحث أن الطائرات من طراز "ميراج" شاركت في المناورات التي رصدها مركز الدراسات "آفاق".',
    'وقال مدير معهد "البصيرة" للبحوث إن "النتائج مشجعة جدا هذا العام".',
  ));
  for (const t of ['ميراج', 'آفاق', 'البصيرة']) assert.equal(quote(a, t).kind, 'term', t);
  assert.equal(quote(a, 'النتائج مشجعة').kind, 'direct');
});

test('a governed span of four words opening on an imperfect يـ verb is the words said, even after a naming noun', () => {
  const a = analyzeArticle(article(
    'وأوضح مدير البلدية سامي العتيبي أن ارتفاع منسوب المياه في الأحياء الشرقية عن مستوى شبكة التصريف "يجعل الضخ بالمضخات الحل الوحيد حاليا".',
  ));
  assert.equal(quote(a, 'يجعل الضخ').kind, 'direct');
  assert.equal(speakerOf(a, 'يجعل الضخ').name, 'سامي العتيبي');
});

test('بحسب آخر تقدير لـ X: the latest estimate is X’s document, and X speaks (آخر is no name)', () => {
  const a = analyzeArticle(article(
    'وحسب آخر تقدير لوزارة الصحة، فإن عدد الإصابات قد يبلغ "نحو ألف حالة يوميا" خلال الشهر المقبل.',
  ));
  assert.equal(speakerOf(a, 'نحو ألف').name, 'وزارة الصحة');
});

test('a quoted name right after the cue, then whom it told and إنه, is the speaker (وقال "فيفا" لوكالة الأنباء إنه)', () => {
  const a = analyzeArticle(article(
    'وقال "فيفا" لوكالة الأنباء الألمانية إنه "لم يتلق أي احتجاج رسمي" من الناديين حتى الآن.',
  ));
  assert.equal(quote(a, 'فيفا').kind, 'term');
  assert.equal(speakerOf(a, 'لم يتلق').name, 'فيفا');
});

test('كشف النقاب عن is to unveil: its النقاب is no speaker; the cue before it speaks', () => {
  const a = analyzeArticle(article(
    'وذكرت الشرطة أن المصنع الذي جرى كشف النقاب عنه أمس يضم "آلاف الأطنان" من المواد المهربة.',
  ));
  assert.equal(speakerOf(a, 'آلاف الأطنان').name, 'الشرطة');
});

test('عاد وأكد: عاد is the subject’s verb, no name after a role (الوزير عاد وأكد)', () => {
  const a = analyzeArticle(article(
    'وكان الوزير قد رفض التعليق على الأزمة في البداية.',
    'غير أن الوزير عاد وأكد، ردا على أسئلة الصحفيين، أنه "لا تراجع عن القرار".',
  ));
  const s = speakerOf(a, 'لا تراجع');
  assert.notEqual(s.name, 'عاد');
  assert.ok(a.speakers.every((x) => x.name !== 'عاد'));
});

test('a person a sentence introduces by name and role between commas is whom the next bare وقال goes on with', () => {
  const lead = 'وقال سمير العلي، مدرب الفريق الأول، إن "الهزيمة كانت قاسية".';
  const a = analyzeArticle(article(lead, 'وأيد كريم حداد، قائد المنتخب السابق، الرأي نفسه. وقال إن الحكم "لم يكن منصفا" في قراراته.'));
  assert.equal(speakerOf(a, 'لم يكن منصفا').name, 'كريم حداد');
  // (without the role between commas, a sentence’s subject who has not spoken leaves the last speaker speaking)
  const b = analyzeArticle(article(lead, 'وأيد كريم حداد الرأي نفسه. وقال إن الحكم "لم يكن منصفا" في قراراته.'));
  assert.equal(speakerOf(b, 'لم يكن منصفا').name, 'سمير العلي');
});

test('a cue inside the clause another cue reports (صرح X أن هذه اللجنة لاحظت "…") gives the words to X, not the last speaker', () => {
  const a = analyzeArticle(article(
    'وقالت منى الأحمد إن "الوضع لم يعد يحتمل".',
    'من جهته، صرح عضو المجلس فادي نصر للإذاعة الرسمية أن هذه اللجنة لاحظت "خللا في الإدارة" منذ أشهر.',
  ));
  assert.equal(speakerOf(a, 'خللا في الإدارة').name, 'فادي نصر');
});

test('a body’s name ends before a definite role word after a definite word (اتهم حزب المؤتمر الوطني الرئيس السابق): that is the verb’s object', () => {
  const a = analyzeArticle(article(
    'وانتقدت وزارة الخارجية الرئيس السابق سامي فارس بـ"تقويض العلاقات مع الجيران" خلال ولايته.',
  ));
  const s = speakerOf(a, 'تقويض العلاقات');
  assert.equal(s.name, 'وزارة الخارجية');
});

test('ليرد X: a purpose verb with a known name right after it is that person’s, and باتهام (ب on a derived verbal noun) is no part of the name', () => {
  const a = analyzeArticle(article(
    'واتهم حزب العمل الوطني الرئيس السابق ثابو مبيكي بـ"إهدار أموال الأعضاء"، ليرد مبيكي باتهام الحزب بـ"تزوير الحسابات السنوية"، بحسب الصحيفة.',
  ));
  assert.equal(speakerOf(a, 'تزوير الحسابات').name, 'ثابو مبيكي');
});

test('كما أكد إدانته "…": a noun with his ه after its ة written ت is the verb’s object, the speaker the one before; kin so written (ابنته) still speaks', () => {
  const a = analyzeArticle(article(
    'وقال رئيس الوزراء سالم العبدالله إنه "يأسف لما حدث".',
    'كما أكد رفضته "لكل أشكال العنف التي شهدتها البلاد خلال الأيام الماضية".',
    'وقالت ابنته "كان أبا حنونا ومحبا للجميع".',
  ));
  assert.equal(speakerOf(a, 'لكل أشكال').name, 'سالم العبدالله');
  assert.equal(speakerOf(a, 'كان أبا').name, 'ابنته');
});

test('أمين سر / أمين عام: أمين before سر or عام is a post, not a given name; the name comes after the role', () => {
  const a = analyzeArticle(article(
    'أكد أمين سر اللجنة التنفيذية للاتحاد، ماجد حداد، أن "القرار نهائي ولا رجعة فيه".',
    'وأضاف: "سنواصل العمل مع جميع الأطراف".',
  ));
  assert.equal(speakerOf(a, 'القرار نهائي').name, 'ماجد حداد');
  assert.equal(speakerOf(a, 'سنواصل العمل').name, 'ماجد حداد');
  assert.ok(a.speakers.every((s) => s.name !== 'أمين سر'));
});

test('an elative (أفضل، أهم) is no word of a name: منح مدربه مولر أفضل وداع reads no «مولر أفضل» (from the role or the name)', () => {
  const text = 'يحرص على منح مدربه مولر أفضل وداع للنادي';
  for (let k = 3; k < 5; k++) {
    const p = phraseAt(text, k);
    assert.ok(!p?.name?.includes('أفضل'), `${k}: ${p?.name}`);
  }
});

test('a name in quotes after إطار / مفاعل / مدونة is a term, a cue before it or not', () => {
  const a = analyzeArticle(article(
    'وأعلنت عدة مجموعات عن تدابير خاصة بالضمان الاجتماعي والتعليم خصوصا في إطار "الرقمنة للجميع".',
    'وقالت المنظمة إن الطائرة التي تحكم فيها أحدهم عن بعد دخلت منطقة حظر الطيران حول مفاعل "فلامنفيل" النووي، ثم اصطدمت بجدار.',
    'وارتفعت المبيعات بنسبة عشرة في المئة، وفقا لمات غاسنيه، مؤسس مدونة "Carsdaily.com"، التي تجمع بيانات المبيعات.',
    'وقال مدير المحطة إن "المبيعات ارتفعت بشكل لافت هذا العام".',
  ));
  for (const t of ['الرقمنة للجميع', 'فلامنفيل', 'Carsdaily.com']) assert.equal(quote(a, t).kind, 'term', t);
  assert.equal(quote(a, 'المبيعات ارتفعت').kind, 'direct');
});

test('يـ on a derived form (يعتذر، يتحدث، ينسحب، يستعد) ends a name: a headline «محمود عباس يعتذر عن …» names محمود عباس, not «عباس يعتذر»', () => {
  const p = phraseAt('سامي فارس يعتذر عن تصريحاته', 0);
  assert.equal(p?.name, 'سامي فارس');
});

test('من جانبه، then a role and a name: the person the text turns to goes on speaking in the next bare وكتب', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس سامي فارس إنه "يعتذر عن سوء الفهم".',
    'من جانبه، رفض وزير الخارجية كريم نادر اعتذار الرئيس. وكتب عبر تويتر: "هذه الاعتذارات غير مقبولة".',
  ));
  assert.equal(speakerOf(a, 'هذه الاعتذارات').name, 'كريم نادر');
});
