// General Arabic attribution gaps, on sentences written for these tests: a role with a genitive
// chain and a title before the name, a subject-less cue continuing its own sentence's subject, and
// quoted names after a newspaper's lam or a name-introducing noun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article, Quote, Speaker } from '../../server/src/article/model';

function quote(a: Article, words: string): Quote {
  const q = a.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding “${words}”`);
  return q;
}

function speakerOf(a: Article, words: string): Speaker {
  const q = quote(a, words);
  assert.equal(q.kind, 'direct', `“${words}” is not speech`);
  const s = a.speakers.find((x) => x.id === q.speakerId);
  assert.ok(s, `“${words}” has no speaker`);
  return s;
}

const article = (...paragraphs: string[]) => ['عنوان الخبر', ...paragraphs].join('\n\n') + '\n';

test('a role with a genitive organisation (لوكالة …) before the name: the name, the whole role, the gender', () => {
  const a = analyzeArticle(article('قالت المديرة التنفيذية لوكالة الطاقة الدولية سارة جونسون إن الأسواق "تتجه نحو التوازن في الربع المقبل".'));
  const s = speakerOf(a, 'تتجه نحو التوازن');
  assert.equal(s.name, 'سارة جونسون');
  assert.equal(s.role, 'المديرة التنفيذية لوكالة الطاقة الدولية');
  assert.equal(s.gender, 'female');
});

test('a title between the role and the name belongs to neither', () => {
  const a = analyzeArticle(article(
    'وقال استشاري الأمراض الصدرية الدكتور خالد الشمري لـ"الرياض" إن الموسم "سيكون أصعب من المتوقع".',
    'وأوضحت مديرة إدارة الأمراض المعدية الدكتورة هند العتيبي أن اللقاحات "متوفرة في جميع المراكز".',
    'وأشار رئيس مجلس إدارة الغرفة التجارية المهندس فهد الحربي إلى أن "القطاع الخاص شريك أساسي في التنمية".',
  ));
  const doctor = speakerOf(a, 'أصعب من المتوقع');
  assert.equal(doctor.name, 'خالد الشمري');
  assert.equal(doctor.role, 'استشاري الأمراض الصدرية');
  const director = speakerOf(a, 'متوفرة في جميع');
  assert.equal(director.name, 'هند العتيبي');
  assert.equal(director.role, 'مديرة إدارة الأمراض المعدية');
  assert.equal(director.gender, 'female');
  const engineer = speakerOf(a, 'القطاع الخاص');
  assert.equal(engineer.name, 'فهد الحربي');
  assert.equal(engineer.role, 'رئيس مجلس إدارة الغرفة التجارية');
  assert.equal(quote(a, 'الرياض').kind, 'term');
});

test('a lam newspaper before a role ends the phrase when no name follows it', () => {
  const a = analyzeArticle(article('وقال المتحدث لصحيفة "عكاظ" إن الطريق "سيفتح أمام الحركة الأسبوع المقبل".'));
  assert.equal(quote(a, 'عكاظ').kind, 'term');
  assert.equal(speakerOf(a, 'سيفتح أمام').role ?? speakerOf(a, 'سيفتح أمام').name, 'المتحدث');
});

test('a cue with no subject continues the subject of its own sentence, not the previous speaker', () => {
  const a = analyzeArticle(article(
    'وقال استشاري الأمراض الصدرية الدكتور خالد الشمري إن الموسم "سيكون أصعب من المتوقع".',
    'وكان وزير التعليم قد افتتح المعرض في الرياض، وقال إن الوزارة "ستدعم المبتكرين الشباب".',
  ));
  const s = speakerOf(a, 'ستدعم المبتكرين');
  assert.equal(s.name, 'وزير التعليم');
  assert.notEqual(s.name, 'خالد الشمري');
});

test('a role with its own complement is a new speaker, a bare role with an adjective refers back', () => {
  const a = analyzeArticle(article(
    'وقال المدرب البرتغالي جوزيه سانتوس إن الفريق "قدم مباراة كبيرة أمام منافس قوي".',
    'وأضاف مدير المستشفى أن الطاقم "تعامل مع الحالات بسرعة وكفاءة عالية".',
    'وقال المدرب البرتغالي إن اللاعبين "يستحقون الراحة بعد هذا الجهد".',
  ));
  assert.equal(speakerOf(a, 'تعامل مع الحالات').name, 'مدير المستشفى');
  assert.equal(speakerOf(a, 'يستحقون الراحة').name, 'جوزيه سانتوس');
});

test('a name after an introducing noun is a term, however a cue governs the sentence', () => {
  const a = analyzeArticle(article(
    'وأضاف أن تحالف "أوبك+" يراقب السوق عن كثب، وأن مبادرة "الرياض الخضراء" ضمن حملة "صيفنا آمن" تحت شعار "معا نبني".',
  ));
  for (const w of ['أوبك+', 'الرياض الخضراء', 'صيفنا آمن', 'معا نبني']) assert.equal(quote(a, w).kind, 'term', w);
});

test('a describing verb with its object on it: the phrase after it is the source, not its object', () => {
  const a = analyzeArticle(article('وانتهت الجولة في ظروف وصفها مصدر دبلوماسي غربي بأنها "صعبة لكنها مثمرة".'));
  assert.equal(speakerOf(a, 'صعبة لكنها').name, 'مصدر دبلوماسي غربي');
});
