// Registers each LSP request on the connection. Every handler is guarded: a bad request gets an
// empty answer and a log line, never a dead server.
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import type { Article } from './article/model';
import type { Settings } from './settings';
import type { DocumentStore } from './documentStore';
import { perArticle } from './perArticle';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { foldingRanges } from './features/folding';
import { codeActions } from './features/codeActions';
import { toOffset } from './features/convert';
import { documentHighlights } from './features/highlights';
import { references } from './features/references';
import { definition } from './features/definition';
import { prepareRename, rename, RenameRefusal } from './features/rename';
import { inlayHints } from './features/inlayHints';
import { semanticTokens } from './features/semanticTokens';
import { codeLenses } from './features/codeLens';
import { workspaceSymbols, type OpenArticle } from './features/workspaceSymbols';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

type Analysis = { article: Article; settings: Settings };

export function registerFeatures(connection: Connection, store: DocumentStore): void {
  /** Runs `fn` on the document's analysis; any failure or unknown document answers `fallback`. */
  const withArticle = <P extends { textDocument?: { uri?: unknown } }, R>(name: string, fallback: R, fn: (a: Analysis, params: P) => R) =>
    async (params: P, token?: CancellationToken): Promise<R> => {
      try {
        const uri = params?.textDocument?.uri;
        if (typeof uri !== 'string') return fallback;
        const analysis = await store.analysis(uri, token);
        return analysis ? fn(analysis, params) : fallback;
      } catch (err) {
        // a refusal the user should read (rename elsewhere than on a name) goes back as an error
        if (err instanceof RenameRefusal) throw new ResponseError(LSPErrorCodes.RequestFailed, err.message);
        connection.console.error(`article-annotator: ${name} failed: ${(err as Error)?.stack ?? err}`);
        return fallback;
      }
    };

  connection.onDocumentSymbol(withArticle('documentSymbol', [], ({ article }) => perArticle(article, 'documentSymbols', () => documentSymbols(article))));
  connection.onHover(withArticle('hover', null, ({ article }, p) => hover(article, toOffset(article, p.position), store.uiLanguage, p.textDocument.uri)));
  connection.onFoldingRanges(withArticle('foldingRange', [], ({ article }) => perArticle(article, 'foldingRanges', () => foldingRanges(article))));
  connection.onCodeAction(
    withArticle('codeAction', [], ({ article, settings }, p) =>
      codeActions(article, { uri: p.textDocument.uri, range: p.range, diagnostics: p.context?.diagnostics ?? [], only: p.context?.only, rules: settings.rules }, store.uiLanguage),
    ),
  );
  // Speaker-aware editing: navigation, rename, inlay hints, semantic tokens, code lens.
  connection.onDocumentHighlight(withArticle('documentHighlight', [], ({ article }, p) => documentHighlights(article, toOffset(article, p.position))));
  connection.onReferences(
    withArticle('references', [], ({ article }, p) => references(article, p.textDocument.uri, toOffset(article, p.position), p.context?.includeDeclaration !== false)),
  );
  connection.onDefinition(withArticle('definition', null, ({ article }, p) => definition(article, p.textDocument.uri, toOffset(article, p.position))));
  connection.onPrepareRename(withArticle('prepareRename', null, ({ article }, p) => prepareRename(article, toOffset(article, p.position), store.uiLanguage)));
  connection.onRenameRequest(
    withArticle('rename', null, ({ article }, p) => rename(article, p.textDocument.uri, toOffset(article, p.position), String(p.newName ?? ''), store.uiLanguage)),
  );
  connection.languages.inlayHint.on(withArticle('inlayHint', [], ({ article, settings }, p) => inlayHints(article, p.range, settings.inlayHints)));
  connection.languages.semanticTokens.on(withArticle('semanticTokens', { data: [] }, ({ article }) => perArticle(article, 'semanticTokens', () => semanticTokens(article))));
  connection.onCodeLens(withArticle('codeLens', [], ({ article, settings }) => codeLenses(article, settings.rules, store.uiLanguage)));
  connection.onWorkspaceSymbol(async (p) => {
    try {
      const open: OpenArticle[] = [];
      for (const doc of store.documents.all().slice(0, 500)) {
        const analysis = await store.analysis(doc.uri);
        if (analysis) open.push({ uri: doc.uri, article: analysis.article });
      }
      return workspaceSymbols(open, typeof p?.query === 'string' ? p.query : '', store.uiLanguage);
    } catch (err) {
      connection.console.error(`article-annotator: workspaceSymbol failed: ${(err as Error)?.stack ?? err}`);
      return [];
    }
  });
}
