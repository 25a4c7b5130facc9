// Arabic speakers and terms, a fifteenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt as phrase, speakerOf } from '../support/arabicQueries';

test('a friend or colleague (صديق، زميلة) is an unnamed source, named after `ويدعى`; `آخر` describes it, no word of a name', () => {
  const p = phrase('وقال صديق آخر، ويدعى كريم منصور، للصحيفة إن', 1);
  assert.equal(p?.type, 'person');
  assert.equal(p?.name, 'كريم منصور');
  const a = analyzeArticle(article(
    'وقالت زميلة له في العمل إن "الجميع كانوا يحبونه".',
    'وقال مسؤول آخر في الشركة إن "التحقيق ما زال مستمرا".',
  ));
  assert.equal(speakerOf(a, 'الجميع كانوا').name, 'زميلة');
  assert.equal(speakerOf(a, 'التحقيق ما زال').name, 'مسؤول آخر');
});

test('one described by a role before the article gives that role to a person it named already is that person', () => {
  const a = analyzeArticle(['سميث يصف الخطة بأنها "مكلفة"', 'ووصف وزير المالية البريطاني الخطة بأنها "غير واقعية".', 'وكان وزير المالية البريطاني جون سميث قد قال إن "الحكومة لن تتراجع".'].join('\n\n') + '\n');
  assert.equal(speakerOf(a, 'غير واقعية').name, 'جون سميث');
  assert.equal(speakerOf(a, 'الحكومة لن').name, 'جون سميث');
  assert.equal(a.speakers.filter((s) => s.name === 'وزير المالية البريطاني').length, 0);
});

test('`أورد` reports what follows it (`وأوردت الوكالة أنه "…"`)', () => {
  const a = analyzeArticle(article(
    'وقال قائد الشرطة إن "الوضع هادئ".',
    'وأوردت وكالة الأنباء الرسمية أنه "تم إسقاط طائرتين مسيرتين".',
  ));
  assert.equal(speakerOf(a, 'تم إسقاط').name, 'وكالة الأنباء الرسمية');
});

test('`وأكملت:` goes on with the one who spoke before; the verb names no one', () => {
  const a = analyzeArticle(article(
    'وقالت المغنية سارة خليل "بدأت من الصفر".',
    'وأكملت: "لم يصدق أحد أنني سأنجح".',
  ));
  assert.equal(speakerOf(a, 'لم يصدق أحد').name, 'سارة خليل');
});

test('after an impersonal opener (ويذكر أن، والجدير بالذكر أن) the subject stands before its verb, a comma between allowed', () => {
  const a = analyzeArticle(article(
    'وقالت الوزيرة هالة سالم إن "الخطة جاهزة".',
    'ويذكر أن السيناتور مارك ديفيس، قال في تغريدة: "الخطة ستفشل".',
    'والجدير بالذكر أن وزير الدفاع كان قد أعلن أن "الجيش مستعد".',
  ));
  assert.equal(speakerOf(a, 'الخطة ستفشل').name, 'مارك ديفيس');
  assert.equal(speakerOf(a, 'الخطة ستفشل').role, 'السيناتور');
  assert.equal(speakerOf(a, 'الجيش مستعد').name, 'وزير الدفاع');
});

test('a bare word shaped like a verb of saying (روى) right after a cue verb, before في or a colon, is its subject’s name', () => {
  const a = analyzeArticle(article(
    'وأصبحت الموسيقية آن روي مديرة للمعهد.',
    'وقالت روي في مقابلة مع الإذاعة: "سنبدأ من جديد".',
    'وأضافت أن "الطلاب يستحقون الأفضل".',
  ));
  assert.equal(speakerOf(a, 'سنبدأ من جديد').name, 'روي');
  assert.equal(speakerOf(a, 'الطلاب يستحقون').name, 'روي');
  assert.equal(a.quotes.find((q) => q.text.includes('سنبدأ'))?.cue, 'وقالت');
});

test('a dot between short letter groups spells initials (`إي.إس.بي.إن`): no sentence ends inside them', () => {
  const a = analyzeArticle(article(
    'وقال المدرب كارلوس ألبرتو إن "الفريق جاهز".',
    'وأوضح ألبرتو، لشبكة "سي.بي.إس" الأمريكية: "المباراة صعبة".',
  ));
  assert.equal(speakerOf(a, 'المباراة صعبة').name, 'كارلوس ألبرتو');
});

test('a verb whose object is someone’s name or identity (لم تذكر اسمه، الكشف عن هويته) reports nothing', () => {
  const a = analyzeArticle(article(
    'وقال مصدر أمني إن "الهجوم كان متوقعا".',
    'ونقلت الإذاعة عن المصدر الذي لم تذكر اسمه تأكيده أن "الرد سيكون قويا".',
  ));
  assert.equal(speakerOf(a, 'الرد سيكون').name, 'مصدر أمني');
});

