// Arabic quote classes, a fourth round of general rules, on sentences written for these tests: a
// short name after its naming noun's genitive chain, and a league's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('a short name after a naming noun in construct (`شركة تسويق النفط الوطنية "سومو"`) is a term, inside reported speech too', () => {
  const a = analyzeArticle(article(
    'وقال وزير الطاقة خالد الموسى إن «الصادرات سترتفع هذا العام».',
    'وأشار إلى أن التصدير عبر شركة تسويق النفط الوطنية "سومو" ما زال متوقفا، وأن هيئة تنظيم الاتصالات "تراسل" تتابع الملف.',
    'وأكد الوزير فهد السالم في كلمته أن التعاون "مستمر".',
  ));
  assert.equal(quote(a, 'سومو').kind, 'term');
  assert.equal(quote(a, 'تراسل').kind, 'term');
  // (a complementiser is no noun in construct: `في كلمته أن التعاون "مستمر"` is the minister's word)
  assert.equal(speakerOf(a, 'مستمر').name, 'فهد السالم');
  assert.equal(speakerOf(a, 'الصادرات سترتفع').name, 'خالد الموسى');
});

test('a verb and its definite subject before a short quote are no genitive chain: the quote stays the speaker’s words', () => {
  const a = analyzeArticle(article(
    'وقال رئيس الاتحاد سامي العتيبي إن رفع الأسعار "غير مبرر".',
  ));
  assert.equal(quote(a, 'غير مبرر').kind, 'direct');
  assert.equal(speakerOf(a, 'غير مبرر').name, 'سامي العتيبي');
});

test('a league’s name in quotes (`دوري "يلو"`) is a term', () => {
  const a = analyzeArticle(article(
    'وقال مدرب الفريق ماجد الحربي: «نحتاج إلى وقت».',
    'وأعلنت إدارة النادي إنهاء التعاقد مع المدرب بالتراضي، عقب الخسارة الرابعة على التوالي في دوري "يلو" لأندية الدرجة الأولى.',
  ));
  assert.equal(quote(a, 'يلو').kind, 'term');
  assert.equal(speakerOf(a, 'نحتاج إلى وقت').name, 'ماجد الحربي');
});

test('groups speak: `موظفو الأمانة`, `المتظاهرون`, `مئات من جماهير النادي` are whole speakers', () => {
  const a = analyzeArticle(article(
    'وقال رئيس البلدية سالم العتيبي إن «المشروع تأخر».',
    'وقال موظفو الأمانة: "سننجز المشروع قريبا".',
    'وهتف المتظاهرون: "ارحل".',
    'وقال مئات من جماهير النادي في بيان: "الإدارة فشلت".',
  ));
  assert.equal(speakerOf(a, 'سننجز المشروع').name, 'موظفو الأمانة');
  assert.equal(speakerOf(a, 'ارحل').name, 'المتظاهرون');
  assert.match(speakerOf(a, 'الإدارة فشلت').name, /جماهير النادي/);
  assert.equal(speakerOf(a, 'المشروع تأخر').name, 'سالم العتيبي');
});

test('a plural in ون / ين ends before a definite word (`حمّل مشجعون الإدارة مسؤولية`), and a plural cue later in the sentence goes on with that group', () => {
  const a = analyzeArticle(article(
    'وكشف مصدر مقرب من الإدارة أن راتب المدرب "أقل من نصف راتب سلفه".',
    'وتباينت ردود فعل الجماهير على منصات التواصل، فيما حمّل مشجعون الإدارة مسؤولية ما وصفوه بـ"التخبط الفني" في فترة الانتقالات.',
  ));
  assert.equal(speakerOf(a, 'التخبط الفني').name, 'مشجعون');
  assert.equal(speakerOf(a, 'أقل من نصف').name, 'مصدر مقرب');
});

test('`أصحاب صالات أفراح` is one unnamed group, and a plural participle after its quote (`مشيرين`) goes on with it, not the last single speaker', () => {
  const a = analyzeArticle(article(
    'وقال الناطق الإعلامي باسم الجمعية إن عدد المسجلين "تضاعف مقارنة بالعام الماضي".',
    'في المقابل، يقول أصحاب صالات أفراح إن الفتوى "حمّلت القطاع مسؤولية عادات لم يصنعها"، مشيرين إلى أن أسعار القاعات "لم ترتفع منذ سنوات".',
    'وقال أصحاب المحلات: "الأسواق راكدة".',
  ));
  assert.equal(speakerOf(a, 'حمّلت القطاع').name, 'أصحاب صالات أفراح');
  assert.equal(speakerOf(a, 'لم ترتفع منذ').name, 'أصحاب صالات أفراح');
  assert.equal(speakerOf(a, 'الأسواق راكدة').name, 'أصحاب المحلات');
  assert.match(speakerOf(a, 'تضاعف مقارنة').name, /^الناطق الإعلامي/);
});

