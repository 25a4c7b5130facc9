// Arabic attribution, a third round of general rules found by the seventh blind batch, on sentences
// written for these tests: a participle continuing the body a sentence opens with, a body spoken of
// as a she, a role word governed by another, a definite body's object, and three kinds of term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('a participle continues the body that opens its sentence after any verb (`وعزا المصرف …، مؤكدا`), not the last person quoted', () => {
  const a = analyzeArticle(article(
    'وقال المحلل المالي سامر الحربي إن «السوق تمر بمرحلة تصحيح».',
    'وحمّل البنك في بيان على موقعه الرسمي ارتفاع الفائدة مسؤولية التراجع، مؤكداً أن أرباحه "ستعود للنمو خلال الربع المقبل".',
  ));
  assert.equal(speakerOf(a, 'ستعود للنمو').name, 'البنك');
  assert.equal(speakerOf(a, 'تمر بمرحلة').name, 'سامر الحربي');
});

test('a role word governed by another (`مدرب الاتحاد`, `رئيس النجمة`) gives no gender to the person named after them', () => {
  const a = analyzeArticle(article(
    'وقال اللاعب البرازيلي كايو إن «المباراة كانت صعبة».',
    'وحمّل مدرب النجمة المصري عواد العنزي التحكيم جزءاً من مسؤولية الخسارة، معتبراً أن الهدف الثاني "جاء من تسلل واضح".',
  ));
  const s = speakerOf(a, 'من تسلل واضح');
  assert.equal(s.name, 'عواد العنزي');
  assert.notEqual(s.gender, 'female');
});

test('`وقالت` / `مؤكدة` after a body whose name is feminine (`الهيئة`, `وزارة …`) continue the body, not an earlier woman', () => {
  const a = analyzeArticle(article(
    'وقالت المواطنة نوال الشهري إن «المياه انقطعت ثلاثة أيام».',
    'وكانت شركة المياه الوطنية قد أعلنت أمس عن أعمال صيانة في الحي، مؤكدة أن الخدمة "ستعود تدريجيا خلال يومين".',
    'وأعلنت الهيئة العامة للأرصاد هطول أمطار غزيرة على المنطقة. وقالت في تنبيه: «ننصح بالابتعاد عن مجاري الأودية».',
  ));
  assert.equal(speakerOf(a, 'ستعود تدريجيا').name, 'شركة المياه الوطنية');
  assert.match(speakerOf(a, 'ننصح بالابتعاد').name, /^الهيئة العامة للأرصاد/);
  assert.equal(speakerOf(a, 'المياه انقطعت').name, 'نوال الشهري');
});

test('`وأضافت` after `إحدى الأمهات` continues her, not an earlier woman; never an unnamed `أحد …`', () => {
  const a = analyzeArticle(article(
    'وقالت المشرفة التربوية منيرة العتيبي إن «الحافلات تتأخر كثيرا».',
    'ونقلت الصحيفة عن إحدى الطالبات قولها إن «الطريق مزدحم صباحا».',
    'وأضافت: «أصل متأخرة إلى الحصة الأولى».',
  ));
  assert.equal(speakerOf(a, 'أصل متأخرة').name, 'إحدى الطالبات');
  const b = analyzeArticle(article(
    'وقالت الطالبة سلمى الغامدي إن «الاختبارات كانت طويلة».',
    'ونقلت الصحيفة عن أحد أولياء الأمور قوله إن «النتائج تأخرت».',
    'وأضافت: «ننتظر النتائج بفارغ الصبر».',
  ));
  assert.equal(speakerOf(b, 'بفارغ الصبر').name, 'سلمى الغامدي');
});

test('a definite body takes no construct noun after it: `وعزا المصرف تراجع أرباحه` names المصرف, not «المصرف تراجع»', () => {
  const a = analyzeArticle(article(
    'وقال الخبير الاقتصادي ماجد القاسم إن «الفائدة مرتفعة».',
    'وأرجع المصرف انخفاض مبيعاته إلى ضعف الطلب، مشيراً إلى أن السيولة "ما زالت جيدة".',
  ));
  assert.equal(speakerOf(a, 'ما زالت جيدة').name, 'المصرف');
});

test('a striker, a defender, a contractor, a nurse are roles: the name after them is a person', () => {
  const a = analyzeArticle(article(
    'وقال المهاجم البرازيلي كايو إن «الفريق يستحق الفوز».',
    'وأكدت الممرضة هدى العمري أن «القسم يعمل بكامل طاقته».',
  ));
  const s = speakerOf(a, 'يستحق الفوز');
  assert.equal(s.name, 'كايو');
  assert.equal(s.type, 'person');
  assert.equal(speakerOf(a, 'بكامل طاقته').name, 'هدى العمري');
});

