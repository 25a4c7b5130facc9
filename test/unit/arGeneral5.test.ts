// Arabic quote classes and speakers, a fifth round of general rules, on sentences written for these
// tests: a definite word in quotes as the genitive of the noun before it, and the phrases of the verb
// (`بضرورة`, `لمدة`) that end a speaker's phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('one definite word in quotes right after an indefinite noun, the sentence going on, is its genitive: a name', () => {
  const a = analyzeArticle(article(
    'أعلن الاتحاد الأردني لكرة القدم إنهاء عقد المدرب البرتغالي روي مانويل كوستا، وذلك بعد ثلاثة أيام من خسارة "النشامى" أمام المنتخب العماني.',
    'وقال رئيس الاتحاد سامي العتيبي إن «القرار اتخذ بالإجماع».',
  ));
  assert.equal(quote(a, 'النشامى').kind, 'term');
  assert.equal(speakerOf(a, 'القرار اتخذ').name, 'سامي العتيبي');
});

test('a noun with a pronoun, or one a cue governs, takes no quoted genitive: the word stays the speaker’s', () => {
  const a = analyzeArticle(article(
    'وأعلن الكاتب خالد العمر عن نيته "التواصل" مع القراء عبر البريد.',
    'وطالب الوزير فهد السالم بضرورة "الالتزام" بالقرارات الدولية.',
  ));
  assert.equal(quote(a, 'التواصل').kind, 'direct');
  assert.equal(speakerOf(a, 'التواصل').name, 'خالد العمر');
  assert.equal(quote(a, 'الالتزام').kind, 'direct');
  assert.equal(speakerOf(a, 'الالتزام').name, 'فهد السالم');
});