test('a verse cited inside a quote (`نهى الله تعالى عنه بقوله: "…"`, `قال تعالى: "…"`) is God’s words, not the words of the quote’s first noun', () => {
  const a = analyzeArticle(article(
    'وقال الشيخ محمد العلي: «الإسراف داخل في ما نهى الله تعالى عنه بقوله: "وَلَا تُسْرِفُوا"، فلا تبالغوا في الولائم».',
    'وقال الشيخ سعد الحربي: «التبذير محرم، قال تعالى: "إِنَّ الْمُبَذِّرِينَ كَانُوا إِخْوَانَ الشَّيَاطِينِ"، وعلينا الاعتدال».',
    'وأكد الداعية خالد العمر أن التبذير مذموم، مستدلا بما نهى الله تعالى عنه بقوله: «وَكُلُوا وَاشْرَبُوا وَلَا تُسْرِفُوا».',
  ));
  assert.equal(speakerOf(a, 'وَلَا تُسْرِفُوا').name, 'الله');
  assert.equal(speakerOf(a, 'إِخْوَانَ الشَّيَاطِينِ').name, 'الله');
  assert.equal(speakerOf(a, 'وَكُلُوا وَاشْرَبُوا').name, 'الله');
  assert.equal(speakerOf(a, 'الإسراف داخل').name, 'محمد العلي');
  assert.equal(speakerOf(a, 'التبذير محرم').name, 'سعد الحربي');
});

test('`ونص الحكم على "…"`: a document stipulates, and speaks for the body that issued it', () => {
  const a = analyzeArticle(article(
    'وقال المحامي فهد القحطاني إن «القضية معقدة».',
    'وقضت المحكمة الجزائية في جدة بسجن خمسة متهمين في أحياء أبحر الشمالية.',
    'ونص الحكم، الذي اطلعت «عكاظ» على نسخة منه، على "سجن المتهم الأول عشر سنوات، والثاني ثماني سنوات".',
  ));
  assert.match(speakerOf(a, 'سجن المتهم الأول').name, /^المحكمة الجزائية/);
  assert.equal(quote(a, 'عكاظ').kind, 'term');
  assert.equal(speakerOf(a, 'القضية معقدة').name, 'فهد القحطاني');
});

test('a definite word or construct in quotes right after a definite noun, ending its phrase, names it (`من السوائل "الجفاف"،`): a term, inside reported speech too', () => {
  const a = analyzeArticle(article(
    'وأضاف الطبيب خالد وهبة أن العلاج ممكن في حالات فقدان كميات كبيرة من السوائل "الجفاف"، وأن الألم يكون في موضع المثانة البولية "أسفل البطن"، مؤكدا أهمية استشارة الطبيب.',
    'وقال الوزير "الحمد لله"، ثم غادر القاعة.',
    'وأعلنت الكتلة في بيان رفضها المشروع "بصيغته الحالية"، ودعت إلى خطة معلنة.',
    'وقال أحد سكان الحي إن المياه "دخلت البيوت".',
  ));
  assert.equal(quote(a, 'الجفاف').kind, 'term');
  assert.equal(quote(a, 'أسفل البطن').kind, 'term');
  // the words a cue's speaker says, and a noun with its pronoun and adjective, stay speech
  assert.equal(speakerOf(a, 'الحمد لله').name, 'الوزير');
  assert.equal(quote(a, 'بصيغته الحالية').kind, 'direct');
  // (nor for the subject of a reported clause, the words its predicate)
  assert.equal(speakerOf(a, 'دخلت البيوت').name, 'أحد سكان الحي');
});

