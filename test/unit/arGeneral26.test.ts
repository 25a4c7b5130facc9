// Arabic quotes and speakers, a twenty-sixth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('a word of kin with its article right after any cue verb (`أقر الأب بأنه "…"`) is the one speaking, not the verb object', () => {
  const a = analyzeArticle(article('قال المدرب فرانك لويس إنه "لاعب جيد جدا وسيصبح نجما كبيرا".', 'وفي مقابلة صحفية، أقر الأب بأنه "حتى الرابعة أو الخامسة، كان يركل الكرة بقدمه اليسرى".'));
  assert.equal(speakerOf(a, 'حتى الرابعة').name, 'الأب');
  const b = analyzeArticle(article('وأكدت الأم أن "ابنها كان يحب الكرة منذ صغره".'));
  assert.equal(speakerOf(b, 'ابنها كان يحب').name, 'الأم');
  // (after a noun, kin describes it: `الشركة الأم` is one body still)
  const c = analyzeArticle(article('وقالت الشركة الأم إن "الأرباح ارتفعت هذا العام بشكل كبير".'));
  assert.equal(speakerOf(c, 'الأرباح ارتفعت').name, 'الشركة الأم');
});

test('a cue with no subject of its own before the quote gives way to an according phrase naming a person right after it (`: "…"، بحسب الرئيس السابق للنادي كريستيان أجاكس`)', () => {
  const a = analyzeArticle(article('قال المدرب فرانك لويس إن "اللاعب موهوب".', 'ويصفه المحيطون به بأنه مثابر: "يأتي بمفرده ليتدرب، ويعمل على ضبط التسديد"، بحسب الرئيس السابق للنادي كريستيان أجاكس.'));
  assert.equal(speakerOf(a, 'يأتي بمفرده').name, 'كريستيان أجاكس');
  // (a news agency there reported the words: the one speaking before goes on)
  const b = analyzeArticle(article('وقال الوزير مولاي حفيظ العلمي إن "المغرب جاهز".', 'وأضاف "نحن من الأمم القليلة التي تملك القدرة على الترشح"، بحسب الوكالة الفرنسية للأنباء.'));
  assert.equal(speakerOf(b, 'نحن من الأمم').name, 'مولاي حفيظ العلمي');
  // (and `حسب تعبيره` is his own way of putting it)
  const c = analyzeArticle(article('وقال الرئيس دونالد ترامب إن "الرسوم سترتفع".', 'ليختتم كلماته، قائلا إن "علاقاتنا مع تركيا ليست جيدة في هذا الوقت"، حسب تعبيره.'));
  assert.equal(speakerOf(c, 'علاقاتنا مع تركيا').name, 'دونالد ترامب');
});

test('a role, its لـ and a body named in quotes, then a name (`الرئيس السابق لـ"سوليداريتيه سكولير" كريستيان أجاكس`), is one speaker phrase: the name', () => {
  const a = analyzeArticle(article('وقال الرئيس السابق لـ"سوليداريتيه سكولير" كريستيان أجاكس إن "اللاعب يأتي بمفرده ليتدرب".'));
  assert.equal(speakerOf(a, 'اللاعب يأتي').name, 'كريستيان أجاكس');
  // (the lam of the paper told, a word of time after it, leaves the role alone)
  const b = analyzeArticle(article('وقال المتحدث لـ"عكاظ" صباح اليوم إن "الأمر يأتي في سياق طبيعي".'));
  assert.equal(speakerOf(b, 'الأمر يأتي').name, 'المتحدث');
});

test('those close to someone (`المقربون من الرئيس`) are an unnamed source of their own, not the one quoted before going on', () => {
  const a = analyzeArticle(article('وقال المدرب كريستيان زيبي إن "اللاعب موهوب".', 'وقال المقربون من الرئيس إن "القرار لم يتخذ بعد في هذا الشأن".'));
  assert.equal(speakerOf(a, 'القرار لم يتخذ').name, 'المقربون من الرئيس');
  const b = analyzeArticle(article('وقال المدرب كريستيان زيبي إن "اللاعب موهوب".', 'ويرى المقربون من ليمار في غوادلوب، أن ليمار "ملجوم" في موناكو.'));
  assert.notEqual(speakerOf(b, 'ملجوم').name, 'كريستيان زيبي');
});

test('ذو / ذات after a name (`ليمار ذو الأعوام الـ22`) say what the person has: no word of the name', () => {
  const a = analyzeArticle(article('وقال المهاجم الشاب ليمار ذو الأعوام الـ22 إن "الفريق جاهز للمباراة".'));
  assert.equal(speakerOf(a, 'الفريق جاهز').name, 'ليمار');
});

test('a cue verb in the plural (`مازالوا يعظون بوجهات نظر متشددة`) has no subject after it: the words after it name no one', () => {
  const a = analyzeArticle(article('وقال الوزير محمد الأحمد إن "القرار نهائي".', 'صحيح أن رجال الدين مازالوا يعظون بوجهات نظر متشددة، لكنهم يلتزمون بقرارات الزعماء.', 'وقال المفتي العام في المملكة إن دور السينما قد تعرض أفلاما "ماجنة وخليعة" وتشجع على الاختلاط.'));
  assert.ok(!a.speakers.some((s) => s.name.includes('بوجهات')));
  // (a verb in the singular before a plural subject takes it, as before)
  const b = analyzeArticle(article('ويقول الخبراء إن "الأسعار سترتفع قريبا".'));
  assert.equal(speakerOf(b, 'الأسعار سترتفع').name, 'الخبراء');
});

