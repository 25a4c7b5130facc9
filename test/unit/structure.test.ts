// The structure reader: headline, byline, sections, captions, source line — on the seed and on
// articles written for these tests (Arabic and English), including near misses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article, Span } from '../../server/src/article/model';
import { offsetToPosition } from '../../server/src/article/text';
import { splitLines } from '../../server/src/article/lines';
import { readStructure } from '../../server/src/article/structure';
import { readSeed, toCrlfWithBom } from '../support/fixtures';

const lineOf = (a: Article, offset: number) => offsetToPosition(a.lineStarts, offset).line;
const slice = (a: Article, s: Span) => a.text.slice(s.start, s.end);
const headings = (a: Article) => a.sections.map((s) => s.heading);

/** Every located thing as (line, character) pairs, to compare models across line endings. */
function positions(a: Article) {
  const pos = (s: Span | null) => (s ? [offsetToPosition(a.lineStarts, s.start), offsetToPosition(a.lineStarts, s.end)] : null);
  return {
    title: a.title && { text: a.title.text, at: pos(a.title.span) },
    byline: a.byline && { text: a.byline.text, at: pos(a.byline.span) },
    sections: a.sections.map((s) => ({ heading: s.heading, heading_at: pos(s.headingSpan), at: pos(s.span) })),
    captions: a.captions.map((c) => ({ text: c.text, credit: c.credit, at: pos(c.span), creditAt: pos(c.creditSpan), textAt: pos(c.textSpan), duplicateOf: c.duplicateOf })),
    source: a.source && { text: a.source.text, at: pos(a.source.span) },
    paragraphs: a.paragraphs.map((p) => p.lines.map(pos)),
  };
}

test('the seed: headline, lead and أبواب مواربة, two captions (the second a duplicate), source line', () => {
  const a = analyzeArticle(readSeed());
  assert.equal(a.title?.text, 'كيري يرفض الجدل مع إيران بشأن التنسيق معها');
  assert.equal(lineOf(a, a.title!.span.start), 0);
  assert.deepEqual(headings(a), [null, 'أبواب مواربة']);
  const [lead, second] = a.sections;
  assert.equal(lineOf(a, lead.span.start), 2, 'the lead starts after the headline');
  assert.ok(slice(a, lead.span).startsWith('رفض وزير الخارجية'));
  assert.ok(lead.span.end <= second.span.start);
  assert.equal(slice(a, second.headingSpan!), 'أبواب مواربة');
  assert.ok(slice(a, second.span).endsWith('للخطر".'), 'the last section ends before the source line');
  assert.equal(a.captions.length, 2);
  for (const c of a.captions) {
    assert.equal(c.credit, 'الجزيرة');
    assert.equal(c.text, 'مؤتمر باريس حول تنظيم الدولة شهد مشاركة 26 دولة وغابت عنه إيران');
    assert.equal(slice(a, c.creditSpan!), 'الجزيرة');
    assert.ok(c.span.start >= lead.span.start && c.span.end <= lead.span.end, 'captions sit in the lead section');
  }
  assert.deepEqual(a.captions.map((c) => c.duplicateOf), [null, 0]);
  assert.equal(lineOf(a, a.captions[1].span.start), lineOf(a, a.captions[0].span.start) + 1);
  assert.equal(a.source?.text, 'المصدر : وكالات');
  assert.equal(a.byline, null);
});

test('the seed with CRLF and a BOM, with a lone CR, with trailing spaces and tabs: the same model, line by line', () => {
  const seed = readSeed();
  const reference = positions(analyzeArticle(seed));
  const variants = {
    'CRLF + BOM': toCrlfWithBom(seed),
    'lone CR': seed.replace(/\n/g, '\r'),
    'trailing blanks': seed.replace(/\n/g, ' \t\n'),
    'BOM only': '\ufeff' + seed,
  };
  for (const [name, text] of Object.entries(variants)) {
    const model = positions(analyzeArticle(text));
    if (name === 'BOM only' || name === 'CRLF + BOM') {
      // the BOM is one UTF-16 character at the start of line 0: only line 0's characters move, by one
      const shifted = JSON.parse(JSON.stringify(reference), (_key, value) =>
        value && typeof value === 'object' && value.line === 0 && typeof value.character === 'number' ? { line: 0, character: value.character + 1 } : value,
      );
      assert.deepEqual(model, shifted, name);
    } else {
      assert.deepEqual(model, reference, name);
    }
  }
});

const ENGLISH = `Council approves new bridge after long debate

By Jane Smith

RIVERTON (Reuters) - The city council voted on Tuesday to build a new bridge over the river, ending a debate that has lasted for more than ten years.

The mayor said the bridge would open in 2028 and cost less than the old estimates suggested.

(Reuters) Workers inspect the old bridge on Monday
Photo: Council members vote on the bridge plan (AP)

Money questions
The finance committee warned that the budget could still grow if steel prices rise again next year.

Residents near the river welcomed the plan but asked for a safer crossing during the works.

Source: Reuters`;

