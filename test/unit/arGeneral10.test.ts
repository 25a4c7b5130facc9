// Arabic speakers, a tenth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote, speakerOf } from '../support/arabicQueries';

test('a nationality before a name introduces the person (انتقال البولندي روبرت ليفاندوفسكي): a later قال البولندي is he', () => {
  const a = analyzeArticle(article(
    'باتت مسألة انتقال البولندي روبرت ليفاندوفسكي إلى برشلونة مجرد تفاصيل بعد اتفاق الناديين.',
    'وفي حديث لصحيفة ألمانية غداة إعلان النادي البافاري عن الاتفاق، قال البولندي الذي يحتفل الشهر المقبل بميلاده إنه "كان القرار الأصعب في حياتي".',
  ));
  assert.equal(speakerOf(a, 'كان القرار الأصعب').name, 'روبرت ليفاندوفسكي');
});

test('of two people introduced by nationality, قال البولندي is the Pole, not the one named last', () => {
  const a = analyzeArticle(article(
    'باتت مسألة انتقال البولندي روبرت ليفاندوفسكي إلى برشلونة مجرد تفاصيل، فيما يقترب الفرنسي عثمان ديمبلي من التجديد.',
    'وفي حديث لصحيفة ألمانية، قال البولندي الذي يحتفل الشهر المقبل بميلاده إنه "كان القرار الأصعب في حياتي".',
  ));
  assert.equal(speakerOf(a, 'كان القرار الأصعب').name, 'روبرت ليفاندوفسكي');
});

test('a former post no one held before (مهاجم بوروسيا دورتموند السابق) describes the person who spoke last; a current post stays someone new', () => {
  const lead = 'وقال روبرت ليفاندوفسكي لصحيفة ألمانية إن "القرار كان صعبا".';
  const a = analyzeArticle(article(lead, 'وكشف مهاجم بوروسيا دورتموند السابق الذي يغادر بايرن أن "الأسابيع القليلة الماضية كانت صعبة".'));
  assert.equal(speakerOf(a, 'الأسابيع القليلة').name, 'روبرت ليفاندوفسكي');
  const b = analyzeArticle(article(lead, 'وكشف مهاجم بوروسيا دورتموند أن "الأسابيع القليلة الماضية كانت صعبة".'));
  assert.notEqual(speakerOf(b, 'الأسابيع القليلة').name, 'روبرت ليفاندوفسكي');
});

test('a society’s name in quotes after جمعية is a term, inside a speaker’s role too (رئيس مجلس إدارة جمعية “درهم وقاية”)', () => {
  const a = analyzeArticle(article(
    'قدم متطوعو البرنامج الذي نظمته جمعية “درهم وقاية” الخيرية الخدمة الصحية لتسعة آلاف حاج.',
    'من جانبه قال رئيس مجلس إدارة جمعية “درهم وقاية” الدكتور جاسر الشهري: “نشكر كافة المتطوعين على عملهم المخلص”.',
  ));
  for (const q of a.quotes.filter((x) => x.text === 'درهم وقاية')) assert.equal(q.kind, 'term');
  assert.equal(speakerOf(a, 'نشكر كافة').name, 'جاسر الشهري');
});

test('a body’s short name in brackets inside a role (الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ) leaves the name after it the speaker’s', () => {
  const a = analyzeArticle(article(
    'وقال رئيس المجلس الأوروبي شارل ميشيل إن "الهجوم صادم".',
    'وقال الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ في تغريدة "صدمت بشدة من الهجوم الشنيع".',
  ));
  const s = speakerOf(a, 'صدمت بشدة');
  assert.equal(s.name, 'ينس ستولتنبرغ');
  assert.equal(s.role, 'الأمين العام لحلف شمال الأطلسي (ناتو)');
});

test('after two words of a name, a فاعلا participle right before the words (أنتوني ألبانيزي كاتبا “…”) is no part of the name; آنا ماريا: keeps hers', () => {
  const a = analyzeArticle(article(
    'غرد رئيس الوزراء الأسترالي أنتوني ألبانيزي كاتبا “أنباء صادمة من اليابان”.',
    'وقالت الممثلة آنا ماريا: “سأعود إلى المسرح”.',
  ));
  assert.equal(speakerOf(a, 'أنباء صادمة').name, 'أنتوني ألبانيزي');
  assert.equal(speakerOf(a, 'سأعود إلى المسرح').name, 'آنا ماريا');
});

test('a sentence opening on a participle in the accusative (متمنياً صنع فيلم سعودي …) goes on with the speaker before: its object is no subject', () => {
  const a = analyzeArticle(article(
    'من جانبه قال نجم اليوتيوب صالح أبو عمره، إن هناك مواهب كبيرة في المملكة. متمنياً صنع فيلم سعودي يوصل للعالم الثقافة السعودية "وأن لا نجلد أنفسنا أمام العالم"، مشيراً إلى أن الشباب اتجهوا إلى اليوتيوب "وكان آنذاك الملجأ الوحيد لهم".',
  ));
  assert.equal(speakerOf(a, 'وأن لا نجلد').name, 'صالح أبو عمره');
  assert.equal(speakerOf(a, 'الملجأ الوحيد').name, 'صالح أبو عمره');
  assert.ok(!a.speakers.some((s) => s.name.includes('صنع')), a.speakers.map((s) => s.name).join(' | '));
});

