// Invariants every analysis must keep, whatever the text: checked by the property tests and the fuzzer.
//
// - every span in the model lies inside the text, start <= end, integer offsets on UTF-16 boundaries
//   that do not split a surrogate pair (found by walking the model, so new fields are checked too);
// - quote spans are either disjoint or properly nested: one strictly inside the other (a quote within
//   a quote); two quotes that partly overlap, or two identical spans, are wrong;
// - references inside the model point at things that exist (speaker ids, quote indexes, duplicateOf);
// - the LSP faces (diagnostics, symbols, folding, hover, the CLI's JSON) carry only valid ranges.
import assert from 'node:assert/strict';
import type { Range, Position } from 'vscode-languageserver-types';
import type { Article, Span } from '../../server/src/article/model';
import { computeLineStarts, lineContentEnd } from '../../server/src/article/text';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/folding';
import { hover } from '../../server/src/features/hover';
import { articleToJson } from '../../server/src/features/articleJson';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` does not fall between the two halves of a surrogate pair. */
export function onCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

export function checkSpan(text: string, span: Span, where: string): void {
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${where}: offsets must be integers (${start}, ${end})`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${where}: span ${start}..${end} outside 0..${text.length} or reversed`);
  assert.ok(onCodePointBoundary(text, start), `${where}: start ${start} splits a surrogate pair`);
  assert.ok(onCodePointBoundary(text, end), `${where}: end ${end} splits a surrogate pair`);
}

const isSpan = (v: unknown): v is Span =>
  !!v && typeof v === 'object' && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number';

/** Every object with numeric start/end anywhere in the model (except the text and line index). */
export function collectSpans(article: Article): { path: string; span: Span }[] {
  const out: { path: string; span: Span }[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string) => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (isSpan(v)) out.push({ path, span: v });
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else for (const [k, x] of Object.entries(v)) if (k !== 'text' || typeof x !== 'string') walk(x, `${path}.${k}`);
  };
  for (const [k, v] of Object.entries(article)) if (k !== 'text' && k !== 'lineStarts') walk(v, k);
  return out;
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

export function checkArticle(text: string, article: Article): void {
  assert.equal(article.text, text, 'Article.text is the analysed text, exactly');
  assert.ok(article.language === 'ar' || article.language === 'en', `language ${article.language}`);
  assert.deepEqual(article.lineStarts, computeLineStarts(text), 'lineStarts');
  for (const { path, span } of collectSpans(article)) checkSpan(text, span, path);

  article.paragraphs.forEach((p, i) => {
    for (const l of p.lines) assert.ok(within(l, p.span), `paragraphs[${i}] line outside its block`);
    if (i > 0) assert.ok(article.paragraphs[i - 1].span.end <= p.span.start, `paragraphs[${i}] overlaps the one before`);
  });
  article.sections.forEach((s, i) => {
    if (s.headingSpan) assert.ok(within(s.headingSpan, s.span), `sections[${i}].headingSpan outside the section`);
    if (i > 0) assert.ok(article.sections[i - 1].span.end <= s.span.start, `sections[${i}] overlaps the one before`);
  });
  article.captions.forEach((c, i) => {
    assert.ok(within(c.textSpan, c.span), `captions[${i}].textSpan outside the caption`);
    if (c.creditSpan) assert.ok(within(c.creditSpan, c.span), `captions[${i}].creditSpan outside the caption`);
    if (c.duplicateOf !== null) {
      assert.ok(Number.isInteger(c.duplicateOf) && c.duplicateOf >= 0 && c.duplicateOf < i, `captions[${i}].duplicateOf ${c.duplicateOf} must point at an earlier caption`);
      assert.equal(article.captions[c.duplicateOf].duplicateOf, null, `captions[${i}].duplicateOf must point at the first occurrence`);
    }
  });

  const speakerIds = new Set<string>();
  article.speakers.forEach((s, i) => {
    assert.ok(!speakerIds.has(s.id), `speakers[${i}].id ${s.id} repeated`);
    speakerIds.add(s.id);
    for (const qi of s.quotes) {
      assert.ok(Number.isInteger(qi) && qi >= 0 && qi < article.quotes.length, `speakers[${i}].quotes has index ${qi}`);
      assert.equal(article.quotes[qi].speakerId, s.id, `speakers[${i}] lists quote ${qi} whose speaker is ${article.quotes[qi].speakerId}`);
    }
    for (const m of s.mentions) {
      if (m.prefix) assert.equal(text.slice(m.span.start - m.prefix.length, m.span.start), m.prefix, `speakers[${i}] mention prefix is not before the name`);
    }
  });

  const quotes = article.quotes;
  quotes.forEach((q, i) => {
    assert.ok(within(q.textSpan, q.span), `quotes[${i}].textSpan outside the quote`);
    assert.ok(q.openMark.length > 0 && text.startsWith(q.openMark, q.span.start), `quotes[${i}] span does not start with its mark ${JSON.stringify(q.openMark)}`);
    if (q.closeMark !== null) assert.equal(text.slice(q.span.end - q.closeMark.length, q.span.end), q.closeMark, `quotes[${i}] span does not end with its closing mark`);
    if (q.cueSpan) checkSpan(text, q.cueSpan, `quotes[${i}].cueSpan`);
    assert.ok(Number.isInteger(q.paragraph) && q.paragraph >= 0 && q.paragraph < article.paragraphs.length, `quotes[${i}].paragraph ${q.paragraph}`);
    if (q.speakerId !== null) assert.ok(speakerIds.has(q.speakerId), `quotes[${i}].speakerId ${q.speakerId} is no speaker`);
  });
  // Overlap: sort by start (longer first) and keep a stack of open quotes; O(n log n) even on 1 MB of marks.
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a].span.start - quotes[b].span.start || quotes[b].span.end - quotes[a].span.end);
  const open: number[] = [];
  for (const i of order) {
    const s = quotes[i].span;
    while (open.length && quotes[open[open.length - 1]].span.end <= s.start) open.pop();
    const top = open[open.length - 1];
    if (top !== undefined) {
      const t = quotes[top].span;
      assert.ok(s.end <= t.end, `quotes[${i}] ${s.start}..${s.end} partly overlaps quotes[${top}] ${t.start}..${t.end}`);
      assert.ok(!(s.start === t.start && s.end === t.end), `quotes[${i}] and quotes[${top}] have the same span ${s.start}..${s.end}`);
    }
    open.push(i);
  }

  for (const [i, f] of article.findings.entries()) {
    for (const r of f.related) assert.ok(isSpan(r.span), `findings[${i}].related span`);
  }
}

/** A strict LSP position → offset: the line must exist and the character must lie within its content. */
export function strictOffset(text: string, lineStarts: number[], pos: Position, where: string): number {
  assert.ok(pos && Number.isInteger(pos.line) && Number.isInteger(pos.character), `${where}: position ${JSON.stringify(pos)} is not integral`);
  assert.ok(pos.line >= 0 && pos.line < lineStarts.length, `${where}: line ${pos.line} outside 0..${lineStarts.length - 1}`);
  const start = lineStarts[pos.line];
  const end = lineContentEnd(text, lineStarts, pos.line);
  assert.ok(pos.character >= 0 && pos.character <= end - start, `${where}: character ${pos.character} past the end of line ${pos.line} (${end - start})`);
  const offset = start + pos.character;
  assert.ok(onCodePointBoundary(text, offset), `${where}: ${JSON.stringify(pos)} splits a surrogate pair`);
  return offset;
}

export function checkRange(text: string, lineStarts: number[], range: Range, where: string): Span {
  assert.ok(range && range.start && range.end, `${where}: not a range: ${JSON.stringify(range)}`);
  const start = strictOffset(text, lineStarts, range.start, `${where}.start`);
  const end = strictOffset(text, lineStarts, range.end, `${where}.end`);
  assert.ok(start <= end, `${where}: range ends before it starts ${JSON.stringify(range)}`);
  return { start, end };
}

const isRange = (v: unknown): v is Range => {
  const r = v as Range;
  return !!r && typeof r === 'object' && !!r.start && !!r.end && typeof r.start.line === 'number' && typeof r.end.line === 'number';
};

/** Checks every LSP range found anywhere inside `value` (a feature's answer). */
export function checkRangesIn(text: string, lineStarts: number[], value: unknown, where: string): number {
  let count = 0;
  const walk = (v: unknown, path: string) => {
    if (!v || typeof v !== 'object') return;
    if (isRange(v)) {
      checkRange(text, lineStarts, v, path);
      count++;
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, where);
  return count;
}

const contains = (outer: Range, inner: Range) =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

/** The pure LSP features on one analysis: valid ranges, and what VS Code itself rejects (empty names, selection outside range). */
export function checkFeatures(article: Article, probeOffsets: number[] = []): void {
  const { text, lineStarts } = article;
  const uri = 'file:///prop/article.txt';
  for (const lang of ['en', 'ar'] as const) {
    const diagnostics = toDiagnostics(article, uri, {}, lang);
    checkRangesIn(text, lineStarts, diagnostics, 'diagnostics');
    for (const d of diagnostics) assert.ok(typeof d.message === 'string' && d.message.trim() !== '', 'diagnostic message is empty');
  }
  const symbols = documentSymbols(article);
  checkRangesIn(text, lineStarts, symbols, 'documentSymbols');
  const walkSymbols = (list: typeof symbols, path: string) =>
    list.forEach((s, i) => {
      assert.ok(typeof s.name === 'string' && s.name.trim() !== '', `${path}[${i}] has an empty name (VS Code rejects it)`);
      assert.ok(contains(s.range, s.selectionRange), `${path}[${i}] selectionRange is not inside range (VS Code rejects it)`);
      if (s.children) walkSymbols(s.children, `${path}[${i}].children`);
    });
  walkSymbols(symbols, 'documentSymbols');
  for (const f of foldingRanges(article)) {
    assert.ok(Number.isInteger(f.startLine) && Number.isInteger(f.endLine) && f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lineStarts.length, `folding range ${JSON.stringify(f)}`);
  }
  const offsets = [0, text.length, ...probeOffsets.map((o) => o % (text.length + 1))];
  for (const q of article.quotes.slice(0, 20)) offsets.push(q.span.start, q.span.end);
  for (const c of article.captions.slice(0, 10)) offsets.push(c.span.start);
  for (const o of offsets) {
    const h = hover(article, o, 'en');
    if (h) checkRangesIn(text, lineStarts, h, `hover@${o}`);
  }
  const json = articleToJson('prop.txt', article);
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json, 'the JSON model survives a round trip (no undefined, NaN or cycles)');
  checkRangesIn(text, lineStarts, json, 'articleJson');
  assert.equal(json.quotes.length, article.quotes.length, 'JSON quotes');
  assert.equal(json.captions.length, article.captions.length, 'JSON captions');
  assert.equal(json.sections.length, article.sections.length, 'JSON sections');
  assert.equal(json.speakers.length, article.speakers.length, 'JSON speakers');
  const ids = new Set(json.speakers.map((s) => s.id));
  for (const q of json.quotes) assert.ok(q.speaker === null || ids.has(q.speaker), `JSON quote speaker ${q.speaker} is no speaker`);
  for (const d of json.diagnostics) assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity), `JSON severity ${d.severity}`);
}
