// Reading a long document in parts: where the cuts fall, that the parts read as the whole would,
// and that an edit re-reads only its own part while the result equals a fresh reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, PartCache } from '../../server/src/article/analyze';
import { readWhole } from '../../server/src/article/readWhole';
import { PARTS_FROM, splitIntoParts } from '../../server/src/article/parts/split';
import { computeLineStarts } from '../../server/src/article/text';
import type { Article } from '../../server/src/article/model';
import { longDocument } from '../support/longDocument';
import { tokenArb } from '../support/articleArbitraries';
import { checkArticle } from '../support/articleInvariants';
import { languageAt } from '../../server/src/article/languages';
import { attributionEdits } from '../../server/src/features/fixes/quoteFixes';

const speakerName = (a: Article, i: number): string | null => {
  const id = a.quotes[i].speakerId;
  return id ? a.speakers.find((s) => s.id === id)!.name : null;
};

test('a document shorter than PARTS_FROM is one part', () => {
  const text = longDocument('en', 10_000);
  assert.deepEqual(splitIntoParts(text, computeLineStarts(text)), [{ start: 0, end: text.length, contextStart: 0, language: null }]);
});

test('parts cover a long document end to end, each cut at a paragraph start after finished prose, never before a quote', () => {
  for (const language of ['ar', 'en'] as const) {
    const text = longDocument(language, PARTS_FROM * 3);
    const parts = splitIntoParts(text, computeLineStarts(text));
    assert.ok(parts.length >= 4, `${language}: ${parts.length} parts`);
    assert.equal(parts[0].start, 0);
    assert.equal(parts[parts.length - 1].end, text.length);
    for (let i = 1; i < parts.length; i++) {
      const cut = parts[i].start;
      assert.equal(parts[i - 1].end, cut, 'parts are contiguous');
      assert.match(text.slice(cut - 2, cut), /\n\s*$|\n\n/, 'a cut follows a blank line');
      assert.match(text.slice(0, cut).trimEnd().slice(-1), /[.!?؟…]/, `the paragraph before cut ${i} is finished prose`);
      assert.doesNotMatch(text[cut], /["“”«»„]/, 'no cut before a paragraph opening with a quotation mark');
      assert.ok(parts[i].contextStart < cut && parts[i].contextStart >= parts[i - 1].start, 'each later part is read after some context');
      assert.ok(cut - parts[i].contextStart <= 3000);
    }
  }
});

test('an edit moves no cut outside the part it falls in', () => {
  const text = longDocument('ar', PARTS_FROM * 2);
  const before = splitIntoParts(text, computeLineStarts(text));
  const mid = before[Math.floor(before.length / 2)];
  const at = Math.floor((mid.start + mid.end) / 2);
  const edited = text.slice(0, at) + ' كلمة جديدة' + text.slice(at);
  const after = splitIntoParts(edited, computeLineStarts(edited));
  const shift = edited.length - text.length;
  const cutsBefore = before.map((p) => p.start).filter((c) => c <= mid.start || c > mid.end);
  const cutsAfter = new Set(after.map((p) => (p.start > at ? p.start - shift : p.start)));
  for (const c of cutsBefore) assert.ok(cutsAfter.has(c), `cut at ${c} kept`);
});

for (const language of ['ar', 'en'] as const) {
  test(`${language}: read in parts, a long document has the structure, quotes and attributions of a reading of the whole`, () => {
    const text = longDocument(language, PARTS_FROM * 2);
    const parts = analyzeArticle(text);
    const whole = readWhole(text, language, {});
    assert.deepEqual(parts.paragraphs, whole.paragraphs);
    assert.deepEqual(parts.sections, whole.sections);
    assert.deepEqual(parts.captions, whole.captions);
    assert.deepEqual(parts.title, whole.title);
    assert.deepEqual(parts.source, whole.source);
    assert.deepEqual(
      parts.quotes.map((q) => [q.span.start, q.span.end, q.kind, q.speakerId !== null]),
      whole.quotes.map((q) => [q.span.start, q.span.end, q.kind, q.speakerId !== null]),
    );
    // a name can be written more fully in the whole (a speaker met again in a later copy)
    let sameName = 0;
    parts.quotes.forEach((_, i) => (sameName += speakerName(parts, i) === speakerName(whole, i) ? 1 : 0));
    assert.ok(sameName / parts.quotes.length >= 0.9, `${sameName} of ${parts.quotes.length} quotes with the same speaker name`);
    const marks = (a: Article) => a.findings.filter((f) => f.code !== 'inconsistent-name').map((f) => [f.code, f.span.start, f.span.end]);
    assert.deepEqual(marks(parts), marks(whole));
    // every piece of text the model quotes is the text at its span (offsets moved right)
    for (const q of parts.quotes) assert.equal(text.slice(q.textSpan.start, q.textSpan.end), q.text);
    for (const s of parts.speakers) for (const m of s.mentions) assert.equal(text.slice(m.span.start, m.span.end), m.text, `mention of ${s.name}`);
    for (const q of parts.quotes) if (q.cueSpan) assert.equal(text.slice(q.cueSpan.start, q.cueSpan.end), q.cue);
    for (const f of parts.findings) for (const r of f.related) assert.ok(r.span.end <= text.length);
    const mentionSpans = (a: Article) => new Set(a.speakers.flatMap((s) => s.mentions.map((m) => `${m.span.start}:${m.span.end}`)));
    const wholeMentions = mentionSpans(whole);
    const partMentions = [...mentionSpans(parts)];
    const shared = partMentions.filter((m) => wholeMentions.has(m)).length;
    // what a part finds, the whole finds too; the whole finds more, as this document repeats the same
    // articles: one reading of it all merges a `مصدر` or a surname across copies far apart, which
    // parts read apart keep apart (the reading-in-parts limit the README states). Measured on the
    // Arabic document with the seventh held-out batch: 98.5 % one way, 78.7 % the other (its bodies
    // continued by `وقالت` and named after a verb now gather mentions across copies); the bound
    // below the second leaves room for new held-out articles, the first is the one that matters
    assert.ok(shared / Math.max(1, partMentions.length) >= 0.95, `${shared} of ${partMentions.length} mentions of the parts found by the whole reading`);
    assert.ok(shared / Math.max(1, wholeMentions.size) >= 0.7, `${shared} of ${wholeMentions.size} mentions of the whole reading found by the parts`);
    // speaker ids are s1… in order of first appearance, every quote's speaker exists and lists it
    parts.speakers.forEach((s, i) => {
      assert.equal(s.id, `s${i + 1}`);
      for (const q of s.quotes) assert.equal(parts.quotes[q].speakerId, s.id);
    });
  });
}

test('an edit re-reads only its part, and the result equals a fresh reading of the new text (random edits)', () => {
  const base = longDocument('ar', PARTS_FROM + 60_000) + '\n\n' + longDocument('en', 40_000);
  const cache = new PartCache();
  analyzeArticle(base, {}, cache);
  const pieces = ['"', '«', '»', '\n\n', 'وقال الوزير: "', '." ', ' said Clarke. ', 'x', ''];
  fc.assert(
    fc.property(fc.integer({ min: 0, max: base.length }), fc.integer({ min: 0, max: 40 }), fc.constantFrom(...pieces), (at, removed, inserted) => {
      const text = base.slice(0, at) + inserted + base.slice(Math.min(base.length, at + removed));
      const incremental = analyzeArticle(text, {}, cache);
      const fresh = analyzeArticle(text);
      assert.deepEqual(incremental, fresh);
    }),
    { seed: 11, numRuns: 12 },
  );
});

test('a keystroke in a long document reads one part again, not the document', () => {
  const text = longDocument('en', PARTS_FROM * 2);
  const cache = new PartCache();
  analyzeArticle(text, {}, cache);
  const parts = splitIntoParts(text, computeLineStarts(text)).length;
  const at = Math.floor(text.length / 2);
  const edited = text.slice(0, at) + 'x' + text.slice(at);
  const t0 = performance.now();
  analyzeArticle(edited, {}, cache);
  const incrementalMs = performance.now() - t0;
  const t1 = performance.now();
  analyzeArticle(edited);
  const freshMs = performance.now() - t1;
  assert.ok(parts >= 5, `${parts} parts`);
  assert.ok(cache.size <= parts + 2, `cache holds about one document: ${cache.size} readings for ${parts} parts`);
  console.log(`  ${parts} parts; keystroke ${incrementalMs.toFixed(1)} ms, fresh ${freshMs.toFixed(1)} ms`);
  assert.ok(incrementalMs < freshMs / 2, `re-reading after a keystroke (${incrementalMs.toFixed(1)} ms) is well under a fresh reading (${freshMs.toFixed(1)} ms)`);
});

test('long documents read in parts keep the model invariants, with hostile text typed around the cuts', () => {
  const base = longDocument('ar', PARTS_FROM / 2) + '\n\n' + longDocument('en', PARTS_FROM / 2 + 20_000);
  const cuts = splitIntoParts(base, computeLineStarts(base)).map((p) => p.start);
  const edit = fc.record({ cut: fc.nat(), delta: fc.integer({ min: -80, max: 80 }), text: tokenArb });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      // from the last offset to the first, so earlier offsets stay where they were
      const at = edits.map((e) => ({ ...e, at: Math.max(0, Math.min(base.length, cuts[e.cut % cuts.length] + e.delta)) })).sort((a, b) => b.at - a.at);
      let text = base;
      for (const e of at) text = text.slice(0, e.at) + e.text + text.slice(e.at);
      const article = analyzeArticle(text);
      checkArticle(text, article);
    }),
    { seed: 5, numRuns: 10 },
  );
});

