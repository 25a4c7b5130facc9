// More general Arabic attribution gaps, on sentences written for these tests (Saudi/Gulf newspaper
// styles): a quoted outlet between a relaying verb and عن, an institution named after a person inside
// a role before a titled name, and a later family-name cue resolving to that person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';
import { tokenize } from '../../server/src/article/ar/tokens';
import { parseSpeakerPhrase } from '../../server/src/article/ar/speakerPhrase';

test('a relaying verb skips a quoted outlet before عن: the source after عن speaks', () => {
  const a = analyzeArticle(article(
    'وفي السياق ذاته، نقلت صحيفة "الوطن" عن مصادر في وزارة النقل والخدمات اللوجستية أن الوزارة "تراجع جداول الرحلات الموسمية".',
    'كما نقلت وكالة "رويترز" عن مسؤول خليجي أن الاجتماع "سيعقد في موعده".',
    'ونقلت قناة «الإخبارية» عن مصدر مطلع أن القرار «سيصدر خلال أيام».',
  ));
  const s1 = speakerOf(a, 'تراجع جداول');
  // (the body after في is where the source sits, not its name: `مسؤول رفيع في الاتحاد` → مسؤول رفيع)
  assert.equal(s1.name, 'مصادر');
  assert.equal(s1.type, 'anonymous');
  assert.equal(quote(a, 'الوطن').kind, 'term');
  assert.equal(speakerOf(a, 'سيعقد في موعده').name, 'مسؤول خليجي');
  assert.equal(quote(a, 'رويترز').kind, 'term');
  assert.equal(speakerOf(a, 'سيصدر خلال').name, 'مصدر مطلع');
});

test('an institution named after a person stays in the role; a title marks where the name begins', () => {
  const a = analyzeArticle(article(
    'أكدت الباحثة في مركز أبحاث المياه بجامعة الملك سعود الدكتورة ريم الدوسري أن المخزون الجوفي "يتناقص بوتيرة مقلقة".',
    'وأوضح استشاري القلب في مستشفى الملك فيصل التخصصي الدكتور سامي الغامدي أن الحالات "في تزايد ملحوظ".',
    'وقالت الدوسري: "نحتاج إلى خطة وطنية للترشيد".',
  ));
  const r = speakerOf(a, 'يتناقص بوتيرة');
  assert.equal(r.name, 'ريم الدوسري');
  assert.equal(r.role, 'الباحثة في مركز أبحاث المياه بجامعة الملك سعود');
  assert.equal(r.gender, 'female');
  const g = speakerOf(a, 'في تزايد ملحوظ');
  assert.equal(g.name, 'سامي الغامدي');
  assert.equal(g.role, 'استشاري القلب في مستشفى الملك فيصل التخصصي');
  assert.equal(speakerOf(a, 'خطة وطنية').id, r.id);
});

test('وبين opening a clause is the verb بيّن; بين between two things is not a cue', () => {
  const a = analyzeArticle(article(
    'وقال وزير النقل صالح الجاسر إن المطار "سيعمل بكامل طاقته".',
    'وبين مدير عام الطيران المدني عبدالعزيز الدعيلج أن الرحلات "ستزيد بنسبة 20 في المئة".',
    'وتمتد الرحلات بين "الرياض" وجدة طوال العام.',
  ));
  assert.equal(speakerOf(a, 'ستزيد بنسبة').name, 'عبدالعزيز الدعيلج');
  assert.equal(quote(a, 'الرياض').kind, 'term');
});

test('a role word beginning with ل (لاعب) is no preposition; صاحب السمو is a style, not a name', () => {
  const a = analyzeArticle(article(
    'وقال لاعب الوسط سامي النجعي في تصريح لـ"سبق": "نهدي الفوز لجماهيرنا".',
    'وأكد صاحب السمو الملكي أمير منطقة القصيم أن المنطقة "تشهد نهضة تنموية".',
  ));
  const player = speakerOf(a, 'نهدي الفوز');
  assert.equal(player.name, 'سامي النجعي');
  assert.equal(player.role, 'لاعب الوسط');
  const emir = speakerOf(a, 'نهضة تنموية');
  assert.ok(!/صاحب/.test(emir.name), emir.name);
  assert.match(emir.role ?? emir.name, /^أمير منطقة القصيم/);
});

test('a title further on marks where the name starts: the company before it stays in the role', () => {
  const a = analyzeArticle(article(
    'قال الرئيس التنفيذي لشركة معادن السعودية المهندس خالد المديفر إن النتائج "تعكس متانة أعمال الشركة".',
    'وقالت عضو مجلس الشورى الدكتورة حنان الأحمدي إن النظام "يحتاج إلى مراجعة".',
  ));
  const ceo = speakerOf(a, 'متانة أعمال');
  assert.equal(ceo.name, 'خالد المديفر');
  assert.equal(ceo.role, 'الرئيس التنفيذي لشركة معادن السعودية');
  assert.ok(ceo.aliases.includes('المهندس خالد المديفر'), ceo.aliases.join('/'));
  const member = speakerOf(a, 'يحتاج إلى مراجعة');
  assert.equal(member.name, 'حنان الأحمدي');
  assert.equal(member.gender, 'female');
});

test('a family name after a patronymic (بن X) belongs to the name', () => {
  const a = analyzeArticle(article('كشف وزير الرياضة عبدالعزيز بن تركي الفيصل أن الاتحادات "ستحصل على دعم إضافي".'));
  assert.equal(speakerOf(a, 'دعم إضافي').name, 'عبدالعزيز بن تركي الفيصل');
});

test('«…»، بهذه الكلمات: the speaker named after the quote; a relaying verb gives no gender to its source', () => {
  const a = analyzeArticle(article(
    'وقالت الكاتبة أمل الحربي: "القراءة عادة تبدأ من البيت".',
    '«المدرسة شريك لا بديل»، بهذه الكلمات اختتم وزير التعليم يوسف البنيان كلمته.',
    'ونقلت صحيفة "المدينة" عن فهد المطيري أن الفريق "سيتعاقد مع مدرب جديد".',
  ));
  assert.equal(speakerOf(a, 'شريك لا بديل').name, 'يوسف البنيان');
  const s = speakerOf(a, 'سيتعاقد مع');
  assert.equal(s.name, 'فهد المطيري');
  assert.notEqual(s.gender, 'female');
});

test('غرد … قائلة: a tweet is speech by who tweeted; the platform and the outlet told are names, not words', () => {
  const a = analyzeArticle(article(
    'وقال مدرب الفريق خالد العطوي إن اللاعبين "قاتلوا حتى النهاية".',
    'وغردت الإعلامية منى السليمان عبر حسابها في "إكس" قائلة: "أداء يستحق الإشادة".',
    'وفي حديثه لـ«اليوم»، أوضح المحلل الرياضي فهد الروقي أن المنافسة "ستشتد في الجولات المقبلة".',
  ));
  const s = speakerOf(a, 'يستحق الإشادة');
  assert.equal(s.name, 'منى السليمان');
  assert.equal(s.gender, 'female');
  assert.equal(quote(a, 'إكس').kind, 'term');
  assert.equal(quote(a, 'اليوم').kind, 'term');
  assert.equal(speakerOf(a, 'ستشتد في').name, 'فهد الروقي');
});

