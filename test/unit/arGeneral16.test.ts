// Arabic speakers and terms, a sixteenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, phraseAt as phrase, speakerOf } from '../support/arabicQueries';

test('one word after a body in a role, then a name of two words set off by commas: the word is the body\'s, the name the person\'s', () => {
  const p = phrase('وأكد المدير العام لشركة نفط إيران، حسين عبد الكريم، أن', 1);
  assert.equal(p?.name, 'حسين عبد الكريم');
  assert.equal(p?.role, 'المدير العام لشركة نفط إيران');
  const a = analyzeArticle(article(
    'وأكد المدير العام لبنك دبي إسطنبول، حسين عبد الكريم، أن "الإنتاج مستقر".',
    'وقال المدير العام للشركة: "لن نوقف التصدير".',
  ));
  assert.equal(speakerOf(a, 'الإنتاج مستقر').name, 'حسين عبد الكريم');
  assert.equal(speakerOf(a, 'لن نوقف').name, 'حسين عبد الكريم');
  // a one-word name with no apposition after it stays the name
  assert.equal(phrase('وقال المتحدث باسم الشرطة سامي إن', 1)?.name, 'سامي');
});

test('a feminine verb before a body\'s masculine noun (`طالبت الاتحاد`) has it as its object; the subject goes on', () => {
  const a = analyzeArticle(article(
    'دعت الجامعة العربية إلى التهدئة.',
    'وطالبت الاتحاد الدولي لكرة القدم بتقليص مدة المباريات و"إلغاء الوقت بدل الضائع".',
  ));
  assert.equal(speakerOf(a, 'إلغاء الوقت').name, 'الجامعة العربية');
});

test('a word written with ة is no stop word written with ه (`فلة` is a name, `فله` is not)', () => {
  const p = phrase('وأكدت الفنانة فلة الجزائرية أن', 1);
  assert.equal(p?.name, 'فلة الجزائرية');
  assert.equal(p?.role, 'الفنانة');
});

test('a sentence that named a person as its subject before a document goes on with that person, not the document\'s owner', () => {
  const a = analyzeArticle(article(
    'وقدمت الممثلة سلمى حايك اعتذارها لجمهورها بسبب قرار الانسحاب المفاجئ، قائلة "أعتذر من الجميع".',
  ));
  assert.equal(speakerOf(a, 'أعتذر من الجميع').name, 'سلمى حايك');
});

test('a name the headline read as a body, named later with a role, is a person (whom the sentence goes on with)', () => {
  const a = analyzeArticle(['بالدموع والاعتذار.. فلّة الجزائرية تعلن اعتزالها الفن', 'وقدمت الفنانة فلة اعتذارها لجمهورها بسبب قرار الانسحاب المفاجئ، قائلة "أعتذر من الجميع".'].join('\n\n') + '\n');
  const s = speakerOf(a, 'أعتذر من الجميع');
  assert.equal(s.name, 'فلّة الجزائرية');
  assert.equal(s.type, 'person');
});

test('after an impersonal `ويذكر أن`, one met already who opens the clause is whom its participle goes on with', () => {
  const a = analyzeArticle(article(
    'وكان رئيس الوزراء سعد الحريري قد ألقى خطابا.',
    'وقال المبعوث الأممي يان كوبيش إن "التصريحات مقلقة".',
    'ويذكر أن الحريري اعتذر الجمعة، مؤكدا رفضه "لكل أشكال التحريض".',
  ));
  assert.equal(speakerOf(a, 'لكل أشكال التحريض').name, 'سعد الحريري');
});

test('`نقلت X (short name) عن Y`: the outlet\'s short name in brackets is read past to the source after عن', () => {
  const a = analyzeArticle(article(
    'وقال وزير الخارجية إن "الوضع صعب".',
    'ونقلت وكالة الأنباء الرسمية (واع) عن مصدر أمني أن "الهجوم فشل".',
  ));
  assert.equal(speakerOf(a, 'الهجوم فشل').name, 'مصدر أمني');
});

test('a derived imperfect after a definite word (`الوزير يتحدث لعدد`) is the subject\'s verb: no name, no part of the role', () => {
  const p = phrase('وكان الوزير يتحدث لعدد من ممثلي النقابات، موضحا', 1);
  assert.equal(p?.type, 'descriptor');
  assert.equal(p?.role, 'الوزير');
  const a = analyzeArticle(article(
    'وقال وزير النقل سالم العبيدي إن "الطرق ستفتح قريبا".',
    'وكان الوزير يتحدث لعدد من ممثلي النقابات، موضحا أن "الخطة جاهزة".',
  ));
  assert.equal(speakerOf(a, 'الخطة جاهزة').name, 'سالم العبيدي');
});

test('`أنهما` / `إنهما` (that the two) is a complementiser, no name', () => {
  const a = analyzeArticle(article(
    'ونشرت الوكالة بيانا مشتركا بين البلدين، يؤكد أنهما اتفقتا على "تعزيز التعاون".',
  ));
  assert.ok(!a.speakers.some((s) => s.name.includes('أنهما')));
});

