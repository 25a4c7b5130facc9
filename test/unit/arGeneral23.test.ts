// Arabic quotes and speakers, a twenty-third round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('`وسائل` (means, media) is no participle of سأل on its و; `وسائل إعلام`, `وكالات أنباء` are the speaker after the verb', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الأمر خطير".',
    'فيما ذكرت وسائل إعلام محلية أنه "جرى توقيف ثلاثة أشخاص".',
    'وذكرت وكالات أنباء عالمية أن "المفاوضات توقفت".',
  ));
  const b = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر خطير".', 'وقالت وسائل الإعلام التركية إن "الفريق وصل صباحا".'));
  assert.equal(speakerOf(a, 'الأمر خطير').name, 'سامي يوسف');
  assert.match(speakerOf(a, 'جرى توقيف ثلاثة أشخاص').name, /^وسائل إعلام/);
  assert.match(speakerOf(b, 'الفريق وصل صباحا').name, /^وسائل الإعلام/);
  assert.match(speakerOf(a, 'المفاوضات توقفت').name, /^وكالات أنباء/);
});

test('a state named with the article (`الصين`, `الكويت`) after a feminine verb is its subject; after a masculine one, its object', () => {
  const a = analyzeArticle(article(
    'وقالت السفيرة ليلى حداد إن "الوضع صعب".',
    'بدورها، دعت الصين إلى "تحقيق مستقل وشفاف" في الأحداث.',
    'وطالبت الكويت بـ"وقف فوري لإطلاق النار".',
    'وحذر العراق من "عواقب وخيمة".',
  ));
  assert.equal(speakerOf(a, 'تحقيق مستقل وشفاف').name, 'الصين');
  assert.equal(speakerOf(a, 'وقف فوري لإطلاق النار').name, 'الكويت');
  assert.equal(speakerOf(a, 'عواقب وخيمة').name, 'العراق');
  const b = analyzeArticle(article('وقال الوزير سامي يوسف إن "الوضع صعب".', 'ودعا الصين إلى "تحقيق مستقل".'));
  assert.equal(speakerOf(b, 'تحقيق مستقل').name, 'سامي يوسف');
});

test('a feminine cue on و, or a feminine participle, with no subject of its own shares the subject of the feminine verb opening its sentence', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس سامي يوسف إن "الأمر سهل".',
    'وقد هاجمت الصين تصريحات يوسف ووصفتها بأنها "غير مسؤولة" ويصعب فهمها.',
    'فيما دافعت الولايات المتحدة عن حليفتها مؤكدة أنها مارست "ضبط النفس".',
    'واستقبلت وزارة الخارجية وفدا صينيا ووصفت الزيارة بأنها "مهمة".',
  ));
  assert.equal(speakerOf(a, 'غير مسؤولة').name, 'الصين');
  assert.equal(speakerOf(a, 'ضبط النفس').name, 'الولايات المتحدة');
  assert.equal(speakerOf(a, 'مهمة').name, 'وزارة الخارجية');
});

test('no subject is shared across a relative clause or a comma: the nearer clause, or the one speaking, keeps the words', () => {
  const a = analyzeArticle(article(
    'وقالت الوزيرة هند صبري إن "الأمر سهل".',
    'ووجهت الرئاسة الاتهام لحركة النهضة التي دانت الهجوم قائلة إن "الجريمة مدانة".',
    'وباتت الشبكات ساحة للاحتفال، لذا قامت الفنانة ليلى علوي بنشر صورة، ووجهت التهنئة لوالدتها، معتبرة أنها "أرقى مخلوق".',
  ));
  assert.notEqual(speakerOf(a, 'الجريمة مدانة').name, 'الرئاسة');
  assert.notEqual(speakerOf(a, 'أرقى مخلوق').name, 'الشبكات');
});