test('a quote after the agency told and a colon is the words; وفقا لبيان صادر عن X speaks for X', () => {
  const a = analyzeArticle(article(
    'وقال نائب وزير الصناعة أسامة الزامل لوكالة الأنباء السعودية: "نعمل على توطين الصناعات".',
    'ووفقا لبيان صادر عن هيئة السوق المالية، فإن الإدراجات "ستتضاعف العام المقبل".',
  ));
  assert.equal(speakerOf(a, 'توطين الصناعات').name, 'أسامة الزامل');
  assert.match(speakerOf(a, 'ستتضاعف').name, /^هيئة السوق المالية/);
});

test('a verb opening its sentence is no one-word name before a role: verb, subject, object, then فقال continues the subject', () => {
  const a = analyzeArticle(article(
    'استقبل الوزير المتظاهرين فقال لهم: «لن نتخلى عن مطالبكم العادلة أبدا».',
    'وزار المتحدث الرسمي المخيم فقال للصحفيين: «المساعدات ستصل خلال أيام قليلة».',
  ));
  const minister = speakerOf(a, 'لن نتخلى');
  assert.equal(minister.name, 'الوزير');
  assert.equal(speakerOf(a, 'المساعدات ستصل').name, 'المتحدث الرسمي');
  for (const s of a.speakers) assert.ok(!['استقبل', 'زار', 'وزار'].includes(s.name), `a verb taken for a name: ${s.name}`);
});

test('a subject before its verb keeps its name: role first, or the role set off by commas', () => {
  const a = analyzeArticle(article(
    'كيري، وزير الخارجية الأمريكي، قال: «لن نتخلى عن حلفائنا أبدا».',
    'وزير الدفاع لويد أوستن قال: «القوات باقية في المنطقة».',
  ));
  assert.equal(speakerOf(a, 'لن نتخلى').name, 'كيري');
  assert.equal(speakerOf(a, 'القوات باقية').name, 'لويد أوستن');
});

test('what a preposition in a role governs is no name: his account, the need for dialogue', () => {
  const a = analyzeArticle(article(
    'وغرد الرئيس السابق على حسابه في تويتر: «شكرا لكل من وقف معنا في هذه المحنة».',
    'وقالت الوزيرة على حسابها في فيسبوك: «نعمل ليلا ونهارا من أجل المواطنين».',
    'وأكد رئيس الحزب على ضرورة الحوار قائلا: «لا بديل عن التفاهم بين الجميع».',
    'وقال المشرف على المشروع أحمد سالم: «العمل يسير وفق الخطة المرسومة».',
  ));
  assert.equal(speakerOf(a, 'شكرا لكل').name, 'الرئيس');
  assert.equal(speakerOf(a, 'نعمل ليلا').name, 'الوزيرة');
  assert.equal(speakerOf(a, 'لا بديل').name, 'رئيس الحزب');
  const s = speakerOf(a, 'العمل يسير');
  assert.equal(s.name, 'أحمد سالم');
  assert.equal(s.role, 'المشرف على المشروع');
  for (const x of a.speakers) assert.ok(!/حساب|ضرورة/.test(x.name), `an object taken for a name: ${x.name}`);
});

test('a post: `كتب` reports the words, the platform after a preposition is no speaker; `محمد علي` is one name', () => {
  const a = analyzeArticle(article(
    'وكتبت الصحفية ليلى حسن على حسابها في إكس: «الحقيقة لا تموت مهما طال الزمن».',
    'وفي تصريح للجزيرة نت، قال الناشط الحقوقي محمد علي: «الوضع كارثي في المخيمات».',
    'وكتب الروائي رواية بعنوان "الطريق" عام 1990.',
  ));
  const s = speakerOf(a, 'الحقيقة لا تموت');
  assert.equal(s.name, 'ليلى حسن');
  assert.equal(s.role, 'الصحفية');
  assert.equal(speakerOf(a, 'الوضع كارثي').name, 'محمد علي');
  assert.equal(quote(a, 'الطريق').kind, 'term');
  assert.ok(!a.speakers.some((x) => x.name === 'إكس'), a.speakers.map((x) => x.name).join(', '));
});

test('a foreign organisation name in a role runs on to the given name where the person starts', () => {
  const a = analyzeArticle(article(
    'وقال المتحدث باسم منظمة هيومن رايتس ووتش أحمد بن شمسي: «يجب الإفراج عن المعتقلين فورا».',
    'وقالت الباحثة في منظمة العفو الدولية ريم سعيد: «الانتهاكات مستمرة في السجون».',
  ));
  const s = speakerOf(a, 'يجب الإفراج');
  assert.equal(s.name, 'أحمد بن شمسي');
  assert.equal(s.role, 'المتحدث باسم منظمة هيومن رايتس ووتش');
  // one unknown word before a given name is the person's own first name
  assert.equal(speakerOf(a, 'الانتهاكات مستمرة').name, 'ريم سعيد');
});

test('an abbreviated title with its dot: `د. خالد يوسف` is a doctor named خالد يوسف, alone or after a role', () => {
  const a = analyzeArticle(article(
    'وقال د. خالد يوسف: «المستشفى يعمل بأقل من نصف طاقته».',
    'وقال الطبيب في مستشفى الشفاء د. سامر علي: «نحتاج إلى الوقود فورا».',
  ));
  const k = speakerOf(a, 'المستشفى يعمل');
  assert.equal(k.name, 'خالد يوسف');
  assert.notEqual(k.role, '.');
  const s = speakerOf(a, 'نحتاج إلى الوقود');
  assert.equal(s.name, 'سامر علي');
  assert.equal(s.role, 'الطبيب في مستشفى الشفاء');
  assert.ok(s.aliases.includes('د. سامر علي'), s.aliases.join(', '));
});

test('a long name ends on its family name after آل: عبد الله بن زايد آل نهيان', () => {
  const a = analyzeArticle(article('وقال الشيخ عبد الله بن زايد آل نهيان: «الإمارات تدعم الاستقرار في المنطقة».'));
  assert.equal(speakerOf(a, 'الإمارات تدعم').name, 'عبد الله بن زايد آل نهيان');
});

test('verbs that open on ال (التقى, التقطت) open their sentence: its subject speaks in the فقال after', () => {
  const a = analyzeArticle(article(
    'التقى الوزير بالمتظاهرين فقال لهم: «لن نتخلى عن مطالبكم العادلة أبدا».',
    'والتقى رئيس الوزراء بالوفد فقال: «نرحب بكم في بلدكم الثاني».',
    'التقطت المصورة الصورة فقالت: «كانت لحظة مؤثرة جدا».',
  ));
  assert.equal(speakerOf(a, 'لن نتخلى').name, 'الوزير');
  assert.equal(speakerOf(a, 'نرحب بكم').name, 'رئيس الوزراء');
  assert.equal(speakerOf(a, 'كانت لحظة').name, 'المصورة');
  assert.equal(a.findings.filter((f) => f.code === 'unattributed-quote').length, 0);
});