test('terms: `ما يعرف في … بـ"…"`, `قائمة "…"`, a show or its director before its title', () => {
  const a = analyzeArticle(article(
    'وقال المستشار القانوني بندر السالم إن المتهمين اتبعوا ما يعرف في أوساط المحتالين بـ"الهرم المقلوب"، وأضاف أن «الضحايا كثيرون».',
    'ودعت الجهات المختصة إلى مراجعة قائمة "المنشآت المعتمدة" قبل التعامل مع أي جهة.',
    'واختتم المهرجان بعرض «ليالي الحصاد» للفرقة الوطنية، وقال مخرج «ليالي الحصاد» عمر البناء إن «الجمهور كان رائعا».',
  ));
  assert.equal(quote(a, 'الهرم المقلوب').kind, 'term');
  assert.equal(quote(a, 'المنشآت المعتمدة').kind, 'term');
  for (const q of a.quotes.filter((x) => x.text === 'ليالي الحصاد')) assert.equal(q.kind, 'term');
  assert.equal(speakerOf(a, 'الجمهور كان رائعا').name, 'عمر البناء');
  assert.equal(speakerOf(a, 'الضحايا كثيرون').name, 'بندر السالم');
});

test('`الذي اطلعت عليه «…»`, `اطلعت «…» على`: the quoted word or two after such a verb is the outlet, not words said', () => {
  const a = analyzeArticle(article(
    'وجاء في محضر الاجتماع، الذي اطلعت عليه «الشرق»، أن اللجنة "قررت تأجيل المشروع إلى العام المقبل".',
    'وذكر التقرير، الذي اطلعت "البلاد" على نسخة منه، أن الشركة "تجاوزت المدة المحددة".',
  ));
  assert.equal(quote(a, 'الشرق').kind, 'term');
  assert.equal(quote(a, 'البلاد').kind, 'term');
  assert.equal(quote(a, 'قررت تأجيل').kind, 'direct');
});

test('a headline `.. والعتيبي: «…»` gives the words to the family name when the article names it again', () => {
  const a = analyzeArticle(['تقرير: الإقبال على المكتبات يتراجع.. والمطيري: «القراءة لم تمت»', 'أظهر تقرير حديث تراجع زوار المكتبات العامة. وقالت الباحثة هيا المطيري إن «الرقمنة غيرت العادات».'].join('\n\n') + '\n');
  assert.equal(speakerOf(a, 'القراءة لم تمت').name, 'هيا المطيري');
  const b = analyzeArticle(['الأسواق تتراجع.. والخليجي: «الوضع مقلق»', 'تراجعت الأسواق اليوم بشكل حاد.'].join('\n\n') + '\n');
  assert.equal(quote(b, 'الوضع مقلق').speakerId, null);
});

test('a short quoted title inside a speaker phrase (`وأوضح مؤلف «…» فهد …`) does not cut the phrase: the name after it speaks on', () => {
  const a = analyzeArticle(article(
    'وقال رئيس اللجنة عادل الشمري إن «المشاركة واسعة».',
    'وأوضح مؤلف «رمال الذاكرة» نايف بن سعد الدوسري أن الرواية كتبت في عامين، وقال لـ«اليوم»: «كتبت عن قريتي التي لم تعد موجودة».',
  ));
  assert.equal(speakerOf(a, 'كتبت عن قريتي').name, 'نايف بن سعد الدوسري');
  assert.equal(quote(a, 'رمال الذاكرة').kind, 'term');
});

test('`علمت «…» من مصادر مطلعة أن «…»`: the paper learned it; the source after من speaks, the paper is a term', () => {
  const a = analyzeArticle(article(
    'وقال مدير الجامعة الدكتور سالم العمري إن «التسجيل مستمر».',
    'وعلمت «المدينة» من مصادر مطلعة في أمانة المنطقة أن المشروع «سيطرح للمنافسة الشهر المقبل».',
    'وأوضحت المصادر أن «التصاميم اكتملت».',
  ));
  assert.equal(quote(a, 'المدينة').kind, 'term');
  assert.equal(speakerOf(a, 'سيطرح للمنافسة').name, 'مصادر مطلعة');
  assert.equal(speakerOf(a, 'التصاميم اكتملت').name, 'مصادر مطلعة');
});

