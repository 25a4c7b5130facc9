// Arabic speakers, an eighteenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseFrom as phrase, speakerOf } from '../support/arabicQueries';

test('a surname in ييه (French -ier: `غارنييه`) is no nisba and no noun with `his`: the name goes on to it', () => {
  const a = analyzeArticle(article(
    'عقد الاتحاد اجتماعا في باريس.',
    'وقال رئيس اللجنة أوليفييه غارنييه في مؤتمر صحفي إن "القرار نهائي".',
  ));
  assert.equal(speakerOf(a, 'القرار نهائي').name, 'أوليفييه غارنييه');
});

test('an imperfect verb of wanting or trying (`تريد`, `يسعى`) after a subject is no word of its name', () => {
  const p = phrase('أما في الاقتصاد فإن ميركل تريد بناء "سوق موحدة"', 'ميركل');
  assert.equal(p?.name, 'ميركل');
  const q = phrase('وكان سلفا كير يسعى إلى "سلام دائم"', 'سلفا');
  assert.equal(q?.name, 'سلفا كير');
});

test('a word on ل or ب right after the object of a role\'s preposition goes on with it: no name starts there', () => {
  const p = phrase('ما أجبر رئيس البرلمان على رفع الجلسة لساعات. وقال', 'رئيس');
  assert.equal(p?.name ?? null, null);
  assert.equal(p?.role, 'رئيس البرلمان');
});

test('two words that are each a person named before, after a verb, are its subject and its object, not one new name', () => {
  const a = analyzeArticle(article(
    'التقى الرئيس الأمريكي جو بايدن نظيره الروسي فلاديمير بوتين في جنيف.',
    'وقال بايدن إن "اللقاء كان مثمرا".',
    'وقال بوتين إن "الحوار ضروري".',
    'وانتقد بايدن بوتين بأنه "لا يحترم التزاماته".',
  ));
  assert.equal(speakerOf(a, 'لا يحترم التزاماته').name, 'جو بايدن');
  assert.ok(!a.speakers.some((s) => s.name === 'بايدن بوتين'));
});

test('a noun of saying in the accusative (`كلاما`) after a name is the verb\'s object, no word of the name', () => {
  const p = phrase('واقتبس زيدان كلاما للمدرب الراحل جاء فيه', 'زيدان');
  assert.equal(p?.name, 'زيدان');
});

test('an envoy\'s or ambassador\'s إلى / لدى and the place belong to the role; the name after them is the person\'s', () => {
  const p = phrase('وقال المبعوث الأممي إلى اليمن مارتن غريفيث إن', 'المبعوث');
  assert.equal(p?.name, 'مارتن غريفيث');
  assert.equal(p?.role, 'المبعوث الأممي إلى اليمن');
  const q = phrase('وقال السفير البريطاني لدى واشنطن كيم داروك إن', 'السفير');
  assert.equal(q?.name, 'كيم داروك');
  // (not `لدى وصوله`, upon his arrival)
  const r = phrase('وقال السفير لدى وصوله إن', 'السفير');
  assert.equal(r?.name ?? null, null);
});

test('`نفسه` / `ذاتها` after a role (`the same official`) is no name', () => {
  const p = phrase('وأضاف المسؤول الأمني نفسه أن', 'المسؤول');
  assert.equal(p?.name ?? null, null);
  assert.equal(p?.role, 'المسؤول الأمني');
});

test('a one-word genitive after a role head in construct, then a definite nisba, then two name words: the name is the last two', () => {
  const p = phrase('وقال كبير مستشاري ماكرون الدبلوماسيين فيليب إتيان إن', 'كبير');
  assert.equal(p?.name, 'فيليب إتيان');
});

test('a body named after a person ends with the person\'s name: a definite noun after it is the verb\'s object', () => {
  const p = phrase('وانتقد بيان أصدرته حركة نور الدين الزنكي الاتفاق بأنه', 'بيان');
  assert.equal(p?.owner?.name, 'حركة نور الدين الزنكي');
  const q = phrase('ووصف بيان أصدرته كتائب عز الدين القسام الهجوم بأنه', 'بيان');
  assert.equal(q?.owner?.name, 'كتائب عز الدين القسام');
});