test('right after a verb of saying, a word on lam that the text also writes without it (`لبوتين`, `بوتين`) is the one told', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس الفرنسي إيمانويل ماكرون إن "الوضع خطير".',
    'وكان ترودو قد التقى نظيره الأمريكي.',
    'وقال لترودو عبر الهاتف إن "التعاون ضروري".',
  ));
  assert.equal(speakerOf(a, 'التعاون ضروري').name, 'إيمانويل ماكرون');
  // a name that opens on ل and is never written without it speaks (`لافروف`)
  const b = analyzeArticle(article('وقال لافروف إن "روسيا لن تتراجع".'));
  assert.equal(speakerOf(b, 'روسيا لن تتراجع').name, 'لافروف');
});

test('`المسؤولة عن` inside a role goes on through what she is responsible for, to the name after it', () => {
  const a = analyzeArticle(article(
    'وقالت رئيسة مجلس الإدارة المسؤولة عن السياسة في شركة "نور للاستثمار" سلمى الحسن، في بيان، إن "الخطة ضربة حقيقية".',
  ));
  assert.equal(speakerOf(a, 'الخطة ضربة').name, 'سلمى الحسن');
});

test('no word of a person\'s name holds a digit (`وصرح المخرج محمد رسولوف لفرانس24`)', () => {
  const p = phrase('وصرح المخرج محمد رسولوف لفرانس24 "هناك', 1);
  assert.equal(p?.name, 'محمد رسولوف');
});

test('an outlet on the lam of the one told ends a name (`رامي عبد الرحمن لفرانس برس`)', () => {
  const p = phrase('وقال مدير المرصد رامي عبد الرحمن لفرانس برس إن', 1);
  assert.equal(p?.name, 'رامي عبد الرحمن');
  assert.equal(p?.role, 'مدير المرصد');
});

test('after a verb of describing, a body\'s name then a definite word no adjective of it (`ووصفت وزارة الخارجية القرار بأنه`): the body is the subject', () => {
  const a = analyzeArticle(article(
    'ووصفت وزارة الخارجية القرار بأنه "خطوة روتينية".',
    'ووصف الاجتماع بالمثمر.',
  ));
  assert.equal(speakerOf(a, 'خطوة روتينية').name, 'وزارة الخارجية');
});

test('a second description joined by و (`وأحد أبرز نجومه`) ends a role with no name: no name is read in it', () => {
  const p = phrase('وأضاف اللاعب السابق للفريق الأحمر وأحد أبرز نجومه أن', 1);
  assert.equal(p?.type, 'descriptor');
  assert.equal(p?.name, null);
});

test('after a verb of describing, بعض (some) opens the object after the subject; it is no description on ب', () => {
  const a = analyzeArticle(article(
    'ووصف ماركوس لين، عضو اللجنة، بعض القرارات بأنها "متسرعة جدا".',
  ));
  assert.equal(speakerOf(a, 'متسرعة جدا').name, 'ماركوس لين');
});

test('an event\'s name in quotes after حفل / ندوة (`خلال حفل "عائلة الأهلي"`) is a term', () => {
  const a = analyzeArticle(article(
    'وقال رئيس النادي خلال حفل "ليلة الأبطال" الذي أقيم أمس إن "الفريق سيعود أقوى".',
  ));
  assert.equal(a.quotes.find((q) => q.text === 'ليلة الأبطال')?.kind, 'term');
  assert.equal(speakerOf(a, 'الفريق سيعود').name, 'رئيس النادي');
});

test('a band\'s, a mountain\'s or a museum\'s name in quotes (`فرقة "…"`, `جبل "…"`, `لمتحف "…"`) is a term', () => {
  const a = analyzeArticle(article(
    'وقال المدير إن "الحفل نجح"، وشاركت فيه فرقة "نجوم الليل" من عمان، وزار الضيوف جبل "الشيخ" ثم متحف "الذاكرة".',
  ));
  for (const t of ['نجوم الليل', 'الشيخ', 'الذاكرة']) assert.equal(a.quotes.find((q) => q.text === t)?.kind, 'term', t);
});

test('a given name on the lam of possession (`الطبيب السابق لدونالد ترامب`) is whose the role is: neither it nor its surname is the speaker\'s name', () => {
  const p = phrase('وأكد الطبيب السابق لدونالد ترامب أن', 1);
  assert.equal(p?.name ?? null, null);
  assert.equal(phrase('وقالت لطيفة الزيات إن', 1)?.name, 'لطيفة الزيات');
});

test('حيال / تجاه (towards, regarding) are prepositions: they end a role and open no name (`وقال وزير الخارجية حيال الأزمة`)', () => {
  const a = analyzeArticle(article('وقال وزير الخارجية حيال الأزمة إن "الحل سياسي".'));
  assert.equal(speakerOf(a, 'الحل سياسي').name, 'وزير الخارجية');
});