test('an English wire story: byline, dateline in the lead, captions with and without labels, subheading, source', () => {
  const a = analyzeArticle(ENGLISH);
  assert.equal(a.language, 'en');
  assert.equal(a.title?.text, 'Council approves new bridge after long debate');
  assert.equal(a.byline?.text, 'By Jane Smith');
  assert.deepEqual(headings(a), [null, 'Money questions']);
  assert.ok(slice(a, a.sections[0].span).startsWith('RIVERTON (Reuters) - The city council'), 'the dateline opens the lead');
  assert.deepEqual(
    a.captions.map((c) => [c.credit, c.text]),
    [
      ['Reuters', 'Workers inspect the old bridge on Monday'],
      ['AP', 'Council members vote on the bridge plan'],
    ],
  );
  assert.ok(a.captions.every((c) => c.duplicateOf === null));
  assert.equal(a.source?.text, 'Source: Reuters');
  assert.ok(a.sections[1].span.end < a.source!.span.start);
});

test('datelines are never captions: `(Reuters) -`, `LONDON (AP) —`, `القاهرة -`', () => {
  const en = analyzeArticle('Markets fall\n\n(Reuters) - Shares fell sharply on Monday as investors worried about rates.\n\nLONDON (AP) — Prices rose again in the capital.');
  assert.deepEqual(en.captions, []);
  const ar = analyzeArticle('الأسواق تتراجع\n\nالقاهرة - تراجعت الأسهم المصرية اليوم الاثنين وسط مخاوف المستثمرين من رفع أسعار الفائدة.\n\n(رويترز) - قال متعاملون إن التراجع قد يستمر حتى نهاية الأسبوع المقبل.');
  assert.deepEqual(ar.captions, []);
  assert.deepEqual(headings(ar), [null]);
});

const ARABIC = `الحكومة تقر موازنة العام المقبل

بقلم سارة أحمد

عمّان - أقرت الحكومة الأردنية الأحد مشروع موازنة العام المقبل بعد نقاش طويل في مجلس الوزراء استمر ساعات.

وقال وزير المالية إن الموازنة تركز على خفض العجز ودعم القطاعات الإنتاجية خلال السنوات الثلاث المقبلة.

(الأناضول) وزير المالية خلال مؤتمر صحفي في عمان
(غيتي) جانب من جلسة مجلس الوزراء

تحفظات نيابية

أبدى عدد من النواب تحفظات على بنود الإنفاق الرأسمالي، مطالبين بمراجعة أولويات المشاريع الكبرى.

المصدر: الجزيرة + وكالات`;

test('an Arabic article: بقلم byline, dateline, two captions with different credits, a standalone subheading, source', () => {
  const a = analyzeArticle(ARABIC);
  assert.equal(a.language, 'ar');
  assert.equal(a.byline?.text, 'بقلم سارة أحمد');
  assert.deepEqual(headings(a), [null, 'تحفظات نيابية']);
  assert.deepEqual(a.captions.map((c) => c.credit), ['الأناضول', 'غيتي']);
  assert.equal(a.captions[1].text, 'جانب من جلسة مجلس الوزراء');
  assert.equal(a.source?.text, 'المصدر: الجزيرة + وكالات');
  assert.ok(slice(a, a.sections[0].span).startsWith('عمّان - أقرت'));
});

test('a credit from the settings (extraCredits) marks a caption that the built-in list does not', () => {
  const text = 'عنوان الخبر هنا\n\nنص الفقرة الأولى من الخبر يتحدث عن المؤتمر الذي عقد اليوم في المدينة.\n\n(سبق الإخبارية للأنباء اليومية) صورة من الجلسة الافتتاحية للمؤتمر\n\nوتابع الحضور أعمال المؤتمر حتى المساء.';
  assert.deepEqual(analyzeArticle(text).captions, [], 'four words are too many for an unknown credit');
  const withCredit = analyzeArticle(text, { extraCredits: ['سبق الإخبارية للأنباء اليومية'] });
  assert.deepEqual(withCredit.captions.map((c) => [c.credit, c.text]), [['سبق الإخبارية للأنباء اليومية', 'صورة من الجلسة الافتتاحية للمؤتمر']]);
  // matched after normalisation, like the built-in credits
  assert.equal(analyzeArticle(text, { extraCredits: [' سبق الاخبارية للانباء اليومية '] }).captions.length, 1);
});