test('a cue verb after عدم / دون is its verbal noun: `مصدر طلب عدم ذكر اسمه` speaks, not «اسمه»', () => {
  const a = analyzeArticle(article(
    'وقال مسؤول حكومي طلب عدم ذكر اسمه إن «الحكومة ستعلن خطتها الأسبوع المقبل».',
    'وأوضح موظف في البلدية فضل عدم ذكر هويته أن «العمل توقف منذ شهرين كاملين».',
  ));
  assert.equal(speakerOf(a, 'الحكومة ستعلن').name, 'مسؤول حكومي');
  // (an indefinite role with no name stops before its preposition: the speaker is «موظف»)
  assert.equal(speakerOf(a, 'العمل توقف').name, 'موظف');
});

test('a body named in quotes right after its head speaks by both words: `صحيفة "الوطن"`, `حركة «فتح»`', () => {
  const a = analyzeArticle(article(
    'وذكرت صحيفة "الوطن" أن الوزارة "ستطرح المناقصة قبل نهاية العام".',
    'وأضافت الوطن أن "العقود ستوقع في الربع الأول".',
    'وقالت حركة «فتح» في بيان إن «الوحدة الوطنية أولوية لا تقبل المساومة».',
  ));
  assert.equal(speakerOf(a, 'ستطرح المناقصة').name, 'صحيفة الوطن');
  assert.equal(speakerOf(a, 'العقود ستوقع').name, 'صحيفة الوطن');
  assert.equal(speakerOf(a, 'الوحدة الوطنية').name, 'حركة فتح');
  assert.equal(a.quotes.find((q) => q.text === 'الوطن')?.kind, 'term');
});

test('a bare definite plural before إن or a colon is the speaker: `ويقول المزارعون إن «…»`', () => {
  const a = analyzeArticle(article(
    'ويقول المزارعون إن «الموسم الحالي هو الأسوأ منذ عشر سنوات».',
    'وقال السكان: «لم نر مثل هذه السيول من قبل».',
  ));
  assert.equal(speakerOf(a, 'الموسم الحالي').name, 'المزارعون');
  assert.equal(speakerOf(a, 'لم نر مثل').name, 'السكان');
});

test('a royal style heads a role: `خادم الحرمين الشريفين الملك سلمان` is سلمان, not «خادم»', () => {
  const a = analyzeArticle(article('وأكد خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز أن «المملكة ماضية في طريق الإصلاح».'));
  assert.equal(speakerOf(a, 'المملكة ماضية').name, 'عبدالله بن عبدالعزيز');
});

test('after آل the family name is kept even when it is also a title: `عبدالله آل الشيخ`', () => {
  const a = analyzeArticle(article('وقال رئيس المجلس الدكتور عبدالله آل الشيخ: «المجلس سيناقش المشروع الأسبوع المقبل».'));
  assert.equal(speakerOf(a, 'المجلس سيناقش').name, 'عبدالله آل الشيخ');
});

test('`، وهو طالب` describes the one named: a perfect cue form after هو / هي is a noun, an imperfect one a verb', () => {
  const a = analyzeArticle(article(
    'وقال خالد، وهو طالب في الجامعة: «الامتحانات كانت صعبة هذا العام».',
    'وكانت الوزيرة منى سالم في زيارة للمدرسة، وهي تقول: «التعليم حق لكل طفل».',
  ));
  assert.equal(speakerOf(a, 'الامتحانات كانت').name, 'خالد');
  assert.equal(speakerOf(a, 'التعليم حق').name, 'منى سالم');
});

test('`نسبت الصحيفة إلى مسؤول قوله`: the words are the source\'s after إلى', () => {
  const a = analyzeArticle(article('ونسبت الوكالة إلى دبلوماسي غربي قوله إن «المحادثات ستستأنف الشهر المقبل».'));
  const q = a.quotes.find((x) => x.text.startsWith('المحادثات'))!;
  assert.equal(q.kind, 'direct');
  assert.equal(speakerOf(a, 'المحادثات ستستأنف').name, 'دبلوماسي غربي');
});

test('a name stops before a construct object: `أعلنت الوزيرة هدى الصالح موعد الانتخابات` is هدى الصالح', () => {
  const a = analyzeArticle(article('وأعلنت وزيرة الشؤون الاجتماعية هدى خالد موعد التسجيل في البرنامج، وقالت إن «الأسر المستحقة ستتلقى الدعم مباشرة».'));
  assert.equal(speakerOf(a, 'الأسر المستحقة').name, 'هدى خالد');
});

test('`ورد عليه النائب …`: an addressee pronoun on عليه is skipped, the subject after it speaks', () => {
  const a = analyzeArticle(article(
    'وقال وزير المالية ناصر الحمد: «الميزانية متوازنة هذا العام».',
    'ورد عليه النائب سالم العتيبي بالقول: «الأرقام لا تدعم ما يقوله الوزير».',
  ));
  assert.equal(speakerOf(a, 'الأرقام لا تدعم').name, 'سالم العتيبي');
});

test('`نقلت وكالة عن <a long role> الدكتورة … قولها`: the source after عن is read past a long role', () => {
  const a = analyzeArticle(article('ونقلت وكالة الأنباء عن أستاذة علم الأحياء الدقيقة في جامعة الملك سعود بالرياض الدكتورة منيرة الدوسري قولها إن «اللقاح آمن وفعال».'));
  assert.equal(speakerOf(a, 'اللقاح آمن').name, 'منيرة الدوسري');
});

test('`"…"، بهذه العبارة لخص X`: a quote summed up by its speaker after it; `كبير المفاوضين` and `روائي` are roles', () => {
  const a = analyzeArticle(article(
    '«السوق يحتاج إلى ثقة قبل أن يحتاج إلى أموال»، بهذه العبارة لخص المستثمر فهد العلي وضع البورصة.',
    'وقالت كبيرة المفاوضين في الوفد الدكتورة سلمى يوسف إن «الجولة المقبلة حاسمة».',
    'وقال الروائي المصري أحمد مراد: «الكتابة عمل يومي شاق».',
  ));
  assert.equal(speakerOf(a, 'السوق يحتاج').name, 'فهد العلي');
  const s = speakerOf(a, 'الجولة المقبلة');
  assert.equal(s.name, 'سلمى يوسف');
  assert.equal(s.role, 'كبيرة المفاوضين في الوفد');
  assert.equal(speakerOf(a, 'الكتابة عمل').name, 'أحمد مراد');
});

test('`وعاد الوزير ليؤكد أن`: a cue with the lam of purpose speaks through the subject of the verb before it', () => {
  const a = analyzeArticle(article(
    'وقال رئيس الهيئة خالد المطيري إن «الخطة تسير وفق الجدول».',
    'وقال عضو المجلس سعيد الرميح إن «الخطة متأخرة».',
    'ثم عاد المطيري ليؤكد أن الهيئة «لم تتأخر يوما واحدا».',
  ));
  assert.equal(speakerOf(a, 'لم تتأخر').name, 'خالد المطيري');
});

test('a family nisba after a compound with عبد ends the name: `طارق عبد المجيد الزهراني`', () => {
  const a = analyzeArticle(article(
    'وقال محمد عبد الرحمن القحطاني: «المشروع يخدم الأحياء الجنوبية».',
    'وأضاف القحطاني أن «التنفيذ يبدأ الشهر المقبل».',
  ));
  assert.equal(speakerOf(a, 'المشروع يخدم').name, 'محمد عبد الرحمن القحطاني');
  assert.equal(speakerOf(a, 'التنفيذ يبدأ').name, 'محمد عبد الرحمن القحطاني');
});

