// Arabic quotes and speakers, a twenty-fourth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('after a verb of saying and a role, a definite word that is no nisba is the verb object: the quote is what the role calls it, no name', () => {
  const a = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر خطير".', 'واعتبر الوزير النتائج "انتصارا".'));
  assert.equal(quote(a, 'انتصارا').kind, 'direct');
  assert.equal(speakerOf(a, 'انتصارا').name, 'سامي يوسف');
  // (a role, its nisba adjectives, then a name in quotes: still the name)
  const b = analyzeArticle(article('وقال الروائي العالمي "غابريل غاريثا ماركيز" إن الرواية انتهت.'));
  assert.equal(quote(b, 'غابريل غاريثا ماركيز').kind, 'term');
});

test('right after a verb of describing, a naming noun (`جريدة`) is its subject: the span after بـ is what it calls the thing', () => {
  const a = analyzeArticle(article('ووصفت جريدة "أخبار اليوم" الأرباح بأنها "غير أخلاقية"، فيما وصفتها جريدة المساء بـ"الفضيحة".'));
  assert.equal(quote(a, 'الفضيحة').kind, 'direct');
  assert.equal(speakerOf(a, 'الفضيحة').name, 'جريدة المساء');
  // (a noun that names, not after such a verb, still names: `وتعرف الصحيفة بـ"…"`)
  const b = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر خطير".', 'وتعرف الصحيفة بـ"الأهرام".'));
  assert.equal(quote(b, 'الأهرام').kind, 'term');
});

test('an indefinite nisba right after a document noun is its adjective, and a verb after it opens a clause about the document: the document speaks, not `برلماني خرج`', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الأمر خطير".',
    'ووعد رئيس الحكومة بإيجاد حلول لما وصفه تقرير برلماني خرج مؤخرا "أرباحا غير مستحقة".',
    'وقال تقرير حقوقي صدر أمس إن "السجون مكتظة".',
  ));
  assert.equal(speakerOf(a, 'أرباحا غير مستحقة').name, 'تقرير برلماني');
  assert.equal(speakerOf(a, 'السجون مكتظة').name, 'تقرير حقوقي');
  // (a name after the document noun is still its owner)
  const b = analyzeArticle(article('وقال بيان علي حسن إن "الأرباح غير مستحقة".'));
  assert.equal(speakerOf(b, 'الأرباح غير مستحقة').name, 'علي حسن');
});

test('`سبق لـX أن` and a verb of saying: X, on the lam, is the verb subject, whatever follows the verb (its object)', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الأمر خطير".',
    'وسبق للحكومة أن حذرت مروجي دعوة المقاطعة من الملاحقة بترويج "أخبار زائفة".',
    'ولم يسبق للرئيس أن وصف الحرب بأنها "عادلة".',
  ));
  assert.equal(speakerOf(a, 'أخبار زائفة').name, 'الحكومة');
  assert.equal(speakerOf(a, 'عادلة').role ?? speakerOf(a, 'عادلة').name, 'الرئيس');
  // (a role on the lam named before is that one)
  const b = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر خطير".', 'وسبق للوزير أن قال إن "الأمر سهل".'));
  assert.equal(speakerOf(b, 'الأمر سهل').name, 'سامي يوسف');
});

test('a cue verb of the other gender than its relative pronoun has a subject of its own after it, whose words a complementiser brings in', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الأمر خطير".',
    'ورحبت إسرائيل بالاتفاقات التي وصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو توقيعها بأنه "يوم عيد".',
  ));
  assert.equal(speakerOf(a, 'يوم عيد').name, 'بنيامين نتنياهو');
  // (no complementiser: the clause describes, and the sentence's speaker says the words)
  const b = analyzeArticle(article('وقال مصدر آخر لصحيفة واشنطن بوست التي يكتب خاشقجي عمودا على صفحاتها "يمكن سماع صوته".'));
  assert.notEqual(speakerOf(b, 'يمكن سماع صوته').name, 'خاشقجي عمودا');
});

