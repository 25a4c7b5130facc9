// The outline (documentSymbol) and folding ranges built from the structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article, Quote, Speaker } from '../../server/src/article/model';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/folding';
import { readSeed, toCrlfWithBom } from '../support/fixtures';

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** VS Code's rules: selectionRange inside range, children inside their parent. */
function checkTree(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(s.name.trim().length > 0, 'named');
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selectionRange inside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name}: inside ${parent.name}`);
    checkTree(s.children ?? [], s);
  }
}

const shape = (symbols: DocumentSymbol[]): unknown[] => symbols.map((s) => [s.kind, s.name, ...(s.children ? [shape(s.children)] : [])]);

test('the seed outline: headline root, lead and أبواب مواربة sections, captions inside the lead, source line', () => {
  const article = analyzeArticle(readSeed());
  const symbols = documentSymbols(article);
  checkTree(symbols);
  assert.equal(symbols.length, 1);
  const [root] = symbols;
  assert.equal(root.kind, SymbolKind.File);
  assert.equal(root.name, 'كيري يرفض الجدل مع إيران بشأن التنسيق معها');
  assert.deepEqual(root.selectionRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 42 } });
  const kids = root.children!;
  assert.deepEqual(kids.map((k) => [k.kind, k.name]).filter(([kind]) => kind !== SymbolKind.Package), [
    [SymbolKind.Namespace, 'المقدمة'],
    [SymbolKind.Namespace, 'أبواب مواربة'],
    [SymbolKind.Key, 'المصدر : وكالات'],
  ]);
  const [lead, second] = kids;
  assert.deepEqual([lead.range.start.line, lead.range.end.line, second.range.start.line, second.range.end.line], [2, 17, 19, 30]);
  assert.deepEqual(second.selectionRange, { start: { line: 19, character: 0 }, end: { line: 19, character: 12 } });
  const captions = lead.children!.filter((c) => c.kind === SymbolKind.Object);
  assert.deepEqual(captions.map((c) => [c.name, c.detail, c.range.start.line]), [
    ['مؤتمر باريس حول تنظيم الدولة شهد مشاركة 26…', 'الجزيرة', 16],
    ['مؤتمر باريس حول تنظيم الدولة شهد مشاركة 26…', 'الجزيرة · مكرر', 17],
  ]);
  // the caption's selection is on its words, after the credit
  assert.equal(captions[0].selectionRange.start.character, '(الجزيرة) '.length);
  // quotes found by the quotes engine sit in the section that holds them, in text order
  for (const section of [lead, second]) {
    const lines = (section.children ?? []).map((c) => c.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
  }
});

test('the same outline with CRLF and a BOM', () => {
  const lf = shape(documentSymbols(analyzeArticle(readSeed())));
  const crlf = shape(documentSymbols(analyzeArticle(toCrlfWithBom(readSeed()))));
  assert.deepEqual(crlf, lf);
});

test('an English article: byline, sections, captions, source; no headline gives sections at the root', () => {
  const text = 'Bridge vote\n\nBy Jane Smith\n\nThe council voted on Tuesday to build a new bridge over the river at last.\n\n(AP) The old bridge at dawn\n\nCosts\nThe finance committee warned the budget could grow if steel prices rise.\n\nSource: AP';
  const symbols = documentSymbols(analyzeArticle(text));
  checkTree(symbols);
  assert.deepEqual(shape(symbols), [
    [SymbolKind.File, 'Bridge vote', [
      [SymbolKind.Property, 'By Jane Smith'],
      [SymbolKind.Namespace, 'Lead', [[SymbolKind.Object, 'The old bridge at dawn']]],
      [SymbolKind.Namespace, 'Costs'],
      [SymbolKind.Key, 'Source: AP'],
    ]],
  ]);
  const lead = 'word '.repeat(40).trim() + '.';
  const headless = documentSymbols(analyzeArticle(`${lead}\n\nAnother paragraph of the story.`));
  assert.deepEqual(shape(headless), [[SymbolKind.Namespace, 'Lead']]);
  assert.deepEqual(documentSymbols(analyzeArticle('')), []);
  assert.deepEqual(shape(documentSymbols(analyzeArticle('Only a headline'))), [[SymbolKind.File, 'Only a headline']]);
});

/** Adds quotes and speakers as the attribution engine would, to test the outline on its own. */
function withSpeakers(article: Article): Article {
  const at = (s: string) => article.text.indexOf(s);
  const quote = (text: string, speakerId: string | null): Quote => {
    const start = at(`"${text}"`);
    assert.ok(start >= 0, text);
    return { text, span: { start, end: start + text.length + 2 }, textSpan: { start: start + 1, end: start + 1 + text.length }, openMark: '"', closeMark: '"', kind: 'direct', speakerId, cue: 'said', cueSpan: null, attribution: 'cue', paragraph: 0 };
  };
  const mention = (name: string) => (assert.ok(at(name) >= 0, name), { span: { start: at(name), end: at(name) + name.length }, text: name, prefix: '' });
  const quotes = [quote('We will build it', 's1'), quote('It costs too much', 's2'), quote('Steel is dear', 's1')];
  const speakers: Speaker[] = [
    { id: 's1', name: 'Mayor Ann Lee', role: 'Mayor', aliases: ['Ms Lee'], type: 'person', gender: 'female', mentions: [mention('Mayor Ann Lee')], quotes: [0, 2] },
    { id: 's2', name: 'Tom Ray', role: null, aliases: [], type: 'person', gender: 'male', mentions: [mention('Tom Ray')], quotes: [1] },
  ];
  return { ...article, quotes, speakers };
}

test('quotes under their section with the speaker as detail; a Speakers group with each speaker\'s quotes', () => {
  const text = 'Bridge vote\n\n"We will build it", Mayor Ann Lee said on Tuesday at the council meeting.\n\nTom Ray, a councillor, said: "It costs too much" and voted against it.\n\nMoney\nShe added later that "Steel is dear" but the plan would stay as it is.';
  const article = withSpeakers(analyzeArticle(text));
  const symbols = documentSymbols(article);
  checkTree(symbols);
  const root = symbols[0];
  const [lead, money, speakers] = root.children!;
  assert.deepEqual(lead.children!.map((c) => [c.kind, c.name, c.detail]), [
    [SymbolKind.String, '“We will build it”', 'Mayor Ann Lee'],
    [SymbolKind.String, '“It costs too much”', 'Tom Ray'],
  ]);
  assert.deepEqual(money.children!.map((c) => c.name), ['“Steel is dear”']);
  assert.equal(speakers.kind, SymbolKind.Package);
  assert.equal(speakers.name, 'Speakers');
  assert.deepEqual(speakers.children!.map((s) => [s.kind, s.name, s.detail, s.children!.map((q) => q.name)]), [
    [SymbolKind.Class, 'Mayor Ann Lee', 'Mayor', ['“We will build it”', '“Steel is dear”']],
    [SymbolKind.Class, 'Tom Ray', undefined, ['“It costs too much”']],
  ]);
  // the quote came before the name: the speaker's range still holds it
  const mayor = speakers.children![0];
  assert.equal(mayor.range.start.line, 2);
  assert.ok(mayor.range.start.character === 0);
});

test('folding: each section and each multi-line paragraph, one range per start line', () => {
  const seed = analyzeArticle(readSeed());
  assert.deepEqual(foldingRanges(seed), [
    { startLine: 2, endLine: 17 },
    { startLine: 16, endLine: 17 },
    { startLine: 19, endLine: 30 },
  ]);
  const text = 'Title\n\nA lead paragraph\nthat runs over\nthree lines of text in the story.\n\nOne line.';
  // the lead section and its first paragraph start on the same line: the section's range wins
  assert.deepEqual(foldingRanges(analyzeArticle(text)), [{ startLine: 2, endLine: 6 }]);
  assert.deepEqual(foldingRanges(analyzeArticle('Just a headline')), []);
});
