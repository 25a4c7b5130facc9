// Arabic speakers and terms, a fourteenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt as phrase, speakerOf } from '../support/arabicQueries';

test('a noun of saying after an according word (حسب قول، بحسب تعبير، وفق رواية) leads to the one whose words they are', () => {
  const a = analyzeArticle(article(
    'وقال وزير الصحة إن "الوضع تحت السيطرة".',
    'فالمستشفيات "تعمل بأكثر من طاقتها منذ أسابيع"، حسب قول مدير المستشفى الوطني.',
    'وأغلقت الطرق "بسبب الفيضانات الأخيرة"، وفق رواية الشرطة المحلية.',
  ));
  assert.equal(speakerOf(a, 'تعمل بأكثر').name, 'مدير المستشفى الوطني');
  assert.equal(speakerOf(a, 'بسبب الفيضانات').name, 'الشرطة المحلية');
});

test('`"…"، على حد قول X`: the words are X’s, as X put it', () => {
  const a = analyzeArticle(article(
    'وقال وزير المالية إن "الميزانية متوازنة".',
    'لكن الإنفاق "تجاوز كل التوقعات هذا العام"، على حد قول المدير التنفيذي للصندوق.',
  ));
  assert.equal(speakerOf(a, 'تجاوز كل التوقعات').name, 'المدير التنفيذي');
});

test('a one-word body named before the document its words came in (اعتبرت الصين في تقرير أنها) is the verb’s subject', () => {
  const a = analyzeArticle(article(
    'وقال السفير الأمريكي إن "بكين لا تحترم قواعد التجارة".',
    'من جهتها، اعتبرت الهند في بيان وزعته أمس أنها "ملتزمة بكل تعهداتها الدولية".',
  ));
  assert.equal(speakerOf(a, 'ملتزمة بكل').name, 'الهند');
});

test('a participle of a derived form in the accusative after a full name (متحديا، مبتسما) is how they spoke, no word of the name', () => {
  const p = phrase('وقال رئيس الوزراء محمد عبد الله متحديا، إن', 1);
  assert.equal(p?.name, 'محمد عبد الله');
  const q = phrase('وعلق المدرب جوزيه مورينيو سريعا، إن', 1);
  assert.equal(q?.name, 'جوزيه مورينيو');
});

test('`وجاء رد فعل X`: the reaction is X’s, and X goes on speaking (no name read from فعل)', () => {
  const a = analyzeArticle(article(
    'وقال المحلل الاقتصادي إن "الأسواق قلقة".',
    'وجاء رد فعل وزير المالية الياباني تارو آسو غاضبا، إذ قال: "لن نقبل بهذه الإجراءات أبدا".',
  ));
  assert.equal(speakerOf(a, 'لن نقبل').name, 'تارو آسو');
});

test('a participle in the accusative after a comma, right before the colon, is how the words were said: no speaker is named there', () => {
  const a = analyzeArticle(article(
    'وصعد المغني كريم سالم إلى المسرح وسط تصفيق الجمهور، مغنيا: "نحن هنا من أجل السلام".',
  ));
  assert.equal(speakerOf(a, 'نحن هنا').name, 'كريم سالم');
  assert.ok(!a.speakers.some((s) => s.name === 'مغنيا'));
});

test('a surname the phrase reader takes for a verbal noun (تروير، تشيرير) is the person the article named with it', () => {
  const a = analyzeArticle(article(
    'توفي الممثل الأمريكي، فيرن تروير، عن عمر ناهز 49 عاما.',
    'ووصف الممثل مايك مايرز زميله بأنه "ممثل كامل".',
    'وقال تروير في مقابلة سابقة إن "الصراع مع المرض ليس سهلا".',
    'وكان تروير يعالج من الإدمان العام الماضي، وأصدر بيانا يشرح فيه حالته، قائلا: "سأواصل المحاولة كل يوم".',
  ));
  assert.equal(speakerOf(a, 'الصراع مع المرض').name, 'فيرن تروير');
  assert.equal(speakerOf(a, 'سأواصل المحاولة').name, 'فيرن تروير');
});