test('a short unknown credit reads as a caption only in a block of captions', () => {
  const alone = analyzeArticle('Headline here\n\nThe first paragraph of the story runs long enough to be a lead.\n\n(Jane Doe/Local Times) The harbour at dawn\n\nMore text follows in a second paragraph of the story.');
  assert.deepEqual(alone.captions.map((c) => c.credit), ['Jane Doe/Local Times']);
  // a wrapped line of prose that happens to start with a parenthesis
  const wrapped = analyzeArticle('Headline here\n\nThe minister, speaking to reporters after the meeting with\n(the opposition) leaders, said talks would continue next week.');
  assert.deepEqual(wrapped.captions, []);
  const numbered = analyzeArticle('Headline here\n\nThe lead paragraph of the story runs long enough to count.\n\n(1) First point of the plan\n(2) Second point of the plan');
  assert.deepEqual(numbered.captions, []);
});

test('near-miss captions: a bare credit, a credit line after Photo:, a long parenthetical paragraph', () => {
  const a = analyzeArticle(
    [
      'Headline here',
      '',
      'The lead paragraph of the story runs long enough to count as the lead.',
      '',
      '(Reuters)',
      'Photo: Jane Smith/Reuters',
      'Photo: AFP',
      '',
      '(AP) ' + 'word '.repeat(45).trim(),
    ].join('\n'),
  );
  assert.deepEqual(a.captions, []);
});

test('near-miss subheadings: a one-line paragraph, a quote, a dateline, a lead-in, a wrapped tail, a list', () => {
  const lead = 'The lead paragraph of this story runs long enough to count as the lead.';
  const body = 'Another paragraph follows here and it is long enough to be running text.';
  const cases = [
    'He declined to comment.',
    '"We will not give up"',
    '“We will not give up,” she said',
    'LONDON -',
    'He listed three reasons:',
    'and then left the room',
    '- first item in a list',
    '// end //',
  ];
  for (const line of cases) {
    const a = analyzeArticle(`Headline\n\n${lead}\n\n${line}\n${body}`);
    assert.deepEqual(headings(a), [null], line);
  }
  // a short line right after the headline is a standfirst or dateline, not a subheading: no lead yet
  assert.deepEqual(headings(analyzeArticle(`Headline\n\nCAIRO, March 3\n\n${lead}`)), [null]);
  // a short line with nothing after it ends the article
  assert.deepEqual(headings(analyzeArticle(`Headline\n\n${lead}\n\nThe end`)), [null]);
  // a sentence wrapped after its first words
  assert.deepEqual(headings(analyzeArticle(`Headline\n\n${lead}\n\nIn Washington\nthe talks resumed on Monday after a break that lasted for several weeks.`)), [null]);
  // a short line in a paragraph of wrapped lines is part of it
  assert.deepEqual(headings(analyzeArticle(`Headline\n\n${lead}\n\nThe talks resumed on Monday after a\nshort break\nfor lunch, officials in the capital said on Monday evening.`)), [null]);
});

test('subheadings: own block, first line of its block, and between one-line paragraphs with no blank lines', () => {
  const lead = 'وقال المتحدث باسم الوزارة إن الاجتماع ناقش عددا من الملفات المهمة خلال جلسة طويلة امتدت حتى المساء.';
  const own = analyzeArticle(`العنوان\n\n${lead}\n\nخلافات قديمة\n\n${lead}`);
  assert.deepEqual(headings(own), [null, 'خلافات قديمة']);
  const glued = analyzeArticle(`العنوان\n\n${lead}\n\nخلافات قديمة\n${lead}`);
  assert.deepEqual(headings(glued), [null, 'خلافات قديمة']);
  const dense = analyzeArticle(`العنوان\n\n${lead}\n${lead}\n“مبادرة جديدة” لحل الأزمة\n${lead}\n${lead}`);
  assert.deepEqual(headings(dense), [null, '“مبادرة جديدة” لحل الأزمة']);
  const underCaption = analyzeArticle(`العنوان\n\n${lead}\n(الجزيرة) صورة من الاجتماع\nخلافات قديمة\n${lead}`);
  assert.deepEqual(headings(underCaption), [null, 'خلافات قديمة']);
  const [first, second] = dense.sections;
  assert.equal(lineOf(dense, first.span.end), 3);
  assert.equal(lineOf(dense, second.span.start), 4);
  assert.equal(lineOf(dense, second.span.end), 6);
});

test('articles with no captions, no subheading, no source line', () => {
  const a = analyzeArticle('A plain headline\n\nThe only paragraph of the story is long enough to be a lead on its own.');
  assert.equal(a.title?.text, 'A plain headline');
  assert.deepEqual(headings(a), [null]);
  assert.deepEqual(a.captions, []);
  assert.equal(a.source, null);
  assert.equal(a.byline, null);
});