test('the paper in a dateline (`جدة: «الوطن»`), told (`في تصريحات إلى «…»`) or keeping a name (`تحتفظ «…» باسمه`) is a term', () => {
  const a = analyzeArticle(['عنوان الخبر', 'جدة: «الوطن»', 'أعلنت الأمانة بدء أعمال الصيانة. وقال مهندس في الأمانة (تحتفظ «الوطن» باسمه): «العمل يسير وفق الجدول».', 'وذكر سكان في تصريحات إلى «الوطن» أن «الطرق مغلقة منذ أسبوع».'].join('\n\n') + '\n');
  for (const q of a.quotes.filter((x) => x.text === 'الوطن')) assert.equal(q.kind, 'term');
  assert.equal(quote(a, 'العمل يسير').kind, 'direct');
  assert.equal(quote(a, 'الطرق مغلقة').kind, 'direct');
});

test('`إلا أنهن استدركن بالقول: «…»`: the words after a complementiser carrying its subject go on with that subject, no «استدركن»', () => {
  const a = analyzeArticle(article(
    'وقال المهندس سعيد الحربي إن «المبنى آمن».',
    'وأكدت معلمات في المدرسة أن «الصفوف مزدحمة». إلا أنهن استدركن بالقول: «الإدارة وعدت بالحل».',
  ));
  const s = speakerOf(a, 'الإدارة وعدت');
  assert.equal(s.id, speakerOf(a, 'الصفوف مزدحمة').id);
  assert.ok(!a.speakers.some((x) => x.name.includes('استدركن')));
});

test('a name of any length right after its noun is a term where no cue governs it; `غير` before a definite adjective stays in the phrase', () => {
  const a = analyzeArticle(article(
    'وأطلقت الوزارة أمس مشروع «تطوير المدارس الحكومية في المناطق النائية عبر شراكة مع القطاع الخاص ومنظمات المجتمع المدني».',
    'وتقع البؤرة الاستيطانية غير القانونية «جفعات هاريل» قرب الطريق.',
  ));
  assert.equal(quote(a, 'تطوير المدارس').kind, 'term');
  assert.equal(quote(a, 'جفعات هاريل').kind, 'term');
});

test('phrases: `عدد من أولياء الأمور`, `في كلمة ألقاها` ending a role, `مدير مشروع سكني …، المهندس X`, `إمام وخطيب جامع …`, `صاحب هدف …`, `ولي الأمر`', () => {
  const a = analyzeArticle(article(
    'وقال مدير المدرسة خالد الزهراني إن «الخطة ناجحة».',
    'في المقابل، أبدى عدد من أولياء الأمور تحفظهم، وقالوا إن «القرار مفاجئ».',
    'وأوضح وكيل الوزارة لشؤون التعليم في كلمة ألقاها خلال الحفل أن المبادرة «تخدم الطلاب».',
    'وقال مدير مشروع تجاري في حي النزهة، المهندس ماهر بن سعد القرني: «تأخر التسليم أضر بنا».',
    'ودعا إمام وخطيب جامع الرحمة بحي الشفا فضيلة الشيخ ناصر بن علي الدوسري المصلين إلى التبرع، وقال: «الصدقة تطفئ الغضب».',
    'وقال صاحب هدف الفوز فهد العنزي: «أهدي الهدف لوالدتي».',
    'وقال ولي الأمر سعد الحارثي: «ابني سعيد بالقرار».',
  ));
  assert.equal(speakerOf(a, 'القرار مفاجئ').name, 'عدد من أولياء الأمور');
  assert.ok(!a.speakers.some((s) => s.name.includes('ألقاها')));
  assert.equal(speakerOf(a, 'تأخر التسليم').name, 'ماهر بن سعد القرني');
  assert.equal(speakerOf(a, 'الصدقة تطفئ').name, 'ناصر بن علي الدوسري');
  assert.equal(speakerOf(a, 'أهدي الهدف').name, 'فهد العنزي');
  assert.equal(speakerOf(a, 'ابني سعيد').name, 'سعد الحارثي');
});

