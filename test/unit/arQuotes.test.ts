// Arabic quotes on articles written for these tests: cues before and after, continuation with gender,
// speaker phrases (role + name, name (role), unnamed sources, organisations, documents), terms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article, Quote, Speaker } from '../../server/src/article/model';

function quote(a: Article, words: string): Quote {
  const q = a.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding “${words}”`);
  return q;
}

function speaker(a: Article, q: Quote): Speaker | undefined {
  return a.speakers.find((s) => s.id === q.speakerId);
}

const WATER = [
  'الحكومة تتعهد بحل أزمة المياه',
  '',
  'قال وزير الزراعة المصري سامي حداد للصحفيين في القاهرة أمس "لن نسمح بأن يعطش أي مواطن في البلاد".',
  '',
  'وأضاف: «نعمل مع الشركاء على حلول طويلة الأمد، والنتائج ستظهر قريبا».',
  '',
  'من جهتها، أكدت المتحدثة باسم وزارة الري هالة منصور أن الخطة "تسير وفق الجدول المعلن".',
  '',
  'ورد حداد قائلا "الأرقام لا تكذب ولن نخفي شيئا". وقالت: "سنواصل العمل مع الجميع دون استثناء".',
  '',
  'وقال خالد يوسف (مدير مرصد المياه) إن الأزمة "أعمق مما يعتقد كثيرون في الحكومة".',
  '',
  'وفي رسالة وجهتها جمعية المزارعين لحداد، طالبت الجمعية بتوسيع برنامج "قطرة أمل" ليشمل القرى البعيدة.',
  '',
  'وتنشط في المنطقة حركة «شباب الماء» منذ سنوات.',
].join('\n');

test('VSO cue: role + name split, the quote after the cue phrase is the speaker’s', () => {
  const a = analyzeArticle(WATER);
  const q = quote(a, 'لن نسمح بأن يعطش');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue, 'قال');
  assert.equal(q.attribution, 'cue');
  const s = speaker(a, q)!;
  assert.equal(s.name, 'سامي حداد');
  assert.equal(s.role, 'وزير الزراعة المصري');
  assert.equal(s.type, 'person');
  assert.equal(s.id, 's1');
});

test('a cue with no subject (وأضاف:) continues the previous speaker', () => {
  const a = analyzeArticle(WATER);
  const q = quote(a, 'نعمل مع الشركاء');
  assert.equal(speaker(a, q)?.name, 'سامي حداد');
  assert.equal(q.attribution, 'continuation');
  assert.equal(q.cue, 'وأضاف');
});

test('a partial quote governed by a cue is speech; the feminine role gives the gender', () => {
  const a = analyzeArticle(WATER);
  const q = quote(a, 'تسير وفق الجدول');
  assert.equal(q.kind, 'direct');
  const s = speaker(a, q)!;
  assert.equal(s.name, 'هالة منصور');
  assert.equal(s.role, 'المتحدثة باسم وزارة الري');
  assert.equal(s.gender, 'female');
});

test('وقالت with no subject goes to the woman, though a man spoke last', () => {
  const a = analyzeArticle(WATER);
  assert.equal(speaker(a, quote(a, 'الأرقام لا تكذب'))?.name, 'سامي حداد');
  const q = quote(a, 'سنواصل العمل مع الجميع');
  assert.equal(speaker(a, q)?.name, 'هالة منصور');
  assert.equal(q.attribution, 'continuation');
});

test('name (role): the parentheses hold the role', () => {
  const a = analyzeArticle(WATER);
  const s = speaker(a, quote(a, 'أعمق مما يعتقد'))!;
  assert.equal(s.name, 'خالد يوسف');
  assert.equal(s.role, 'مدير مرصد المياه');
});

test('terms: a programme and a movement named in quotes are never flagged', () => {
  const a = analyzeArticle(WATER);
  assert.equal(quote(a, 'قطرة أمل').kind, 'term');
  assert.equal(quote(a, 'شباب الماء').kind, 'term');
  assert.equal(quote(a, 'قطرة أمل').speakerId, null);
  assert.deepEqual(a.findings.filter((f) => f.code === 'unattributed-quote'), []);
});

test('mentions keep a glued proclitic apart: لحداد → prefix ل, span حداد', () => {
  const a = analyzeArticle(WATER);
  const s = a.speakers.find((x) => x.name === 'سامي حداد')!;
  assert.ok(s.aliases.includes('حداد'));
  const glued = s.mentions.find((m) => m.prefix === 'ل');
  assert.ok(glued, 'no mention with the proclitic ل');
  assert.equal(glued.text, 'حداد');
  assert.equal(a.text.slice(glued.span.start - 1, glued.span.end), 'لحداد');
  for (const m of s.mentions) assert.equal(a.text.slice(m.span.start, m.span.end), m.text);
});

const BORDER = [
  'قال مصدر عسكري "القوات لن تنسحب قبل استكمال مهمتها في الشمال".',
  '',
  'وقالت وزارة الخارجية الأردنية في بيان إن الحدود "ستبقى مفتوحة أمام المساعدات".',
  'وأضاف البيان «نرحب بكل جهد يخفف معاناة المدنيين».',
  '',
  '"الطريق مغلق تماما منذ ثلاثة أيام"، بحسب شهود عيان.',
  '',
  'ونقلت وكالة الأنباء الرسمية عن المحافظ عمر السعدي قوله "الوضع تحت السيطرة الكاملة".',
].join('\n');

test('an unnamed source and an organisation speak; a document speaks for its author', () => {
  const a = analyzeArticle(BORDER, { language: 'ar' });
  const source = speaker(a, quote(a, 'القوات لن تنسحب'))!;
  assert.equal(source.name, 'مصدر عسكري');
  assert.equal(source.type, 'anonymous');
  const ministry = speaker(a, quote(a, 'ستبقى مفتوحة'))!;
  assert.equal(ministry.name, 'وزارة الخارجية الأردنية');
  assert.equal(ministry.type, 'organization');
  assert.equal(speaker(a, quote(a, 'نرحب بكل جهد'))?.name, 'وزارة الخارجية الأردنية');
});

test('بحسب X after the quote, and نقل عن X قوله', () => {
  const a = analyzeArticle(BORDER, { language: 'ar' });
  const road = quote(a, 'الطريق مغلق');
  assert.equal(road.attribution, 'according-to');
  assert.equal(speaker(a, road)?.name, 'شهود عيان');
  const nested = quote(a, 'الوضع تحت السيطرة');
  assert.equal(nested.attribution, 'nested');
  assert.equal(speaker(a, nested)?.name, 'عمر السعدي');
});

test('Arabic quote marks as typed: “ closing a quote, ″ after a number, a mark glued to و', () => {
  const text = [
    'وقال الوزير في تصريحات لقناة “الأفق “المحلية إن البرنامج ناجح.',
    'وحصل الفائز على “100″ ألف درهم.',
    'وتنافست شركتا "النجم" و"القمر" على العقد.',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  assert.deepEqual(a.quotes.map((q) => q.text.trim()), ['الأفق', '100', 'النجم', 'القمر']);
  assert.deepEqual(a.quotes.map((q) => q.closeMark), ['“', '″', '"', '"']);
  assert.ok(a.quotes.every((q) => q.kind === 'term'));
});

test('an Arabic quote left open ends with its line', () => {
  const text = 'وقال المدير إن المشروع "سيكتمل في الربيع المقبل.\nوبدأت الأعمال أمس.';
  const a = analyzeArticle(text, { language: 'ar' });
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].text, 'سيكتمل في الربيع المقبل.');
  assert.equal(a.quotes[0].closeMark, null);
});

test('a quote left open before `. وتابع قائلاً: "…`: it ends with its sentence, and the mark after the colon opens the next', () => {
  const text = 'وقال المرشح قائلاً: "إننا تحدثنا كثيراً حول شئون الوطن، ويجب أن يتحول هذا الكلام إلى أفعال. وتابع قائلاً: "إننا نفرق بين الجيش والمجلس العسكري".';
  const a = analyzeArticle(text, { language: 'ar' });
  assert.deepEqual(a.quotes.map((q) => [q.text, q.closeMark]), [
    ['إننا تحدثنا كثيراً حول شئون الوطن، ويجب أن يتحول هذا الكلام إلى أفعال.', null],
    ['إننا نفرق بين الجيش والمجلس العسكري', '"'],
  ]);
  assert.ok(a.quotes.every((q) => q.kind === 'direct' && q.speakerId === a.quotes[0].speakerId && q.speakerId !== null));
  // the mark left out is reported, once
  assert.equal(a.findings.filter((f) => f.code === 'unclosed-quote').length, 1);
  // the speaker's own `قلت للاعبين:` after a sentence of theirs brings in a nested quote (no narrator's و-verb or participle)
  const b = analyzeArticle('وقال المدرب: "لم نفقد الثقة. قلت للاعبين بين الشوطين: "المباراة لم تبدأ بعد"، وأعتقد أنهم فهموا".', { language: 'ar' });
  assert.deepEqual(b.quotes.map((q) => q.nestedIn ?? null), [null, 0]);
  assert.equal(b.quotes[0].closeMark, '"');
});

