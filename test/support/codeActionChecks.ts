// Applies code actions the way an editor does and checks they touch only what they name.
//
// "Their own range": an action may edit the paragraphs holding its diagnostics (and their related
// spans), plus the blank lines around them (deleting a caption line takes its line break). Any edit
// outside that region, overlapping edits, ranges outside the document or splitting a surrogate pair
// are defects. Text outside every edit is compared byte for byte after applying.
import assert from 'node:assert/strict';
import type { CodeAction, Command, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Article, Span } from '../../server/src/article/model';
import { analyzeArticle } from '../../server/src/article/analyze';
import { codeActions } from '../../server/src/features/codeActions';
import { lineContentEnd } from '../../server/src/article/text';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { checkArticle, checkRange } from './articleInvariants';

export const ACTION_URI = 'file:///prop/article.txt';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** The edits of a WorkspaceEdit for `uri` (changes or documentChanges); edits to any other file are a defect. */
export function editsFor(edit: WorkspaceEdit, uri: string, where: string): TextEdit[] {
  const out: TextEdit[] = [];
  for (const [u, list] of Object.entries(edit.changes ?? {})) {
    assert.equal(u, uri, `${where}: edits another document ${u}`);
    out.push(...list);
  }
  for (const dc of edit.documentChanges ?? []) {
    assert.ok('textDocument' in dc && 'edits' in dc, `${where}: file operations in a quick fix: ${JSON.stringify(dc)}`);
    assert.equal(dc.textDocument.uri, uri, `${where}: edits another document ${dc.textDocument.uri}`);
    for (const e of dc.edits) out.push(e as TextEdit);
  }
  return out;
}

/** Converts, validates (inside the text, on code point boundaries, not overlapping) and sorts the edits. */
export function toOffsetEdits(article: Article, edits: TextEdit[], where: string): OffsetEdit[] {
  const list = edits.map((e, i) => {
    assert.equal(typeof e.newText, 'string', `${where}: edit ${i} has no newText`);
    const span = checkRange(article.text, article.lineStarts, e.range, `${where}: edit ${i}`);
    return { ...span, newText: e.newText };
  });
  list.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    assert.ok(a.end <= b.start, `${where}: edits overlap at ${a.start}..${a.end} and ${b.start}..${b.end}`);
  }
  return list;
}

/** Applies sorted, non-overlapping edits; then checks every gap between them is unchanged, byte for byte. */
export function applyEdits(text: string, edits: OffsetEdit[], where: string): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  out += text.slice(at);
  // Independent check: walk the result and the original side by side through the gaps.
  let ri = 0;
  let ti = 0;
  for (const e of [...edits, { start: text.length, end: text.length, newText: '' }]) {
    const gap = text.slice(ti, e.start);
    assert.equal(out.slice(ri, ri + gap.length), gap, `${where}: text outside the edits changed near offset ${ti}`);
    ri += gap.length + e.newText.length;
    ti = e.end;
  }
  assert.equal(ri, out.length, `${where}: result length`);
  return out;
}

/** The region an action may touch: each named span widened to its paragraphs and the blank lines around them. */
export function allowedRegion(article: Article, span: Span): Span {
  const ps = article.paragraphs;
  let start = 0;
  let end = article.text.length;
  for (const p of ps) {
    if (p.span.end < span.start) start = p.span.end;
    if (p.span.start > span.end) {
      end = p.span.start;
      break;
    }
  }
  return { start, end };
}

/** The title of an action that fixes every occurrence ("Delete all duplicate captions", "حذف كل …"). */
const ALL_TITLE = /\ball\b|(^|\s)(كل|جميع)(\s|$)/i;

/** Overlapping or touching spans merged (an edit may run across the regions of two neighbouring diagnostics). */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export interface ActionStats {
  actions: number;
  withEdits: number;
  commandsOnly: number;
}