test('subjects: a quoted name (`وأضاف "الشمري":`, headline `.. و"الدوسري":`), `أما X، …، فلخصت`, `بقوله`; not `وأظهرت نتائجها` nor `رفض ذكر اسمه`', () => {
  const a = analyzeArticle([
    'الشرطة تطيح بعصابة.. و"القحطاني": "لا تهاون مع العابثين"',
    'قال المتحدث الإعلامي لشرطة المنطقة العقيد سعد القحطاني إن «الجناة اعترفوا».',
    'وأضاف "القحطاني": "ضبطنا المسروقات كاملة".',
    'وأضاف مدير التعليم ماجد الشهري أن التجربة طبقت في عشر مدارس، وأظهرت نتائجها «تحسناً واضحاً في القراءة».',
    'أما الطالبة جود، في الصف الرابع، فلخصت رأيها بعبارة قصيرة: «أحب المدرسة».',
    'وحل ثانياً الشاعر عايض بن سالم العتيبي الذي أجاز الشطر بقوله «والليل ما طال إلا للمحبين».',
    'وروى أحد العمال، الذي رفض ذكر اسمه، أنه شاهد الشاحنة، وقال: «كانوا مسرعين».',
  ].join('\n\n') + '\n');
  assert.equal(quote(a, 'القحطاني').kind, 'term');
  assert.equal(speakerOf(a, 'لا تهاون').name, 'سعد القحطاني');
  assert.equal(speakerOf(a, 'ضبطنا المسروقات').name, 'سعد القحطاني');
  assert.equal(speakerOf(a, 'تحسناً واضحاً').name, 'ماجد الشهري');
  assert.equal(speakerOf(a, 'أحب المدرسة').name, 'جود');
  assert.equal(speakerOf(a, 'والليل ما طال').name, 'عايض بن سالم العتيبي');
  assert.equal(speakerOf(a, 'كانوا مسرعين').name, 'أحد العمال');
});

test('terms and speech: `فريقه «سيعود أقوى»` is speech; `شعار الحملة «…»`, `لافتة كتب عليها «…»` are terms; `لافتة إلى أن` still reports', () => {
  const a = analyzeArticle(article(
    'وأكد مدرب الفريق سامي الجابر أن فريقه «سيعود أقوى» في المباراة المقبلة.',
    'وتحمل المطويات التي توزعها الفرق شعار الحملة «صحتك تهمنا».',
    'ورفع المشجعون لافتة كتب عليها «الأزرق أولاً».',
    'وأوضحت الأمانة أن العمل مستمر، لافتة إلى أن «المشروع سيكتمل قريباً».',
  ));
  assert.equal(speakerOf(a, 'سيعود أقوى').name, 'سامي الجابر');
  assert.equal(quote(a, 'صحتك تهمنا').kind, 'term');
  assert.equal(quote(a, 'الأزرق أولاً').kind, 'term');
  assert.equal(speakerOf(a, 'سيكتمل قريباً').name, 'الأمانة');
});

test('`إن «إسرائيل» هدمت`, `أن «نبراس» تأسست`: a quoted name of a word or two opening its clause before a verb is a term', () => {
  const a = analyzeArticle(article(
    'وقال المفاوض سعيد العريقي إن «إسرائيل» هدمت عشرات المنازل منذ الشهر الماضي.',
    'يذكر أن «نبراس» تأسست عام 2019 في الرياض، وقال مؤسسها خالد العمر إن «النمو كان سريعا».',
  ));
  assert.equal(quote(a, 'إسرائيل').kind, 'term');
  assert.equal(quote(a, 'نبراس').kind, 'term');
  assert.equal(speakerOf(a, 'النمو كان سريعا').name, 'خالد العمر');
});

test('long names and roles: `البروفيسور مراد بن شيخ الحسين`, `الباحث في … في نواكشوط الدكتور X ولد Y`, `غير أن الخبير … الدكتور عادل سليمان النجار أستاذ … حذر`, `نظيره الليبي X`', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سالم الخياط إن «المفاوضات مستمرة».',
    'وقال رئيس الفريق البروفيسور كمال بن شيخ العربي في تصريح لصحيفة محلية إن «اللحظة كانت مؤثرة».',
    'ويرى الباحث في شؤون الهجرة بمركز الصحراء للدراسات الاستراتيجية في نواذيبو الدكتور سيدي محمد ولد الطالب أن الظاهرة «تتفاقم عاما بعد عام».',
    'غير أن الخبير المالي الدكتور هشام فؤاد البنا أستاذ المحاسبة بجامعة القاهرة حذر من أن القرار «قد يرفع الأسعار».',
    'من جانبه، قال نظيره الليبي منصور بن علي القماطي إن «الحدود ستفتح قريبا».',
  ));
  assert.equal(speakerOf(a, 'اللحظة كانت مؤثرة').name, 'كمال بن شيخ العربي');
  assert.equal(speakerOf(a, 'تتفاقم عاما').name, 'سيدي محمد ولد الطالب');
  assert.equal(speakerOf(a, 'قد يرفع الأسعار').name, 'هشام فؤاد البنا');
  assert.equal(speakerOf(a, 'الحدود ستفتح').name, 'منصور بن علي القماطي');
});