test('a quote left open ends before the narrator\'s own sentences (`. وحذر رئيس المكتبة … . واضاف: "`), not at the last of them', () => {
  const text = 'يقول المدير سامر الخطيب: "الورق يدوم مئة سنة. القرص يدوم عشر سنوات. وحذر رئيس المكتبة العامة فؤاد سالم من ان الحضارة قد تضيع. واضاف: "اذا شاء مؤرخ أن يبحث فلن يجد شيئا".';
  const a = analyzeArticle(text, { language: 'ar' });
  assert.deepEqual(a.quotes.map((q) => [q.text, q.closeMark]), [
    ['الورق يدوم مئة سنة. القرص يدوم عشر سنوات.', null],
    ['اذا شاء مؤرخ أن يبحث فلن يجد شيئا', '"'],
  ]);
  const speakers = a.quotes.map((q) => a.speakers.find((s) => s.id === q.speakerId)?.name);
  assert.deepEqual(speakers, ['سامر الخطيب', 'فؤاد سالم']);
});

test('analysis stays linear: 200 KB of Arabic quotes and cues, one run-on line or many', () => {
  const unit = 'وقال الوزير سامي حداد "لن نسمح بذلك". وأضاف: «نعمل على الحل». وقالت هالة منصور إن الخطة "تسير". ';
  for (const sep of ['\n', ' ']) {
    const text = (unit + sep).repeat(Math.ceil(200_000 / unit.length));
    // CPU time, so that a busy machine does not fail a linear analysis; a quadratic one takes minutes
    const c0 = process.cpuUsage();
    const a = analyzeArticle(text, { language: 'ar' });
    const used = process.cpuUsage(c0);
    const ms = (used.user + used.system) / 1000;
    assert.ok(a.quotes.length > 5_000);
    assert.ok(ms < 2500, `took ${ms.toFixed(0)} ms of CPU`);
  }
});