test('a definite word right before a definite role word, after a first word of a name, is the family name (`وقال سامي الحمد الناطق باسم`)', () => {
  const p = phrase('وقال ناجي القدرة المتحدث باسم الدفاع المدني إن', 'ناجي');
  assert.equal(p?.name, 'ناجي القدرة');
});

test('the antecedent of `الذي قال` is the phrase that reaches the relative, not an earlier noun of the clause', () => {
  const a = analyzeArticle(article(
    'خسر الفريق المباراة وخرج مهاجمه مصابا.',
    'ولا يبدو اللاعبون قلقين حيال الإصابة وبينهم المدافع سيرجيو راموس الذي قال "لست قلقا على زميلي".',
  ));
  assert.equal(speakerOf(a, 'لست قلقا').name, 'سيرجيو راموس');
});

test('a name written in Arabic letters goes on in no other script (`ساره ساندرز Yk "…"`)', () => {
  const p = phrase('وقالت المتحدثة باسم الوزارة ليلى حداد Ok "الاجتماع تأجل"', 'المتحدثة');
  assert.equal(p?.name, 'ليلى حداد');
});

test('after two words of a name, a book, a film or a company heading a definite genitive is the verb\'s object', () => {
  const p = phrase('ووصف الرئيس الفرنسي إيمانويل ماكرون كتاب الصحفي الأمريكي بأنه', 'الرئيس');
  assert.equal(p?.name, 'إيمانويل ماكرون');
});

test('a purpose or an effort behind ل / ب (`لمنع`, `بجهود`) is no word of a name', () => {
  const p = phrase('وضغط ماكرون على أردوغان لوقف الهجوم على المدينة', 'أردوغان');
  assert.equal(p?.name, 'أردوغان');
});

test('a feeling stirred, in the accusative after the subject (`غضبا`, `قلقا`), is no word of the name', () => {
  const p = phrase('وأثارت تصريحات لافروف قلقا في العواصم الغربية', 'لافروف');
  assert.equal(p?.name, 'لافروف');
});

test('an effort or a purpose behind ب / ل ends any subject phrase, a place\'s too (`رحبت الولايات المتحدة بجهود تحالف`)', () => {
  const p = phrase('ورحبت المملكة المتحدة بجهود الوساطة القطرية', 'المملكة');
  assert.equal(p?.name, 'المملكة المتحدة');
});

test('after a role, a word on ل, a word more at most, then a nationality with its article is the club and its country: no name (`المدير الفني لمانشستر يونايتد الإنجليزي إن`)', () => {
  const p = phrase('وقال المدرب لبايرن ميونيخ الألماني إن الفريق', 'المدرب');
  assert.equal(p?.name ?? null, null);
  const q = phrase('وقال مدرب لبايرن ميونيخ الألماني توماس توخيل إن', 'مدرب');
  assert.equal(q?.name, 'توماس توخيل');
});

test('a demonstrative opening the object of a role\'s preposition, its noun after it, stays in the role (`المسؤولة عن … في هذا المجلس`)', () => {
  const p = phrase('وقال المسؤول عن التدريب في هذه الجامعة كريم منصور إن', 'المسؤول');
  assert.equal(p?.name, 'كريم منصور');
  assert.equal(p?.role, 'المسؤول عن التدريب في هذه الجامعة');
});

test('after a body\'s quoted name inside a role, where the body works goes on with the role (`مديرة منظمة "…" في …`)', () => {
  const a = analyzeArticle(article(
    'زار وفد طبي المستشفى الميداني.',
    'وقالت مديرة منظمة "أطباء العالم" في لبنان سارة خوري إن "الوضع مأساوي".',
  ));
  assert.equal(speakerOf(a, 'الوضع مأساوي').name, 'سارة خوري');
});

test('a subheading that is only a quote of a few words is the words of whoever a later quote opening with them is given to', () => {
  const a = analyzeArticle(article(
    'تظاهر آلاف العمال أمام مقر الحكومة.',
    '"أجور لا تكفي للعيش"',
    'وقال رئيس النقابة سامي العلي إن العمال يتقاضون "أجور لا تكفي للعيش الكريم" منذ سنوات.',
  ));
  assert.equal(speakerOf(a, 'أجور لا تكفي للعيش').name, 'سامي العلي');
});
