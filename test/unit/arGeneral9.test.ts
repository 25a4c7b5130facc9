// Arabic speakers, a ninth round of general rules, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

test('an active participle in the accusative without tanween (لاذعا بقوله) is how the subject spoke: no name, and no word of the role', () => {
  const a = analyzeArticle(article(
    'وخسر المنتخب المباراة الثانية على التوالي.',
    'وكان الشيخ طلال الفهد نائب رئيس اللجنة المنظمة لاذعا بقوله: «أضاع اللاعبون جهود ثمانية أشهر»، مضيفا «ان اللاعبين لم يسجلوا أي هدف».',
    'وكان نائب رئيس الاتحاد ساخرا بقوله: «لم نر شيئا يذكر».',
  ));
  const fahd = speakerOf(a, 'أضاع اللاعبون');
  assert.equal(fahd.name, 'طلال الفهد');
  assert.equal(fahd.role, 'نائب رئيس اللجنة المنظمة');
  assert.equal(speakerOf(a, 'ان اللاعبين').name, 'طلال الفهد');
  assert.ok(!a.speakers.some((s) => /لاذعا|ساخرا/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('the same shape keeps a name before a colon (وقالت باولا:, المديرة داليا:); a تفعّلا verbal noun in the accusative (يعد تمسكا بالحرفية) is no name', () => {
  const a = analyzeArticle(article(
    'وقالت باولا: «سنعود قريبا».',
    'وقالت المديرة داليا: «سنعمل معا».',
    'ويرى المفكر روجيه جارودي أن التمسك بالحجاب يعد تمسكا بالحرفية النصية، وأنه يندرج ضمن "المواقف التمامية" القائمة على خلط العقيدة.',
  ));
  assert.equal(speakerOf(a, 'سنعود قريبا').name, 'باولا');
  assert.equal(speakerOf(a, 'سنعمل معا').name, 'داليا');
  assert.ok(!a.speakers.some((s) => /تمسكا/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('يعد is "is considered" far more often than "promises": no verb of saying (يعد أمرا اختياريا)', () => {
  const a = analyzeArticle(article(
    'وقال الباحث أحمد سالم إن "الحجاب فريضة".',
    'يضاف لهذا أن ارتداء الرموز الدينية يعد أمرا اختياريا، وهو ما يسميه البعض "حرية شخصية".',
  ));
  assert.ok(!a.speakers.some((s) => /أمرا|اختياريا/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
  assert.ok(!a.quotes.some((q) => q.cue === 'يعد'));
});