test('a headline speaker with where they are before the colon: `أهالي النسيم بجدة: «…»`', () => {
  const a = analyzeArticle(article('أهالي النسيم بجدة: «الطريق مغلق منذ شهر كامل»', '', 'جدة - اشتكى سكان الحي من إغلاق الطريق الرئيسي.'));
  const q = a.quotes.find((x) => x.text.startsWith('الطريق مغلق'))!;
  assert.equal(q.kind, 'direct');
  assert.equal(speakerOf(a, 'الطريق مغلق').name, 'أهالي النسيم');
});

test('`…، لكن X قاطعه قائلا`: a clause opened by لكن with a known speaker as its subject goes on with that speaker', () => {
  const a = analyzeArticle(article(
    'وقال الوزير حسن الفارس: «المشروع ممول بالكامل».',
    'وقال النائب ماجد العلي: «التمويل غير كاف».',
    'وعاد الفارس ليؤكد أن التمويل «مضمون»، لكن العلي قاطعه قائلا: «الأرقام تقول غير ذلك».',
  ));
  assert.equal(speakerOf(a, 'مضمون').name, 'حسن الفارس');
  assert.equal(speakerOf(a, 'الأرقام تقول').name, 'ماجد العلي');
});

test('`غير أن الناقد X، وهو من …، رأى أن`: a clause opener and a description between commas before the verb leave X the subject', () => {
  const a = analyzeArticle(article(
    'وقال مدير المهرجان سامي العلي إن «الدورة ناجحة».',
    'لكن المخرج التونسي نبيل الهادي، وهو من أبرز المشاركين، اعتبر أن التنظيم «كان ضعيفا».',
  ));
  assert.equal(speakerOf(a, 'كان ضعيفا').name, 'نبيل الهادي');
});

test('`… على X وهو يتسلم الجائزة، وقال`: one known, before وهو and an imperfect verb, goes on speaking', () => {
  const a = analyzeArticle(article(
    'وقالت رئيسة اللجنة منى حداد إن «الفائز يستحق الجائزة».',
    'وفاز الشاعر سليم عواد بالجائزة الكبرى.',
    'وبدت الفرحة على عواد وهو يصعد إلى المنصة، وقال: «أهدي الجائزة إلى والدتي».',
  ));
  assert.equal(speakerOf(a, 'أهدي الجائزة').name, 'سليم عواد');
});

test('a short quote governed by the preposition right after its cue is speech: `حذر من "…"`; after other words it is a place (`عبر حسابه في "إكس"`)', () => {
  const a = analyzeArticle(article(
    'وقال المحلل المالي سامر الخطيب إن السوق «يتعافى ببطء»، لكنه حذر من «التسرع في الشراء»، ونشر عبر حسابه في «إكس» صورة للمؤشر.',
  ));
  assert.equal(a.quotes.find((q) => q.text === 'التسرع في الشراء')?.kind, 'direct');
  assert.equal(speakerOf(a, 'التسرع في الشراء').name, 'سامر الخطيب');
  assert.equal(a.quotes.find((q) => q.text === 'إكس')?.kind, 'term');
});

test('after لـ a medium has a short name: `انتقد الحكم لـ"تأخره في إشهار البطاقة الحمراء"` is speech, `قال لـ«عكاظ»` a name', () => {
  const a = analyzeArticle(article(
    'وقال مدرب الفريق عادل حسن لـ«عكاظ» إن «اللاعبين قدموا كل ما لديهم».',
    'لكنه انتقد الاتحاد لـ«تأخره في اعتماد جدول المباريات النهائي».',
  ));
  assert.equal(a.quotes.find((q) => q.text === 'عكاظ')?.kind, 'term');
  assert.equal(a.quotes.find((q) => q.text.startsWith('تأخره'))?.kind, 'direct');
  assert.equal(speakerOf(a, 'تأخره في').name, 'عادل حسن');
});

test('after لـ, a short quote is the medium told also after وفق ما / بحسب ما (`وفق ما صرح به لـ"الاقتصادية"`)', () => {
  const a = analyzeArticle(article('وقال المحلل خالد العمري إن "التراجع طبيعي"، وفق ما صرح به لـ"الاقتصادية"، مضيفا أن "السوق كانت بحاجة إلى هذه الاستراحة".'));
  assert.equal(quote(a, 'الاقتصادية').kind, 'term');
  assert.equal(speakerOf(a, 'التراجع طبيعي').name, 'خالد العمري');
  assert.equal(speakerOf(a, 'السوق كانت').name, 'خالد العمري');
});

test('a ruling no one is named as issuing is the court\'s the article named before it (`وجاء في الحكم أن`, `في حيثيات الحكم`)', () => {
  const a = analyzeArticle(article(
    'ألزمت المحكمة التجارية بالرياض وكالة سيارات باستبدال مركبة لمواطن بعد ثبوت عيب مصنعي فيها.',
    'وقال محامي المدعي سالم العتيبي إن موكله «استنفد كل الطرق الودية».',
    'وجاء في الحكم، الذي اطلعت "سبق" على نسخة منه، أن الوكالة "أخفقت في إصلاح العيب رغم إدخال المركبة إلى مركز الصيانة خمس مرات".',
  ));
  assert.equal(speakerOf(a, 'أخفقت في إصلاح').name, 'المحكمة التجارية بالرياض');
  assert.equal(speakerOf(a, 'استنفد كل').name, 'سالم العتيبي');
  // (a part of the ruling stands for it: `وجاء في حيثيات الحكم أن`)
  const b = analyzeArticle(article(
    'قضت المحكمة الجزائية في جدة بسجن خمسة متهمين بعد إدانتهم بسرقة المحولات من السيارات.',
    'وجاء في حيثيات الحكم أن المتهمين "استغلوا ساعات الفجر الأولى وخلو المواقف من المارة".',
  ));
  assert.match(speakerOf(b, 'استغلوا ساعات').name, /^المحكمة الجزائية/);
});

test('الفائز is a role: `وعبّر الفائز بالمركز الأول X عن سعادته، وقال:` is X speaking, not the speaker before', () => {
  const a = analyzeArticle(article(
    'وقال رئيس اللجنة عبدالله بن سعيد العسيري إن المسابقة "تكشف عن مواهب واعدة".',
    'وعبّر الفائز بالمركز الأول ظافر القحطاني عن سعادته بالفوز، وقال: «هذه القصيدة كتبتها في ليلة ماطرة».',
  ));
  assert.equal(speakerOf(a, 'هذه القصيدة').name, 'ظافر القحطاني');
});

test('`ألقت الطالبة X كلمة الخريجين، وقالت فيها:`: a verb of form IV opening on ال after normalising (ألقى، ألغى، ألزم) opens its sentence, and its subject goes on speaking', () => {
  const a = analyzeArticle(article(
    'وقال مدير الجامعة الدكتور منصور بن سعيد آل مفرح إن الخريجين "ثروة الوطن".',
    'وألقت الطالبة ريم بنت عبدالله الشهري، الحاصلة على المركز الأول في كلية الطب، كلمة الخريجين، وقالت فيها: «الطريق لم يكن مفروشاً بالورود».',
  ));
  assert.equal(speakerOf(a, 'الطريق لم يكن').name, 'ريم بنت عبدالله الشهري');
});

