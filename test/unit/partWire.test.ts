// The wire form of a part's reading (parts/wire.ts): what a worker thread sends back must come out
// as the very Article the engine made, through v8.serialize / deserialize as postMessage does it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import fc from 'fast-check';
import { readWhole } from '../../server/src/article/readWhole';
import { analyzeArticle } from '../../server/src/article/analyze';
import { PARTS_FROM } from '../../server/src/article/parts/split';
import { fromWire, toWire, type WireReading } from '../../server/src/article/parts/wire';
import type { Article, Language } from '../../server/src/article/model';
import type { StructureReading } from '../../server/src/article/structure';
import { readSeed } from '../support/fixtures';
import { ROOT } from '../support/lspClient';
import { longDocument } from '../support/longDocument';
import { AR_NEWS, AR_PROBLEMS, EN_PROBLEMS } from '../support/speakerArticles';
import { fcParams, soupArticleArb } from '../support/articleArbitraries';

/** what a thread receives: the wire after a structured clone */
const cloned = (wire: WireReading): WireReading => v8.deserialize(v8.serialize(wire));

function assertRoundTrip(a: Article, label = ''): WireReading {
  const wire = toWire(a);
  assert.ok(wire.ints instanceof Int32Array && Array.isArray(wire.strings), label);
  assert.ok(wire.strings.every((s) => typeof s === 'string'), label);
  assert.deepStrictEqual(fromWire(wire, a.text), a, label);
  assert.deepStrictEqual(fromWire(cloned(wire), a.text), a, `${label} (through v8.serialize)`);
  return wire;
}

const READINGS: StructureReading[] = [
  { headline: true, sourceLine: true },
  { headline: true, sourceLine: false },
  { headline: false, sourceLine: true },
  { headline: false, sourceLine: false },
];

/** every reading the engine makes of a text: both languages, each part place (first, middle, last) */
function readings(text: string): Article[] {
  const out: Article[] = [];
  for (const language of ['ar', 'en'] as Language[]) for (const r of READINGS) out.push(readWhole(text, language, {}, r));
  return out;
}

const SAMPLES = fs.readdirSync(path.join(ROOT, 'samples')).filter((n) => n.endsWith('.article'));

/** Texts written for this test: each optional field of the model both present and absent. */
const AR_BUILT = `عنوان الخبر: الوزير يرد على المنتقدين

بقلم: أحمد الكاتب

(الجزيرة) الوزير يتحدث إلى الصحفيين في القاهرة

وقال وزير الخارجية جون كيري إن "المحادثات ستستمر"، مضيفا: «لن نتراجع».

وأوضح الاتحاد في بيان «أن قرار المحكمة يؤكد براءة اللاعب وأن «الأدلة المقدمة لم تكن كافية لإدانته بأي شكل من الأشكال» (بحسب نص الحكم). وأشار الاتحاد الى أنه سيستأنف.

المواقف الدولية

وأكد كيري لاحقا أن الاجتماع المقبل "سيعقد في الربيع. وأشار كيرى إلى أن الوفد سيعود.

"لا أحد يريد حربا طويلة".

(الجزيرة) الوزير يتحدث إلى الصحفيين في القاهرة.

المصدر : الجزيرة + وكالات
`;

const EN_BUILT = `Minister rejects criticism of the talks

By Jane Smith

Photo: The minister speaks to reporters in Cairo

"This is a sad day for the club," said captain Roy Keane.

"Phil gave everything to the club. He said "never again" to me," Keane added.

The Talks Ahead

Foreign Secretary Philip Hammond said the plan would "transform" sport. Later, Mr Hamond added that the talks "would resume in the spring.

"Nobody wants a long war."

Caption: The minister speaks to reporters in Cairo.

Source: Reuters
`;