test('a long document of Arabic articles, then English ones: each part is read in the language it is written in', () => {
  const ar = longDocument('ar', PARTS_FROM);
  const en = longDocument('en', PARTS_FROM);
  const text = `${ar}\n\n${en}`;
  const enAt = ar.length + 2;
  const doc = analyzeArticle(text);
  assert.equal(doc.language, 'ar', 'the document opens in Arabic');
  const runs = doc.languageRuns;
  assert.ok(runs, 'a document of two languages says where each runs');
  assert.deepEqual(runs.map((r) => r.language), ['ar', 'en']);
  assert.equal(runs[0].start, 0);
  // the change falls at the first English article's headline: a change of language starts a part
  assert.equal(runs[1].start, enAt);
  const first = splitIntoParts(text, computeLineStarts(text)).find((p) => p.start === enAt);
  assert.ok(first, 'a part starts at the first English article');
  assert.equal(first.contextStart, enAt, 'read without Arabic paragraphs before it as context');
  assert.equal(languageAt(doc, 0), 'ar');
  assert.equal(languageAt(doc, text.length - 1), 'en');

  // past the first English part, the English articles read as they do alone
  const from = enAt + 40_000;
  const alone = analyzeArticle(en);
  const reading = (a: Article, shift: number) =>
    a.quotes.filter((q) => q.span.start + shift >= from).map((q) => `${q.span.start + shift}:${q.kind}:${speakerName(a, a.quotes.indexOf(q)) ?? '-'}`);
  const inDoc = reading(doc, 0);
  const inAlone = new Set(reading(alone, enAt));
  assert.ok(inDoc.length > 100, `${inDoc.length} quotes in the English stretch`);
  const same = inDoc.filter((r) => inAlone.has(r)).length;
  assert.ok(same / inDoc.length >= 0.95, `${same} of ${inDoc.length} English quotes with the kind and speaker of the English reading alone`);

  // a quick fix inserts an attribution by the rules of the quote's own language: in English the
  // period inside the closing mark becomes a comma (the Arabic rules would move it outside)
  const english = doc.quotes.find((q) => q.span.start >= from && q.closeMark === '"' && text[q.span.end - 2] === '.');
  assert.ok(english, 'an English quote ending in a period inside its mark');
  const edits = attributionEdits(doc, english, ', Jane Doe said');
  assert.equal(edits[0].newText, ',');

  // forced to one language, the document is read in it throughout
  const forced = analyzeArticle(text, { language: 'ar' });
  assert.equal(forced.languageRuns, undefined);
  assert.equal(languageAt(forced, text.length - 1), 'ar');
  // one language throughout: no runs
  assert.equal(analyzeArticle(en).languageRuns, undefined);
});

