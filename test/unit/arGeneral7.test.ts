// Arabic speakers, a seventh round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('the verb’s gender beats a masculine title: وقالت … الأستاذ المساعد is a woman, and وأضافت goes on with her', () => {
  const a = analyzeArticle(article(
    'وقال العلماء إن "السهر مضر".',
    'وقالت كرستين كنوتسون الأستاذ المساعد بكلية الطب "قد يحدث إجهاد نفسي".',
    'وأضافت "هناك سلوكيات غير صحية مرتبطة بالسهر".',
  ));
  assert.equal(speakerOf(a, 'قد يحدث').name, 'كرستين كنوتسون');
  assert.equal(speakerOf(a, 'هناك سلوكيات').name, 'كرستين كنوتسون');
});

test('a verbal noun after a role opens the verb’s object, no name: وأكد وزير الطاقة أهمية التعاون', () => {
  const a = analyzeArticle(article(
    'وقال وزير الطاقة الأمير عبدالعزيز بن سلمان إن "السوق مستقر".',
    'وأكد سمو وزير الطاقة وجود نوايا فصل أقوى بين الشركة والوزارة. وقال سموه «لا يمكن أن يكون المنظم شخصا».',
    'وأكد وزير الطاقة أهمية التعاون بين الدول، وقال "نحن شركاء".',
  ));
  assert.equal(speakerOf(a, 'لا يمكن أن يكون').name, 'عبدالعزيز بن سلمان');
  assert.equal(speakerOf(a, 'نحن شركاء').name, 'عبدالعزيز بن سلمان');
  assert.ok(!a.speakers.some((s) => /وجود|أهمية/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('كان between a subject and its verb (أم كلثوم كانت تؤكد) leaves the subject before it; أم كلثوم is a kunya', () => {
  const a = analyzeArticle(article(
    'أم كلثوم كانت تؤكد أن "المنديل" ليس ترفا.',
    'وقالت في حوار لها: "أخاف من الجمهور".',
  ));
  assert.equal(speakerOf(a, 'أخاف من الجمهور').name, 'أم كلثوم');
});

test('ب / ل on a body’s or a group’s noun opens a role’s complement, never a name: المستشارة القانونية لمجموعة "بي إن" صوفي جوردان', () => {
  const a = analyzeArticle(article(
    'وقالت المستشارة القانونية العامة لمجموعة "بي إن" صوفي جوردان "طلبنا من الفيفا اتخاذ إجراء".',
  ));
  assert.equal(speakerOf(a, 'طلبنا من الفيفا').name, 'صوفي جوردان');
  assert.ok(!a.speakers.some((s) => s.name === 'لمجموعة'), a.speakers.map((s) => s.name).join(' | '));
});

test('a headline that is only a quote is the words of the one the lead names first as speaking', () => {
  const text = [
    '“لن نتخلى عن دعم القضية الفلسطينية بكل الوسائل المتاحة”',
    'أكد رئيس حركة مجتمع السلم، عبد العالي حساني شريف، مساء الجمعة، أن الجزائريين لن يتخلوا عن دعم القضية.',
    'وقال وزير الخارجية أحمد عطاف إن "الموقف ثابت".',
  ].join('\n\n') + '\n';
  const a = analyzeArticle(text);
  assert.equal(speakerOf(a, 'لن نتخلى').name, 'عبد العالي حساني شريف');
  // a headline with words of its own around the quote is left to the usual reading
  const b = analyzeArticle(['وزير يتوعد.. “المطلة مقابل بيروت”', 'هدد وزير الدفاع يسرائيل كاتس بضرب بيروت.'].join('\n\n') + '\n');
  assert.notEqual(b.quotes[0].attribution, 'continuation');
});

test('a participle in the accusative before the words is how they were said (كاتباً:); what was posted (صورة) ends the name', () => {
  const a = analyzeArticle(article(
    'ونشر الفنان أحمد حلمي صورة تجمعه بوالدته على حسابه، وعلّق عليها كاتباً: "كل سنة وانتي طيبة يا أمي".',
    'وأظهر تقرير نشرته مؤخراً مؤسسة "جارتنر" أن "السوق تنمو".',
  ));
  assert.equal(speakerOf(a, 'كل سنة').name, 'أحمد حلمي');
  assert.ok(!a.speakers.some((s) => /كاتبا/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('a request or a stance with `his` after a cue is its object, no speaker: ووصف طلبه … بأنه "رمزي"', () => {
  const a = analyzeArticle(article(
    'وقال النائب رافاييل غلوكسمان إن "الأمر خطير". وقالت المتحدثة كارولين ليفيت إن "النائب غير معروف".',
    'ووصف طلبه بإعادة التمثال بأنه "رمزي" و"نداء استفاقة".',
  ));
  assert.ok(!a.speakers.some((s) => s.name === 'طلبه'), a.speakers.map((s) => s.name).join(' | '));
  assert.equal(speakerOf(a, 'نداء استفاقة').name, 'رافاييل غلوكسمان');
});

test('kin or a friend with her / his pronoun after a cue speaks (وقال زوجها، وقالت صديقتها); a thing of hers does not', () => {
  const a = analyzeArticle(article(
    'وقالت الممرضة سارة إن "الصيام صعب". وقال زوجها: "عمل جيد". وشجعتها صديقتها بالقول: "أنت قوية".',
    'وأظهرت نتائجها "تحسنا كبيرا".',
  ));
  assert.equal(speakerOf(a, 'عمل جيد').name, 'زوجها');
  assert.equal(speakerOf(a, 'أنت قوية').name, 'صديقتها');
  assert.ok(!a.speakers.some((s) => s.name === 'نتائجها'), a.speakers.map((s) => s.name).join(' | '));
});

test('a verb joined to a relative clause shares its subject: منة فضالي التي نشرت صورة … وأكدت أنها', () => {
  const a = analyzeArticle(article(
    'وقالت الفنانة مي عز الدين إن "أمي كل شيء".',
    'ونفس الأمر قامت به منة فضالي التي نشرت صورة تجمعها بوالدتها وأكدت أنها "كل شيء في هذه الحياة" بالنسبة لها.',
  ));
  assert.equal(speakerOf(a, 'كل شيء في هذه').name, 'منة فضالي');
});

test('with no one speaking yet, a long span governed by nothing and not sounding like speech is an aside, no one’s words', () => {
  const a = analyzeArticle(article(
    'حقق المنتخب الإسباني اللقب للمرة الثانية، وهو صاحب أقوى خط دفاع «سكن مرماه هدف واحد فقط في ست مباريات»، وتفوق بأسلوبه على منافسيه.',
    'وسدد المنتخب 61 كرة دقيقة في ست مباريات «عشر تسديدات في المباراة الواحدة تقريبا» يليه المنتخب الألماني.',
  ));
  assert.equal(a.quotes.length, 2);
  for (const q of a.quotes) assert.equal(q.kind, 'term', q.text);
});

test('words that came in a document (ونشر الأهلي في بيان رسمي:) are the publisher’s, and the statement named later is its', () => {
  const a = analyzeArticle(article(
    'أعلن النادي الأهلي المصري، الاثنين، عن فسخ تعاقد مدربه بالتراضي.',
    'ونشر الأهلي في بيان رسمي: "وجهت إدارة النادي الشكر للمدرب بعد فسخ التعاقد".',
    'وذكر البيان: "في ضوء احترام متبادل بين الطرفين".',
  ));
  assert.equal(speakerOf(a, 'وجهت إدارة النادي').name, 'النادي الأهلي المصري');
  assert.equal(speakerOf(a, 'في ضوء احترام').name, 'النادي الأهلي المصري');
});

test('a verb with بالقول before the words: its subject says them (وتوجه هولاند إلى ترامب بالقول إن …)', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس الفرنسي فرنسوا هولاند إن "الحرب طويلة". وقال الكرملين إن "الوضع خطير".',
    'وتوجه هولاند للرئيس الأميركي المنتخب دونالد ترامب بالقول إن "فرنسا ستكون مستقلة في خياراتها".',
  ));
  assert.equal(speakerOf(a, 'فرنسا ستكون مستقلة').name, 'فرنسوا هولاند');
});

test('the one a verb of asking or answering addresses is not the one speaking: وسألتها … لتجيبها', () => {
  const a = analyzeArticle(article(
    'وقالت الممرضة سارة إن "الصيام صعب". وشجعتها صديقتها بالقول: "عمل جيد، كيف تشعرين؟"',
    'لتجيبها: "أنا مستعدة تماما".',
    'وسألتها: "هل تصومين غدا؟" لتجيبها: "نعم بقي عشرون يوما".',
  ));
  assert.equal(speakerOf(a, 'أنا مستعدة').name, 'سارة');
  assert.equal(speakerOf(a, 'هل تصومين').name, 'صديقتها');
  assert.equal(speakerOf(a, 'نعم بقي').name, 'سارة');
});

test('how the words were said (وتابعت ممازحة) is no speaker: she goes on', () => {
  const a = analyzeArticle(article('وقالت اللاعبة أنس جابر إن "المباراة صعبة"، وتابعت ممازحة "آمل أنها تعبت".'));
  assert.equal(speakerOf(a, 'آمل أنها').name, 'أنس جابر');
});

test('a post named with its holder before he speaks (الأمير عبدالعزيز بن سلمان وزير الطاقة) is that holder when it speaks (وقال وزير الطاقة)', () => {
  const a = analyzeArticle(article(
    'لمح صاحب السمو الملكي الأمير عبدالعزيز بن سلمان وزير الطاقة لإصلاحات قوية في العلاقة مع الشركة.',
    'وأكد سمو وزير الطاقة وجود نوايا قوية. وقال سموه «لا يمكن أن يكون المنظم شخصا».',
  ));
  assert.equal(speakerOf(a, 'لا يمكن أن يكون').name, 'عبدالعزيز بن سلمان');
});

test('what is sung (غنت "…"، شدا بـ"…") is a song’s words, a term, no one’s speech left unattributed', () => {
  const a = analyzeArticle(article('فالأولى التي غنت "با خاف عليك.. وأخاف تنساني"، وطلال الذي شدا بـ"أخاف منه ومن هجره ..أخاف ينسى عهود ماضيه"، يجمعهما الخوف من المسرح.'));
  assert.equal(a.quotes.length, 2);
  for (const q of a.quotes) assert.equal(q.kind, 'term', q.text);
});

test('an accusative adverb (يوما) or ب on a verbal noun (بتسهيل) is no name', () => {
  const a = analyzeArticle(article(
    'وقالت سامنثا إن "الحياة صعبة". وعرفت الإرهاب من قبل زوج كانت تقول عنه يوما: "حبيبي وسيم جدا".',
    'وقال القائد عصمت شيخ حسن إن "المعركة طويلة". واتهم تركيا بتسهيل "دخول الدبابات عبر الأراضي التركية".',
  ));
  assert.equal(speakerOf(a, 'حبيبي وسيم').name, 'سامنثا');
  assert.equal(speakerOf(a, 'دخول الدبابات').name, 'عصمت شيخ حسن');
  assert.ok(!a.speakers.some((s) => /يوما|بتسهيل/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('a short quote right after بحسب, its clause closed by a comma, names the source: a term, no words carried on', () => {
  const a = analyzeArticle(article(
    'وقالت سامنثا "عندما التقيت سعاد، لم أتمكن من التفكير في المال".',
    'وبحسب "سي.إن.إن"، لم يكن هذا كافيا.',
  ));
  assert.equal(a.quotes[1].kind, 'term');
});

test('a verb of saying with its subject right before وفقا (وأضاف ماكرون، وفقا للصحيفة:) is the cue; the paper only relays', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس إيمانويل ماكرون إن "الأمر مهم".',
    'وأضاف ماكرون، وفقا للصحيفة: "نصحته بطريقة غير رسمية بالبقاء في فرنسا".',
  ));
  assert.equal(speakerOf(a, 'نصحته بطريقة').name, 'إيمانويل ماكرون');
});

test('a short quote as the subject of a clause after فإن, its predicate after it (لديهم), is a name for a group, a term', () => {
  const a = analyzeArticle(article('وأظهرت الدراسة أنه مقارنة بغير المدخنين فإن "المدخنين الاجتماعيين" لديهم ضعف المخاطر.'));
  assert.equal(a.quotes[0].kind, 'term');
});

test('a document noun ending the text after a cue (وقال البيان) is read without running past the last word', () => {
  for (const text of ['عنوان\n\nوقال البيان', 'عنوان\n\nوقال «الوطن دائم»، حسب نص البيان ', 'عنوان\n\nحسب نص البيان']) {
    const a = analyzeArticle(text);
    assert.equal(a.text, text);
  }
});