test('`المتحدث باسم عملية عاصفة الحزم، العميد X،`: the construct after باسم is the role; a headline `X: … «…»` gives a partial quote to X', () => {
  const a = analyzeArticle([
    'المالكي: الحملة دخلت مرحلة "الحسم الأخير"',
    'قال المتحدث باسم عملية درع الجنوب، اللواء تركي المالكي، إن الحملة دخلت مرحلة "الحسم الأخير" بعد أسابيع من القتال.',
  ].join('\n\n') + '\n');
  for (const q of a.quotes) {
    assert.equal(q.kind, 'direct');
    assert.equal(a.speakers.find((s) => s.id === q.speakerId)?.name, 'تركي المالكي');
  }
});

test('`مستشهدا بالآية الكريمة «…»`: a verse is God\'s words, and the sheikh goes on speaking after it; `في حديث لإذاعة «…»` names the station', () => {
  const a = analyzeArticle(article(
    'وقال الشيخ ناصر الحربي إن «العمل التطوعي عبادة»، مستشهدا بالآية الكريمة «وتعاونوا على البر والتقوى».',
    'وأضاف في حديث لإذاعة «نداء الإسلام»: «على الشباب أن يبادروا».',
  ));
  assert.equal(speakerOf(a, 'وتعاونوا على البر').name, 'الله');
  assert.equal(quote(a, 'نداء الإسلام').kind, 'term');
  assert.equal(speakerOf(a, 'على الشباب').name, 'ناصر الحربي');
});

test('a Latin word opening a sentence (`They`, `Mr`) is no Arabic verb: the words after it make no speaker in an Arabic reading', () => {
  const a = analyzeArticle(article(
    'وقال وزير الخارجية الأميركي جون كيري إن المفاوضات مستمرة.',
    'Mr Brown, the finance minister, said the plan would work. They added that "the costs are too high" for families.',
    'وأضاف كيري «نحن نعمل بجد».',
  ), { language: 'ar' });
  assert.deepEqual(a.speakers.map((s) => s.name).filter((name) => !/[\u0600-\u06ff]/.test(name)), []);
  assert.equal(speakerOf(a, 'نحن نعمل بجد').name, 'جون كيري');
});

test('a document\'s author after its adjectives and the lam of possession speaks (`وفق تقرير حديث لمنصة "ماجنيت"`), not the adjective or the lam word', () => {
  const a = analyzeArticle(article(
    'ووفق تقرير حديث لمنصة "ماجنيت" المتخصصة في بيانات رأس المال الجريء، استحوذت السعودية على "أكثر من 40 في المائة من التمويل الجريء في المنطقة" خلال العام.',
    'وبحسب تقرير لوزارة الصحة فإن "نسبة الإصابة تراجعت إلى أدنى مستوياتها منذ عشر سنوات".',
    'وقالت شركة "أرامكو" السعودية إن "الإنتاج سيرتفع في الربع المقبل بنسبة كبيرة".',
  ));
  // (a participle with its complement after the quoted name describes the body: no word of its name)
  assert.equal(speakerOf(a, 'أكثر من 40').name, 'منصة ماجنيت');
  assert.equal(speakerOf(a, 'أكثر من 40').type, 'organization');
  assert.equal(speakerOf(a, 'نسبة الإصابة').name, 'وزارة الصحة');
  // a nisba adjective after the quoted name stays part of it
  assert.equal(speakerOf(a, 'الإنتاج سيرتفع').name, 'شركة أرامكو السعودية');
});

test('a report named with its author (`تقرير صادر عن الاتحاد العربي لجمعيات السكري`) speaks for that author later (`وأكد التقرير`), until another body has spoken', () => {
  const a = analyzeArticle(article(
    'حذر تقرير صادر عن الاتحاد العربي لجمعيات السكري من أن عدد المصابين مرشح للتضاعف.',
    'وقال الدكتور خالد يوسف المطوع إن الصيام "ليس قرارا يتخذه المريض وحده".',
    'وأكد التقرير أن "الاستثمار في الوقاية اليوم أرخص بعشر مرات من علاج المضاعفات غدا".',
    'وفي سياق متصل، أعلنت هيئة السوق المالية فرض غرامات على ثلاثة مستثمرين، وجاء في التقرير أن المخالفين "نفذوا صفقات متتالية بهدف التأثير في سعر السهم".',
  ));
  // (a body's name goes on through the lam of a plural head: لجمعيات السكري)
  assert.equal(speakerOf(a, 'الاستثمار في الوقاية').name, 'الاتحاد العربي لجمعيات السكري');
  assert.equal(speakerOf(a, 'ليس قرارا').name, 'خالد يوسف المطوع');
  assert.equal(speakerOf(a, 'نفذوا صفقات').name, 'هيئة السوق المالية');
});

