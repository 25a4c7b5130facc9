// Registers each LSP request on the connection. Every handler is guarded: a bad request gets an
// empty answer and a log line, never a dead server.
import type { Connection } from 'vscode-languageserver/node';
import type { Article } from './article/model';
import type { Settings } from './settings';
import type { DocumentStore } from './documentStore';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { foldingRanges } from './features/folding';
import { codeActions } from './features/codeActions';
import { toOffset } from './features/convert';

type Analysis = { article: Article; settings: Settings };

export function registerFeatures(connection: Connection, store: DocumentStore): void {
  /** Runs `fn` on the document's analysis; any failure or unknown document answers `fallback`. */
  const withArticle = <P extends { textDocument?: { uri?: unknown } }, R>(name: string, fallback: R, fn: (a: Analysis, params: P) => R) =>
    async (params: P): Promise<R> => {
      try {
        const uri = params?.textDocument?.uri;
        if (typeof uri !== 'string') return fallback;
        const analysis = await store.analysis(uri);
        return analysis ? fn(analysis, params) : fallback;
      } catch (err) {
        connection.console.error(`article-annotator: ${name} failed: ${(err as Error)?.stack ?? err}`);
        return fallback;
      }
    };

  connection.onDocumentSymbol(withArticle('documentSymbol', [], ({ article }) => documentSymbols(article)));
  connection.onHover(withArticle('hover', null, ({ article }, p) => hover(article, toOffset(article, p.position), store.uiLanguage)));
  connection.onFoldingRanges(withArticle('foldingRange', [], ({ article }) => foldingRanges(article)));
  connection.onCodeAction(
    withArticle('codeAction', [], ({ article }, p) =>
      codeActions(article, { uri: p.textDocument.uri, range: p.range, diagnostics: p.context?.diagnostics ?? [], only: p.context?.only }, store.uiLanguage),
    ),
  );
}