test('round trip: our samples, the seed, the speaker articles and the built texts, in both languages and every part place', () => {
  const texts = [...SAMPLES.map((n) => fs.readFileSync(path.join(ROOT, 'samples', n), 'utf8')), readSeed(), AR_NEWS, AR_PROBLEMS, EN_PROBLEMS, AR_BUILT, EN_BUILT];
  assert.ok(SAMPLES.length >= 2);
  const all: Article[] = [];
  for (const text of texts) for (const a of readings(text)) {
    assertRoundTrip(a, text.slice(0, 40));
    all.push(a);
  }
  // the texts above do make every optional case: else this test would pass on a codec that drops one
  const quotes = all.flatMap((a) => a.quotes);
  const speakers = all.flatMap((a) => a.speakers);
  const has: Record<string, boolean> = {
    nested: quotes.some((q) => typeof q.nestedIn === 'number'),
    notNested: quotes.some((q) => q.nestedIn === null),
    runsOn: quotes.some((q) => q.runsOn === true),
    closed: quotes.some((q) => q.runsOn === false && q.closeMark !== null),
    unclosed: quotes.some((q) => q.closeMark === null),
    term: quotes.some((q) => q.kind === 'term'),
    cue: quotes.some((q) => q.cue !== null && q.cueSpan !== null),
    attributed: quotes.some((q) => q.speakerId !== null && q.attribution !== null),
    unattributed: quotes.some((q) => q.speakerId === null),
    title: all.some((a) => a.title !== null),
    noTitle: all.some((a) => a.title === null),
    byline: all.some((a) => a.byline !== null),
    source: all.some((a) => a.source !== null),
    heading: all.some((a) => a.sections.some((s) => s.heading !== null && s.headingSpan !== null)),
    lead: all.some((a) => a.sections.some((s) => s.heading === null)),
    credit: all.some((a) => a.captions.some((c) => c.credit !== null && c.creditSpan !== null)),
    noCredit: all.some((a) => a.captions.some((c) => c.credit === null)),
    duplicateCaption: all.some((a) => a.findings.some((f) => f.code === 'duplicate-caption') && a.captions.some((c) => c.duplicateOf !== null)),
    inconsistentName: all.some((a) => a.findings.some((f) => f.code === 'inconsistent-name' && f.related.length > 0)),
    unclosedFinding: all.some((a) => a.findings.some((f) => f.code === 'unclosed-quote' && typeof f.args.endLine === 'number')),
    role: speakers.some((s) => s.role !== null),
    gender: speakers.some((s) => s.gender !== null) && speakers.some((s) => s.gender === null),
    aliases: speakers.some((s) => s.aliases.length > 0),
    prefix: speakers.some((s) => s.mentions.some((m) => m.prefix !== '')),
    types: new Set(speakers.map((s) => s.type)).size >= 2,
  };
  assert.deepEqual(Object.keys(has).filter((k) => !has[k]), [], 'cases no text made');
});

test('a long document read in parts and merged round-trips too', () => {
  for (const language of ['ar', 'en'] as const) {
    const text = longDocument(language, PARTS_FROM + 20_000);
    assertRoundTrip(analyzeArticle(text, { language }), language);
  }
});

test('strings under their own span are not sent: the wire holds few strings, never a quote’s words', () => {
  const text = AR_BUILT;
  const a = readWhole(text, 'ar', {});
  const wire = toWire(a);
  for (const q of a.quotes) assert.ok(!wire.strings.includes(q.text), q.text);
  for (const s of a.speakers) for (const m of s.mentions) assert.ok(!wire.strings.includes(m.text) || s.aliases.includes(m.text) || s.name === m.text, m.text);
  assert.ok(!wire.strings.includes(a.title!.text));
});

/** a copy of an engine article changed by `edit`, which must round-trip as well */
function edited(edit: (a: Article) => void): Article {
  const a = structuredClone(readWhole(AR_BUILT, 'ar', {}));
  edit(a);
  return a;
}