test('a short span with a gloss or an abbreviation in brackets right after it is a name (a term), in either language', () => {
  const a = analyzeArticle(article(
    'وأعلنت الحكومة أن "الهيئة الوطنية للطاقة المتجددة" (هيطم) ستبدأ عملها الشهر المقبل.',
    'وقال الوزير إن "العمل سيبدأ فورا".',
  ));
  assert.equal(a.quotes.find((q) => q.text.startsWith('الهيئة الوطنية'))?.kind, 'term');
  assert.equal(speakerOf(a, 'العمل سيبدأ').name, 'الوزير');
});

test('a role word that is also a given name (نجم), its complement, a definite adjective, then a given name: the post, then its holder', () => {
  const p = phrase('يقول نجم ريال مدريد السابق كريم بنزيمة إن', 1);
  assert.equal(p?.name, 'كريم بنزيمة');
  assert.equal(p?.role, 'نجم ريال مدريد السابق');
});

test('a medium on the lam of the one told (لراديو، لقناة) names no subject, and a short quote after it is the medium’s name', () => {
  const a = analyzeArticle(article(
    'وقال وزير الخارجية جان دوبوا إن "الوضع صعب".',
    'وأضاف لراديو "إر.إف.إي" الفرنسي "الاتفاق لم يمت بعد".',
  ));
  assert.equal(speakerOf(a, 'الاتفاق لم يمت').name, 'جان دوبوا');
  assert.equal(a.quotes.find((q) => q.text === 'إر.إف.إي')?.kind, 'term');
});

test('a name in apposition to a role takes a family name with the article (عاطف الطراونة)، and a later `الذي قال فيه الطراونة` is that person', () => {
  const a = analyzeArticle(article(
    'وتوسط رئيس مجلس النواب، سامر المعايطة، بين النقابات والحكومة.',
    'وقوبل الاتفاق بالرفض، في الوقت الذي قال فيه المعايطة إن "الحوار سيستمر".',
  ));
  assert.equal(speakerOf(a, 'الحوار سيستمر').name, 'سامر المعايطة');
});

test('a purpose cue with the one answered on its preposition (ليرد عليها) takes a role and a name after it as its own subject', () => {
  const a = analyzeArticle(article(
    'وكتبت المغنية ليلى حسن أن "الأغنية هدية للجيش".',
    'ليرد عليها الناشط سامي الفقيه، قائلا إن "الجيش لا يحتاج أغاني".',
  ));
  assert.equal(speakerOf(a, 'الجيش لا يحتاج').name, 'سامي الفقيه');
});

test('a feminine noun on ب with its adjective after a cue (فأجابت بلغة عربية) is how it was said, no subject', () => {
  const a = analyzeArticle(article(
    'وقالت الممثلة رنا سالم إن "الفصحى جميلة".',
    'ثم أجابت بلغة عربية سليمة "سأتكلم بالفصحى".',
  ));
  assert.equal(speakerOf(a, 'سأتكلم بالفصحى').name, 'رنا سالم');
});

test('the plural present of a weak verb of saying (يرون، ينفون) is a cue, and two unnamed groups joined by و (خبراء ومحللين) are one subject', () => {
  const a = analyzeArticle(article(
    'وقال المدرب كريم سعيد إن "الفريق جاهز".',
    'لكن خبراء ومحللين يرون أن الجائزة تذهب إلى "أفضل لاعب في أفضل فريق".',
  ));
  assert.equal(speakerOf(a, 'أفضل لاعب').name, 'خبراء ومحللين');
});

test('a short phrase lifted into a reported clause stays the speaker’s words: an adverb in يا after it is no verb, and بين is no cue before it', () => {
  const a = analyzeArticle(article(
    'وقال المفتي سالم عمر إن القرار يخص "الشؤون الداخلية" حصريا.',
    'وأضاف أنه لا يوجد أي فرق بين "الغني والفقير" في البلاد.',
  ));
  assert.equal(speakerOf(a, 'الشؤون الداخلية').name, 'سالم عمر');
  assert.equal(speakerOf(a, 'الغني والفقير').name, 'سالم عمر');
});

test('a role’s last word on a lam or ba (`الرئيس التنفيذي لتويتر`) before a comma and a name in apposition is the role’s, not the name', () => {
  const p = phrase('وقال الرئيس التنفيذي لفيسبوك، جاك براون، في تغريدة', 1);
  assert.equal(p?.name, 'جاك براون');
  assert.equal(p?.role, 'الرئيس التنفيذي لفيسبوك');
});

test('a verbal noun of a cue (إعلان، تأكيد) with a role or name right after it and أن close after reports; `إعلان الاتفاق` reports nothing', () => {
  const a = analyzeArticle(article(
    'وقال رئيس النادي إن "اللاعب بخير".',
    'رغم إعلان مدرب الفريق الإسباني خوان لوبيز بعد المباراة، أن الإصابة "خطيرة جدا". وتابع "سيغيب عدة أسابيع".',
    'وقوبل إعلان الاتفاق بردود فعل غاضبة، وقال النقيب إن "الحوار مستمر".',
  ));
  assert.equal(speakerOf(a, 'خطيرة جدا').name, 'خوان لوبيز');
  assert.equal(speakerOf(a, 'سيغيب عدة').name, 'خوان لوبيز');
  assert.equal(speakerOf(a, 'الحوار مستمر').name, 'النقيب');
});

