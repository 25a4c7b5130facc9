// Arabic speakers and terms, a thirteenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt as phrase, speakerOf } from '../support/arabicQueries';

test('a participle after a quote the sentence’s own subject spoke goes on with that subject, not an earlier speaker of its gender', () => {
  const a = analyzeArticle(article(
    'وتتهم الحكومة المعارضة بعرقلة المفاوضات.',
    'ورفضت بغداد أمس ما وصفته بـ"التدخل السافر في شؤونها الداخلية" مطالبة "باحترام السيادة العراقية كاملة".',
  ));
  assert.equal(speakerOf(a, 'التدخل السافر').name, 'بغداد');
  assert.equal(speakerOf(a, 'باحترام السيادة').name, 'بغداد');
});

test('a participle after a relative clause on a body named after the sentence’s subject is that body speaking', () => {
  const a = analyzeArticle(article(
    'وقال مسؤول في الحكومة إن الوضع صعب.',
    'ووجهت الشرطة أصابع الاتهام إلى شركة أرامكو التي رفضت التهم قائلة إن "هذه الاتهامات لا أساس لها من الصحة".',
  ));
  assert.equal(speakerOf(a, 'هذه الاتهامات').name, 'شركة أرامكو');
});

test('a document or an object noun in the accusative after the subject (بيانا، اعتذارا) is what the verb issues, no word of the name', () => {
  const a = analyzeArticle(article(
    'وقال الممثل جون هاريس إنه حزين لما حدث. وقدم هاريس اعتذارا رسميا "لكل من شعر بالإهانة بسبب ما قلته في الحفل".',
    'وأصدر بيانا قال فيه "لم أقصد الإساءة إلى أحد".',
  ));
  assert.equal(speakerOf(a, 'لكل من شعر').name, 'جون هاريس');
  assert.equal(speakerOf(a, 'لم أقصد الإساءة').name, 'جون هاريس');
});

test('a role word under `his` written with ه (مؤسسه, its founder) is a role before the name, not a body (مؤسسة) nor a feminine', () => {
  const p = phrase('ويقول مؤسسه سامي النجار إن الشركة ستتوسع', 1);
  assert.equal(p?.name, 'سامي النجار');
  assert.equal(p?.role, 'مؤسسه');
  assert.equal(p?.gender ?? null, null);
  const a = analyzeArticle(article(
    'تواجه شركة النجار للتقنية أزمة مالية. ويقول مؤسسه سامي النجار إن الشركة "ستتجاوز هذه الأزمة قريبا".',
  ));
  assert.equal(speakerOf(a, 'ستتجاوز هذه الأزمة').name, 'سامي النجار');
});

test('another statement (بيان آخر أصدره X): آخر is the document’s adjective, and the one who issued it speaks', () => {
  const p = phrase('وقال بيان آخر أصدره وزير الخارجية سامر الحلبي إن', 1);
  assert.equal(p?.type, 'document');
  assert.equal(p?.owner?.name, 'سامر الحلبي');
  const a = analyzeArticle(article(
    'ورفضت الوزارة الاتهامات. وقال بيان آخر أصدره الناطق باسم الحكومة سامر الحلبي إن الاتهامات "لا أساس لها".',
  ));
  assert.equal(speakerOf(a, 'لا أساس لها').name, 'سامر الحلبي');
});

test('a body that speaks على لسان someone: the one on whose tongue it spoke says the words', () => {
  const a = analyzeArticle(article(
    'أعلنت الحكومة الأردنية على لسان وزير الخارجية سامر الحلبي أن المفاوضات "وصلت إلى طريق مسدود".',
  ));
  assert.equal(speakerOf(a, 'وصلت إلى طريق').name, 'سامر الحلبي');
});

test('و on an imperfect verb in ت after a comma opens a clause, no name in apposition (الواشنطن بوست، وتستخدم …)', () => {
  const p = phrase('تقول الواشنطن بوست، وتستخدم تلك الجماهير هتافات مسيئة', 1);
  assert.equal(p?.name, 'الواشنطن بوست');
  assert.equal(p?.role ?? null, null);
});

test('السياسي / السياسية (a politician) is a role word before a name, not a body’s name', () => {
  const p = phrase('وقالت السياسية اليسارية هانا مولر إن', 1);
  assert.equal(p?.type, 'person');
  assert.equal(p?.name, 'هانا مولر');
  assert.equal(p?.role, 'السياسية اليسارية');
});

test('a body named in quotes right before التي + cue speaks; a song’s or a film’s title so is no speaker', () => {
  const a = analyzeArticle(article(
    'وتعرض القرار لانتقادات من منظمات دولية، من بينها "أطباء العالم" التي ذكرت في بيان لها أن القرار "سيحرم آلاف المرضى من العلاج".',
  ));
  assert.equal(speakerOf(a, 'سيحرم آلاف المرضى').name, 'أطباء العالم');
  const b = analyzeArticle(article(
    'وقالت المغنية سلمى الخوري إن أغنية "ليل المدينة" التي كتب كلماتها الشاعر جميل حداد هي الأقرب إليها لأنها "تحكي قصة مدينتي".',
  ));
  assert.equal(speakerOf(b, 'تحكي قصة مدينتي').name, 'سلمى الخوري');
});

