// Arabic speakers, an eighth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('a quantifier after a verb of calling opens whom it calls on (ودعا جميع الأحزاب إلى): the subject is still the one before', () => {
  const a = analyzeArticle(article(
    'وأكد رئيس الحركة عبد العالي حساني شريف أن "الدعم مستمر".',
    'ودعا جميع الأحزاب السياسية إلى بذل المزيد من الجهود.',
    'وطالب بضرورة البحث عن معابر جديدة، قائلا أنه "لا يجب الاعتماد فقط على المعابر المعهودة".',
    'وحث كافة المواطنين على المشاركة، مضيفا: "الوطن يحتاج الجميع".',
  ));
  assert.equal(speakerOf(a, 'لا يجب الاعتماد').name, 'عبد العالي حساني شريف');
  assert.equal(speakerOf(a, 'الوطن يحتاج').name, 'عبد العالي حساني شريف');
  assert.ok(!a.speakers.some((s) => /جميع|كافة/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('أما opens a topic, never a name: the words after أما الذين قرروا التحدث، فلديهم رسالة: are no one called أما', () => {
  const a = analyzeArticle(article(
    'وقال المؤرخ كريستوف لافاي إن "الأرشيف مغلق".',
    'أما الذين قرروا التحدث، فلديهم رسالة واضحة للتاريخ: "لن يتكرر هذا مرة أخرى!"',
  ));
  assert.ok(!a.speakers.some((s) => /أما/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('أبلغ reports words (أبلغ الرئيس ماكرون نظيره بأن قراره "غير شرعي"); a short quote before the subject’s given name is in its role', () => {
  const a = analyzeArticle(article(
    'وأبلغ الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي ليل الخميس بأن قراره "غير شرعي".',
    'وأكد رئيس الاتحاد "الفاف" محمد روراوة ضرورة احترام القوانين.',
  ));
  assert.equal(speakerOf(a, 'غير شرعي').name, 'إيمانويل ماكرون');
  const faf = a.quotes.find((q) => q.text === 'الفاف');
  assert.equal(faf?.kind, 'term');
});

test('ل on an outlet’s name ends the speaker phrase (ويقول المشعل للجزيرة نت إن): the outlet is whom he told', () => {
  const a = analyzeArticle(article(
    'وقال الكاتب فلاح المشعل إن "الوضع صعب".',
    'ويقول المشعل للجزيرة نت إن "هذا الإعلان بمثابة ضربة سياسية".',
  ));
  assert.equal(speakerOf(a, 'هذا الإعلان').name, 'فلاح المشعل');
});

test('استبعد reports words (واستبعد الباحث إبراهيم فاكير "…", then وأضاف goes on with him); a charge’s name after بتهمة is a term', () => {
  const a = analyzeArticle(article(
    'لكن حزب المؤتمر الوطني يتهم زوما بالحط من "التاريخ المشرف للكفاح المسلح"، ليرد زوما باتهام الحزب بـ"التفريط بتاريخ النضال". وفي مقابلة مع الجزيرة نت، استبعد الأكاديمي والباحث السياسي إبراهيم فاكير "حصول الحزب الجديد على مقاعد كثيرة"، وأضاف أن "الحزب الحاكم قد يبحث عن تحالفات".',
    'وكانت بدايتها بقرار من اللجنة العليا المستقلة للانتخابات التي استبعدت زوما من قائمة المرشحين، على خلفية صدور حكم يقضي بسجنه 15 شهرا بعد إدانته بتهمة "تحقير القضاء"، وعللت اللجنة قرارها بالدستور.',
  ));
  assert.equal(speakerOf(a, 'حصول الحزب').name, 'إبراهيم فاكير');
  assert.equal(speakerOf(a, 'الحزب الحاكم').name, 'إبراهيم فاكير');
  assert.equal(a.quotes.find((q) => q.text === 'تحقير القضاء')?.kind, 'term');
});

test('قطاع heads a place inside a role (مديرة الأكاديمية في قطاع غزة الباحثة إسلام العالول): the name after it is the speaker', () => {
  const a = analyzeArticle(article(
    'قالت مديرة أكاديمية المسيري للبحوث في قطاع غزة الباحثة إسلام شحدة العالول إن "المقاومة ترسخت".',
    'وقالت إن "أفظع ما تتعرض له المرأة هو التحقيق".',
  ));
  assert.equal(speakerOf(a, 'المقاومة ترسخت').name, 'إسلام شحدة العالول');
  assert.equal(speakerOf(a, 'أفظع ما تتعرض').name, 'إسلام شحدة العالول');
});

test('the lam of وفقا glued to a name (وفقا لزونسزين) is set aside: the speaker is the person named before, one mention', () => {
  const a = analyzeArticle(article(
    'وقالت الصحفية ميراف زونسزين إن "الوضع خطير".',
    '"والواقع أن الناس يشكون من وجود اليمين المتطرف في السلطة"، وفقا لزونسزين.',
  ));
  const s = speakerOf(a, 'والواقع أن الناس');
  assert.equal(s.name, 'ميراف زونسزين');
  const last = s.mentions[s.mentions.length - 1];
  assert.equal(last.text, 'زونسزين');
  assert.equal(last.prefix, 'ل');
  assert.equal(a.text.slice(last.span.start, last.span.end), 'زونسزين');
});

test('a quoted surname after a cue, then where the words were said (وأضاف "عبدالخالق" في مداخلة), and a quoted outlet after لما ذكرته, are names', () => {
  const a = analyzeArticle(article(
    'وقال الدكتور أحمد عبدالخالق إن "الطالبة متفوقة جدا".',
    'وأضاف "عبدالخالق" في مداخلة هاتفية على فضائية "مصر الأولى" اليوم: "تأثرت نفسيًا بشدة بحديثها".',
    'وتستمد ثروته من حصته في الشركة، وفقاً لما ذكرته "بلومبرغ"، واطلعت عليه "العربية Business".',
    'وتقترح الباحثة أن تتبنى البلديات ما تسميه "الأعراس المجتمعية"، أي قاعات عامة.',
  ));
  for (const name of ['عبدالخالق', 'مصر الأولى', 'بلومبرغ']) assert.equal(a.quotes.find((q) => q.text === name)?.kind, 'term', name);
  assert.equal(speakerOf(a, 'تأثرت نفسيًا').name, 'أحمد عبدالخالق');
});

test('the occasion after في / خلال ends a role (في عرض قدمه); صرخ reports words; a pronoun before the verb is its subject (فهم يعتبرون)', () => {
  const a = analyzeArticle(article(
    'وقال وزير الصناعة مولاي حفيظ العلمي إن "البلدين شريكان".',
    'من جانبه، أشاد العلمي بالجالية، قائلا إن لها ميزة خاصة، فهم يعتبرون احسن سفراء للمغرب.',
    'وتابع "نحن كحزب نشتغل بصمت".',
    'وأكد وزير الصناعة في عرض قدمه أمام المشاركين أن "الشراكة استراتيجية".',
    'فيما صرخ أحدهم قائلا: "الحكومة تتهرب من مسؤوليتها".',
  ));
  assert.equal(speakerOf(a, 'نحن كحزب').name, 'مولاي حفيظ العلمي');
  assert.equal(speakerOf(a, 'الشراكة استراتيجية').name, 'مولاي حفيظ العلمي');
  assert.equal(speakerOf(a, 'الحكومة تتهرب').name, 'أحدهم');
  assert.ok(!a.speakers.some((s) => /سفراء|عرض|صرخ/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('a masculine verb never has a body’s feminine noun right after it as subject (ودعا الحكومة إلى): the speaker goes on', () => {
  const a = analyzeArticle(article(
    'من جانبه، قال انيس بيرو، منسق الجهة 13، إن "لدينا رغبة قوية".',
    'ودعا الحكومة الى فتح الابواب أمام مغاربة العالم.',
    'ولفت الى أن "الطريق ليست مفروشة بالورود".',
  ));
  assert.equal(speakerOf(a, 'الطريق ليست').name, 'انيس بيرو');
  assert.ok(!a.speakers.some((s) => s.name === 'الحكومة'), a.speakers.map((s) => s.name).join(' | '));
});

test('a verbal noun behind ب / ل (بتصعيد أعمال العنف) starts no name and no subject', () => {
  const a = analyzeArticle(article(
    'ووجهت المعارضة انتقادات حادة للحكومة واتهمتها بتصعيد أعمال العنف بهدف فرض ما وصفته بـ"الانقلاب الدستوري" السادس.',
  ));
  assert.ok(!a.speakers.some((s) => /بتصعيد/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('one word alone is no clause though it looks like a future verb: لمجلة "سيدتي" (my lady) is a magazine’s name', () => {
  const a = analyzeArticle(article(
    'وقالت الممثلة نادية كوند في تصريح لمجلة "سيدتي" بشأن ظهورها إن "الدور جريء".',
  ));
  assert.equal(a.quotes.find((q) => q.text === 'سيدتي')?.kind, 'term');
  assert.equal(speakerOf(a, 'الدور جريء').name, 'نادية كوند');
});

test('one quoted word right after بين is one of the sides named (بين "أخنوش" و"العثماني")', () => {
  const a = analyzeArticle(article(
    'ووفق ذات المصادر، يحاول بنكيران إقناع قيادات حزبه بالانسحاب، فيما يشبه انقلابا على الاتفاق الذي تم بين "أخنوش" و"العثماني".',
  ));
  for (const name of ['أخنوش', 'العثماني']) assert.equal(a.quotes.find((q) => q.text === name)?.kind, 'term', name);
});

test('more trades are roles (جراح, مذيع, مصمم, محقق, رسام): ووصف الجراح التمريض الرجال بـ"…" is the surgeon’s', () => {
  const a = analyzeArticle(article(
    'وقال مدير المستشفى أحمد علي إن "العمل مستمر".',
    'ووصف الجراح التمريض الرجال بـ"الخناشير"، في حين عبر عن حبه للعمل.',
  ));
  assert.equal(speakerOf(a, 'الخناشير').name, 'الجراح');
});

test('إلا أن opens a clause whose subject stands before its verb (إلا أن تينكوب يرحب بخدمات …)', () => {
  const a = analyzeArticle(article(
    'وقال الخبير ويليام تينكوب إن "الأمر معقد".',
    'وتضيف الباحثة: "الذهاب إلى وكالة ربما يستبعد الأشخاص".',
    'لكن رغم تحفظه، إلا أن تينكوب يرحب بخدمات مثل شركة تكستيو ويقول: "إنهم يحاولون حل مشكلة".',
  ));
  assert.equal(speakerOf(a, 'إنهم يحاولون').name, 'ويليام تينكوب');
});

test('a one-word quote is no clause (قناة "كان"); معلق is a role, the name after the commas speaks; أقرّ "جيش" الاحتلال opens the subject', () => {
  const a = analyzeArticle(article(
    'وقال المعلق السياسي في قناة "كان"، ميخال شيمش، إنّ "هناك الكثير من الخشية".',
    'أقرّ "جيش" الاحتلال الإسرائيلي، اليوم السبت، بمقتل ضابط وجندي خلال المعارك.',
    'وقال الوزير إنه لن يقف ضد خيار الشعب، منتقدا "تدخل" السفير في الشؤون الداخلية.',
  ));
  assert.equal(a.quotes.find((q) => q.text === 'كان')?.kind, 'term');
  assert.equal(speakerOf(a, 'هناك الكثير').name, 'ميخال شيمش');
  assert.equal(a.quotes.find((q) => q.text === 'جيش')?.kind, 'term');
  assert.equal(a.quotes.find((q) => q.text === 'تدخل')?.kind, 'direct');
});