test('the antecedent of الذي is the person named right before its comma, or before where they work', () => {
  const a = analyzeArticle(article(
    'ويضم العرض لوحات تمزج بين فن الخط العربي والتصوير، بمشاركة المصور الفرنسي جان دوبون، الذي وصف التجربة بأنها «رحلة بين لغتين».',
    'وعلق الأستاذ مارك هيل من جامعة أكسفورد البريطانية، الذي قال في اتصال هاتفي إن المعرض «فريد من نوعه».',
  ));
  assert.equal(speakerOf(a, 'رحلة بين لغتين').name, 'جان دوبون');
  assert.equal(speakerOf(a, 'فريد من نوعه').name, 'مارك هيل');
});

test('a pronoun after the cue is no speaker: `كتب فيها`, `وفق ما صرح به لـ"…"`', () => {
  const a = analyzeArticle(article(
    'وودع اللاعب سامي الفرج جماهير ناديه برسالة نشرها على حسابه، كتب فيها: «شكرا لكل من وقف معي».',
    'وقال المحلل خالد الزهراني إن السوق «تمر بتصحيح طبيعي»، وفق ما صرح به لـ«الاقتصادية».',
  ));
  assert.equal(speakerOf(a, 'شكرا لكل').name, 'سامي الفرج');
  assert.equal(speakerOf(a, 'تمر بتصحيح').name, 'خالد الزهراني');
});

test('a headline speaker with و after `..`: `… .. ومدرب الفريق يرد: «…»`, `.. والسكان: «…»`', () => {
  const a = analyzeArticle(article(
    'رئيس النادي: «خسرنا بسبب التحكيم».. ومدرب المنافس يرد: «الكرة لا تعرف الأعذار»',
    '',
    'جدة - انتهت المباراة بفوز الضيوف.',
  ));
  const s = speakerOf(a, 'الكرة لا تعرف');
  assert.equal(s.name, 'مدرب المنافس');
  const b = analyzeArticle(article('إغلاق طريق الملك فهد أسبوعين.. والسكان: «الزحام لا يطاق»', '', 'الرياض - أعلنت الأمانة إغلاق الطريق.'));
  assert.equal(speakerOf(b, 'الزحام لا يطاق').name, 'السكان');
});

test('guillemets typed the wrong way round pair the wrong way round: `»البيئة«` is a term, the quote after it its own', () => {
  const a = analyzeArticle(article('السجن لعصابة »الصقور«.. وحارس مبنى: «سمعت صوتا غريبا في الليل»', '', 'جدة - قضت المحكمة بسجن المتهمين.'));
  assert.equal(a.quotes.find((q) => q.text === 'الصقور')?.kind, 'term');
  assert.equal(speakerOf(a, 'سمعت صوتا').name, 'حارس مبنى');
});

test('a name after its introducer and بـ is a term: `المعروفة محليا بـ"…"`, `حملت اسم «…»`, `في نظام «…»`', () => {
  const a = analyzeArticle(article(
    'وقال مدير الشرطة اللواء سعد العمري إن العصابة سرقت القطع المعروفة محليا بـ"الذهب الأسود" من السيارات، ضمن عملية حملت اسم «الليل الطويل»، وسجلت في نظام «راصد».',
  ));
  for (const t of ['الذهب الأسود', 'الليل الطويل', 'راصد']) assert.equal(a.quotes.find((q) => q.text === t)?.kind, 'term', t);
});

test('`نقل` reports only with عن / على لسان after it; `نقلت عنه صحيفة … قوله` is the one just introduced', () => {
  const a = analyzeArticle(article(
    'وقال مدير التعليم فهد السالم إن الوزارة ستتولى نقل الطلاب بحافلات حديثة «ستخضع لفحص شامل».',
    'في المقابل، لم يخف رئيس النادي المنافس كريم بنعيسى غضبه، إذ نقلت عنه صحيفة «الأيام» قوله إن الصفقة «تمت من وراء ظهرنا».',
  ));
  assert.equal(speakerOf(a, 'ستخضع لفحص').name, 'فهد السالم');
  assert.equal(speakerOf(a, 'تمت من وراء').name, 'كريم بنعيسى');
});

test('an imperfect verb after أن is no report; `زاد` reports only with the words close after it; `سأل` asks', () => {
  const a = analyzeArticle(article(
    'وقال المزارع حسن الشهري إنه اعتمد على خبرته، قبل أن يكشف الجهاز مرضا في حقله «لم أكن لأراه بعيني».',
    'وقالت الباحثة هدى سالم إن الطلب على الأجهزة «يتزايد»، وزادت حدة المنافسة بين الشركات، إذ «صار كل منتج يقلد الآخر».',
    'وفي المؤتمر، سألها أحد الصحفيين: «هل تخشين المنافسة؟» فردت بابتسامة.',
  ));
  assert.equal(speakerOf(a, 'لم أكن لأراه').name, 'حسن الشهري');
  assert.equal(speakerOf(a, 'صار كل منتج').name, 'هدى سالم');
  assert.equal(speakerOf(a, 'هل تخشين').name, 'أحد الصحفيين');
});

test('`أما X، الذي …، فقال`: a relative clause between commas after the subject leaves X the subject', () => {
  const a = analyzeArticle(article(
    'وقال المخرج سامي نور إن الفيلم «تجربة جديدة».',
    'أما الممثل وليد حمدي، الذي أدى الدور الرئيسي، فقال إن العمل «يستحق كل ريال».',
  ));
  assert.equal(speakerOf(a, 'يستحق كل ريال').name, 'وليد حمدي');
});

test('an unnamed role, then a role and a name between commas: the person named there speaks', () => {
  const a = analyzeArticle(article('من جانبه، أكد محامي الشركة، المستشار القانوني فيصل بن ناصر الدوسري، أن موكلته «لم تخالف أي نظام».'));
  assert.equal(speakerOf(a, 'لم تخالف').name, 'فيصل بن ناصر الدوسري');
});

test('`لكن وكيل اللاعب، الفرنسي جان مارك، رد مؤكدا`: a subject with a nationality and name in apposition before its verb', () => {
  const a = analyzeArticle(article(
    'وقال رئيس النادي سالم العتيبي إن الصفقة «تمت بطريقة غير لائقة».',
    'لكن وكيل اللاعب، الإيطالي ماركو روسي، رد عبر حسابه مؤكدا أن النادي «كان يعلم بكل التفاصيل».',
  ));
  assert.equal(speakerOf(a, 'كان يعلم').name, 'ماركو روسي');
});

