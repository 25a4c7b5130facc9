// Every request the server advertises in its initialize capabilities, as (method, params) builders,
// so the abuse and fuzz suites exercise whatever features exist at run time.
import type { Position, Range, ServerCapabilities } from 'vscode-languageserver-protocol';

export interface FeatureRequest {
  /** the capability that advertised it */
  capability: string;
  method: string;
  params: (uri: string, position: Position, range: Range) => unknown;
}

const doc = (uri: string) => ({ textDocument: { uri } });
const at = (uri: string, position: Position) => ({ textDocument: { uri }, position });

/** The requests to send for the advertised capabilities, and the capabilities this table does not know. */
export function advertisedRequests(caps: ServerCapabilities): { requests: FeatureRequest[]; unknown: string[] } {
  const requests: FeatureRequest[] = [];
  const known = new Set<string>(['textDocumentSync', 'positionEncoding', 'workspace', 'experimental']);
  const add = (capability: string, method: string, params: FeatureRequest['params']) => {
    known.add(capability);
    if ((caps as Record<string, unknown>)[capability]) requests.push({ capability, method, params });
  };
  add('documentSymbolProvider', 'textDocument/documentSymbol', (u) => doc(u));
  add('hoverProvider', 'textDocument/hover', (u, p) => at(u, p));
  add('codeActionProvider', 'textDocument/codeAction', (u, _p, r) => ({ ...doc(u), range: r, context: { diagnostics: [] } }));
  add('foldingRangeProvider', 'textDocument/foldingRange', (u) => doc(u));
  add('documentHighlightProvider', 'textDocument/documentHighlight', (u, p) => at(u, p));
  add('referencesProvider', 'textDocument/references', (u, p) => ({ ...at(u, p), context: { includeDeclaration: true } }));
  add('definitionProvider', 'textDocument/definition', (u, p) => at(u, p));
  add('declarationProvider', 'textDocument/declaration', (u, p) => at(u, p));
  add('typeDefinitionProvider', 'textDocument/typeDefinition', (u, p) => at(u, p));
  add('implementationProvider', 'textDocument/implementation', (u, p) => at(u, p));
  add('renameProvider', 'textDocument/rename', (u, p) => ({ ...at(u, p), newName: 'Ann Lee' }));
  const rename = caps.renameProvider;
  if (rename && typeof rename === 'object' && rename.prepareProvider) requests.push({ capability: 'renameProvider.prepareProvider', method: 'textDocument/prepareRename', params: (u, p) => at(u, p) });
  add('workspaceSymbolProvider', 'workspace/symbol', () => ({ query: '' }));
  add('inlayHintProvider', 'textDocument/inlayHint', (u, _p, r) => ({ ...doc(u), range: r }));
  add('codeLensProvider', 'textDocument/codeLens', (u) => doc(u));
  add('documentLinkProvider', 'textDocument/documentLink', (u) => doc(u));
  add('selectionRangeProvider', 'textDocument/selectionRange', (u, p) => ({ ...doc(u), positions: [p] }));
  add('completionProvider', 'textDocument/completion', (u, p) => at(u, p));
  add('signatureHelpProvider', 'textDocument/signatureHelp', (u, p) => at(u, p));
  add('documentFormattingProvider', 'textDocument/formatting', (u) => ({ ...doc(u), options: { tabSize: 2, insertSpaces: true } }));
  add('documentRangeFormattingProvider', 'textDocument/rangeFormatting', (u, _p, r) => ({ ...doc(u), range: r, options: { tabSize: 2, insertSpaces: true } }));
  add('colorProvider', 'textDocument/documentColor', (u) => doc(u));
  add('linkedEditingRangeProvider', 'textDocument/linkedEditingRange', (u, p) => at(u, p));
  add('monikerProvider', 'textDocument/moniker', (u, p) => at(u, p));
  add('diagnosticProvider', 'textDocument/diagnostic', (u) => doc(u));
  add('callHierarchyProvider', 'textDocument/prepareCallHierarchy', (u, p) => at(u, p));
  add('typeHierarchyProvider', 'textDocument/prepareTypeHierarchy', (u, p) => at(u, p));
  known.add('semanticTokensProvider');
  const st = caps.semanticTokensProvider;
  if (st) {
    if (st.full) requests.push({ capability: 'semanticTokensProvider.full', method: 'textDocument/semanticTokens/full', params: (u) => doc(u) });
    if (st.full && typeof st.full === 'object' && st.full.delta)
      requests.push({ capability: 'semanticTokensProvider.full.delta', method: 'textDocument/semanticTokens/full/delta', params: (u) => ({ ...doc(u), previousResultId: 'stale' }) });
    if (st.range) requests.push({ capability: 'semanticTokensProvider.range', method: 'textDocument/semanticTokens/range', params: (u, _p, r) => ({ ...doc(u), range: r }) });
  }
  known.add('executeCommandProvider');
  for (const command of caps.executeCommandProvider?.commands ?? []) {
    requests.push({ capability: `executeCommandProvider:${command}`, method: 'workspace/executeCommand', params: (u, p) => ({ command, arguments: [u, p] }) });
  }
  const unknown = Object.keys(caps).filter((k) => !known.has(k));
  return { requests, unknown };
}