test('a nationality before a name (الفرنسي أرسين فينغر) introduces the person as a role does; a family name in ي (الظواهري) does not', () => {
  const p = phrase('أعلن البرتغالي جوزيه بيسيرو، الثلاثاء، أنه سعيد', 1);
  assert.equal(p?.type, 'person');
  assert.equal(p?.name, 'جوزيه بيسيرو');
  assert.equal(p?.role, 'البرتغالي');
  const q = phrase('كما كرر الظواهري انتقاداته لحركة حماس', 2);
  assert.notEqual(q?.name, 'انتقاداته');
  const a = analyzeArticle(article(
    'أعلن البرتغالي جوزيه بيسيرو مدرب نادي الوحدة، الثلاثاء، أنه "سعيد بالعروض التي تلقاها".',
    'وتابع المدرب (58 عاما): "أركز الآن على إنهاء الموسم بشكل جيد".',
  ));
  assert.equal(speakerOf(a, 'أركز الآن').name, 'جوزيه بيسيرو');
});

test('a body’s head joined by و after the subject (الحكومة ومجلس الأمة) is a second object, no name', () => {
  const p = phrase('وطالب رئيس الوزراء الحكومة ومجلس النواب بالإسراع في الإصلاح', 1);
  assert.equal(p?.name ?? null, null);
  assert.equal(p?.role, 'رئيس الوزراء');
});

test('ألي (a given name, hamza over the alef) is no إلى: the name opens the phrase', () => {
  const p = phrase('وقالت ألي جونسون، والدة الطالب، إن العائلة صدمت', 1);
  assert.equal(p?.name, 'ألي جونسون');
  const q = phrase('وقال الوزير إلى الصحفيين إن', 1);
  assert.equal(q?.role, 'الوزير');
});

test('a relaying verb reads past an apposition between commas to its عن (ونقلت وكالة ميزان، التابعة للقضاء، عن X)', () => {
  const a = analyzeArticle(article(
    'ونقلت صحيفة الأيام، المقربة من الحكومة، عن وزير المالية سمير خوري "تأجيل الموازنة إلى الشهر المقبل".',
  ));
  assert.equal(speakerOf(a, 'تأجيل الموازنة').name, 'سمير خوري');
});

test('a person named between إن / لكن and a cue right after the name is its subject, met before or not (فإن X قال بدوره)', () => {
  const a = analyzeArticle(article(
    'وأكد مهاجم الفريق سامي عادل أنه يريد البقاء. فإن رئيس النادي، رجل الأعمال منير حداد قال بدوره "لن نبيع أي لاعب هذا الصيف".',
  ));
  assert.equal(speakerOf(a, 'لن نبيع أي لاعب').name, 'منير حداد');
});

test('آنذاك / حينها (then) after a cue or a role is an adverb, never a name', () => {
  const a = analyzeArticle(article(
    'وأغلقت المنظمة مكتبها على خلفية ما وصفته آنذاك بـ"القيود المفروضة على العمل الحقوقي".',
    'وقال الوزير حينها: "لن نتراجع عن القرار".',
  ));
  assert.equal(speakerOf(a, 'القيود المفروضة').name, 'المنظمة');
  assert.equal(speakerOf(a, 'لن نتراجع').name, 'الوزير');
});

test('the discourse marker هذا before a sentence’s verb on و: the verb’s subject is whom a later cue goes on with', () => {
  const a = analyzeArticle(article(
    'وأعلنت الشرطة فتح تحقيق في الحادث. هذا ودانت سلوى العلي، رئيسة لجنة الحريات، ما حدث، وقالت "لا يمكن السكوت عن هذا".',
  ));
  assert.equal(speakerOf(a, 'لا يمكن السكوت').name, 'سلوى العلي');
});

test('كان / كانت, its subject, an imperfect verb, then a participle cue: that subject speaks (كانت الشابة تصرخ قائلة)', () => {
  const a = analyzeArticle(article(
    'ونشرت صحيفة محلية مقطعا مصورا للحادث. ويظهر المقطع رجال أمن يطاردون الشاب، في وقت كانت الأم تصرخ قائلة "اتركوه، إنه مريض".',
  ));
  assert.equal(speakerOf(a, 'اتركوه').name, 'الأم');
});

test('after a definite role, a word in ي that is no given name, before a definite word, is a verb and its object, no name; يكتب مقالات writes articles', () => {
  const p = phrase('وزير الرياضة المصري يعد الجماهير بالوصول إلى الدور الثاني', 0);
  assert.equal(p?.name ?? null, null);
  const a = analyzeArticle(article(
    'وبدأ الصحفي ماجد سليم يكتب مقالات لصحيفة أجنبية منذ عام. وكتب في مارس الماضي: "تركت بلدي لأكتب بحرية".',
  ));
  assert.equal(speakerOf(a, 'تركت بلدي').name, 'ماجد سليم');
});

test('a dash between two nisbas inside a role joins them (غرفة التجارة الإيرانية - العراقية), the name after it', () => {
  const p = phrase('وقال رئيس اللجنة المشتركة المصرية - السودانية كمال عثمان إن', 1);
  assert.equal(p?.name, 'كمال عثمان');
  assert.equal(p?.role, 'رئيس اللجنة المشتركة المصرية - السودانية');
});

test('الشريك / الشريكة (a firm’s partner) is a role word before the firm and the name', () => {
  const p = phrase('وقالت الشريكة المساعدة في شركة بيكر آند ماكنزي ليلى حداد:', 1);
  assert.equal(p?.name, 'ليلى حداد');
});

test('لشبكة / لإذاعة / لتلفزيون (told to a network) after the name end it, as لقناة does', () => {
  const p = phrase('وقال وزير المالية سمير خوري لشبكة سي إن إن إن', 1);
  assert.equal(p?.name, 'سمير خوري');
});