test('`وهو ما نفاه X، مؤكدا أن «…»`: the one who denied goes on speaking, also named by the family name alone', () => {
  const a = analyzeArticle(article(
    'وقال عدد من الموظفين إن الدمج «سيؤدي إلى تسريح بعضهم».',
    'وهو ما نفاه مدير الإدارة خالد الحربي، مؤكدا أن «جميع الموظفين سيبقون في وظائفهم».',
  ));
  assert.equal(speakerOf(a, 'جميع الموظفين').name, 'خالد الحربي');
  // (mid-sentence, by the family name alone: a bare definite word, read as a body's name, is the person met by it)
  const b = analyzeArticle(article(
    'وقال المدير العام للتعليم الدكتور ناصر بن عبدالله العبدالكريم إن الدمج «ليس إجراء لتوفير النفقات».',
    'ويخشى بعض المعلمين أن يكون الدمج مقدمة لتقليص الوظائف، وهو ما نفاه العبدالكريم، مؤكدا أن «جميع المعلمين سينتقلون مع طلابهم».',
  ));
  assert.equal(speakerOf(b, 'جميع المعلمين').name, 'ناصر بن عبدالله العبدالكريم');
});

test('`ورفض X ما ذكره Y، قائلا: «…»`: a `ما` clause after the sentence\'s subject is its object, and X goes on speaking', () => {
  // (with a role before the name, and with commas around the clause)
  for (const refusal of ['ورفض رئيس المجلس الدكتور علي عبد العال ما ذكره النائب', 'ورفض الدكتور علي عبد العال، ما ذكره النائب']) {
    const a = analyzeArticle(article('وقال النائب ضياء داوود إن البلاد «تمر بظروف صعبة».', `${refusal}، قائلا: «هذه الكلمة لا يجب أن تقال، البلد صامدة».`));
    assert.equal(speakerOf(a, 'هذه الكلمة').name, 'علي عبد العال', refusal);
  }
});

test('a body\'s head word with its article after a name is the object, no family name: `وانتقد الوزير خالد سعيد الحكومة، قائلا`', () => {
  for (const body of ['الحكومة', 'الوزارة']) {
    const a = analyzeArticle(article('وقال رئيس الوزراء محمد علي إن الاجتماع كان ناجحا.', `وانتقد الوزير خالد سعيد ${body}، قائلا: «البلد تعرضت لهزة كبيرة».`));
    assert.equal(speakerOf(a, 'البلد تعرضت').name, 'خالد سعيد', body);
  }
});

test('a body\'s known name of several words is read whole, in a role too: `مدير برامج أطباء بلا حدود في إيطاليا X`', () => {
  const a = analyzeArticle(article('وقال مدير برامج أطباء بلا حدود في إيطاليا ماركو بيرتوتو «هذه الحوادث المفجعة تأتي نتيجة السياسات الأوروبية».'));
  const s = speakerOf(a, 'الحوادث المفجعة');
  assert.equal(s.name, 'ماركو بيرتوتو');
  assert.equal(s.role, 'مدير برامج أطباء بلا حدود في إيطاليا');
  // the body itself speaking, its name whole; `أطباء` alone are doctors, no body
  const b = analyzeArticle(article('وقالت أطباء بلا حدود إن «الوضع في المخيمات كارثي».'));
  assert.deepEqual([speakerOf(b, 'الوضع في المخيمات').name, speakerOf(b, 'الوضع في المخيمات').type], ['أطباء بلا حدود', 'organization']);
  const c = analyzeArticle(article('ووصف أطباء الفتوى بأنها «خطوة تاريخية ستنقذ حياة المرضى».'));
  assert.notEqual(c.speakers.find((x) => x.name === 'أطباء')?.type, 'organization');
});

test('a preposition carrying a pronoun opens no speaker: `ويتفق معه محللون …` is no phrase «معه محللون»', () => {
  const text = 'ويتفق معه محللون استطلعت الصحيفة آراءهم';
  const tokens = tokenize(text);
  assert.equal(parseSpeakerPhrase(text, tokens, 1, tokens.length, new Uint8Array(tokens.length)), null);
  // the words after it still read as a phrase of their own
  assert.equal(parseSpeakerPhrase(text, tokens, 2, tokens.length, new Uint8Array(tokens.length))?.type, 'anonymous');
});

test('an unnamed source in the accusative (`غير أن مصدرا مطلعا … قال`) and a rank before a long name (`المقدم …`)', () => {
  const a = analyzeArticle(article(
    'ولم تكشف الوزارة عن تفاصيل الاتفاق، غير أن مسؤولا رفيعا في الوزارة قال إن القيمة «تتجاوز مليار ريال».',
    'وقال المتحدث الإعلامي للدفاع المدني بمنطقة تبوك المقدم خالد بن سعيد آل زايد إن الفرق «تعاملت مع كل البلاغات».',
  ));
  assert.equal(speakerOf(a, 'تتجاوز مليار').name, 'مسؤول رفيع');
  assert.equal(speakerOf(a, 'تعاملت مع كل').name, 'خالد بن سعيد آل زايد');
});

test('روى reports; after `سأله أحد الحضور` the one asked answers; `قبل أن تضيف ضاحكة:` still reports', () => {
  const a = analyzeArticle(article(
    'وروت المعلمة سعاد أحمد، وهي أم لثلاثة أطفال، أن المياه «دخلت البيت خلال دقائق».',
    'وقال الكاتب نبيل فارس إن الترجمة «جسر بين الثقافات». وحين سأله أحد الحضور عن مترجمه، قال: «هو صديقي ومنافسي».',
    'وقالت الطالبة ريم خالد إنها «تقرأ كل يوم»، قبل أن تضيف ضاحكة: «والنصف الآخر للنوم».',
  ));
  assert.equal(speakerOf(a, 'دخلت البيت').name, 'سعاد أحمد');
  assert.equal(speakerOf(a, 'هو صديقي').name, 'نبيل فارس');
  assert.equal(speakerOf(a, 'والنصف الآخر').name, 'ريم خالد');
});

test('`وجاء في بيان أصدره X`, `رئيس رابطة مشجعي النادي X`, `على ما وصفه X بـ"…"`', () => {
  const a = analyzeArticle(article(
    'وجاء في بيان أصدره المرصد العربي للحقوق أن الاتفاق «يكرر الأخطاء نفسها».',
    'فيما أكد رئيس رابطة مشجعي النصر فهد العتيبي أن الجماهير «لن تحضر المباراة».',
    'واستقال ثلاثة أعضاء احتجاجا على ما وصفه نائب الرئيس عادل الحربي بـ«الانفراد بالقرار».',
  ));
  assert.equal(speakerOf(a, 'يكرر الأخطاء').name, 'المرصد العربي للحقوق');
  assert.equal(speakerOf(a, 'لن تحضر').name, 'فهد العتيبي');
  assert.equal(speakerOf(a, 'الانفراد بالقرار').name, 'عادل الحربي');
});

test('terms: `تلقب بـ"…"`, a term noun with a possessive (`روايتها «…»`), a grade of one letter (`الفئة "أ"`), `ركن «…»`', () => {
  const a = analyzeArticle(article(
    'وقالت الكاتبة منى سعيد، التي ترجمت روايتها «بيت الرمل» إلى خمس لغات، إن المدينة التي تلقب بـ"عروس البحر" ألهمتها، وإن ركن «الكاتب الشاب» في المعرض «فكرة رائعة».',
    'وأغلقت الشركة جولة تمويل من الفئة "أ" بقيمة عشرة ملايين دولار.',
  ));
  for (const t of ['بيت الرمل', 'عروس البحر', 'أ', 'الكاتب الشاب']) assert.equal(a.quotes.find((q) => q.text === t)?.kind, 'term', t);
  assert.equal(a.quotes.find((q) => q.text === 'فكرة رائعة')?.kind, 'direct');
});