test('a document named with its author in a relative clause speaks for that author (`البيان الذي أصدرته وزارة التعليم`, `التعميم الذي وجهته الإدارة …، ونص على أن`)', () => {
  const a = analyzeArticle(article(
    'وقال المعلم سعد العتيبي: "نرحب بالقرار".',
    'وجاء في البيان الذي أصدرته وزارة التعليم أمس أن القرار "يخدم الطلاب".',
    'وأكد التقرير الذي أعدته هيئة الإحصاء أن البطالة "تراجعت بوضوح".',
    'واطلعت الصحيفة على التعميم الذي وجهته الإدارة العامة للتعليم إلى قادة المدارس، ونص على أن الهدف من الآلية «تخفيف العبء عن الأسر».',
  ));
  assert.equal(speakerOf(a, 'يخدم الطلاب').name, 'وزارة التعليم');
  assert.equal(speakerOf(a, 'تراجعت بوضوح').name, 'هيئة الإحصاء');
  assert.equal(speakerOf(a, 'تخفيف العبء').name, 'الإدارة العامة للتعليم');
  assert.equal(speakerOf(a, 'نرحب بالقرار').name, 'سعد العتيبي');
});

test('a relative clause’s cue after a document and its author (`التسجيل الصوتي لزعيم الجماعة، X، الذي وصفه بأنه "…"`) has the sentence’s subject, not the author', () => {
  const a = analyzeArticle(article(
    'وقال الظواهري إن موقفه "ثابت".',
    'وتجنب الظواهري تأكيد العلاقة بين تنظيمه والجماعة، وأحال السائل إلى التسجيل الصوتي لزعيم الجماعة، شاكر العبسي، الذي وصفه بأنه "الشيخ الفاضل".',
  ));
  assert.equal(speakerOf(a, 'الشيخ الفاضل').name, 'الظواهري');
});

test('a royal title after a role ending on a definite word opens the name (`أمير المنطقة الأمير فيصل بن سلمان`, `وزير الداخلية الأمير …`); after a head in construct it is a namesake (`جامعة الملك سعود`)', () => {
  const a = analyzeArticle(article(
    'وشدد أمير المنطقة الأمير فيصل بن سلمان على أن المشروع "يمثل نقلة نوعية".',
    'وقال وزير الداخلية الأمير عبدالعزيز بن سعود إن الأمن "أولوية".',
    'وقال الباحث في جامعة الملك سعود الدكتور خالد العمر إن النتائج "مبشرة".',
  ));
  const prince = speakerOf(a, 'نقلة نوعية');
  assert.equal(prince.name, 'فيصل بن سلمان');
  assert.equal(prince.role, 'أمير المنطقة');
  assert.equal(speakerOf(a, 'أولوية').name, 'عبدالعزيز بن سعود');
  const researcher = speakerOf(a, 'مبشرة');
  assert.equal(researcher.name, 'خالد العمر');
  assert.equal(researcher.role, 'الباحث في جامعة الملك سعود');
});

test('`علي` after a given name and before إن or `لـ` is the name’s last word (`الدكتور أحمد علي لـ«عكاظ»`)', () => {
  const a = analyzeArticle(article(
    'وصرح مدير المستشفى الدكتور أحمد علي لـ«عكاظ» بأن الحالة "مستقرة".',
    'وقال الطبيب سامي علي إن العلاج "متوفر".',
  ));
  assert.equal(speakerOf(a, 'مستقرة').name, 'أحمد علي');
  assert.equal(speakerOf(a, 'متوفر').name, 'سامي علي');
});

test('a lam on the article after a document names its author (`وقال بيان للوزارة`), but after a document sent to someone its addressee (`خطاب للبلدية`)', () => {
  const a = analyzeArticle(article(
    'وقال بيان للوزارة إن الإجراءات "ستستمر".',
    'وقال حمد العنزي، أحد سكان الحي، إن الأهالي رفعوا أكثر من خطاب للبلدية "دون أن نرى حلاً جذرياً".',
    'وأكدت البلدية في ردها أن الفرق "تعمل على مدار الساعة".',
  ));
  assert.equal(speakerOf(a, 'ستستمر').name, 'الوزارة');
  assert.equal(speakerOf(a, 'دون أن نرى').name, 'حمد العنزي');
  const municipality = speakerOf(a, 'تعمل على مدار');
  assert.equal(municipality.name, 'البلدية');
  assert.ok(!municipality.mentions.some((m) => m.text.includes('حمد')));
});

