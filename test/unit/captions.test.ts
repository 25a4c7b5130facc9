// Captions and the duplicate-caption rule: which lines are captions, when two are the same, and the
// finding that points back at the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { message } from '../../server/src/article/messages';
import { offsetToPosition } from '../../server/src/article/text';

const LEAD_AR = 'وقال وزير الخارجية في مؤتمر صحفي عقده اليوم إن المحادثات ستستمر الأسبوع المقبل في العاصمة.';
const LEAD_EN = 'The foreign minister told a news conference on Monday that the talks would continue next week.';
const lineOf = (text: string, offset: number) => offsetToPosition(analyzeArticle(text).lineStarts, offset).line;

function duplicates(text: string) {
  const a = analyzeArticle(text);
  return a.captions.map((c) => c.duplicateOf);
}

test('duplicates after normalisation: spaces, harakat, tatweel, alef and ya forms, trailing punctuation, another credit', () => {
  const first = '(الجزيرة) وزير الخارجية يتحدث إلى الصحفيين في القاهرة';
  const variants = [
    '(الجزيرة)  وزير   الخارجية يتحدث إلى الصحفيين في القاهرة',
    '(الجزيرة) وَزِيرُ الخارجية يتحدث إلى الصحفيين في القاهرة',
    '(الجزيرة) وزيــر الخارجية يتحدث إلى الصحفيين في القاهرة',
    '(الجزيرة) وزير الخارجية يتحدث الى الصحفيين في القاهرة',
    '(الجزيرة) وزير الخارجية يتحدث إلي الصحفيين في القاهرة.',
    '(رويترز) وزير الخارجية يتحدث إلى الصحفيين في القاهرة',
  ];
  for (const v of variants) {
    assert.deepEqual(duplicates(`عنوان\n\n${LEAD_AR}\n\n${first}\n\n${LEAD_AR}\n\n${v}`), [null, 0], v);
  }
  assert.deepEqual(duplicates(`Title\n\n${LEAD_EN}\n\n(AP) The minister in Cairo\n\n${LEAD_EN}\n\nPhoto: THE MINISTER IN CAIRO.`), [null, 0]);
});

test('two different captions under the same credit are not duplicates; the third repeat points at the first', () => {
  const text = `Title\n\n${LEAD_EN}\n\n(Reuters) Protesters in the main square\n(Reuters) Police at the main square\n\n${LEAD_EN}\n\n(Reuters) Protesters in the main square\n\n(AFP) Protesters in the main square!`;
  assert.deepEqual(duplicates(text), [null, null, 0, 0]);
});

test('a caption repeated verbatim inside a paragraph is not a caption, and the caption is not flagged', () => {
  const caption = '(الجزيرة) مؤتمر باريس شهد مشاركة 26 دولة';
  const text = `عنوان\n\n${LEAD_AR}\n\n${caption}\n\nوكتب مراسلنا تحت الصورة ${caption} ثم أضاف تفاصيل أخرى عن المؤتمر.`;
  const a = analyzeArticle(text);
  assert.equal(a.captions.length, 1);
  assert.deepEqual(a.findings.filter((f) => f.code === 'duplicate-caption'), []);
});

test('the duplicate-caption finding: on the repeat, with the first words, the first line, and a related span', () => {
  const text = `عنوان الخبر\n\n${LEAD_AR}\n\n(الجزيرة) وزراء الخارجية في صورة جماعية بعد الاجتماع الوزاري في باريس\n\n${LEAD_AR}\n\n(الجزيرة) وزراء الخارجية في صورة جماعية بعد الاجتماع الوزاري في باريس`;
  const a = analyzeArticle(text);
  const found = a.findings.filter((f) => f.code === 'duplicate-caption');
  assert.equal(found.length, 1, 'flagged once, on the repeat only');
  const [f] = found;
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.span, a.captions[1].span);
  assert.equal(f.args.line, 5, 'the 1-based line of the first caption');
  assert.equal(f.args.words, 'وزراء الخارجية في صورة جماعية بعد…');
  assert.deepEqual(f.related, [{ span: a.captions[0].span, args: { key: 'duplicate-caption.related' } }]);
  assert.equal(lineOf(text, f.related[0].span.start), 4);
  assert.equal(message(f.code, f.args, 'en'), 'Duplicate caption "وزراء الخارجية في صورة جماعية بعد…": it repeats the caption on line 5.');
  assert.match(message(f.code, f.args, 'ar'), /^تعليق صورة مكرر .* السطر 5\.$/);
});

test('captions: credit and text spans, labelled captions with a trailing credit, user credits', () => {
  const text = `Title\n\n${LEAD_EN}\n\n(Getty Images) Fans celebrate in the street\nCaption: The team bus arrives at the stadium (EPA)\nPicture: Supporters wave flags`;
  const a = analyzeArticle(text);
  const spans = a.captions.map((c) => [c.credit, c.creditSpan && text.slice(c.creditSpan.start, c.creditSpan.end), text.slice(c.textSpan.start, c.textSpan.end), c.text]);
  assert.deepEqual(spans, [
    ['Getty Images', 'Getty Images', 'Fans celebrate in the street', 'Fans celebrate in the street'],
    ['EPA', 'EPA', 'The team bus arrives at the stadium', 'The team bus arrives at the stadium'],
    [null, null, 'Supporters wave flags', 'Supporters wave flags'],
  ]);
  for (const c of a.captions) assert.ok(c.span.start <= c.textSpan.start && c.textSpan.end <= c.span.end);
});

test('no captions, no duplicate findings: a plain article', () => {
  const a = analyzeArticle(`Title\n\n${LEAD_EN}\n\n${LEAD_EN}`);
  assert.deepEqual(a.captions, []);
  assert.deepEqual(a.findings.filter((f) => f.code === 'duplicate-caption'), []);
});

test('compound credits: a known agency with an archive note or a photographer', () => {
  const text = `عنوان\n\n${LEAD_AR}\n(رويترز-أرشيف) جنود على الحدود في صورة سابقة\n${LEAD_AR}\n(AFP/Jane Doe) Soldiers at the border\n${LEAD_AR}\n(وزارة - الداخلية) ليست صورة`;
  const a = analyzeArticle(text);
  assert.deepEqual(a.captions.map((c) => c.credit), ['رويترز-أرشيف', 'AFP/Jane Doe']);
});

test('scraped web layout: `Image caption …` without a colon', () => {
  const a = analyzeArticle(`Title\n\n${LEAD_EN}\n\nImage caption Fans gathered outside the stadium\n\n${LEAD_EN}\n\nImage captions are hard to write, the editor said in a long note.`);
  assert.deepEqual(a.captions.map((c) => [c.credit, c.text]), [[null, 'Fans gathered outside the stadium']]);
});

test('a paragraph of news opening with a credit is not a caption', () => {
  const para = '(رويترز) قال مسؤولون في وزارة الخارجية اليوم إن المحادثات مع الجانب الآخر ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام عدة أشهر بسبب الخلافات.';
  assert.deepEqual(analyzeArticle(`عنوان\n\n${LEAD_AR}\n\n${para}`).captions, []);
  const en = '(AP) Officials said on Monday that the talks with the other side would resume next week in the capital after a pause of several months.';
  assert.deepEqual(analyzeArticle(`Title\n\n${LEAD_EN}\n\n${en}`).captions, []);
  // a one-sentence caption with a full stop is still a caption
  assert.equal(analyzeArticle(`Title\n\n${LEAD_EN}\n\n(AP) Officials leave the talks in Geneva on Monday.`).captions.length, 1);
});