test('a digest that alternates Arabic and English articles: every part is in one language, each change at an article\'s headline', () => {
  const ar = longDocument('ar', 60_000).split('\n\n');
  const en = longDocument('en', 60_000).split('\n\n');
  // articles of each language in blocks of uneven size, as a digest gathers them
  const blocks: { language: 'ar' | 'en'; text: string }[] = [];
  for (let i = 0, a = 0, e = 0; blocks.reduce((n, b) => n + b.text.length, 0) < PARTS_FROM * 3; i++) {
    const size = 8_000 + ((i * 7919) % 40_000);
    const from = i % 2 === 0 ? ar : en;
    let block = '';
    for (let k = i % 2 === 0 ? a : e; block.length < size; k++) block += (block ? '\n\n' : '') + from[k % from.length];
    if (i % 2 === 0) a += 50;
    else e += 50;
    blocks.push({ language: i % 2 === 0 ? 'ar' : 'en', text: block });
  }
  const text = blocks.map((b) => b.text).join('\n\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < blocks.length; at += blocks[i].text.length + 2, i++) starts.push(at);
  const parts = splitIntoParts(text, computeLineStarts(text));
  const doc = analyzeArticle(text);
  for (const p of parts) {
    let block = 0;
    while (block + 1 < starts.length && starts[block + 1] <= p.start) block++;
    assert.ok(p.end <= (starts[block + 1] ?? text.length), `part ${p.start}-${p.end} stays inside block ${block}`);
    assert.equal(languageAt(doc, p.start), blocks[block].language, `part at ${p.start} read in ${blocks[block].language}`);
  }
  for (let i = 1; i < blocks.length; i++) {
    const part = parts.find((p) => p.start === starts[i]);
    assert.ok(part, `a part starts where block ${i} (${blocks[i].language}) does`);
    assert.equal(part.contextStart, part.start, 'no context from the other language');
  }
});