test('a possessed noun after the subject is the verb\'s object (`وشكر المدرب لاعبيه`, `وعظ المسيح أتباعه`), and an addressee may stand before the colon (`وقال المسيح لأتباعه:`)', () => {
  const a = analyzeArticle(article(
    'وشكر المدرب لاعبيه على الأداء، وقال: «قدمنا مباراة كبيرة أمام خصم قوي».',
    'ودعا الشيخ أتباعه إلى الصبر، وقال: «الصبر مفتاح الفرج في كل حال».',
    'ولما وعظ المسيح أتباعه عن هذا الخطر قال لهم: «من ثمارهم تعرفونهم».',
    'وقال الشهود للصحفيين إن «الحريق بدأ في الطابق الأرضي قبل الفجر».',
    'وقال الشيخ عبدالله إن «العلم نور يهدي صاحبه في كل حال».',
  ));
  assert.equal(speakerOf(a, 'قدمنا مباراة').name, 'المدرب');
  assert.equal(speakerOf(a, 'الصبر مفتاح').name, 'الشيخ');
  assert.equal(quote(a, 'من ثمارهم').kind, 'direct');
  assert.equal(speakerOf(a, 'من ثمارهم').name, 'المسيح');
  assert.equal(speakerOf(a, 'الحريق بدأ').name, 'الشهود');
  // (a given name ending in ه after a role is still a name)
  assert.equal(speakerOf(a, 'العلم نور').name, 'عبدالله');
});

test('a title alone (`وقال الشيخ:`) is the person last named, or someone new: not an unnamed source of another role (`المدرب`)', () => {
  const a = analyzeArticle(article(
    'وقال المدرب: «قدمنا مباراة كبيرة أمام خصم قوي».',
    'وقال الشيخ: «الصبر مفتاح الفرج في كل حال».',
  ));
  assert.equal(speakerOf(a, 'قدمنا مباراة').name, 'المدرب');
  assert.equal(speakerOf(a, 'الصبر مفتاح').name, 'الشيخ');
  const b = analyzeArticle(article(
    'وقال الشيخ عبدالله المطلق: «العلم نور يهدي صاحبه في كل حال».',
    'وأضاف الشيخ: «الصبر مفتاح الفرج في كل حال».',
  ));
  assert.equal(speakerOf(b, 'الصبر مفتاح').name, 'عبدالله المطلق');
});

test('`ما يسميه الباحثون "…"`, `نفذوا ما أسمته "…"` (a group): a body\'s or a field\'s name for a thing is a term; a person\'s stays their words', () => {
  const a = analyzeArticle(article(
    'وتطرقت الدراسة إلى ما يسميه الباحثون "التسويف الانتقامي للنوم"، أي تأخير النوم عمدا.',
    'وقالت الجماعة في بيانها إن مقاتليها نفذوا ما أسمته "غزوة الثأر للمستضعفين" ردا على "جرائم الجيش بحق أهلنا في القرى"، وتوعدت بمزيد من العمليات "حتى يرحل آخر جندي عن أرضنا".',
    'وقالت الباحثة سهى الخصاونة إن الأسر تلجأ إلى ما تسميه "الأعراس المجتمعية" لتخفيف التكاليف.',
  ));
  assert.equal(quote(a, 'التسويف الانتقامي').kind, 'term');
  assert.equal(quote(a, 'غزوة الثأر').kind, 'term');
  // (the words after it are still the group's)
  assert.equal(speakerOf(a, 'حتى يرحل').name, 'الجماعة');
  assert.equal(speakerOf(a, 'الأعراس المجتمعية').name, 'سهى الخصاونة');
});

