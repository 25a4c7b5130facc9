// The language server: connection, documents, settings, cache by uri+version. Wiring only —
// every feature lives in features/ and every analysis in article/.
import {
  CodeLensRefreshRequest,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from './documentStore';
import { registerFeatures } from './handlers';
import { uiLanguageOf } from './article/messages';
import { semanticTokensLegend } from './features/semanticTokens';
import { defaultReaderCount, PartReaderPool } from './partReaders/pool';

/** `entryFile`: the file that started this process, which the part readers run too */
export function startLanguageServer(entryFile: string): void {
  const connection: Connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const partReaders = new PartReaderPool(entryFile, defaultReaderCount(), (reason) => connection.console.warn(`article-annotator: long documents are read on the main thread from now on: ${reason}`));
  const store = new DocumentStore(connection, documents, partReaders);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // A client may send anything here: read every field defensively so initialize always succeeds.
    const options = (params.initializationOptions ?? {}) as { locale?: unknown };
    const locale = typeof options.locale === 'string' ? options.locale : typeof params.locale === 'string' ? params.locale : undefined;
    store.uiLanguage = uiLanguageOf(locale);
    store.canPullConfiguration = !!params.capabilities?.workspace?.configuration;
    const workspace = params.capabilities?.workspace;
    store.onSettingsChanged = () => {
      // only what the client said it can refresh (LSP 3.16+); a refused refresh is not worth a log line
      if (workspace?.inlayHint?.refreshSupport) connection.languages.inlayHint.refresh().catch(() => undefined);
      if (workspace?.codeLens?.refreshSupport) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      if (workspace?.semanticTokens?.refreshSupport) connection.languages.semanticTokens.refresh();
    };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        documentSymbolProvider: { label: 'Article' },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'], resolveProvider: false },
        foldingRangeProvider: true,
        documentHighlightProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        inlayHintProvider: true,
        semanticTokensProvider: { legend: semanticTokensLegend, full: true },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'article-annotator', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => store.onInitialized());

  registerFeatures(connection, store);

  // A crash anywhere must not take the server down: log it and keep serving.
  process.on('uncaughtException', (err) => connection.console.error(`article-annotator: unexpected error: ${err?.stack ?? err}`));
  process.on('unhandledRejection', (err) => connection.console.error(`article-annotator: unexpected rejection: ${(err as Error)?.stack ?? err}`));

  connection.onExit(() => void partReaders.close());

  documents.listen(connection);
  connection.listen();
}
