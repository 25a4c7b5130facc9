// Fixes for duplicate-caption: delete this duplicate, or every duplicate (also as source.fixAll, for
// "fix all on save"). Each deletion takes the caption's whole line and the blank line it leaves.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Article } from '../../article/model';
import { message, type UiLanguage } from '../../article/messages';
import { offsetToPosition } from '../../article/text';
import type { CodeActionRequest } from '../codeActions';
import { toRange } from '../convert';
import { lineDeletions } from './captionLineDeletion';

/** LSP kind matching: `only: ['source']` asks for source.fixAll too. */
function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function isDuplicateCaptionDiagnostic(d: Diagnostic): boolean {
  return d.code === 'duplicate-caption' && (d.source === undefined || d.source === 'article');
}

interface DuplicateLines {
  lines: number[];
  set: Set<number>;
  /** the edits that delete every duplicate, computed on first use */
  all: TextEdit[] | null;
}

/** Per analysed article (the store caches one per document version), so repeated requests are cheap. */
const duplicatesCache = new WeakMap<Article, DuplicateLines>();

function duplicateLinesOf(article: Article): DuplicateLines {
  let cached = duplicatesCache.get(article);
  if (!cached) {
    const lines = article.captions.filter((c) => c.duplicateOf !== null).map((c) => offsetToPosition(article.lineStarts, c.span.start).line);
    cached = { lines, set: new Set(lines), all: null };
    duplicatesCache.set(article, cached);
  }
  return cached;
}

function deletionEdits(article: Article, lines: number[]): TextEdit[] {
  return lineDeletions(article.text, article.lineStarts, lines).map((span) => ({ range: toRange(article, span), newText: '' }));
}

function deleteAllEdit(article: Article, uri: string, duplicates: DuplicateLines): { changes: Record<string, TextEdit[]> } {
  duplicates.all ??= deletionEdits(article, duplicates.lines);
  return { changes: { [uri]: duplicates.all } };
}

function deleteLinesEdit(article: Article, uri: string, lines: number[]): { changes: Record<string, TextEdit[]> } {
  return { changes: { [uri]: deletionEdits(article, lines) } };
}

export function captionFixes(article: Article, req: CodeActionRequest, lang: UiLanguage): CodeAction[] {
  if (req.rules?.['duplicate-caption'] === 'off') return [];
  const duplicates = duplicateLinesOf(article);
  if (duplicates.lines.length === 0) return [];
  const duplicateDiagnostics = req.diagnostics.filter(isDuplicateCaptionDiagnostic);
  const actions: CodeAction[] = [];

  if (wanted(CodeActionKind.QuickFix, req.only)) {
    for (const d of duplicateDiagnostics) {
      // the diagnostic's line names the caption; a stale diagnostic on a line that no longer holds one gets nothing
      if (!duplicates.set.has(d.range.start.line)) continue;
      actions.push({
        title: message('fix.deleteDuplicateCaption', {}, lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: deleteLinesEdit(article, req.uri, [d.range.start.line]),
      });
    }
    if (actions.length > 0) {
      actions.push({
        title: message('fix.deleteAllDuplicateCaptions', { n: duplicates.lines.length }, lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: duplicateDiagnostics,
        edit: deleteAllEdit(article, req.uri, duplicates),
      });
    }
  }
  if (req.only && wanted(CodeActionKind.SourceFixAll, req.only)) {
    actions.push({
      title: message('fix.deleteAllDuplicateCaptions', { n: duplicates.lines.length }, lang),
      kind: CodeActionKind.SourceFixAll,
      diagnostics: duplicateDiagnostics,
      edit: deleteAllEdit(article, req.uri, duplicates),
    });
  }
  return actions;
}
