// problems: duplicate-caption and unattributed-quote reach VS Code's diagnostics with codes and ranges.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, openArticle, rangeOf, waitForDiagnostics } from './helpers';

/** The range a quote's diagnostic must cover: from its opening mark to its closing mark (marks optional). */
function assertQuoteRange(feature: string, actual: vscode.Range, quoteWithMarks: vscode.Range): void {
  const inner = new vscode.Range(quoteWithMarks.start.translate(0, 1), quoteWithMarks.end.translate(0, -1));
  const okStart = actual.start.isEqual(quoteWithMarks.start) || actual.start.isEqual(inner.start);
  const okEnd = actual.end.isEqual(quoteWithMarks.end) || actual.end.isEqual(inner.end);
  assert.ok(okStart && okEnd, `${feature}: range ${fmt(actual)} is not the quote ${fmt(quoteWithMarks)} (with or without its marks)`);
}

function fmt(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The range a caption's diagnostic must cover: the repeated caption's line, at least its words. */
function assertCaptionRange(feature: string, actual: vscode.Range, captionWords: vscode.Range): void {
  assert.equal(actual.start.line, captionWords.start.line, `${feature}: range ${fmt(actual)} does not start on the repeated caption's line ${captionWords.start.line}`);
  assert.equal(actual.end.line, captionWords.end.line, `${feature}: range ${fmt(actual)} does not end on the repeated caption's line`);
  assert.ok(actual.start.character <= captionWords.start.character && actual.end.character >= captionWords.end.character, `${feature}: range ${fmt(actual)} does not cover the caption's words ${fmt(captionWords)}`);
}

interface Expectation {
  file: string;
  caption: string;
  /** the unattributed quote, with its marks */
  unattributed: string;
}

const ARTICLES: Expectation[] = [
  { file: 'kerry-paris-ar.article', caption: 'وزراء خارجية الدول المشاركة في مؤتمر باريس', unattributed: '"المنطقة لا تحتمل حربا جديدة، والوقت ليس في صالح أحد"' },
  { file: 'clarke-detentions-en.article', caption: 'Protesters outside the Home Office in London', unattributed: '"This is not the end of the matter. We will be back in court within weeks."' },
];

describe('problems', () => {
  for (const a of ARTICLES) {
    it(`duplicate-caption: flags the repeated caption once, with its range and the first one as related (${a.file})`, async () => {
      const { doc } = await openArticle(a.file);
      const all = await waitForDiagnostics(doc.uri, ['duplicate-caption'], 'duplicate-caption');
      const dup = all.filter((d) => codeOf(d) === 'duplicate-caption');
      assert.equal(dup.length, 1, `duplicate-caption: expected exactly one, got ${describeDiagnostics(dup)}`);
      const d = dup[0];
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, 'duplicate-caption: severity is not Warning');
      assertCaptionRange('duplicate-caption', d.range, rangeOf(doc, a.caption, 1));
      const first = rangeOf(doc, a.caption, 0);
      assert.ok(d.message.includes(String(first.start.line + 1)), `duplicate-caption: message "${d.message}" does not name line ${first.start.line + 1} of the first caption`);
      const firstWord = a.caption.split(' ')[0];
      assert.ok(d.message.includes(firstWord), `duplicate-caption: message "${d.message}" does not quote the caption's first words`);
      const related = d.relatedInformation ?? [];
      assert.ok(related.some((r) => r.location.uri.toString() === doc.uri.toString() && r.location.range.start.line === first.start.line), `duplicate-caption: relatedInformation does not point at the first caption (line ${first.start.line})`);
    });

    it(`unattributed-quote: flags the quote with no speaker, and nothing else (${a.file})`, async () => {
      const { doc } = await openArticle(a.file);
      const all = await waitForDiagnostics(doc.uri, ['unattributed-quote'], 'unattributed-quote');
      const flagged = all.filter((d) => codeOf(d) === 'unattributed-quote');
      assert.equal(flagged.length, 1, `unattributed-quote: expected exactly one (attributed quotes and terms are not flagged), got ${describeDiagnostics(flagged)}`);
      const d = flagged[0];
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, 'unattributed-quote: severity is not Warning');
      assertQuoteRange('unattributed-quote', d.range, rangeOf(doc, a.unattributed));
      const firstWord = a.unattributed.slice(1).split(' ')[0];
      assert.ok(d.message.includes(firstWord), `unattributed-quote: message "${d.message}" does not quote the words concerned`);
    });
  }

  it('seed: one duplicate caption, no unattributed quote (aljazeera-kerry-iran.txt)', async () => {
    const { doc } = await openArticle('seed/aljazeera-kerry-iran.txt');
    const all = await waitForDiagnostics(doc.uri, ['duplicate-caption'], 'duplicate-caption');
    const dup = all.filter((d) => codeOf(d) === 'duplicate-caption');
    assert.equal(dup.length, 1, `duplicate-caption: seed should have exactly one, got ${describeDiagnostics(dup)}`);
    assertCaptionRange('duplicate-caption', dup[0].range, rangeOf(doc, 'مؤتمر باريس حول تنظيم الدولة شهد مشاركة 26 دولة وغابت عنه إيران', 1));
    const unattributed = all.filter((d) => codeOf(d) === 'unattributed-quote');
    assert.equal(unattributed.length, 0, `unattributed-quote: the seed has no unattributed quote, got ${describeDiagnostics(unattributed)}`);
  });
});