test('ranks written in foreign letters (`الكابتن`, `الأدميرال`) are roles and titles: the name in apposition after one speaks', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الأمر خطير".',
    'وقال المتحدث باسم البحرية، الكابتن راجيش كومار، للصحفيين: "جرى إنقاذ البحار".',
    'وأضاف الأدميرال جون بيل أن "المهمة انتهت".',
  ));
  assert.equal(speakerOf(a, 'جرى إنقاذ البحار').name, 'راجيش كومار');
  assert.equal(speakerOf(a, 'المهمة انتهت').name, 'جون بيل');
});

test('a relative clause\'s verb with its pronoun on a preposition (`الذي رد عليه X`) and a subject of its own: X speaks on, after a participle', () => {
  const a = analyzeArticle(article(
    'وقال الداعية محمد العلي إن "الأمر واضح".',
    'وتوعد الرئيس بعقوبات جديدة، وهو الأمر الذي رد عليه رئيس الوزراء، حسن كريم قائلا إن الحكومة "لن تخضع للتهديد".',
  ));
  assert.equal(speakerOf(a, 'لن تخضع للتهديد').name, 'حسن كريم');
});

test('a تفعيل verbal noun on ب right after a role word (`وطالب الوزير بتحقيق عاجل`) is what the verb calls for, no part of a name', () => {
  const a = analyzeArticle(article(
    'وقال وزير الداخلية سامي يوسف إن "الحادث مؤلم".',
    'وطالب الوزير بتحقيق عاجل في الحادث. وأضاف أن "المسؤولين سيحاسبون".',
  ));
  assert.equal(speakerOf(a, 'المسؤولين سيحاسبون').name, 'سامي يوسف');
});

test('`كون` (being, since) is no name: `… #السعودية، كون هذا العمل يعد …، قال: "…"` goes on with the one speaking', () => {
  const a = analyzeArticle(article(
    'وقال الفنان عبدالله الحمد إن "العمل جديد".',
    'وأكد أن الطاقم سيبذل الجهد لصناعة عمل يضيف الكثير للدراما #السعودية، كون هذا العمل يعد مرحلة جديدة بكل تفاصيله، وحول أدواره بالعمل قال: "الشخصيات التي سأقدمها جديدة".',
  ));
  assert.equal(speakerOf(a, 'الشخصيات التي سأقدمها').name, 'عبدالله الحمد');
});

test('`X، وهو خبير سياسي ومستشار مختص …،`: the description after وهو is X\'s role (a later `الخبير السياسي` is X), and `ومستشار مختص` is no name', () => {
  const a = analyzeArticle(article(
    'ويقول كريم سالم، وهو خبير سياسي ومستشار مختص في بلدان المشرق، إن "السياحة عانت كثيرا".',
    'وقال الوزير سامي يوسف إن "الوضع جيد".',
    'ويتابع الخبير السياسي أن "تركيا وإيران تولتا تلبية الحاجيات".',
  ));
  const karim = speakerOf(a, 'السياحة عانت كثيرا');
  assert.equal(karim.name, 'كريم سالم');
  assert.match(karim.role ?? '', /^خبير سياسي ومستشار مختص/);
  assert.equal(speakerOf(a, 'تركيا وإيران تولتا').name, 'كريم سالم');
});

test('a role held at a body on its lam, then a foreign name in quotes (`الرئيس التنفيذي للشركة "تيم كوك"`): the quoted name is the person', () => {
  const a = analyzeArticle(article(
    'ويشير رئيس الشؤون المالية "لوكا ماريني" إلى أن "الطلب قوي".',
    'ونفى الرئيس التنفيذي للشركة "جون ستيوارت" المخاوف بشأن الطلب. وقال في اتصال مع مستثمرين: "مازلنا متفائلين".',
  ));
  assert.equal(speakerOf(a, 'الطلب قوي').name, 'لوكا ماريني');
  assert.equal(speakerOf(a, 'مازلنا متفائلين').name, 'جون ستيوارت');
});

test('`آخر` (last) is no name: `وكان آخر ما كتبته X على صفحتها "…"` is X\'s', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الخبر صحيح".',
    'وكان آخر ما كتبته الممثلة سلمى سكاف على صفحتها قبل يومين "لن أفقد الأمل".',
    'وكان آخر ما كتبه منير حداد "وداعا".',
  ));
  assert.equal(speakerOf(a, 'لن أفقد الأمل').name, 'سلمى سكاف');
  assert.equal(speakerOf(a, 'وداعا').name, 'منير حداد');
});