test('بين with a quote right after it is `between`, no cue; a comma between a cue verb and a subject opening on a name or role is read past', () => {
  const a = analyzeArticle(article(
    'وقال الوزير سالم حمد إن "الأزمة انتهت".',
    'وتعددت الأوسمة حول الأزمة، بين "ذكرى الحصار" و"أزمة الخليج"، حيث علق، ماجد سعيد، المدير السابق للقناة، قائلا: "عدت إلى البيت بعد ليلة صعبة".',
  ));
  assert.equal(a.quotes.find((q) => q.text === 'ذكرى الحصار')?.kind, 'term');
  assert.equal(speakerOf(a, 'عدت إلى البيت').name, 'ماجد سعيد');
});

test('after a role’s definite genitive, a body’s head with the article (`وطالب ملك الأردن الحكومة`) is the verb’s object, not the role’s; `رئيس اللجنة المنظمة` stays one role', () => {
  const p = phrase('وطالب ملك الأردن الحكومة ومجلس الأمة بقيادة حوار وطني شامل', 1);
  assert.equal(p?.role ?? p?.name, 'ملك الأردن');
  const q = phrase('وقال رئيس اللجنة المنظمة للأمسية الدكتور سعيد العمري إن', 1);
  assert.equal(q?.name, 'سعيد العمري');
});

test('`وسرعان ما` before the verb: the verb’s subject is the sentence’s, whom a participle after goes on with', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس جون سميث إن "روسيا يجب أن تعود".',
    'وسرعان ما أيد رئيس الوزراء الإيطالي ماريو روسي دعوة الرئيس مؤكدا في تغريدة أن "عودة روسيا مفيدة".',
  ));
  assert.equal(speakerOf(a, 'عودة روسيا').name, 'ماريو روسي');
});

test('after a verb of describing with no object pronoun, a phrase with the description on ب right after it is the one described, not the speaker', () => {
  const a = analyzeArticle(['سميث يصف زوجة رئيس الوزراء بـ"الرائعة"', 'وقال الرئيس الأمريكي جون سميث إن "الزيارة ناجحة".', 'وكان سميث قد وصف زوجة رئيس الوزراء بيتر براون بأنها "رائعة جدا".'].join('\n\n') + '\n');
  assert.equal(speakerOf(a, 'الرائعة').name, 'جون سميث');
  assert.equal(speakerOf(a, 'رائعة جدا').name, 'جون سميث');
});

test('`ما وصفه الجيش "…"`: a subject of the naming verb’s own, right before the words, is whose they are', () => {
  const a = analyzeArticle(article(
    'وقال رئيس الوزراء خالد سالم إن "البلاد مستعدة".',
    'وأصدرت الحكومة تعليمات بعد رصد ما وصفه الجيش "بنشاط غير عادي على الحدود".',
  ));
  assert.equal(speakerOf(a, 'بنشاط غير عادي').name, 'الجيش');
});

test('a definite word closing a three-word name before a participle of saying or بأن is the verb’s object, not the family name', () => {
  assert.equal(phrase('أيد رئيس الوزراء الإيطالي ماريو روسي الدعوة مؤكدا', 1)?.name, 'ماريو روسي');
  assert.equal(phrase('وصف الرئيس الفرنسي إيمانويل ماكرون الحادث بأنه', 1)?.name, 'إيمانويل ماكرون');
  assert.equal(phrase('وقال الدكتور عادل سليمان النجار إن', 1)?.name, 'عادل سليمان النجار');
});

test('a role in apposition ends where the words were said (`على صفحته بتويتر`), not at a year of study (`في السنة الثالثة`)', () => {
  assert.equal(phrase('علق، ماجد سعيد، المدير العام السابق للقناة على صفحته بتويتر، قائلا', 2)?.role, 'المدير العام السابق للقناة');
  assert.equal(phrase('وقال محمد علي، الطالب في السنة الثالثة بكلية الهندسة، إن', 1)?.role, 'الطالب في السنة الثالثة بكلية الهندسة');
});

test('`لأن المحكمة اعتبرته …`: a body named between لأن and the cue, right before it, is the cue’s subject', () => {
  const a = analyzeArticle(article(
    'وقالت صحيفة الأيام إن "القضية معقدة".',
    'وخسرت امرأة دعوى قضائية لأن المحكمة اعتبرته غير مناسب لأنه "يعزف العود".',
  ));
  assert.equal(speakerOf(a, 'يعزف العود').name, 'المحكمة');
});

test('`الأخير` (the latter) as a cue’s subject is the person named last', () => {
  const a = analyzeArticle(article(
    'وقال وزير الاقتصاد برونو لومير إن "أوروبا موحدة".',
    'ورد عليه الرئيس جون سميث في مؤتمر صحفي. لكن الأخير اتهم الاتحاد الأوروبي بأنه "لم يعامل بلاده بشكل جيد".',
  ));
  assert.equal(speakerOf(a, 'لم يعامل بلاده').name, 'جون سميث');
});