test('an indefinite role with no complement of its own is someone new: `وأكد لاعب في الفريق` is not the fan quoted before', () => {
  const a = analyzeArticle(article(
    'وقال المشجع سعد بن فالح المطيري، الذي يتابع الفريق منذ عشرين عاما: «لم نر النادي بهذه الحال من قبل».',
    'وأكد لاعب في الفريق الأول، فضل عدم ذكر اسمه، أن اللاعبين «لم يتسلموا رواتبهم منذ ثلاثة أشهر».',
  ));
  // (`فالح` is a name, not ف + ال + ح)
  assert.equal(speakerOf(a, 'لم نر النادي').name, 'سعد بن فالح المطيري');
  assert.equal(speakerOf(a, 'لم يتسلموا').name, 'لاعب');
  // and after someone named with no role at all
  const b = analyzeArticle(article(
    'وقال سعد بن فالح المطيري: «لم نر النادي بهذه الحال من قبل».',
    'وأكد لاعب في الفريق الأول أن اللاعبين «لم يتسلموا رواتبهم منذ ثلاثة أشهر».',
  ));
  assert.equal(speakerOf(b, 'لم يتسلموا').name, 'لاعب');
});

test('a headline name carrying و before the colon: `.. وبيتروفيتش: «…»` is the coach named in the body', () => {
  const a = analyzeArticle(article(
    'النادي يقيل مدربه بعد الخسارة الثالثة.. وبيتروفيتش: «جئت لأصنع فريقا بطلا»',
    '',
    'الدمام - أعلن النادي التعاقد مع المدرب الصربي ميلان بيتروفيتش.',
    'وقال بيتروفيتش إن الفريق «يملك لاعبين مميزين».',
  ));
  const q = a.quotes.find((x) => x.text.startsWith('جئت'))!;
  assert.equal(q.kind, 'direct');
  assert.equal(speakerOf(a, 'جئت لأصنع').name, 'ميلان بيتروفيتش');
  // `وختاما:` is no one
  const b = analyzeArticle(article('وختاما: «شكرا لكم جميعا على الحضور الكريم»'));
  assert.ok(!b.speakers.some((s) => s.name.includes('ختاما')));
});

test('a quote after a construct subject opening a reported clause is its predicate: `إن مجلس الوزراء "يدرس …"` is speech', () => {
  const a = analyzeArticle(article(
    'وقال وكيل الوزارة الدكتور عبدالرحمن الشمراني إن نظام المواعيد "أثبت فاعليته خلال الأسابيع الماضية"، مبيناً أن الزحام انخفض.',
    'من جهته، قال مسؤول حكومي رفيع إن مجلس الوزراء "يدرس خيار سحب المشروع وإعادة تقديمه" إذا تعذر تمريره.',
  ));
  assert.equal(quote(a, 'أثبت فاعليته').kind, 'direct');
  assert.equal(speakerOf(a, 'أثبت فاعليته').name, 'عبدالرحمن الشمراني');
  assert.equal(quote(a, 'يدرس خيار').kind, 'direct');
  assert.equal(speakerOf(a, 'يدرس خيار').name, 'مسؤول حكومي رفيع');
  // a name inside the subject, its verb after it, and a short acronym, stay names
  const b = analyzeArticle(article(
    'وقال المتحدث إن برنامج التدريب "رحلة الألف ميل" انطلق أمس.',
    'وأكد المدير أن حركة المقاومة الإسلامية "حماس" رفضت العرض.',
  ));
  assert.equal(quote(b, 'رحلة الألف').kind, 'term');
  assert.equal(quote(b, 'حماس').kind, 'term');
});

test('an outlet in quotes after a verb of asking or meeting, or after `في اتصال هاتفي مع`, is a name, not speech', () => {
  // (after speech: the one-word quote was read as more of the speaker's words)
  const a = analyzeArticle(article(
    'وقال المحلل خالد العمري إن السوق "تمر بمرحلة تصحيح". ويتفق معه محللون في أن ما حدث "تصحيح صحي" ما دام المؤشر يتداول فوق متوسطه. وسألت «الاقتصادية» رئيسة إدارة الأبحاث سارة المطيري عما إذا كان التراجع مرتبطا بالفائدة.',
    'وقال رئيس النادي ماجد القحطاني إن الاستقالات "لن توقف العمل"، مؤكداً في اتصال هاتفي مع «الرياضية» أن المجلس "سيواصل عمله بمن بقي".',
    'وقال الوزير إن المشروع "سيكتمل قريبا". والتقت «الوطن» عددا من السكان في الحي.',
  ));
  assert.equal(quote(a, 'الاقتصادية').kind, 'term');
  assert.equal(quote(a, 'الرياضية').kind, 'term');
  assert.equal(quote(a, 'الوطن').kind, 'term');
  assert.equal(speakerOf(a, 'سيواصل عمله').name, 'ماجد القحطاني');
});

test('the one asked answers: after `وسألت «الاقتصادية» … سارة المطيري عما …`, `فأجابت` is hers, not the last speaker\'s', () => {
  const a = analyzeArticle(article(
    'وقال المحلل خالد العمري إن السوق "تمر بمرحلة تصحيح". وسألت «الاقتصادية» رئيسة إدارة الأبحاث سارة بنت خالد المطيري عما إذا كان التراجع مرتبطا بالفائدة، فأجابت: «جزئيا نعم. السوق بدأت تسعر خفضين».',
    'وقال المحلل خالد العمري إن الأسعار "سترتفع". وسأل الصحفي الوزير عن موعد المشروع، فأجاب: «قريبا جدا».',
  ));
  assert.equal(speakerOf(a, 'جزئيا نعم').name, 'سارة بنت خالد المطيري');
  assert.equal(speakerOf(a, 'قريبا جدا').name, 'الوزير');
  // `سأله` asks the one spoken of: the answer stays with him
  const b = analyzeArticle(article('وقال الوزير خالد العمري إن المشروع "سيكتمل قريبا". وحين سأله أحد الحضور عن الموعد، قال: «خلال شهرين».'));
  assert.equal(speakerOf(b, 'خلال شهرين').name, 'خالد العمري');
});

test('a source before its verb with a clause on its anonymity between commas speaks, named in the nominative', () => {
  const a = analyzeArticle(article(
    'وقال النادي في بيان إن اللاعب "سيغادر". ولم يكشف النادي عن قيمة الصفقة، غير أن مصدرا مقربا من المفاوضات، طلب عدم الكشف عن هويته، قال إن المبلغ "تجاوز تسعة ملايين يورو".',
    'وقال الاتحاد إن الموعد "ثابت". لكن مسؤولا في الاتحاد، رفض الكشف عن اسمه، أكد أن القرار "نهائي ولا رجعة فيه".',
  ));
  assert.equal(speakerOf(a, 'تجاوز تسعة').name, 'مصدر مقرب');
  assert.equal(speakerOf(a, 'نهائي ولا').name, 'مسؤول');
  // (a bare final alif of a name is its own: `أمريكا`, and a source's plural keeps its letters)
  const b = analyzeArticle(article('وقالت مصادر مطلعة إن الاجتماع "سيعقد غدا".'));
  assert.equal(speakerOf(b, 'سيعقد غدا').name, 'مصادر مطلعة');
});