test('a body named after a describing verb, then the document it spoke in (`ووصفت وزارة التجارة في بيان التهديدات بأنها`), is the subject; a plain noun so is the object', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الأمر خطير".',
    'ووصفت وزارة التجارة الصينية في بيان التهديدات الجديدة بأنها "غير مقبولة إطلاقا".',
    'ووصف العلاقات في بيان مشترك بأنها "استراتيجية".',
  ));
  assert.equal(speakerOf(a, 'غير مقبولة إطلاقا').name, 'وزارة التجارة الصينية');
  assert.notEqual(speakerOf(a, 'استراتيجية').name, 'العلاقات');
});

test('claims and statements in the plural with their owner named and أن after (`بشأن مزاعم حسن بأنه "…"`) report the owner\'s words; `بالتحقيق` after a body is what it calls for', () => {
  const a = analyzeArticle(article(
    'وقال خالد حسن إن "الأمر صعب".',
    'وطالبت منظمة العفو الدولية السلطات بضرورة فتح تحقيقات فورية بشأن مزاعم حسن بأنه "تعرض للاعتداء مرتين".',
    'وطالبت المنظمة بالتحقيق في الحادث. وأضافت أن "الأدلة كثيرة".',
  ));
  assert.equal(speakerOf(a, 'تعرض للاعتداء مرتين').name, 'خالد حسن');
  assert.doesNotMatch(speakerOf(a, 'الأدلة كثيرة').name, /بالتحقيق/);
});

test('قد before an imperfect cue form is a possibility (`قد تفيد إدارة اللعبة`, may benefit), no report: the one speaking goes on', () => {
  const a = analyzeArticle(article(
    'وقال المدافع لوران إيتامي إن "الفرق متأخرة".',
    'وأعرب لوران عن اعتقاده بأن خبرته في كرة القدم قد تفيد إدارة اللعبة في أفريقيا. وقال "السياسة في دمي".',
    'وقد أكد الوزير سامي يوسف أن "الدعم مستمر".',
  ));
  assert.equal(speakerOf(a, 'السياسة في دمي').name, 'لوران إيتامي');
  assert.equal(speakerOf(a, 'الدعم مستمر').name, 'سامي يوسف');
});

test('`الجيران`, `الأصدقاء`, `الزملاء` are unnamed groups, as الشهود are: the speaker after the verb, a relative clause after them too', () => {
  const a = analyzeArticle(article(
    'وقال متحدث باسم الشرطة إن "التحقيق مستمر".',
    'وأفاد الجيران الذين يعيشون في هذا الشارع الهادئ بسماع "الكثير من الصراخ والصياح".',
  ));
  assert.equal(speakerOf(a, 'الكثير من الصراخ').name, 'الجيران');
  const b = analyzeArticle(article('وقال متحدث باسم الشرطة إن "التحقيق مستمر".', 'وأفاد الجيران بسماع "الكثير من الصراخ".'));
  assert.equal(speakerOf(b, 'الكثير من الصراخ').name, 'الجيران');
});

test('after two words of a name, an imperfect on ت / ي (no given name) with a preposition after it is the verb: `سعاد حسني تخاف من` names سعاد حسني', () => {
  const a = analyzeArticle(article(
    'وقال الملحن بليغ حمدي إن "الحفل كان رائعا".',
    'وكانت المطربة سعاد حسني تخاف من الجمهور كثيرا. وقالت في حوار لها: "أخاف من الجمهور".',
    'وقال المحلل أحمد محمد يوسف في بيان إن "الأسعار سترتفع".',
  ));
  assert.equal(speakerOf(a, 'أخاف من الجمهور').name, 'سعاد حسني');
  assert.equal(speakerOf(a, 'الأسعار سترتفع').name, 'أحمد محمد يوسف');
});
