// The structure features through the bundled server over stdio: outline, folding, the
// duplicate-caption diagnostic and its two quick fixes, applied as an editor applies them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type CodeAction, type Diagnostic, type DocumentSymbol, type FoldingRange, type Range, type TextEdit } from 'vscode-languageserver-types';
import { TestClient, fileUri } from '../support/lspClient';
import { readSeed, toCrlfWithBom } from '../support/fixtures';

const DUP = 'duplicate-caption';
const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function checkTree(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selectionRange inside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name}: inside ${parent.name}`);
    checkTree(s.children ?? [], s);
  }
}

/** Applies LSP text edits to a text (line/character positions, as an editor does). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const offset = (p: Range['start']) => Math.min(text.length, starts[p.line] + p.character);
  const spans = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

async function openSeed(client: TestClient, name: string, text = readSeed()) {
  const uri = fileUri(name);
  const published = client.waitForDiagnostics(uri);
  client.open(uri, text);
  return { uri, diagnostics: (await published).diagnostics };
}

test('the seed over stdio: outline tree, folding ranges, one duplicate-caption warning pointing at the first caption', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const { uri, diagnostics } = await openSeed(client, 'seed-structure.article');

  const dups = diagnostics.filter((d) => d.code === DUP);
  assert.equal(dups.length, 1, 'flagged once');
  const [d] = dups;
  assert.equal(d.severity, 2, 'warning');
  assert.equal(d.source, 'article');
  assert.deepEqual(d.range, { start: { line: 17, character: 0 }, end: { line: 17, character: 73 } });
  assert.equal(d.message, 'Duplicate caption "مؤتمر باريس حول تنظيم الدولة شهد…": it repeats the caption on line 17.');
  assert.deepEqual(d.relatedInformation, [{ location: { uri, range: { start: { line: 16, character: 0 }, end: { line: 16, character: 73 } } }, message: 'First occurrence of the caption' }]);

  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  checkTree(symbols);
  assert.equal(symbols.length, 1);
  const root = symbols[0];
  assert.equal(root.name, 'كيري يرفض الجدل مع إيران بشأن التنسيق معها');
  assert.equal(root.kind, SymbolKind.File);
  const sections = root.children!.filter((c) => c.kind === SymbolKind.Namespace);
  assert.deepEqual(sections.map((s) => [s.name, s.range.start.line, s.range.end.line]), [
    ['المقدمة', 2, 17],
    ['أبواب مواربة', 19, 30],
  ]);
  const captions = sections[0].children!.filter((c) => c.kind === SymbolKind.Object);
  assert.deepEqual(captions.map((c) => [c.range.start.line, c.detail]), [
    [16, 'الجزيرة'],
    [17, 'الجزيرة · مكرر'],
  ]);
  assert.equal(sections[1].children?.filter((c) => c.kind === SymbolKind.Object).length ?? 0, 0);
  const source = root.children!.find((c) => c.kind === SymbolKind.Key);
  assert.equal(source?.name, 'المصدر : وكالات');
  assert.equal(source?.range.start.line, 32);

  const folding = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.deepEqual(folding.map((f) => [f.startLine, f.endLine]), [
    [2, 17],
    [16, 17],
    [19, 30],
  ]);
});

test('the seed over stdio: both quick fixes, source.fixAll, and "Delete all duplicate captions" applied', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const seed = readSeed();
  const { uri, diagnostics } = await openSeed(client, 'seed-fixes.article', seed);
  const dup = diagnostics.find((d) => d.code === DUP)!;

  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: dup.range, context: { diagnostics: [dup] } });
  const mine = actions.filter((a) => a.diagnostics?.some((x) => x.code === DUP));
  assert.deepEqual(mine.map((a) => [a.title, a.kind]), [
    ['Delete duplicate caption', 'quickfix'],
    ['Delete all duplicate captions', 'quickfix'],
  ]);
  const one = mine[0].edit!.changes![uri];
  assert.deepEqual(one, [{ range: { start: { line: 17, character: 0 }, end: { line: 18, character: 0 } }, newText: '' }]);

  const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
  const all = fixAll.find((a) => a.title === 'Delete all duplicate captions');
  assert.equal(all?.kind, 'source.fixAll');

  // Apply "Delete all duplicate captions" as the editor would, send the new text, read the problems again.
  const fixed = applyEdits(seed, mine[1].edit!.changes![uri]);
  const oldLines = seed.split('\n');
  assert.deepEqual(fixed.split('\n'), [...oldLines.slice(0, 17), ...oldLines.slice(18)], 'only the duplicate line is gone');
  const v2 = client.change(uri, [{ text: fixed }]);
  const after = await client.waitForVersion(uri, v2);
  assert.deepEqual(after.diagnostics.filter((d: Diagnostic) => d.code === DUP), []);
  const rest = after.diagnostics.map((d) => [d.code, d.range.start.line >= 17 ? d.range.start.line + 1 : d.range.start.line]);
  assert.deepEqual(rest, diagnostics.filter((d) => d.code !== DUP).map((d) => [d.code, d.range.start.line]), 'the other problems are the same, one line up');
  const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
  assert.deepEqual(none.filter((a) => a.title === 'Delete all duplicate captions'), []);
});

test('CRLF + BOM over stdio: the same outline lines, folding and duplicate warning', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const lf = await openSeed(client, 'seed-lf.article');
  const crlf = await openSeed(client, 'seed-crlf.article', toCrlfWithBom(readSeed()));
  const lines = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.range.start.line, d.range.end.line]);
  assert.deepEqual(lines(crlf.diagnostics), lines(lf.diagnostics));
  const outline = async (uri: string) => {
    const flat: unknown[] = [];
    const walk = (ss: DocumentSymbol[]) => ss.forEach((s) => (flat.push([s.kind, s.name, s.range.start.line, s.range.end.line]), walk(s.children ?? [])));
    walk(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
    return flat;
  };
  assert.deepEqual(await outline(crlf.uri), await outline(lf.uri));
  const fold = (uri: string) => client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.deepEqual(await fold(crlf.uri), await fold(lf.uri));
});

test('caption credits from the settings and Arabic fix titles over stdio', async (t) => {
  const client = new TestClient({ settings: { captionCredits: ['وكالة الأنباء المحلية اليوم'] } });
  t.after(() => client.stop());
  await client.initialize({ locale: 'ar' });
  const text = 'عنوان الخبر\n\nقال المتحدث باسم الوزارة إن الاجتماع ناقش عددا من الملفات المهمة خلال جلسة طويلة.\n\n(وكالة الأنباء المحلية اليوم) الوزراء في صورة جماعية\n(وكالة الأنباء المحلية اليوم) الوزراء في صورة جماعية';
  const uri = fileUri('credits.article');
  const published = client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === DUP));
  client.open(uri, text);
  const dup = (await published).diagnostics.find((d) => d.code === DUP)!;
  assert.equal(dup.range.start.line, 5);
  assert.match(dup.message, /السطر 5/);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: dup.range, context: { diagnostics: [dup] } });
  assert.deepEqual(actions.filter((a) => a.diagnostics?.some((x) => x.code === DUP)).map((a) => a.title), ['حذف تعليق الصورة المكرر', 'حذف كل تعليقات الصور المكررة']);
});

test('duplicate-caption turned off in the settings: no warning and no fix on save', async (t) => {
  const client = new TestClient({ settings: { rules: { 'duplicate-caption': 'off' } } });
  t.after(() => client.stop());
  await client.initialize();
  const { uri, diagnostics } = await openSeed(client, 'seed-off.article');
  assert.deepEqual(diagnostics.filter((d) => d.code === DUP), []);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
  assert.deepEqual(actions.filter((a) => a.title === 'Delete all duplicate captions'), []);
});