test('`بحسب ما ذكرته وكالة الأنباء السعودية، فإن "…"`: the verb after ما names the source; a relaying verb passes on another’s words, and with no subject the words stay the speaker’s', () => {
  const a = analyzeArticle(article(
    'وقال المعلم سعد العتيبي: "نرحب بالزيارة".',
    'ووفق ما ذكرته وكالة الأنباء السعودية، فإن الزيارة "تاريخية".',
    'وحسب ما أفاد به مصدر مطلع، فإن الاتفاق "بات وشيكا".',
    'وبحسب ما نقلته وكالة الأنباء القطرية عن مدير البرنامج الدكتور ناصر المهندي، فإن الحملة "نجحت في فحص آلاف الأشخاص".',
    'وأضاف العتيبي أن المدرسة حققت ما اعتبره «إنجازا غير مسبوق».',
  ));
  assert.equal(speakerOf(a, 'تاريخية').name, 'وكالة الأنباء السعودية');
  assert.equal(speakerOf(a, 'بات وشيكا').name, 'مصدر مطلع');
  assert.equal(speakerOf(a, 'نجحت في فحص').name, 'ناصر المهندي');
  assert.equal(speakerOf(a, 'إنجازا غير مسبوق').name, 'سعد العتيبي');
});

test('names read whole: a compound closed by الدين and its family name (`حسام الدين المرزوقي`), `عدد من الأهالي`; a speech noun with its pronoun after a role is the object (`وختم الوزير حديثه`)', () => {
  const a = analyzeArticle(article(
    'وقال السفير حسام الدين المرزوقي إن الحدود "آمنة".',
    'ونقل البيان عن المرزوقي قوله "إن الاستقرار ركيزة".',
    'وعبّر عدد من الأهالي عن استيائهم، مؤكدين أن الخدمات "متردية".',
    'وختم الوزير حديثه بالقول: "المستقبل أفضل".',
  ));
  assert.equal(speakerOf(a, 'آمنة').name, 'حسام الدين المرزوقي');
  assert.equal(speakerOf(a, 'الاستقرار ركيزة').name, 'حسام الدين المرزوقي');
  assert.equal(speakerOf(a, 'متردية').name, 'عدد من الأهالي');
  assert.equal(speakerOf(a, 'المستقبل أفضل').name, 'الوزير');
});

test('a representative’s party or district after عن belongs to the role when a name follows it (`النائب عن التحالف الوطني محمد الصيهود`); `عن` with no name after it is the verb’s', () => {
  const a = analyzeArticle(article(
    'وقال النائب في البرلمان العراقي عن التحالف الوطني محمد الصيهود إن الحكومة "فشلت".',
    'وقال عضو البرلمان عن محافظة البصرة علي الموسوي إن المياه "شحيحة".',
    'وكشف النائب عن خطة جديدة، وقال إن الإصلاح "ممكن".',
    'وقال علي الزهراني إن الطريق "مغلق".',
  ));
  const mp = speakerOf(a, 'فشلت');
  assert.equal(mp.name, 'محمد الصيهود');
  assert.equal(mp.role, 'النائب في البرلمان العراقي عن التحالف الوطني');
  assert.equal(speakerOf(a, 'شحيحة').name, 'علي الموسوي');
  assert.notEqual(speakerOf(a, 'ممكن').name, 'خطة جديدة');
  // (`علي` before a family nisba with its article is the given name)
  assert.equal(speakerOf(a, 'مغلق').name, 'علي الزهراني');
});

test('a definite family name right before إن or a colon is the name’s (`وقال عادل الجبير إن`), and more Gulf given names are known (`لولوة الخاطر`, `ريما بنت خالد العسيري`)', () => {
  const a = analyzeArticle(article(
    'وقال المعلم سعد العتيبي: "نرحب".',
    'وقال عادل الجبير إن المملكة "لن تقبل".',
    'وقالت لولوة الخاطر إن المفاوضات "متقدمة".',
    'وكشفت عضوة المجلس ريما بنت خالد العسيري أن الرواتب "متأخرة".',
    'وانتقد خالد القرار، وقال إن الوضع "مستقر".',
  ));
  assert.equal(speakerOf(a, 'لن تقبل').name, 'عادل الجبير');
  assert.equal(speakerOf(a, 'متقدمة').name, 'لولوة الخاطر');
  assert.equal(speakerOf(a, 'متأخرة').name, 'ريما بنت خالد العسيري');
  // (the object after another verb, before a comma, is no family name)
  assert.equal(speakerOf(a, 'مستقر').name, 'خالد');
});