test('a quote opening on a verb after a reported subject with a preposition inside is its predicate (`أن مشروع تصريف السيول في حي الموظفين "بلغ مراحله الأخيرة"`)', () => {
  const a = analyzeArticle(article(
    'وقال مصدر في الأمانة إن العمل مستمر، مشيراً إلى أن مشروع تصريف السيول في حي الموظفين "بلغ مراحله الأخيرة"، وسيدخل الخدمة قريبا.',
    'وقال الساكن سالم الثبيتي إن الغبار المتصاعد من موقع العمل "أتعب كبار السن والأطفال في الحي".',
    'وأكد المدير أن مشروع التطوير في حي الروضة "رحلة الألف ميل" انطلق أمس.',
  ));
  assert.equal(quote(a, 'بلغ مراحله').kind, 'direct');
  assert.equal(speakerOf(a, 'بلغ مراحله').name, 'مصدر');
  assert.equal(speakerOf(a, 'أتعب كبار السن').name, 'سالم الثبيتي');
  // (a name that opens on a noun stays a name: رحلة)
  assert.equal(quote(a, 'رحلة الألف ميل').kind, 'term');
});

test('a word written with ة is a verbal noun or an adjective, not a cue verb with its object (`إضافة` is not `أضافه`, `تابعة` is not `تابعه`)', () => {
  const a = analyzeArticle(article(
    'وقال الوكيل عبدالرحمن الشمراني إن التطبيق يعمل بكفاءة، وإن الوزارة تعمل على إضافة اللغتين الإندونيسية والأردية إلى التطبيق "قبل موسم الحج المقبل"، داعيا الحجاج إلى الالتزام.',
    'ووصف الطبيب سامي العلي الحالة بأنها "مستقرة"، ثم أضافه إلى قائمة المتابعة.',
  ));
  assert.equal(speakerOf(a, 'قبل موسم الحج').name, 'عبدالرحمن الشمراني');
  assert.notEqual(quote(a, 'قبل موسم الحج').cue, 'إضافة');
});

test('inside a quote, the words before a verb of saying are its subject only when they name someone (`وكل مرة يقول لنا` has no speaker `مرة`)', () => {
  const a = analyzeArticle(article(
    'وأضاف سالم الثبيتي: “طالبنا أكثر من مرة بفتح مسار مؤقت للسيارات، وكل مرة يقول لنا: "قريباً"، ولم نر شيئاً حتى اليوم”.',
    'وقال سعد الدوسري: "كنت أظن أن التعب من الكبر، والطبيب قال لي: "السكر عندك مرتفع ولازم تراجع المركز"، والحمد لله".',
  ));
  assert.ok(!a.speakers.some((s) => s.name === 'مرة'));
  assert.equal(speakerOf(a, 'السكر عندك').name, 'الطبيب');
});

test('ولد (son of) joins a name as بن does: `عبد الحكيم ولد سيدي المختار`, and `وتابع ولد سيدي المختار` names him again', () => {
  const a = analyzeArticle(article(
    'وقال عبد الحكيم ولد سيدي المختار: "إن هذه الغزوة رسالة إلى فرنسا ومن يسير في ركبها".',
    'وتابع ولد سيدي المختار موجها حديثه إلى سكان المنطقة: "لا تكونوا عونا للظالمين على إخوانكم".',
  ));
  assert.equal(speakerOf(a, 'إن هذه الغزوة').name, 'عبد الحكيم ولد سيدي المختار');
  assert.equal(speakerOf(a, 'لا تكونوا عونا').name, 'عبد الحكيم ولد سيدي المختار');
});

test('a short name after a verb of saying, an imperfect verb after it, is the subject of the clause (`واعتبر الوزير "حماس" تهدد`): a term, and no part of the speaker\'s role', () => {
  const a = analyzeArticle(article(
    'وقال الكاتب إن الرئيس تدارك نفسه، واعتبر "صدام" يهدد الوجود العربي كله.',
    'واعتبر الوزير "حماس" تهدد الاستقرار في المنطقة.',
    'وقال المدير "نعم" ثم غادر القاعة.',
    'وقال المحلل في بنك «الراجحي» مازن السديري إن «السوق تمر بمرحلة تصحيح».',
  ));
  assert.equal(quote(a, 'صدام').kind, 'term');
  assert.equal(quote(a, 'حماس').kind, 'term');
  assert.ok(!a.speakers.some((s) => s.name.includes('تهدد') || (s.role ?? '').includes('حماس')));
  // a word said after a role stays out of the role; a name inside a role before the person's name stays in it
  assert.equal(speakerOf(a, 'نعم').name, 'المدير');
  assert.equal(speakerOf(a, 'السوق تمر').role, 'المحلل في بنك «الراجحي»');
});