test('`بضرورة`, `لمدة` after a role are a phrase of the verb, neither a name nor part of the role', () => {
  const a = analyzeArticle(article(
    'وطالب الوزير بضرورة الالتزام بالقرارات، وقال: «لن نتراجع عن موقفنا».',
    'وتحدث الرئيس لمدة ساعة، وقال: «المرحلة المقبلة صعبة».',
  ));
  const minister = speakerOf(a, 'لن نتراجع');
  assert.equal(minister.name, 'الوزير');
  assert.equal(minister.type, 'anonymous');
  const president = speakerOf(a, 'المرحلة المقبلة');
  assert.equal(president.name, 'الرئيس');
  assert.ok(!a.speakers.some((s) => /بضرورة|لمدة/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('a female given name on ب or ل (`بثينة`, `لطيفة`) still opens a name after a role', () => {
  const a = analyzeArticle(article(
    'وقالت الوزيرة بثينة شعبان: «لن نتراجع عن موقفنا».',
    'وقالت الكاتبة لطيفة الزيات: «الكتابة مقاومة في كل وقت».',
  ));
  assert.equal(speakerOf(a, 'لن نتراجع').name, 'بثينة شعبان');
  assert.equal(speakerOf(a, 'الكتابة مقاومة').name, 'لطيفة الزيات');
});

test('how a leader or spokesman said it (`بصراحة`, `بلهجة حازمة`, `بكل وضوح`) is no name after the role', () => {
  const a = analyzeArticle(article(
    'وأضاف المدير بصراحة: «نحن نواجه تحديات كبيرة».',
    'وقال الوزير بلهجة حازمة: «لن نسمح بذلك أبدا».',
  ));
  assert.equal(speakerOf(a, 'نحن نواجه').name, 'المدير');
  assert.equal(speakerOf(a, 'لن نسمح').name, 'الوزير');
});

test('`القيادي في حركة حماس محمود الزهار` is a person with his role; a later lone `القيادي` is the unnamed source `مصدر قيادي`', () => {
  const a = analyzeArticle(article(
    'وقال القيادي في حركة حماس محمود الزهار: «لن نعترف بإسرائيل».',
    'وكشف مصدر قيادي كبير في حركة فتح، أن اللقاء بين عباس ومشعل كان مهما.',
    'وأوضح القيادي الذي فضل عدم الكشف عن اسمه أن «اللقاء تناول ثلاثة ملفات هامة».',
  ));
  const zahar = speakerOf(a, 'لن نعترف');
  assert.equal(zahar.name, 'محمود الزهار');
  assert.equal(zahar.role, 'القيادي في حركة حماس');
  const source = speakerOf(a, 'اللقاء تناول');
  assert.equal(source.type, 'anonymous');
  assert.match(source.name, /^مصدر قيادي/);
  assert.ok(source.aliases.includes('القيادي'), source.aliases.join(' | '));
});

test('`وختم حديثه بالقول`: his own talk is the verb’s object, the speaker the one before', () => {
  const a = analyzeArticle(article(
    'وقال وزير الداخلية خالد العلي إن «الأمن مستتب».',
    'وختم حديثه بالقول: «المستقبل أفضل».',
    'وأنهى كلمته قائلا: «شكرا لكم جميعا».',
  ));
  assert.equal(speakerOf(a, 'المستقبل أفضل').name, 'خالد العلي');
  assert.equal(speakerOf(a, 'شكرا لكم').name, 'خالد العلي');
  assert.ok(!a.speakers.some((s) => /حديثه|كلمته/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('`شاهد عيان يدعى أحمد`, `سيدة تدعى فاطمة الزهراء`: the source named right after يدعى, no comma between', () => {
  const a = analyzeArticle(article(
    'وقال شاهد عيان يدعى أحمد للجزيرة: «سمعنا دوي انفجارات قوية».',
    'وقالت سيدة تدعى فاطمة الزهراء: «فقدنا كل شيء في الحريق».',
  ));
  const witness = speakerOf(a, 'سمعنا دوي');
  assert.equal(witness.name, 'أحمد');
  assert.equal(witness.role, 'شاهد عيان');
  assert.equal(speakerOf(a, 'فقدنا كل شيء').name, 'فاطمة الزهراء');
});

test('`وجاء على لسان رئيس الوزراء أن «…»`: the words on someone’s tongue are theirs', () => {
  const a = analyzeArticle(article(
    'وجاء على لسان رئيس الوزراء أن «الحكومة لن تتراجع عن الإصلاحات».',
    'وجاء على لسان المتحدث باسم الجيش: «سنرد بقوة على أي هجوم».',
  ));
  assert.equal(quote(a, 'الحكومة لن تتراجع').kind, 'direct');
  assert.equal(speakerOf(a, 'الحكومة لن تتراجع').name, 'رئيس الوزراء');
  assert.equal(speakerOf(a, 'سنرد بقوة').name, 'المتحدث باسم الجيش');
});

test('a person quoted by one word whom the text names in full after a role takes the full name; `الوزير المصري` is not the Jordanian minister', () => {
  const a = analyzeArticle(article(
    'أكد وزير الخارجية الأردني أيمن الصفدي أن بلاده «لن تقبل بأي حلول على حساب الفلسطينيين»، خلال لقائه نظيره المصري سامح شكري.',
    'من جهته، قال شكري: «مصر تبذل جهودا مكثفة للتوصل إلى تهدئة».',
    'وأوضح الوزير المصري أن «المفاوضات تواجه عقبات كبيرة».',
    'وقال الوزير الأردني إن «الأردن سيواصل جهوده».',
  ));
  assert.equal(speakerOf(a, 'مصر تبذل').name, 'سامح شكري');
  assert.ok(speakerOf(a, 'مصر تبذل').aliases.includes('شكري'));
  assert.equal(speakerOf(a, 'المفاوضات تواجه').name, 'سامح شكري');
  assert.equal(speakerOf(a, 'الأردن سيواصل').name, 'أيمن الصفدي');
});

test('how or why it was said after the role (`ضاحكا`, `ردا على سؤال`) is no name; `بحماس` before a given name is `in Hamas`', () => {
  const a = analyzeArticle(article(
    'وقال الوزير ضاحكا: «لن أجيب عن هذا السؤال».',
    'وأوضح المتحدث ردا على سؤال أن «التحقيقات لم تنته بعد».',
    'وقال القيادي بحماس محمود الزهار: «لن نعترف بإسرائيل».',
  ));
  assert.equal(speakerOf(a, 'لن نعترف').name, 'محمود الزهار');
  assert.equal(speakerOf(a, 'لن أجيب').name, 'الوزير');
  assert.equal(speakerOf(a, 'التحقيقات لم').name, 'المتحدث');
  assert.ok(!a.speakers.some((s) => /ضاحكا|ردا/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('what qualifies a military rank belongs to it: `الفريق أول ركن فياض الرويلي`, `الفريق الركن طيار تركي بن بندر`', () => {
  const a = analyzeArticle(article(
    'وأكد رئيس هيئة الأركان العامة الفريق أول ركن فياض الرويلي أن «القوات المسلحة في أعلى درجات الجاهزية».',
    'وقال قائد القوات الجوية الفريق الركن طيار تركي بن بندر: «نحن جاهزون لكل المهام».',
  ));
  assert.equal(speakerOf(a, 'القوات المسلحة').name, 'فياض الرويلي');
  assert.equal(speakerOf(a, 'نحن جاهزون').name, 'تركي بن بندر');
});

test('`قائد الفريق سلمان الفرج`, `الرئيس التنفيذي لشركة أرامكو أمين الناصر`, `دنيا أبو طالب`: roles in construct and names read whole', () => {
  const a = analyzeArticle(article(
    'وعلق قائد الفريق سلمان الفرج قائلا: «الفوز للجماهير».',
    'وأكد الرئيس التنفيذي لشركة أرامكو أمين الناصر أن «الطلب على النفط سيستمر طويلا».',
    'وقالت اللاعبة السعودية دنيا أبو طالب بعد تتويجها: «هذا الإنجاز لكل فتاة سعودية».',
  ));
  const captain = speakerOf(a, 'الفوز للجماهير');
  assert.equal(captain.name, 'سلمان الفرج');
  assert.equal(captain.role, 'قائد الفريق');
  const ceo = speakerOf(a, 'الطلب على النفط');
  assert.equal(ceo.name, 'أمين الناصر');
  assert.equal(ceo.role, 'الرئيس التنفيذي لشركة أرامكو');
  assert.equal(speakerOf(a, 'هذا الإنجاز').name, 'دنيا أبو طالب');
});

test('`وأضاف العلي: «الأمر محسوم»` at a line start is a short quote with its cue, no dateline; the cue’s gender picks the speaker', () => {
  const a = analyzeArticle(article(
    'قال محمد العلي: «لن نتراجع عن موقفنا».',
    'وقالت فاطمة العلي: «نحن مع الحوار دائما».',
    'وأضاف العلي: «الأمر محسوم».',
  ));
  assert.equal(quote(a, 'الأمر محسوم').kind, 'direct');
  assert.equal(speakerOf(a, 'الأمر محسوم').name, 'محمد العلي');
  assert.equal(speakerOf(a, 'نحن مع الحوار').name, 'فاطمة العلي');
});

test('`قال: «لا»`: a one-word answer after its cue and colon is words said; a letter in quotes stays a name', () => {
  const a = analyzeArticle(article(
    'قال وزير الخارجية فيصل بن فرحان إن «الحوار هو الحل».',
    'وحين سئل عن الاستقالة قال: «لا».',
    'وتقام جولة من الفئة "ب" في البطولة.',
  ));
  assert.equal(quote(a, 'لا').kind, 'direct');
  assert.equal(speakerOf(a, 'لا').name, 'فيصل بن فرحان');
  assert.equal(quote(a, 'ب').kind, 'term');
});

test('duals speak as unnamed sources: `مصدران مطلعان`, `الناطقان باسم الحكومتين`', () => {
  const a = analyzeArticle(article(
    'وقال مصدران مطلعان إن «الاتفاق بات وشيكا».',
    'وقال الناطقان باسم الحكومتين في بيان مشترك: «نرحب بالاتفاق».',
  ));
  const sources = speakerOf(a, 'الاتفاق بات');
  assert.equal(sources.name, 'مصدران مطلعان');
  assert.equal(sources.type, 'anonymous');
  assert.equal(speakerOf(a, 'نرحب بالاتفاق').type, 'anonymous');
});

test('`حلف` heads a body\'s name: `الأمين العام لحلف شمال الأطلسي مارك …` is a person with that role', () => {
  const a = analyzeArticle(article(
    'وقال الأمين العام لحلف شمال الأطلسي مارك روته: «ندين هذا الهجوم بأشد العبارات».',
    'وقال حلف شمال الأطلسي في بيان إن «الهجوم مرفوض تماما».',
  ));
  const chief = speakerOf(a, 'ندين هذا');
  assert.equal(chief.type, 'person');
  assert.equal(chief.role, 'الأمين العام لحلف شمال الأطلسي');
  assert.equal(speakerOf(a, 'الهجوم مرفوض').type, 'organization');
});

test('a group with its article (`ويؤكد المحللون`) speaks for itself, and a single official after it is not the group', () => {
  const a = analyzeArticle(article(
    'وبحسب تقرير صادر عن صندوق النقد الدولي، فإن «النمو سيتباطأ في العام المقبل».',
    'ويؤكد المحللون أن «الإصلاحات بدأت تؤتي ثمارها».',
    'وقال المسؤول الإيراني إن «المحادثات مستمرة».',
  ));
  assert.equal(speakerOf(a, 'الإصلاحات بدأت').name, 'المحللون');
  assert.equal(speakerOf(a, 'المحادثات مستمرة').name, 'المسؤول الإيراني');
});

test('`وأضاف` after a group goes on with the man before it; `وأضافوا` with the group', () => {
  const a = analyzeArticle(article(
    'وقال وزير المالية محمد الجدعان إن «الاقتصاد قوي».',
    'ويؤكد المحللون أن «الإصلاحات بدأت تؤتي ثمارها».',
    'وأضاف: «سنواصل الإصلاحات».',
    'وأضافوا: «النمو مستمر».',
  ));
  assert.equal(speakerOf(a, 'سنواصل الإصلاحات').name, 'محمد الجدعان');
  assert.equal(speakerOf(a, 'النمو مستمر').name, 'المحللون');
});

test('a surname ending in ه after a given name, right before the words said, stays in the name', () => {
  const a = analyzeArticle(article(
    'وقال الأمين العام للحلف مارك روته: «سنواصل دعم الحلفاء».',
    'وقال المدرب أنطونيو كونته إن «الفريق جاهز للمباراة».',
    'وانتقد النائب محمد سياسته قائلا: «لا نقبل بهذا».',
  ));
  assert.equal(speakerOf(a, 'سنواصل دعم').name, 'مارك روته');
  assert.equal(speakerOf(a, 'الفريق جاهز').name, 'أنطونيو كونته');
  // (a noun with `his` before anything but the words said is still the verb's object)
  assert.equal(speakerOf(a, 'لا نقبل').name, 'محمد');
});

test('a word on ب after a role, then a name after a comma: where the post is held, and the person named', () => {
  const a = analyzeArticle(article(
    'وقد اتهم السفير البريطاني ببغداد، جون ستيفنز، الحكومة بالسعي إلى "إفشال" الاتفاق.',
  ));
  const s = speakerOf(a, 'إفشال');
  assert.equal(s.name, 'جون ستيفنز');
  assert.match(s.role ?? "", /ببغداد/);
});

test('`محمد ناجي علاو «محام وأديب» أوضح`: a short quote between an opening name and its verb describes the person', () => {
  const a = analyzeArticle(article(
    'ماجد حسن الجابري «مهندس» أوضح أن «المشكلة في التخطيط لا في التنفيذ».',
    'هالة عبد الكريم «معلمة» أبدت استغرابها الشديد قائلة: «الطلاب لا يجدون الكتب».',
  ));
  assert.equal(quote(a, 'مهندس').kind, 'term');
  assert.equal(quote(a, 'معلمة').kind, 'term');
  assert.equal(speakerOf(a, 'المشكلة في التخطيط').name, 'ماجد حسن الجابري');
  assert.equal(speakerOf(a, 'الطلاب لا يجدون').name, 'هالة عبد الكريم');
});

test('`وأبدى أسفه`: a feeling with its owner\'s pronoun is the verb\'s object, never a speaker', () => {
  const a = analyzeArticle(article(
    'وانتقد رئيس النادي خالد المطيري قرار الاتحاد.',
    'وأبدى أسفه الشديد لما حدث حيث قال: «القرار ظالم للفريق».',
  ));
  assert.equal(speakerOf(a, 'القرار ظالم').name, 'خالد المطيري');
  assert.ok(!a.speakers.some((s) => s.name.includes('أسفه')), a.speakers.map((s) => s.name).join(' | '));
});

test('a role ending on a body\'s quoted name, then a name between commas: the person named', () => {
  const a = analyzeArticle(article(
    'وقال المتحدث باسم “الرابطة”، سامر الحلبي، في مؤتمر صحفي: “لن نقبل بهذا القرار”.',
  ));
  const s = speakerOf(a, 'لن نقبل');
  assert.equal(s.name, 'سامر الحلبي');
  assert.match(s.role ?? '', /الرابطة/);
});

test('a word carrying the accusative tanween is no name: `يعد تلاعباً` leaves the speaker to the cue after it', () => {
  const a = analyzeArticle(article(
    'وقال الخبير القانوني ناصر العمري إن القرار الجديد يعد تلاعباً بالألفاظ.',
    'وأضاف أن «الحكومة تحاول أن تفرض سلطتها على الجميع».',
  ));
  assert.equal(speakerOf(a, 'الحكومة تحاول').name, 'ناصر العمري');
  assert.ok(!a.speakers.some((s) => s.name.includes('تلاعب')), a.speakers.map((s) => s.name).join(' | '));
});

test('a word of time between the verb and its subject (`أعلن أمس وزير …`, `قال اليوم`, `أول من أمس`) is skipped', () => {
  const a = analyzeArticle(article(
    'وقال الناطق باسم الشرطة العقيد سالم الحربي إن «التحقيق مستمر».',
    'وفي الرياض، أعلن أمس وزير الصحة فهد الجلاجل خلال مؤتمر صحافي أن الحملة «ستشمل كل المناطق».',
    'وقال أول من أمس رئيس البلدية ماجد العتيبي: «المشروع سيكتمل قريبا».',
  ));
  assert.equal(speakerOf(a, 'ستشمل كل المناطق').name, 'فهد الجلاجل');
  assert.equal(speakerOf(a, 'المشروع سيكتمل').name, 'ماجد العتيبي');
});

test('after a title (`د.`), `أميرة` is a given name; a role joined by و is never a name', () => {
  const a = analyzeArticle(article(
    'توضح د. أميرة حنا الطبيبة النفسية أن الأطفال يحتاجون إلى اللعب مع أقرانهم. وتقول: «الطفل يحتاج إلى أصدقاء».',
    'وقال ممثل الأندية في "الرابطة"، ورئيس نادي الشباب، خالد البلطان في تصريح صحفي: «لن نوقع العقد».',
  ));
  assert.equal(speakerOf(a, 'الطفل يحتاج').name, 'أميرة حنا');
  assert.ok(!a.speakers.some((s) => s.name.startsWith('ورئيس')), a.speakers.map((s) => s.name).join(' | '));
});

test('before a colon, a noun carrying its pronoun is the verb\'s object (`وتجسد دورها الفنانة …:`); a role\'s word with its pronoun still speaks', () => {
  const a = analyzeArticle(article(
    'وتؤدي دورها الفنانة المصرية سميرة عبد العزيز: «الشخصية ملهمة ومرشدة للبطل».',
    'وقال المواطن خالد العتيبي إنه كسب القضية، ومحاميه: «الحكم رسالة لكل الوكالات».',
  ));
  assert.equal(speakerOf(a, 'الشخصية ملهمة').name, 'سميرة عبد العزيز');
  assert.ok(!a.speakers.some((s) => s.name.includes('دورها')), a.speakers.map((s) => s.name).join(' | '));
});

test('a slogan or a title before a colon (`وكان شعار الحملة:`, `تحت عنوان:`) introduces a wording, no one\'s words', () => {
  const a = analyzeArticle(article(
    'وكان شعار الحملة: «معا من أجل الوطن».',
    'وجاءت الندوة تحت عنوان: «الرواية العربية اليوم».',
    'وقال مدير الحملة سعد الدوسري: «شارك فيها آلاف المتطوعين».',
  ));
  assert.equal(quote(a, 'معا من أجل').kind, 'term');
  assert.equal(quote(a, 'الرواية العربية').kind, 'term');
  assert.equal(speakerOf(a, 'شارك فيها').name, 'سعد الدوسري');
  assert.ok(!a.speakers.some((s) => s.name.includes('شعار')), a.speakers.map((s) => s.name).join(' | '));
});

test('`بشدة` after a name is how the verb was done, and a doubt with its pronoun (`تشككه`) is no speaker', () => {
  const a = analyzeArticle(article(
    'وانتقد الرئيس الفنزويلي هوجو شافيز بشدة "الاحتلال الأمريكي" للعراق.',
    'ورحب القادة برئيس السلطة محمود عباس، الذي عبر عن تشككه في إيمان الحكومة بالسلام منتقدا قرار التأجيل "تحت ذريعة واهية".',
  ));
  assert.equal(speakerOf(a, 'الاحتلال الأمريكي').name, 'هوجو شافيز');
  assert.ok(!a.speakers.some((s) => /بشدة|إيمان/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});