test('every case deepStrictEqual tells apart survives: optional quote fields, strings that are not the text under their span, any number in args', () => {
  const base = readWhole(AR_BUILT, 'ar', {});
  assert.ok(base.quotes.length >= 3 && base.speakers.length >= 1 && base.captions.length >= 2 && base.findings.length >= 2);
  const cases: [string, Article][] = [
    ['runsOn and nestedIn missing', edited((a) => {
      for (const q of a.quotes) {
        delete q.runsOn;
        delete q.nestedIn;
      }
    })],
    ['runsOn missing', edited((a) => delete a.quotes[0].runsOn)],
    ['nestedIn missing', edited((a) => delete a.quotes[1].nestedIn)],
    ['both undefined', edited((a) => {
      for (const q of a.quotes) {
        q.runsOn = undefined;
        q.nestedIn = undefined;
      }
    })],
    ['runsOn true, nestedIn a number', edited((a) => ((a.quotes[0].runsOn = true), (a.quotes[2].nestedIn = 0)))],
    ['quote text not the text under its span', edited((a) => (a.quotes[0].text = a.quotes[0].text + ' '))],
    ['quote text of the same length but other words', edited((a) => (a.quotes[0].text = 'x'.repeat(a.quotes[0].text.length)))],
    ['a cue with no span, a span with no cue', edited((a) => ((a.quotes[0].cue = 'قال'), (a.quotes[0].cueSpan = null), (a.quotes[1].cue = null), (a.quotes[1].cueSpan = { start: 0, end: 3 })))],
    ['a span past the end', edited((a) => (a.quotes[0].textSpan = { start: a.text.length - 1, end: a.text.length + 5 }))],
    ['title, byline, heading, caption, credit, mention not slices', edited((a) => {
      a.title!.text = 'other';
      a.byline = a.byline && { text: 'by', span: a.byline.span };
      const s = a.sections.find((x) => x.headingSpan)!;
      s.heading = null;
      a.sections.push({ heading: 'h', headingSpan: null, span: { start: 1, end: 2 } });
      a.captions[0].text = '';
      a.captions[0].credit = 'وكالات';
      a.captions[1].creditSpan = null;
      a.speakers[0].mentions[0].text = 'كيري ';
    })],
    ['no title, byline, source', edited((a) => ((a.title = null), (a.byline = null), (a.source = null)))],
    ['odd numbers and strings in args', edited((a) => {
      a.findings[0].args = { n: -0, half: 1.5, nan: Number.NaN, big: 2 ** 40, neg: -7, inf: -Infinity, empty: '', 2: 'two', 'a b': 'x' };
      a.findings[1].related = [{ span: { start: 0, end: 0 }, args: {} }];
    })],
    ['an empty article', readWhole('', 'en', {})],
    ['lineStarts that are not the text’s', edited((a) => (a.lineStarts = [0, 5, 3]))],
  ];
  for (const [label, a] of cases) {
    assert.notDeepStrictEqual(a, base, label); // the edit did change something
    assertRoundTrip(a, label);
  }
});

test('the wire refuses what it cannot carry exactly, and a text other than the one it was made from', () => {
  const a = readWhole(EN_BUILT, 'en', {});
  assert.throws(() => fromWire(toWire(a), EN_BUILT + ' '), /not the one/);
  assert.throws(() => toWire(edited((x) => (x.quotes[0].span = { start: 0.5, end: 2 }))), /int32/);
  assert.throws(() => toWire(edited((x) => (x.paragraphs[0].span = { start: -0, end: 2 }))), /int32/);
  assert.throws(() => toWire(edited((x) => (x.quotes[0].kind = 'speech' as 'direct'))), /unknown value/);
  assert.throws(() => toWire(edited((x) => (x.quotes[0].nestedIn = -1))), /index/);
});

/** Words, marks and layout of both languages, for texts the engine must read in every odd way. */
const WORDS = ['قال', 'وقال', 'وقالت', 'إن', 'كيري', 'جون كيري', 'لكيري', 'كيرى', 'الوزير', 'وأضاف', 'بحسب', 'said', 'Kerry', 'John Kerry', 'Mr Kerry', 'the minister', 'told', 'according to', 'Photo', '(Reuters)', '(الجزيرة)', 'Source', 'المصدر', 'By'];
const MARKS = ['«', '»', '"', '“', '”', '\n', '\n\n', ':', '.', ' ', ' ', ' '];
const wordSoupArb = fc.array(fc.constantFrom(...WORDS, ...MARKS), { maxLength: 80 }).map((ws) => ws.join(''));

test('property: any text from a small alphabet of words, marks and breaks, in either language and part place, round-trips through v8', () => {
  const params = fcParams(300);
  fc.assert(
    fc.property(fc.oneof({ weight: 4, arbitrary: wordSoupArb }, { weight: 1, arbitrary: soupArticleArb }), fc.constantFrom<Language>('ar', 'en'), fc.constantFrom(...READINGS), (text, language, reading) => {
      const a = readWhole(text, language, {}, reading);
      assert.deepStrictEqual(fromWire(cloned(toWire(a)), text), a);
    }),
    params,
  );
});