test('a title or post with no name (`المفتي`) is not a group met before (`رجال الدين`), nor someone named only as a verb subject who never spoke', () => {
  const a = analyzeArticle(article('وبموجب الصفقة غير الرسمية، كان رجال الدين يعظون بطاعة الحاكم.', 'في عام 2017، قال المفتي إن دور السينما قد تعرض أفلاما "ماجنة وخليعة" وتشجع على الاختلاط.'));
  assert.equal(speakerOf(a, 'ماجنة وخليعة').name, 'المفتي');
  // (a survey, `مسح`, is a source of findings, no person; a damma on a word's first letter, `أُجري`, a passive verb)
  const b = analyzeArticle(article('فقد أشار مسح أُجري في عام 2014 إلى أن ثلثي مستخدمي الإنترنت يشاهدون فيلما كل أسبوع.', 'في عام 2017، نُقل عن المفتي العام في المملكة قوله إن دور السينما قد تعرض أفلاما "ماجنة وخليعة" وتشجع على الاختلاط.'));
  assert.equal(speakerOf(b, 'ماجنة وخليعة').name, 'المفتي');
});

test('a question named before a colon (`من الأجدر طرح سؤال: "…"`) is asked by no one there: no speaker `طرح سؤال`', () => {
  const a = analyzeArticle(article('وبدلا من التساؤل: "لماذا الآن؟"، ربما يكون من الأجدر طرح سؤال: "لماذا استغرق الأمر كل هذا الوقت الطويل؟".'));
  assert.ok(!a.speakers.some((s) => s.name.includes('سؤال')));
});

test('`يوم` and the day after it, set off by commas after a role (`وقال المحامي الخاص، يوم السبت، إن`), say when: no name `يوم`', () => {
  const a = analyzeArticle(article('وقال المحامي الخاص، يوم السبت، إن موكله "أجاب بصراحة وصدق على أسئلة فريق التحقيق".'));
  assert.equal(speakerOf(a, 'أجاب بصراحة').name, 'المحامي');
});

test('a former post in construct and a second post joined by و (`لاعب يوفنتوس السابق ومدرب المنتخب الإيطالي يقول`) describe the one last named who has spoken', () => {
  const a = analyzeArticle(article('وقال المدير الفني لنادي تشيلسي، أنطونيو كونتي، إن الأمر متروك للنادي "لاتخاذ القرار الأفضل".', 'لكن لاعب يوفنتوس السابق ومدرب المنتخب الإيطالي يقول إن طريقة إدارته جعلت منه "فائزا متسلسلا".'));
  assert.equal(speakerOf(a, 'فائزا متسلسلا').name, 'أنطونيو كونتي');
  // (one such post alone, with no second post joined, is someone new, as before)
  const b = analyzeArticle(article('وقال المدير الفني لنادي تشيلسي، أنطونيو كونتي، إن الأمر متروك للنادي "لاتخاذ القرار الأفضل".', 'لكن لاعب يوفنتوس يقول إن طريقة المدرب جعلت منه "فائزا متسلسلا".'));
  assert.notEqual(speakerOf(b, 'فائزا متسلسلا').name, 'أنطونيو كونتي');
});

test('a word on the lam of possession right before a given name (`المستشار الاقتصادي لترامب غاري كوهين`) is whose the role is: the name is غاري كوهين', () => {
  const a = analyzeArticle(article('وقال المستشار الاقتصادي لترامب غاري كوهين إن "الرسوم ستضر بالاقتصاد".'));
  assert.equal(speakerOf(a, 'الرسوم ستضر').name, 'غاري كوهين');
  assert.match(speakerOf(a, 'الرسوم ستضر').role ?? '', /لترامب/);
});

test('the word right after a relative pronoun opens its clause (`وأكد النجم السينمائي، الذي يقود هذه الحملة، أنه`): no name `يقود`', () => {
  const a = analyzeArticle(article('وأكد النجم السينمائي، الذي يقود هذه الحملة، أنه "سوف يدعم النساء العاملات في السينما".'));
  assert.ok(!a.speakers.some((s) => s.name === 'يقود'));
});

test('a person whose first name ends like a sound plural (`حسين أمير عبد اللهيان`) is no group: `المسؤول الإيراني` after him is still he', () => {
  const a = analyzeArticle(article('أكد مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان أن بلاده تعد لمبادرات جديدة.', 'ودعا المسؤول الإيراني الرياض إلى وقف ما وصفه بـ"العدوان" على اليمن.', 'وتابع المسؤول الإيراني: "أود أن أعلن أن إيران ستواصل دعمها بكل قوة لحلفائها".'));
  assert.equal(speakerOf(a, 'أود أن أعلن').name, 'حسين أمير عبد اللهيان');
});