/** Checks one action: its edits stay inside the regions of `diagnostics`, apply cleanly, and the result analyses cleanly. */
export function checkAction(article: Article, action: CodeAction | Command, diagnostics: Diagnostic[], stats: ActionStats, allDiagnostics: Diagnostic[] = diagnostics): string | null {
  stats.actions++;
  const where = `code action "${action.title}"`;
  assert.ok(typeof action.title === 'string' && action.title.trim() !== '', 'code action without a title');
  if (!('edit' in action) || !action.edit) {
    stats.commandsOnly++;
    return null;
  }
  stats.withEdits++;
  let resolves = action.diagnostics?.length ? action.diagnostics : diagnostics;
  // "Delete all …" and fix-all actions name every diagnostic of their codes, not only the one asked about.
  if (ALL_TITLE.test(action.title) || action.kind?.startsWith('source.fixAll')) {
    const codes = new Set(resolves.map((d) => d.code));
    resolves = [...resolves, ...allDiagnostics.filter((d) => codes.size === 0 || codes.has(d.code))];
  }
  const named = resolves.flatMap((d) => [d.range, ...(d.relatedInformation ?? []).map((r) => r.location.range)]);
  const regions = mergeSpans(named.map((r: Range) => allowedRegion(article, checkRange(article.text, article.lineStarts, r, `${where}: diagnostic`))));
  const edits = toOffsetEdits(article, editsFor(action.edit, ACTION_URI, where), where);
  assert.ok(edits.length > 0, `${where}: an edit with no text edits`);
  for (const e of edits) {
    assert.ok(
      regions.some((r) => e.start >= r.start && e.end <= r.end),
      `${where}: edit ${e.start}..${e.end} (${JSON.stringify(article.text.slice(e.start, e.end).slice(0, 60))}) lies outside the text its diagnostics name`,
    );
  }
  const result = applyEdits(article.text, edits, where);
  assert.notEqual(result, article.text, `${where}: applying it changes nothing`);
  checkArticle(result, analyzeArticle(result));
  return result;
}

/** Every action offered for every diagnostic (one by one, then all at once, then at a bare cursor). */
export function checkAllCodeActions(article: Article, stats: ActionStats, cursorOffsets: number[] = []): void {
  const diagnostics = toDiagnostics(article, ACTION_URI, {}, 'en');
  for (const d of diagnostics) {
    for (const action of codeActions(article, { uri: ACTION_URI, range: d.range, diagnostics: [d] }, 'en')) checkAction(article, action, [d], stats, diagnostics);
  }
  if (diagnostics.length) {
    const whole = { start: { line: 0, character: 0 }, end: diagnostics[diagnostics.length - 1].range.end };
    for (const only of [undefined, ['source.fixAll'], ['quickfix']]) {
      for (const action of codeActions(article, { uri: ACTION_URI, range: whole, diagnostics, only }, 'en')) checkAction(article, action, diagnostics, stats, diagnostics);
    }
  }
  for (const o of cursorOffsets) {
    const pos = article.text.length ? o % (article.text.length + 1) : 0;
    let line = 0;
    while (line + 1 < article.lineStarts.length && article.lineStarts[line + 1] <= pos) line++;
    const character = Math.min(pos, lineContentEnd(article.text, article.lineStarts, line)) - article.lineStarts[line];
    const range = { start: { line, character }, end: { line, character } };
    const here = diagnostics.filter((d) => d.range.start.line <= line && d.range.end.line >= line);
    for (const action of codeActions(article, { uri: ACTION_URI, range, diagnostics: here }, 'en')) checkAction(article, action, here, stats, diagnostics);
  }
}

/** The "delete all duplicate captions" action among those offered, or null when none is offered. */
export function deleteAllDuplicateCaptions(article: Article): CodeAction | null {
  const diagnostics = toDiagnostics(article, ACTION_URI, {}, 'en').filter((d) => d.code === 'duplicate-caption');
  for (const d of diagnostics) {
    for (const a of codeActions(article, { uri: ACTION_URI, range: d.range, diagnostics: [d] }, 'en')) {
      if ('edit' in a && a.edit && ALL_TITLE.test(a.title)) return a;
    }
  }
  return null;
}