test('`ما تسميه "…"` is the speaker\'s own word (the verb of naming, folded like the noun تسمية), while `تسمية "…"` names', () => {
  const a = analyzeArticle(article(
    'وقالت الباحثة سهى الخصاونة إن الأسعار "مرتفعة جدا". وتقترح الخصاونة أن تتبنى البلديات والمساجد ما تسميه "الأعراس المجتمعية"، أي قاعات عامة بأسعار رمزية.',
    'وأطلق الناشطون تسمية "ربيع المدن" على الحراك.',
  ));
  assert.equal(quote(a, 'الأعراس المجتمعية').kind, 'direct');
  assert.equal(speakerOf(a, 'الأعراس المجتمعية').name, 'سهى الخصاونة');
  assert.equal(quote(a, 'ربيع المدن').kind, 'term');
});

test('a naming noun inside the subject of a reported clause, as its genitive, does not make the predicate a name: `إن الشارع الرئيسي للحي "محفور منذ سنتين"`', () => {
  const a = analyzeArticle(article(
    'قال المواطن حسن الناصر إن الشارع الرئيسي للحي "محفور منذ سنتين". وأضاف: «نسمع عن المليارات كل عام».',
    'وقال المتحدث إن برنامج التدريب "رحلة الألف ميل" انطلق أمس.',
    'وقال المدير إن برنامج "رحلة الألف ميل" سيعود.',
  ));
  assert.equal(quote(a, 'محفور منذ').kind, 'direct');
  assert.equal(speakerOf(a, 'محفور منذ').name, 'حسن الناصر');
  // the noun that heads the subject, or the name with its verb after it, still names
  assert.equal(a.quotes.filter((q) => q.text.includes('رحلة الألف')).every((q) => q.kind === 'term'), true);
});

test('a short quote with a number opened by a preposition of time (`"خلال 48 ساعة"`) is lifted from speech; `«رؤية 2030»` still names', () => {
  const a = analyzeArticle(article(
    'وقالت المتحدثة أمل القرني إن الحالات "مستقرة"، لافتة إلى أن النتائج النهائية للتحاليل ستصدر "خلال 48 ساعة".',
    'وأطلقت الوزارة «رؤية 2030» وبرنامج "جالكسي أس6".',
  ));
  assert.equal(quote(a, 'خلال 48').kind, 'direct');
  assert.equal(speakerOf(a, 'خلال 48').name, 'أمل القرني');
  assert.equal(quote(a, 'رؤية 2030').kind, 'term');
  assert.equal(quote(a, 'جالكسي').kind, 'term');
});

test('`أحد أقارب المصابين` is named whole, and by the name given after `، ويدعى …،`', () => {
  const a = analyzeArticle(article(
    'وقال أحد سكان الحي إن المياه "دخلت البيوت".',
    'وروى أحد أقارب المصابين، ويدعى عبدالرحمن المطيري، لـ"سبق" أن الأعراض ظهرت على والدته، وقال: "ظننا في البداية أنها وعكة عابرة".',
  ));
  assert.equal(speakerOf(a, 'دخلت البيوت').name, 'أحد سكان الحي');
  assert.equal(speakerOf(a, 'ظننا في البداية').name, 'عبدالرحمن المطيري');
});

test('a quote inside a quote brought in by a colon is speech, and the one the verb before it names says it', () => {
  const a = analyzeArticle(article(
    'وروى أحد حراس المواقع أنه شاهد شاحنة صغيرة، وقال: "ظننتهم عمالاً، ولما سألتهم قال لي أحد الرجال: "نحن من طرف الشركة، جئنا ننقل المواد"، فتركتهم".',
    'وقال سعد بن مبارك الدوسري: "كنت أظن أن التعب من الكبر، والطبيب قال لي: "السكر عندك مرتفع ولازم تراجع المركز"، والحمد لله".',
    'وقال المدرب نونو بيريرا: "لم نفقد الثقة. قلت للاعبين بين الشوطين: "المباراة لم تبدأ بعد"، وأعتقد أنهم فهموا".',
    'وقال الكاتب فهد العلي: "صدر كتابي الأول بعنوان: "ذاكرة الخشبة" قبل عامين".',
  ));
  assert.equal(quote(a, 'نحن من طرف').kind, 'direct');
  assert.equal(speakerOf(a, 'نحن من طرف').name, 'أحد الرجال');
  assert.equal(speakerOf(a, 'السكر عندك').name, 'الطبيب');
  // `قلت …:` quotes the outer speaker's own words; a title after its noun and colon stays a name
  assert.equal(speakerOf(a, 'المباراة لم تبدأ').name, 'نونو بيريرا');
  assert.equal(quote(a, 'ذاكرة الخشبة').kind, 'term');
});

test('a short name inside the subject of a reported clause, its verb right after it, is a name: `بأن كاميرات "ساهر" ستواصل`', () => {
  const a = analyzeArticle(article(
    'وذكرت الإدارة العامة للمرور بأن كاميرات "ساهر" ستواصل رصد المخالفات في المنطقة.',
    'وذكر صندوق نماء في بيان أن استثماره في "مسار" يأتي "ضمن استراتيجيته لدعم الشركات".',
    'وقال مصدر عسكري لإذاعة محلية إن الهجوم "جبان" وإن الوحدات "تلاحق المهاجمين".',
    'وقالت الطبيبة سلمى الإدريسي إن الأطفال باتوا "الضحية الجديدة" للمرض.',
  ));
  assert.equal(quote(a, 'ساهر').kind, 'term');
  assert.equal(quote(a, 'مسار').kind, 'term');
  assert.equal(speakerOf(a, 'ضمن استراتيجيته').name, 'صندوق نماء');
  // a predicate stays speech: a second clause after it, or a preposition with its article
  assert.equal(quote(a, 'جبان').kind, 'direct');
  assert.equal(quote(a, 'الضحية الجديدة').kind, 'direct');
});

test('two quotes side by side with nothing between are no list: `أن تكون أغنية "رسالة إلى حلب" "الأكثر انتشارا"` is a title, then speech', () => {
  const a = analyzeArticle(article(
    'وقال المطرب فراس النعيمي إن الألبوم "عودة إلى الجذور"، وتوقع أن تكون أغنية "رسالة إلى حلب" "الأكثر انتشارا" لأنها تلامس وجع الناس.',
    'وأطلقت الفرقة أغنيتي «هيفي ميتال» و«شيلوورث آيكون» معا.',
  ));
  assert.equal(quote(a, 'رسالة إلى حلب').kind, 'term');
  assert.equal(quote(a, 'الأكثر انتشارا').kind, 'direct');
  assert.equal(speakerOf(a, 'الأكثر انتشارا').name, 'فراس النعيمي');
  // listed with و, a name after a name is still a name
  assert.equal(quote(a, 'شيلوورث').kind, 'term');
});