test('only a headline: a title and no sections; an empty text: nothing', () => {
  const a = analyzeArticle('\n\n  Just a headline \t\n\n');
  assert.equal(a.title?.text, 'Just a headline');
  assert.equal(lineOf(a, a.title!.span.start), 2);
  assert.deepEqual(a.sections, []);
  const empty = analyzeArticle(' \n\t\n');
  assert.equal(empty.title, null);
  assert.deepEqual(empty.sections, []);
  assert.deepEqual(empty.paragraphs, []);
});

test('a first line that is a whole paragraph is the lead, not a headline (archives print no headline)', () => {
  const lead = 'ذكرت مصادر رسمية اليوم أن الحكومة ستعلن خلال الأسبوع المقبل حزمة من الإجراءات الاقتصادية الجديدة التي تهدف إلى دعم الأسر محدودة الدخل وتخفيف آثار ارتفاع الأسعار على المواطنين في مختلف المحافظات.';
  const a = analyzeArticle(`${lead}\n\nوأضافت المصادر أن الحزمة تشمل دعما مباشرا للسلع الأساسية خلال الأشهر المقبلة.`);
  assert.equal(a.title, null);
  assert.equal(a.sections.length, 1);
  assert.equal(a.sections[0].span.start, 0);
});

test('a source line is read only when it is short; the last one wins', () => {
  const long = analyzeArticle('Headline\n\nSource: a senior official who spoke on condition of anonymity because he was not allowed to talk said so.');
  assert.equal(long.source, null);
  const two = analyzeArticle('Headline\n\nSource: first\n\nSome paragraph of text in the middle of the story.\n\nSources: Reuters, AFP');
  assert.equal(two.source?.text, 'Sources: Reuters, AFP');
});

test('bylines: only near the top, only before a name', () => {
  assert.equal(analyzeArticle('Headline\n\nBy the end of the day, the talks had collapsed.').byline, null);
  assert.equal(analyzeArticle('Headline\nBy John Doe, BBC News\n\nThe lead paragraph.').byline?.text, 'By John Doe, BBC News');
  assert.equal(analyzeArticle('عنوان\n\nكتب: محمد علي\n\nنص الخبر الأول.').byline?.text, 'كتب: محمد علي');
  assert.equal(analyzeArticle('عنوان\n\nكتب الوزير في تغريدة أن الاجتماع كان مثمرا.').byline, null);
  const late = analyzeArticle('Headline\n\nOne.\n\nTwo.\n\nThree.\n\nBy Jane Smith');
  assert.equal(late.byline, null);
});

test('the reader is linear: a long article with many captions and headings is read quickly', () => {
  const block = '(Reuters) A caption in the section\n\nSubheading here\nA paragraph of running text that is long enough to be prose in the story.\n\n';
  const text = 'Headline\n\nThe lead paragraph of the story is long enough to be the lead.\n\n' + block.repeat(5000);
  const lines = splitLines(text);
  readStructure(text, lines); // warm up
  const started = performance.now();
  const s = readStructure(text, lines);
  const elapsed = performance.now() - started;
  assert.equal(s.captions.length, 5000);
  assert.equal(s.sections.length, 5001);
  // and twice the text stays well under the bound too (generous: the machine is shared)
  const double = text + block.repeat(5000);
  const doubleLines = splitLines(double);
  const t2 = performance.now();
  assert.equal(readStructure(double, doubleLines).captions.length, 10000);
  const elapsed2 = performance.now() - t2;
  assert.ok(elapsed < 1500 && elapsed2 < 1500, `took ${elapsed.toFixed(0)} ms and ${elapsed2.toFixed(0)} ms`);
});

test('a first line that is a sentence with a full stop is the lead; a headline may end with `..` or `?`', () => {
  const sentence = 'The government said on Monday that it would raise the minimum wage next year.';
  assert.equal(analyzeArticle(`${sentence}\n\nMore text follows here in the story.`).title, null);
  assert.equal(analyzeArticle('Why few targets are better than many?\n\nBody text of the story.').title?.text, 'Why few targets are better than many?');
  assert.equal(analyzeArticle('سورية.. التحالف يدمر جسرين\n\nنص الخبر.').title?.text, 'سورية.. التحالف يدمر جسرين');
  assert.equal(analyzeArticle('Peace talks resume.\n\nBody text of the story.').title?.text, 'Peace talks resume.', 'a short headline may still end with a full stop');
});

test('a first line of more than 30 words is the lead, not a headline, with or without a full stop (words are counted far enough)', () => {
  for (const n of [31, 35, 200]) {
    const first = Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const a = analyzeArticle(`${first}\n\nSecond paragraph of the story, as written.\n`);
    assert.equal(a.title, null, `${n} words`);
  }
  const headline = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
  assert.equal(analyzeArticle(`${headline}\n\nThe story begins here.\n`).title?.text, headline, 'thirty words can still be a headline');
});