test('a saying of someone (أتذكر مقولة للممثل … محمود الميليجي الذي …، وقال) is his: the noun is no one’s name', () => {
  const a = analyzeArticle(article(
    'أتذكر مقولة للممثل المصري الكبير محمود الميليجي الذي علّق على كره الناس له بسبب أدواره الشريرة، وقال في استجواب "أنا لا أستطيع ذبح دجاجة"، والأمر نفسه ينطبق علي.',
  ));
  assert.equal(speakerOf(a, 'لا أستطيع ذبح').name, 'محمود الميليجي');
  assert.ok(!a.speakers.some((s) => s.name === 'مقولة'));
});

test('a coach’s or a player’s post in construct with a club of unknown words (مدرب ريال مدريد كارلو أنشيلوتي): the last two words are the name; a prime minister’s country takes one (رئيس وزراء سنغافورة لي هسين لونغ keeps three)', () => {
  const a = analyzeArticle(article(
    'وقال مدرب ريال مدريد كارلو أنشيلوتي إن "الفريق جاهز".',
    'وقال مدرب باريس سان جيرمان ماوريسيو بوكيتينو إن "المباراة صعبة".',
    'وقال رئيس وزراء سنغافورة لي هسين لونغ إن "الهجوم صادم".',
  ));
  assert.equal(speakerOf(a, 'الفريق جاهز').name, 'كارلو أنشيلوتي');
  assert.equal(speakerOf(a, 'الفريق جاهز').role, 'مدرب ريال مدريد');
  assert.equal(speakerOf(a, 'المباراة صعبة').name, 'ماوريسيو بوكيتينو');
  assert.ok(speakerOf(a, 'الهجوم صادم').name.includes('لي هسين لونغ'));
});

test('تتفعّل, an imperfect verb of form V or VI, ends a name (التونسية أنس جابر تتأهل لنهائي دورة)', () => {
  const a = analyzeArticle(['التونسية أنس جابر تتأهل لنهائي دورة برلين', 'وقالت جابر بعد المباراة: "أنا سعيدة جدا".'].join('\n\n') + '\n');
  assert.equal(speakerOf(a, 'أنا سعيدة').name, 'أنس جابر');
});

test('a noun with her / their (دخولها, أعمالها) starts no name: وفور دخولها إلى المسرح notes no subject, مدير أعمالها يعايدها has no name', () => {
  const a = analyzeArticle(article(
    'وقالت الفنانة اللبنانية هيفاء وهبي إن "الحفل كان مفاجأة".',
    'وفور دخولها إلى المسرح كانت هناك زفة في استقبالها، وبعدها وجدت مدير أعمالها يعايدها قائلا "عيد ميلاد سعيد".',
  ));
  assert.ok(!a.speakers.some((s) => /دخولها|أعمالها يعايدها/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('كان with its subject, then a verb in the past (وكان واصل أبو يوسف عضو اللجنة التنفيذية … قال لوكالة): the subject is that verb’s, واصل a given name', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس الفلسطيني محمود عباس إن "القرار باطل".',
    'وكان واصل أبو يوسف عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية قال لوكالة رويترز "هذا القرار مخالف لقرارات الشرعية الدولية".',
  ));
  assert.equal(speakerOf(a, 'هذا القرار مخالف').name, 'واصل أبو يوسف');
  assert.equal(quote(a, 'هذا القرار مخالف').attribution, 'cue');
});

test('words opening on إنها are a clause (“إنها تونس”), and an outlet told on its lam before the subject (وقالت لفرانس24 المخرجة …, لـ«عكاظ», لوكالة الأنباء) is skipped; ليز جراندي keeps her name', () => {
  for (const told of ['لفرانس24', 'لـ«عكاظ»', 'لوكالة الأنباء']) {
    const a = analyzeArticle(article(
      'وقالت الممثلة أنيسة داود إن "الفيلم جميل".',
      `وقالت ${told} المخرجة التونسية نادية الفاني التي حضرت العرض "إنها تونس! قوة نساء تونس".`,
    ));
    assert.equal(speakerOf(a, 'إنها تونس').name, 'نادية الفاني', told);
  }
  const b = analyzeArticle(article('وقالت ليز جراندي الممثلة المقيمة لبرنامج الأمم المتحدة الإنمائي في العراق لرويترز "مرت أسابيع منذ أن كانت هناك مياه".'));
  assert.equal(speakerOf(b, 'مرت أسابيع').name, 'ليز جراندي');
});

test('a hashtag’s mark before the subject (وقال #نتنياهو في نيسان إن …) is passed over: the name after it speaks', () => {
  const a = analyzeArticle(article(
    'وقال الرئيس البوليفي إيفو موراليس إن "القرار خاطئ".',
    'وقال #نتنياهو في نيسان/أبريل إن نحو 6 دول "تبحث بجدية" الاقتداء بالخطوة الأميركية.',
  ));
  assert.equal(speakerOf(a, 'تبحث بجدية').name, 'نتنياهو');
});

test('two words in quotes after a definite noun, a definite adjective of the same noun after them (المنطقة "منزوعة السلاح" المتفق عليها), are a term', () => {
  const a = analyzeArticle(article(
    'نقلت وكالة رويترز عن مصدرين في المعارضة قولهما، إن جماعات من المعارضة المسلحة بدأت بسحب أسلحتها الثقيلة من المنطقة "منزوعة السلاح" المتفق عليها بين تركيا وروسيا.',
  ));
  assert.equal(a.quotes.find((q) => q.text === 'منزوعة السلاح')?.kind, 'term');
});