test('X: "…" attributes by the colon; a spokesman is a new source; the medium told is a term', () => {
  const text = [
    'المتحدث باسم الدفاع المدني: "أخلينا جميع السكان قبل وصول السيول"',
    '',
    'وقال وزير الداخلية ناصر العلي إن الطرق "ستفتح تدريجيا خلال يومين".',
    '',
    'وقال المتحدث باسم الشرطة لـ"الأنباء" إن الدوريات "منتشرة في كل الأحياء".',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  const first = quote(a, 'أخلينا جميع السكان');
  assert.equal(first.attribution, 'colon');
  assert.equal(speaker(a, first)?.name, 'المتحدث باسم الدفاع المدني');
  assert.equal(quote(a, 'الأنباء').kind, 'term');
  const police = speaker(a, quote(a, 'منتشرة في كل الأحياء'))!;
  assert.notEqual(police.name, 'ناصر العلي');
  assert.equal(police.type, 'anonymous');
});

test('SVO at the sentence start (a headline): the name before the verb is the speaker, not the object after it', () => {
  const text = [
    'سالم يدعو المعارضة إلى الحوار.. ويؤكد «لا حل إلا بالتفاوض»',
    '',
    'دعا رئيس الوزراء يوسف سالم أمس المعارضة إلى طاولة الحوار.',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  const q = quote(a, 'لا حل إلا بالتفاوض');
  assert.equal(q.kind, 'direct');
  assert.equal(speaker(a, q)?.name, 'يوسف سالم');
  assert.ok(!a.speakers.some((s) => s.name.includes('المعارضة')));
});

test('newspaper style: the paper told (لـ«…») is a term; وزاد: continues; a verb’s prepositional object is no speaker', () => {
  const text = [
    'أوضح مدير التعليم في المنطقة فهد العتيبي لـ«الصباح» أن المدارس «جاهزة لاستقبال الطلاب».',
    'وزاد: «أنهينا أعمال الصيانة في جميع المباني قبل الموعد».',
    'وأشاد بجهود المعلمين، مؤكدا أن «الطالب هو محور العملية التعليمية».',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  assert.equal(quote(a, 'الصباح').kind, 'term');
  for (const words of ['جاهزة لاستقبال', 'أنهينا أعمال الصيانة', 'الطالب هو محور']) {
    const q = quote(a, words);
    assert.equal(q.kind, 'direct', words);
    assert.equal(speaker(a, q)?.name, 'فهد العتيبي', words);
  }
  assert.equal(a.speakers.length, 1);
  assert.equal(a.speakers[0].role, 'مدير التعليم في المنطقة');
});

test('a role naming another team is another person; أما X فقد اعترف gives X; اتهم X … قائلا continues X', () => {
  const text = [
    'وقال مدرب الهلال البرتغالي جورج جيسوس عقب اللقاء إن فريقه "استحق اللقب عن جدارة".',
    '',
    'أما مدرب النصر فقد اعترف بأن فريقه "لم يكن في يومه".',
    '',
    'في المقابل، اتهم المتحدث باسم الرابطة سعيد الغامدي الحكم بالتحيز، قائلا إن "القرارات كانت ظالمة".',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  assert.equal(speaker(a, quote(a, 'استحق اللقب'))?.name, 'جورج جيسوس');
  const rival = speaker(a, quote(a, 'لم يكن في يومه'))!;
  assert.notEqual(rival.name, 'جورج جيسوس');
  assert.equal(rival.name, 'مدرب النصر');
  assert.equal(speaker(a, quote(a, 'القرارات كانت ظالمة'))?.name, 'سعيد الغامدي');
});

test('a headline quote joined by .. to its speaker; described first, named later, one speaker; بحسب ما نقلته X عن Y', () => {
  const text = [
    '"لن نتراجع".. وزير الطاقة يرد على منتقدي الخطة',
    '',
    'رد وزير الطاقة خالد الفالح على المنتقدين، مؤكدا أن الحكومة "لن تتراجع عن الإصلاحات".',
    '',
    'وبحسب ما نقلته صحيفة "الحياة" عن مسؤول في الوزارة، فإن الزيادة "ستكون تدريجية وعلى ثلاث مراحل".',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  const headline = quote(a, 'لن نتراجع');
  assert.equal(headline.kind, 'direct');
  assert.equal(speaker(a, headline)?.name, 'خالد الفالح');
  assert.equal(speaker(a, quote(a, 'لن تتراجع عن الإصلاحات'))?.name, 'خالد الفالح');
  assert.equal(a.speakers.filter((s) => s.name === 'خالد الفالح').length, 1);
  assert.equal(quote(a, 'الحياة').kind, 'term');
  const gradual = quote(a, 'ستكون تدريجية');
  assert.equal(gradual.attribution, 'according-to');
  assert.equal(speaker(a, gradual)?.name, 'مسؤول');
});

test('guillemet names: company, programme, bank and paper names are terms; a quoted name inside a role is part of it', () => {
  const text = [
    'أعلنت شركة «النخيل» أمس عن ارتفاع أرباحها، في إطار «خطة 2030».',
    '',
    'وقال الرئيس التنفيذي للشركة أمين الناصر في بيان إن النتائج «تعكس قوة أداء الشركة رغم تقلبات السوق».',
    '',
    'من جهته، رأى المحلل في بنك «الواحة» مازن السديري أن النتائج «فاقت التوقعات».',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  for (const name of ['النخيل', 'خطة 2030', 'الواحة']) assert.equal(quote(a, name).kind, 'term', name);
  const ceo = speaker(a, quote(a, 'تعكس قوة أداء'))!;
  assert.equal(ceo.name, 'أمين الناصر');
  assert.equal(ceo.role, 'الرئيس التنفيذي للشركة');
  const analyst = speaker(a, quote(a, 'فاقت التوقعات'))!;
  assert.equal(analyst.name, 'مازن السديري');
  assert.equal(analyst.role, 'المحلل في بنك «الواحة»');
  assert.ok(!ceo.aliases.includes('المحلل'));
});

test('headline by colon joins the minister named later; a quote opening its paragraph continues; وأضافوا continues a group', () => {
  const text = [
    'وزيرة الصحة: "لا إصابات جديدة منذ أسبوع"',
    '',
    'أكدت وزيرة الصحة الأردنية منى الخطيب أن المملكة "لم تسجل أي إصابة جديدة منذ سبعة أيام".',
    '',
    '"نتابع الوضع ساعة بساعة ولن نتهاون مع أي خرق للإجراءات."',
    '',
    'وأكد أطباء في المستشفى الجامعي أن الأسرة "متوفرة بأعداد كافية"، وأضافوا أن الطواقم "مستعدة لأي طارئ".',
    '',
    'ونقلت قناة "المملكة" على لسان وزير الداخلية مازن الفراية قوله إن الحكومة "لن تعيد فرض الحظر".',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  const minister = a.speakers.find((s) => s.name === 'منى الخطيب')!;
  assert.equal(minister.gender, 'female');
  assert.equal(speaker(a, quote(a, 'لا إصابات جديدة'))?.id, minister.id);
  const opening = quote(a, 'نتابع الوضع');
  assert.equal(opening.attribution, 'continuation');
  assert.equal(speaker(a, opening)?.id, minister.id);
  assert.equal(speaker(a, quote(a, 'مستعدة لأي طارئ'))?.name, 'أطباء');
  const nested = quote(a, 'لن تعيد فرض الحظر');
  assert.equal(nested.attribution, 'nested');
  assert.equal(speaker(a, nested)?.name, 'مازن الفراية');
});

test('a document’s author: وجاء في المقال quotes the writer the article was credited to', () => {
  const text = [
    'وقال المتحدث باسم الوزارة سامي نصار إن المحادثات "بناءة".',
    'ونشرت الصحيفة مقالا لوزير الخارجية الأردني أيمن الصفدي بعنوان "الجوار أولا".',
    'وجاء في المقال "علينا أن نعمل معا من أجل استقرار المنطقة".',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  assert.equal(quote(a, 'الجوار أولا').kind, 'term');
  const q = quote(a, 'علينا أن نعمل معا');
  const s = speaker(a, q)!;
  assert.equal(s.name, 'أيمن الصفدي');
  assert.equal(s.role, 'وزير الخارجية الأردني');
  assert.equal(q.cue, 'وجاء');
});

test('a short quote right after a person is speech; right after an organisation, its short name', () => {
  const text = [
    'وقال الوزير "سنرى".',
    'وأعلنت هيئة الطيران المدني «هطم» أمس أنها ستفتح المطار.',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  assert.equal(quote(a, 'سنرى').kind, 'direct');
  assert.equal(quote(a, 'هطم').kind, 'term');
});

test('a long quote inside a statement is the words of the document the statement cites; the statement’s author stays current', () => {
  const text = [
    'وأوضح الاتحاد في بيان «أن قرار المحكمة يؤكد براءة اللاعب وأن «الأدلة المقدمة لم تكن كافية لإدانته بأي شكل من الأشكال» (بحسب نص الحكم). وأشار الاتحاد الى أنه سيستأنف.',
    'وأضاف البيان «سنواصل الدفاع عن حقوق لاعبينا أمام كل الهيئات».',
  ].join('\n');
  const a = analyzeArticle(text, { language: 'ar' });
  const inner = a.quotes.find((q) => q.nestedIn !== null && q.nestedIn !== undefined && q.text.startsWith('الأدلة المقدمة'))!;
  assert.ok(inner);
  assert.equal(inner.attribution, 'nested');
  assert.equal(speaker(a, inner)?.name, 'المحكمة');
  assert.equal(speaker(a, quote(a, 'سنواصل الدفاع'))?.name, 'الاتحاد');
});