test('`هنالك` and `حوالي` (there is, about) stop a phrase: no junk speaker `هنالك حوالي`; the words go on with the one speaking', () => {
  const a = analyzeArticle(article(
    'وقالت المدربة أمل باعطية إن "الرياضة مهمة".',
    'تعتقد أمل أن هنالك حوالي "عشرة رجال من مدربي كروس فيت، وثلاث أو أربع مدربات فقط."، وهذه الرياضة صعبة.',
  ));
  assert.equal(speakerOf(a, 'عشرة رجال من مدربي').name, 'أمل باعطية');
  assert.ok(a.speakers.every((s) => !s.name.includes('هنالك')));
});

test('a feminine participle after a comma goes on with the clause a comma and an opener began (`، لذا قامت دنيا …`), not the sentence opening verb', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سامي يوسف إن "الأمر خطير".',
    'وباتت شبكات التواصل الاجتماعي الساحة المناسبة للإعلان عن الاحتفالات، لذا قامت دنيا سمير غانم بنشر صورة تجمعها بوالدتها، ووجهت التهنئة لوالدتها، معتبرةً أنها "أرقى وأنقى مخلوق على وجه الأرض".',
  ));
  assert.equal(speakerOf(a, 'أرقى وأنقى مخلوق').name, 'دنيا سمير غانم');
});

test('after a form of قام, its subject name ends before the بـ of what was done (`قام الرئيس سامي يوسف بزيارة`)', () => {
  const a = analyzeArticle(article('وقام الرئيس سامي يوسف بزيارة إلى مصر، معربا عن "سعادته الكبيرة بالزيارة".'));
  assert.equal(speakerOf(a, 'سعادته الكبيرة').name, 'سامي يوسف');
  // (a family name on ب after another verb stays: `وقال الرئيس محمد علي بدر`)
  const b = analyzeArticle(article('وقال الرئيس محمد علي بدر إن "الأمر خطير".'));
  assert.equal(speakerOf(b, 'الأمر خطير').name, 'محمد علي بدر');
});

test('a woman named by a given name is a she: a feminine cue with no subject goes on with her, named last, before an older speaker', () => {
  const a = analyzeArticle(article(
    'وقالت الفنانة دنيا سمير غانم إن "الأم أجمل شيء".',
    'من جهتها، اختارت دينا الشربيني أن تنشر صورة مجمعة لها. ووصفت والدتها بـ"المرحة والكريمة".',
  ));
  assert.equal(speakerOf(a, 'المرحة والكريمة').name, 'دينا الشربيني');
});

test('a noun carrying his / her / their on the lam right after a cue verb is the one told (`قال لخصمه`), never its subject', () => {
  const a = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر خطير". ثم قال لخصمه "أنت مخطئ".'));
  assert.equal(speakerOf(a, 'أنت مخطئ').name, 'سامي يوسف');
  const b = analyzeArticle(article('وذكرت الصحيفة أن سامي يوسف قال لزملائه "الأمر خطير".'));
  assert.ok(b.speakers.every((s) => !s.name.startsWith('لزملائه')));
});

test('`متحدثا` / `متحدثةً` (speaking, in the accusative) to someone on the lam after a cue verb is how it was said: no speaker `متحدثا`; `وقال متحدث لرويترز` is still a spokesman', () => {
  const a = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر صعب".', 'وأوضح متحدثا لرويترز أن "الأمر سهل جدا اليوم".'));
  assert.equal(speakerOf(a, 'الأمر سهل جدا').name, 'سامي يوسف');
  const b = analyzeArticle(article('وقال الوزير سامي يوسف إن "الأمر صعب".', 'وقال متحدث لرويترز إن "الأمر سهل".'));
  assert.equal(speakerOf(b, 'الأمر سهل').name, 'متحدث');
});

test('one definite word right after قال, no one known and no role word (`وقال الجندي`), is still the one speaking: an unnamed source, not the last speaker', () => {
  const a = analyzeArticle(article(
    'وقال الطبيب أندرو لي إن "العملية نجحت".',
    'وقال الجندي، الذي لم يفصح عن اسمه، في بيان أصدرته الجامعة "عندما استيقظت شعرت بأنني على ما يرام".',
  ));
  assert.equal(speakerOf(a, 'عندما استيقظت').name, 'الجندي');
});

