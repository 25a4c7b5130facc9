// Quick fixes for duplicate captions: what each deletes, in every place a duplicate can sit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { analyzeArticle } from '../../server/src/article/analyze';
import { captionFixes } from '../../server/src/features/fixes/captionFixes';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { positionToOffset, computeLineStarts } from '../../server/src/article/text';
import { readSeed } from '../support/fixtures';

const URI = 'file:///t/article.txt';
const LEAD = 'The foreign minister told a news conference on Monday that the talks would continue next week.';
const CAP = '(Reuters) Ministers pose for a photograph in Paris';

function actionsFor(text: string, only?: string[], lang: 'en' | 'ar' = 'en') {
  const article = analyzeArticle(text);
  const diagnostics = toDiagnostics(article, URI, {}, lang).filter((d) => d.code === 'duplicate-caption');
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { article, diagnostics, actions: captionFixes(article, { uri: URI, range, diagnostics, only }, lang) };
}

function apply(text: string, edits: TextEdit[]): string {
  const starts = computeLineStarts(text);
  const spans = edits.map((e) => ({ start: positionToOffset(text, starts, e.range.start), end: positionToOffset(text, starts, e.range.end), newText: e.newText }));
  spans.sort((a, b) => b.start - a.start);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].end <= spans[i - 1].start, 'edits do not overlap');
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

const editsOf = (a: CodeAction) => a.edit!.changes![URI];

test('the seed: delete the duplicate caption directly under the first — its line only', () => {
  const seed = readSeed();
  const { actions, diagnostics } = actionsFor(seed);
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(actions.map((a) => [a.title, a.kind]), [
    ['Delete duplicate caption', 'quickfix'],
    ['Delete all duplicate captions', 'quickfix'],
  ]);
  assert.deepEqual(actions[0].diagnostics, diagnostics);
  assert.equal(actions[0].isPreferred, true);
  const lines = seed.split('\n');
  const expected = [...lines.slice(0, 17), ...lines.slice(18)].join('\n');
  assert.equal(apply(seed, editsOf(actions[0])), expected);
  assert.equal(apply(seed, editsOf(actions[1])), expected);
});

test('a duplicate alone between blank lines takes one blank line with it', () => {
  const text = `Title\n\n${LEAD}\n\n${CAP}\n\n${LEAD}\n\n${CAP}\n\n${LEAD}\n`;
  const { actions } = actionsFor(text);
  assert.equal(apply(text, editsOf(actions[0])), `Title\n\n${LEAD}\n\n${CAP}\n\n${LEAD}\n\n${LEAD}\n`);
});

test('a duplicate ending the article takes the blank line above it (and no text before it)', () => {
  for (const [text, expected] of [
    [`Title\n\n${LEAD}\n\n${CAP}\n\n${LEAD}\n\n${CAP}`, `Title\n\n${LEAD}\n\n${CAP}\n\n${LEAD}`],
    [`Title\n\n${LEAD}\n\n${CAP}\n\n${LEAD}\n\n${CAP}\n`, `Title\n\n${LEAD}\n\n${CAP}\n\n${LEAD}\n`],
    [`Title\n\n${LEAD}\n\n${CAP}\n${CAP}`, `Title\n\n${LEAD}\n\n${CAP}`],
    [`Title\r\n\r\n${LEAD}\r\n\r\n${CAP}\r\n\r\n${CAP}\r\n`, `Title\r\n\r\n${LEAD}\r\n\r\n${CAP}\r\n`],
  ]) {
    const { actions } = actionsFor(text);
    assert.equal(apply(text, editsOf(actions[0])), expected, JSON.stringify(text.slice(-40)));
  }
});

test('delete all: runs of duplicates in one block and in separate blocks, edits never overlap', () => {
  const text = `Title\n\n${LEAD}\n\n${CAP}\n${CAP}\n${CAP}\n\n${LEAD}\n\n${CAP}\n\n${CAP}\n\n${CAP}`;
  const { actions, diagnostics } = actionsFor(text);
  assert.equal(diagnostics.length, 5);
  const all = actions.find((a) => a.title === 'Delete all duplicate captions')!;
  assert.equal(all.diagnostics!.length, 5);
  const fixed = apply(text, editsOf(all));
  assert.equal(fixed, `Title\n\n${LEAD}\n\n${CAP}\n\n${LEAD}`);
  assert.deepEqual(actionsFor(fixed).diagnostics, []);
  // one quick fix per diagnostic, each deleting only its own line (and one blank line)
  assert.equal(actions.filter((a) => a.title === 'Delete duplicate caption').length, 5);
});

test('source.fixAll only when asked for; `only` filters kinds; Arabic titles', () => {
  const text = `Title\n\n${LEAD}\n\n${CAP}\n${CAP}`;
  const fixAll = actionsFor(text, ['source.fixAll']).actions;
  assert.deepEqual(fixAll.map((a) => [a.title, a.kind]), [['Delete all duplicate captions', 'source.fixAll']]);
  assert.equal(apply(text, editsOf(fixAll[0])), `Title\n\n${LEAD}\n\n${CAP}`);
  assert.deepEqual(actionsFor(text, ['source']).actions.map((a) => a.kind), ['source.fixAll']);
  assert.deepEqual(actionsFor(text, ['quickfix']).actions.map((a) => a.kind), ['quickfix', 'quickfix']);
  assert.deepEqual(actionsFor(text, ['refactor']).actions, []);
  assert.deepEqual(actionsFor(text, undefined, 'ar').actions.map((a) => a.title), ['حذف تعليق الصورة المكرر', 'حذف كل تعليقات الصور المكررة']);
});

test('no duplicate, or a stale diagnostic on a line without one: no fix', () => {
  const text = `Title\n\n${LEAD}\n\n${CAP}`;
  const article = analyzeArticle(text);
  const stale: Diagnostic = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, message: 'x', code: 'duplicate-caption', source: 'article' };
  assert.deepEqual(captionFixes(article, { uri: URI, range: stale.range, diagnostics: [stale] }, 'en'), []);
  const dup = analyzeArticle(`${text}\n${CAP}`);
  assert.deepEqual(captionFixes(dup, { uri: URI, range: stale.range, diagnostics: [stale] }, 'en'), []);
});

test('the rule turned off in the settings: no fix, not even source.fixAll', () => {
  const text = `Title\n\n${LEAD}\n\n${CAP}\n${CAP}`;
  const article = analyzeArticle(text);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  assert.deepEqual(captionFixes(article, { uri: URI, range, diagnostics: [], only: ['source.fixAll'], rules: { 'duplicate-caption': 'off' } }, 'en'), []);
  assert.equal(captionFixes(article, { uri: URI, range, diagnostics: [], only: ['source.fixAll'], rules: { 'duplicate-caption': 'error' } }, 'en').length, 1);
});