test('ويل, Will, is a given name: `ويقول ويل X، role، إن` names the one who goes on (ويضيف)', () => {
  const a = analyzeArticle(article(
    'يقول أحد منتجي الفيلم إن العمل "يعالج قضايا حقيقية".',
    'ويقول ويل سميث، الناقد في صحيفة الغارديان، إن الفيلم ناجح.',
    'ويضيف أن الفيلم "سيبقى في ذاكرة الجمهور طويلا".',
  ));
  assert.equal(speakerOf(a, 'سيبقى في ذاكرة').name, 'ويل سميث');
});

test('a one-word subject told someone before a few words and the colon (`وقال X لرئيس الوزراء أمام الكاميرات:`) is no weak phrase', () => {
  const p = phrase('وقال باشينيان لرئيس الوزراء أمام الكاميرات: "جئت لأناقش استقالتكم"', 1);
  assert.equal(p?.name, 'باشينيان');
  assert.equal(p?.weak ?? false, false);
  // (a verb of saying after the lam word: the one told is no longer before the words)
  assert.equal(phrase('وقال باشينيان لرئيس الوزراء الذي قال: "جئت"', 1)?.weak, true);
});

test('a line opening on a name before its imperfect verb (`ترامب يهاجم غوغل ويتهم …`) has that name for the subject of the cue after it', () => {
  const a = analyzeArticle(article(
    'وقالت الشركة إن "النتائج لا تتأثر بالسياسة".',
    'ماكرون يهاجم فيسبوك ويتهم منصته بنشر "الأكاذيب المنظمة" بين الناخبين.',
  ));
  assert.equal(speakerOf(a, 'الأكاذيب المنظمة').name, 'ماكرون');
  assert.ok(!a.speakers.some((s) => s.name.startsWith('يهاجم')));
});

test('ندد and أدان report: the words condemned in quotes after them are the subject’s', () => {
  const a = analyzeArticle(article(
    'وقال مسؤول أممي إن "الوضع الإنساني صعب".',
    'ونددت وزارة الخارجية المصرية بـ"العدوان الغاشم على القرية الآمنة في الجنوب".',
    'وأدانت الجامعة العربية "الجريمة النكراء التي راح ضحيتها عشرات المدنيين".',
  ));
  assert.equal(speakerOf(a, 'العدوان الغاشم').name, 'وزارة الخارجية المصرية');
  assert.equal(speakerOf(a, 'الجريمة النكراء').name, 'الجامعة العربية');
});

test('after a quote, a phrase before a cue verb on و is the end of the clause before, no subject of that verb (`بـ"الاحتلال" التركي لعفرين وطالبت`)', () => {
  const a = analyzeArticle(article(
    'وقال مسؤول أممي إن "الوضع الإنساني صعب".',
    'نددت الخارجية السورية بـ"الاحتلال" التركي لعفرين وطالبت "القوات الغازية" بالانسحاب الفوري.',
  ));
  assert.equal(speakerOf(a, 'القوات الغازية').name, 'الخارجية السورية');
  assert.ok(!a.speakers.some((s) => s.name.includes('لعفرين')));
});

test('بما, عما, مما end a phrase: no name is read from them (`في تغريدة ندد فيها بما وصفه`)', () => {
  const a = analyzeArticle(article(
    'وقال مسؤول أممي إن "الوضع صعب".',
    'وعلق الكاتب سمير عطا الله في تغريدة ندد فيها بما وصفه بالكلام "المخزي" للوزير.',
  ));
  assert.ok(!a.speakers.some((s) => s.name === 'بما'));
});

test('a verbal noun written with إ and its owner’s pronoun (`إدانته`) is no verb with an object (أدانته)', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس محمود عباس إنه يحترم الديانة اليهودية.',
    'وأكدت المتحدثة باسم الحكومة أن الموقف ثابت.',
    'وجاءت إدانته لـ"الهجمات التي تستهدف المدنيين في كل مكان" متأخرة.',
  ));
  assert.ok(!a.speakers.some((s) => s.name === 'إدانته'));
});

test('`بعض X، مثل NAME`: the one named as an example of the group is the one heard', () => {
  const a = analyzeArticle(article(
    'وقال رئيس النادي إن "المبادرة جيدة".',
    'ويرى بعض المشجعين، مثل سامي العلي الذي التقيناه أمام الملعب، أن القرار كان "ردا على الإهانة".',
  ));
  assert.equal(speakerOf(a, 'ردا على الإهانة').name, 'سامي العلي');
});