test('Friday right after a role word in construct (`إمام الجمعة`, `خطيب الجمعة`) is its genitive, no word of time: the name after it is read', () => {
  const a = analyzeArticle(article('وكان إمام الجمعة أحمد علم الهدى حظر الحفلات الغنائية في مدينة مشهد عام 2016، وقال لمحبي الموسيقى: "اذهبوا إلى مكان آخر".'));
  assert.equal(speakerOf(a, 'اذهبوا إلى مكان').name, 'أحمد علم الهدى');
  // (after a definite role it is the day: `وقال الوزير الجمعة إن`)
  const b = analyzeArticle(article('وقال الوزير الجمعة إن "الأمر خطير".'));
  assert.equal(speakerOf(b, 'الأمر خطير').role ?? speakerOf(b, 'الأمر خطير').name, 'الوزير');
});

test('an imperfect on the lam of purpose after a quote is no reported clause verb: the quote is the words of the one speaking (`كان لديه "التراخيص الرسمية" ليؤدي`)', () => {
  const a = analyzeArticle(article('وقال المدير محسن إفشر إن "الحفل نجح".', 'وأضاف أن المغني كان لديه "التراخيص الرسمية" ليؤدي فقرته.'));
  assert.equal(quote(a, 'التراخيص الرسمية').kind, 'direct');
  assert.equal(speakerOf(a, 'التراخيص الرسمية').name, 'محسن إفشر');
  // (a short name inside a reported clause's subject, its verb after it, is still a name)
  const b = analyzeArticle(article('وقال الوزير إن كاميرات "ساهر" ستواصل العمل.'));
  assert.equal(quote(b, 'ساهر').kind, 'term');
});

test('one word on و right before the verb, no word of the lexicon, that the text writes alone too (`وترامب يصفه`), is a name joined by و: the verb subject', () => {
  const a = analyzeArticle(article(
    'طرد نائب مدير مكتب التحقيقات السابق.. وترامب يصفه بـ "الغلام"',
    'وقال الرئيس دونالد ترامب إن "الأمر جيد".',
  ));
  assert.equal(quote(a, 'الغلام').kind, 'direct');
  assert.equal(speakerOf(a, 'الغلام').name, 'دونالد ترامب');
});

test('a quote right after a role word in construct (no article) after a verb of saying is the role genitive, a name: `وقال مدير "هايبرلوب …" X:`', () => {
  const a = analyzeArticle(article('وقال مدير "هايبرلوب ترانسبورتايشن تكنولوجيز" بيبوب غريستا: "بحثنا كثيرا عن موقع مناسب".'));
  assert.equal(quote(a, 'هايبرلوب ترانسبورتايشن').kind, 'term');
  assert.equal(speakerOf(a, 'بحثنا كثيرا').name, 'بيبوب غريستا');
  // (a definite role there is the subject, the quote its words)
  const b = analyzeArticle(article('وقال الوزير "سنرى ما يحدث".'));
  assert.equal(quote(b, 'سنرى ما يحدث').kind, 'direct');
});

test('a document, a word or two of it, then its author on the lam (`شريط فيديو سابقا لكامبل قالت فيه`): the author says the words, named without the lam', () => {
  const a = analyzeArticle(article(
    'وكانت المقاتلة البريطانية آنا كامبل قد انضمت إلى الوحدات قبل عام.',
    'وقالت المتحدثة نسرين عبد الله "ناقشنا كثيرا عدم ذهابها".',
    'ونشرت الوحدات شريط فيديو سابقا لكامبل قالت فيه "انضممت إلى الوحدات لأني أردت دعم الثورة".',
  ));
  assert.match(speakerOf(a, 'انضممت إلى الوحدات').name, /آنا كامبل$/);
  assert.ok(a.speakers.every((s) => !s.name.startsWith('لكامبل')));
});

test('a document and its author on من before `قالت فيها` (`بسبب تغريدة من كيلي جينر …، قالت فيها`): the author says the words', () => {
  const a = analyzeArticle(article(
    'وقالت المحللة ميغان فاروخمانش إن "الأمر صعب".',
    'وخسرت الشركة مليار دولار بسبب تغريدة من كيلي جينر نجمة تليفزيون الواقع، قالت فيها إنها "لم تعد تستخدم الخدمة".',
  ));
  assert.equal(speakerOf(a, 'لم تعد تستخدم').name, 'كيلي جينر');
});