test('a document opening its sentence after a verb (`وخلص التقرير إلى أن …، مؤكدا`) is its author speaking: the participle after it continues the author', () => {
  const a = analyzeArticle(article(
    'حذر تقرير صادر عن الاتحاد العربي لجمعيات السكري من أن عدد المصابين مرشح للتضاعف.',
    'وقال الدكتور خالد يوسف المطوع إن الصيام "ليس قرارا يتخذه المريض وحده".',
    'وخلص التقرير إلى أن الدول التي تبنت برامج وطنية نجحت في خفض حالات البتر، مؤكدا أن "الاستثمار في الوقاية اليوم أرخص بعشر مرات من علاج المضاعفات غدا".',
  ));
  assert.equal(speakerOf(a, 'الاستثمار في الوقاية').name, 'الاتحاد العربي لجمعيات السكري');
});

test('a headline quote that the body\'s quote opens with (`… : «الطريق لم يكن مفروشا بالورود»`, later `«الطريق لم يكن مفروشا بالورود. سهرنا …»`) is that speaker\'s', () => {
  const text = [
    'جامعة الملك خالد تخرج دفعة جديدة.. والأولى على الطب: «الطريق لم يكن مفروشا بالورود»',
    '',
    'احتفلت جامعة الملك خالد مساء أمس بتخريج دفعة جديدة من طلابها.',
    '',
    'وألقت الطالبة ريم الشهري كلمة الخريجين، وقالت فيها: «الطريق لم يكن مفروشا بالورود. سهرنا ليالي طويلة في المختبرات وأقسام المستشفيات».',
  ].join('\n');
  const a = analyzeArticle(text);
  const headline = a.quotes[0];
  assert.equal(headline.kind, 'direct');
  assert.equal(a.speakers.find((s) => s.id === headline.speakerId)?.name, 'ريم الشهري');
});

test('an inscription (`لافتات كُتب عليها "…"`) is a term even when a speaker is named right after it', () => {
  const a = analyzeArticle(article(
    'ونظم المعلمون وقفة احتجاجية أمام مبنى المحافظة رافعين لافتات كُتب عليها "رواتبنا ليست ورقة ضغط"، وقالت المعلمة شيرين أحمد: «منذ عشر سنوات ونحن ننتظر».',
  ));
  assert.equal(quote(a, 'رواتبنا ليست').kind, 'term');
  assert.equal(speakerOf(a, 'منذ عشر سنوات').name, 'شيرين أحمد');
});

test('`وهنأ الوزير …، وقال`: a verb written with hamza on its final alef (هنأ, not هنا `here`) opens the sentence, its subject the one who goes on speaking', () => {
  const a = analyzeArticle(article(
    'وقال مدير المدرسة مراد بن شيخ الحسين إن "الطلبة صنعوا القمر بأيديهم".',
    'من جهته، هنأ وزير التعليم العالي الطلبة، وقال في بيان إن "النجاح ثمرة الاستثمار في العقول".',
  ));
  assert.equal(speakerOf(a, 'النجاح ثمرة').name, 'وزير التعليم العالي');
});

test('a quote opening on كما (`"كما كان يفعل أهلنا"`) is words said, never the name a noun before it gives', () => {
  const a = analyzeArticle(article(
    'وقالت المعلمة سلمى الخطيب إنها أقامت أعراس أبنائها في ساحة البيت "كما كان يفعل أهلنا".',
  ));
  assert.equal(quote(a, 'كما كان يفعل').kind, 'direct');
  assert.equal(speakerOf(a, 'كما كان يفعل').name, 'سلمى الخطيب');
});

test('definite words before a given name describe the person it names (`الأم سلمى`, `الجدة فاطمة`), as before a kunya: a person, not a body', () => {
  const a = analyzeArticle(article(
    'وقالت الأم سلمى إنها أقامت أعراس أبنائها في ساحة البيت "كما كان يفعل أهلنا".',
    'وقالت الجدة فاطمة: «كنا نحتفل في البيت مع الجيران».',
    'وقال الاتحاد الدولي: «القرار نهائي ولا رجعة فيه».',
  ));
  const salma = speakerOf(a, 'كما كان يفعل');
  assert.equal(salma.name, 'سلمى');
  assert.equal(salma.type, 'person');
  assert.equal(salma.role, 'الأم');
  assert.equal(speakerOf(a, 'كنا نحتفل').type, 'person');
  assert.equal(speakerOf(a, 'القرار نهائي').type, 'organization');
});
