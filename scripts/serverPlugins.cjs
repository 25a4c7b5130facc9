// esbuild plugins for the server and CLI bundles, shared by scripts/build.mjs and bench/bundle.ts:
// modules of vscode-languageserver (and one of vscode-jsonrpc) this server never uses, each replaced
// by a stub that says so if it is ever called.

/**
 * A plugin that resolves `./<name>`, required from the package's lib/<dir> (vscode-languageserver's
 * unless `pkg` says otherwise), to `contents`.
 * @param {string} name @param {string} dir @param {string} contents @param {string} [pkg]
 * @returns {import('esbuild').Plugin}
 */
function stubLanguageServerModule(name, dir, contents, pkg = 'vscode-languageserver') {
  const namespace = `stub-${pkg}-${name}`;
  const required = new RegExp(`^\\./${name}$`);
  const from = new RegExp(`[\\\\/]${pkg}[\\\\/]lib[\\\\/]${dir}$`);
  return {
    name: namespace,
    setup(build) {
      // (the stub resolves what it requires from where the module it replaces stood)
      build.onResolve({ filter: required }, (args) => (from.test(args.resolveDir) ? { path: namespace, namespace, pluginData: args.resolveDir } : undefined));
      build.onLoad({ filter: /.*/, namespace }, (args) => ({ contents, loader: 'js', resolveDir: args.pluginData }));
    },
  };
}

/**
 * A plugin that rewrites a published file's lines as it is bundled: `transform(lines, path)` gives the
 * lines to bundle instead. @param {string} name @param {RegExp} filter
 * @param {(lines: string[], path: string) => string[]} transform @returns {import('esbuild').Plugin}
 */
function linesRewritten(name, filter, transform) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const text = await require('node:fs/promises').readFile(args.path, 'utf8');
        return { contents: transform(text.split('\n'), args.path).join('\n'), loader: 'js' };
      });
    },
  };
}

// vscode-languageserver/node requires its `files` module only to re-export it as `Files` (path
// helpers for servers that resolve node modules); createConnection never calls it, and neither does
// this server. 3 KB less bundle.
const FILES_STUB = `
const unused = () => { throw new Error('vscode-languageserver Files helpers are not bundled'); };
module.exports = { uriToFilePath: unused, resolveGlobalNodePath: unused, resolveGlobalYarnPath: unused, resolve: unused, resolveModulePath: unused };
`;

// Its `notebook` module adds notebook-document sync to every connection (connection.notebooks) and the
// NotebookDocuments class. This server reads plain-text articles, never notebooks, and registers no
// notebook handler: the mixin is replaced by one that adds nothing, the class by one that says it is
// not bundled. 4.8 KB less bundle.
const NOTEBOOK_STUB = `
exports.NotebookSyncFeature = (Base) => class extends Base {};
exports.NotebookDocuments = class { constructor() { throw new Error('vscode-languageserver NotebookDocuments is not bundled'); } };
`;

// Mixins that add to a connection the handlers of requests this server never answers nor sends
// (call and type hierarchies, monikers, linked editing, inline values and completions, file operation
// events, showDocument, pull diagnostics: it pushes its diagnostics): each replaced by one that adds
// nothing. Their getters (connection.languages.callHierarchy, …) are then undefined. About 8 KB less with workspace folders below.
const UNUSED_FEATURES = {
  callHierarchy: 'CallHierarchyFeature',
  typeHierarchy: 'TypeHierarchyFeature',
  moniker: 'MonikerFeature',
  linkedEditingRange: 'LinkedEditingRangeFeature',
  inlineValue: 'InlineValueFeature',
  fileOperations: 'FileOperationsFeature',
  showDocument: 'ShowDocumentFeature',
  diagnostic: 'DiagnosticFeature',
  'inlineCompletion\\.proposed': 'InlineCompletionFeature',
  // (workspace folders: the server reads the documents it is sent and never asks which folders are open)
  workspaceFolder: 'WorkspaceFoldersFeature',
};
const unusedFeaturePlugins = Object.entries(UNUSED_FEATURES).map(([file, feature]) =>
  stubLanguageServerModule(file, 'common', `exports.${feature} = (Base) => class extends Base {};`),
);

// vscode-jsonrpc's cancellation over shared memory between a client and a server in one process
// (SharedArraySenderStrategy / ReceiverStrategy), chosen only by connection options this server does
// not pass: its cancellations come as $/cancelRequest messages. 1.3 KB less.
const SHARED_ARRAY_CANCELLATION_STUB = `
const unused = class { constructor() { throw new Error('vscode-jsonrpc shared-array cancellation is not bundled'); } };
exports.SharedArraySenderStrategy = unused;
exports.SharedArrayReceiverStrategy = unused;
`;

// vscode-languageserver-protocol's definitions (request types, registration options, enums) of the
// same features, of notebook sync, and of the requests this server never answers whose handlers
// vscode-languageserver registers only when asked (declaration, implementation, type definition,
// document colours, selection ranges: connection.languages.onDeclaration and the like, which this
// server never calls): protocol.js only re-exports them through getters, read by no code this server
// runs; each module is replaced by one that exports nothing. A client's request for one of them is
// answered "method not found" as before (the connection needs no type for that). About 15 KB less.
// (and `progress`, the work-done types, read only by vscode-languageserver's progress module, stubbed below)
const UNUSED_PROTOCOL_MODULES = ['progress', 'notebook', 'fileOperations', 'diagnostic', 'callHierarchy', 'typeHierarchy', 'moniker', 'inlineValue', 'inlineCompletion', 'linkedEditingRange', 'showDocument', 'declaration', 'implementation', 'typeDefinition', 'colorProvider', 'selectionRange', 'workspaceFolder'];
const unusedProtocolPlugins = UNUSED_PROTOCOL_MODULES.map((name) => stubLanguageServerModule(`protocol\\.${name}`, 'common', '', 'vscode-languageserver-protocol'));

// protocol.js itself then still requires each of those modules and re-exports every name they once
// held through a getter of its own (`Object.defineProperty(exports, "CallHierarchyPrepareRequest", …)`),
// each returning undefined from the stub: the lines that name one of them are left out of its text as
// it is bundled (they are whole lines in the published file; the names stay `void 0` in its header).
// About 3 KB less.
const UNUSED_PROTOCOL_REFERENCE = new RegExp(`\\bprotocol_(?:${UNUSED_PROTOCOL_MODULES.join('|')})_1\\b`);
// protocol.js's own namespaces of requests this server neither answers nor sends (completion, signature
// help, document links, formatting, the resolve requests of code actions, code lenses and workspace
// symbols) and of enums only they and client capabilities use: read by no code this server runs (the
// LSP tests record every name the server reads from protocol.js: none of these), each a `var X;
// (function (X) {…})(X || (exports.X = X = {}));` block, left out. A client's request for one of them is
// answered "method not found" as before. About 5 KB less.
const UNUSED_PROTOCOL_NAMESPACES = new Set([
  'ResourceOperationKind', 'FailureHandlingKind', 'PositionEncodingKind', 'TextDocumentSaveReason', 'FileChangeType', 'RelativePattern', 'WatchKind',
  'CompletionTriggerKind', 'CompletionRequest', 'CompletionResolveRequest', 'SignatureHelpTriggerKind', 'SignatureHelpRequest',
  'CodeActionResolveRequest', 'WorkspaceSymbolResolveRequest', 'CodeLensResolveRequest', 'DocumentLinkRequest', 'DocumentLinkResolveRequest',
  'DocumentFormattingRequest', 'DocumentRangeFormattingRequest', 'DocumentRangesFormattingRequest', 'DocumentOnTypeFormattingRequest', 'PrepareSupportDefaultBehavior',
  // (document filters and selectors, registration options and their `is` guards, initialize's error
  // codes, change events' guards: read by clients, and by no module of vscode-languageserver or
  // vscode-jsonrpc; the show-message request with actions, telemetry events and watched-file changes,
  // read only inside connection methods this server never calls)
  'TextDocumentFilter', 'NotebookDocumentFilter', 'NotebookCellTextDocumentFilter', 'DocumentSelector', 'InitializeErrorCodes', 'StaticRegistrationOptions',
  'TextDocumentRegistrationOptions', 'WorkDoneProgressOptions', 'TextDocumentContentChangeEvent', 'ShowMessageRequest', 'TelemetryEventNotification', 'DidChangeWatchedFilesNotification',
  // (and the requests of commands and of edits applied at the server's asking, and of capabilities
  // registered at run time: connection.onExecuteCommand, workspace.applyEdit, client.register)
  'ExecuteCommandRequest', 'ApplyWorkspaceEditRequest', 'RegistrationRequest', 'UnregistrationRequest',
]);

/** `lines` without the namespace blocks of `names` (each from `var X;` to the line that closes it). */
function withoutNamespaces(lines, names) {
  const out = [];
  let skipping = null;
  for (const line of lines) {
    if (skipping !== null) {
      if (line.startsWith(`})(${skipping} || `)) skipping = null;
      continue;
    }
    const m = /^var (\w+);$/.exec(line);
    if (m && names.has(m[1])) skipping = m[1];
    else out.push(line);
  }
  if (skipping !== null) throw new Error(`protocol.js: the namespace ${skipping} does not close as expected`);
  return out;
}

// Each request and notification type of vscode-languageserver-protocol is given a `messageDirection`
// (client to server, server to client, both), written for the protocol's documentation and tools:
// no code of vscode-languageserver or vscode-jsonrpc reads it. Those assignments, whole lines in the
// published files, are left out as they are bundled. About 1.5 KB less.
const MESSAGE_DIRECTION = /^\s*\w+\.messageDirection = messages_1\.MessageDirection\.\w+;$/;

// The packages' CommonJS re-exports are written one getter each, `Object.defineProperty(exports, "X",
// { enumerable: true, get: function () { return m_1.X; } });` (about 85 bytes minified); as they are
// bundled, each such line (the name re-exported under its own name) calls one small helper of the
// module instead, which defines the same enumerable getter, read as lazily (about 25 bytes a line).
const REEXPORT = /^Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);$/;
const REEXPORT_HELPER = 'const __reexport = (name, from) => Object.defineProperty(exports, name, { enumerable: true, get: () => from[name] });';

/** `lines` with each same-name re-export getter written as a call of REEXPORT_HELPER (defined first when used). */
function withCompactReexports(lines) {
  let used = false;
  const out = lines.map((line) => {
    const m = REEXPORT.exec(line);
    if (!m || m[1] !== m[3]) return line;
    used = true;
    return `__reexport("${m[1]}", ${m[2]});`;
  });
  if (!used) return out;
  // (after the "use strict" directive, which must stay the module's first statement)
  const at = out[0] === '"use strict";' ? 1 : 0;
  return [...out.slice(0, at), REEXPORT_HELPER, ...out.slice(at)];
}

const compactReexports = linesRewritten('compact-reexports', /[\\/](?:vscode-jsonrpc|vscode-languageserver)[\\/]lib[\\/]common[\\/]api\.js$/, withCompactReexports);

const trimProtocolReexports = linesRewritten('trim-protocol-reexports', /[\\/]vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol(\.\w+)?\.js$/, (published, path) => {
  const lines = published.filter((line) => !MESSAGE_DIRECTION.test(line));
  const whole = /[\\/]protocol\.js$/.test(path);
  const kept = whole ? withoutNamespaces(lines.filter((line) => !UNUSED_PROTOCOL_REFERENCE.test(line)), UNUSED_PROTOCOL_NAMESPACES) : lines;
  return withCompactReexports(kept);
});

// Its `progress` module reports work done and partial results on a client's tokens, and creates
// progress the server starts. This server reports no progress: every request it answers is quick, and
// whole. The handlers still get the reporter argument, one that reports nothing, as when a client
// sends no token; a partial-result token is ignored (the whole result is the answer). 4 KB less.
const PROGRESS_STUB = `
const nothing = { begin() {}, report() {}, done() {} };
exports.attachWorkDone = () => nothing;
exports.attachPartialResult = () => undefined;
exports.ProgressFeature = (Base) => class extends Base {};
`;

// Its `utils/uuid` module makes the ids of capabilities registered at run time (client.register),
// which this server never does: Node's own crypto.randomUUID stands in, should one ever be asked for. 1.3 KB less.
const UUID_STUB = `
const { randomUUID } = require('node:crypto');
exports.generateUuid = () => randomUUID();
`;

// Its `semanticTokens` module holds the connection's semanticTokens feature and two helpers, a token
// builder and a diff of token arrays for delta requests; this server computes its tokens' data itself
// and answers full requests only. The feature is kept as the module writes it (MIT, Microsoft), the
// helpers say they are not bundled. 1.5 KB less.
const SEMANTIC_TOKENS_STUB = `
const protocol = require('vscode-languageserver-protocol');
const handled = (self, type, handler) => self.connection.onRequest(type, (params, cancel) => handler(params, cancel, self.attachWorkDoneProgress(params), self.attachPartialResultProgress(type, params)));
exports.SemanticTokensFeature = (Base) => class extends Base {
  get semanticTokens() {
    return {
      refresh: () => this.connection.sendRequest(protocol.SemanticTokensRefreshRequest.type),
      on: (handler) => handled(this, protocol.SemanticTokensRequest.type, handler),
      onDelta: (handler) => handled(this, protocol.SemanticTokensDeltaRequest.type, handler),
      onRange: (handler) => handled(this, protocol.SemanticTokensRangeRequest.type, handler),
    };
  }
};
const unused = class { constructor() { throw new Error('vscode-languageserver semantic-token helpers are not bundled'); } };
exports.SemanticTokensBuilder = unused;
exports.SemanticTokensDiff = unused;
`;

// vscode-jsonrpc's LinkedMap (a map kept in insertion order, with touch and LRU variants) serves the
// connection as its queue of incoming messages only: set, get, delete, size and shift, the first
// entry out. A Map keeps its insertion order too; set on a key already there keeps its place, as
// LinkedMap's set with no touch does. The LRU cache and touch orders are only re-exported. 4 KB less.
const LINKED_MAP_STUB = `
exports.Touch = { None: 0, First: 1, AsOld: 1, Last: 2, AsNew: 2 };
exports.LinkedMap = class extends Map {
  shift() {
    for (const [key, value] of this) {
      this.delete(key);
      return value;
    }
    return undefined;
  }
};
exports.LRUCache = class { constructor() { throw new Error('vscode-jsonrpc LRUCache is not bundled'); } };
`;

// vscode-languageserver's server.js gives every connection a client side for capabilities registered
// at run time (client.register and its bulk (un)registrations), telemetry events and show-message
// requests with actions (window.showErrorMessage …): this server registers its capabilities in its
// initialize answer, sends no telemetry, and shows its messages as notifications. Those requests'
// types are left out of protocol.js above; the classes that send them are replaced as server.js is
// bundled by ones that keep the connection and say, if ever asked, that the rest is not bundled
// (each a whole class in the published file, from `class X {` to its closing `}`). About 2 KB less.
const NOT_BUNDLED = (what) => `Promise.reject(new Error('vscode-languageserver ${what} is not bundled'))`;
const ATTACHED = `attach(connection) { this._connection = connection; } get connection() { return this._connection; } initialize() {} fillServerCapabilities() {}`;
const SERVER_CLASS_STUBS = new Map([
  ['BulkRegistrationImpl', `class BulkRegistrationImpl { add() { throw new Error('vscode-languageserver BulkRegistration is not bundled'); } }`],
  ['BulkUnregistrationImpl', `class BulkUnregistrationImpl { constructor() { throw new Error('vscode-languageserver BulkUnregistration is not bundled'); } }`],
  ['RemoteClientImpl', `class RemoteClientImpl { ${ATTACHED} register() { return ${NOT_BUNDLED('client.register')}; } }`],
  ['TelemetryImpl', `class TelemetryImpl { ${ATTACHED} logEvent() { throw new Error('vscode-languageserver telemetry is not bundled'); } }`],
  ['_RemoteWindowImpl', `class _RemoteWindowImpl { ${ATTACHED} showErrorMessage() { return ${NOT_BUNDLED('window.showErrorMessage')}; } showWarningMessage() { return ${NOT_BUNDLED('window.showWarningMessage')}; } showInformationMessage() { return ${NOT_BUNDLED('window.showInformationMessage')}; } }`],
]);

/**
 * `lines` with each block `opening` recognises replaced: for a line that opens one, `opening(line)`
 * gives its name, what stands in its place (null: nothing) and the line that closes it (the lines
 * between are left out; null: the block is that one line); else null. Throws at build time when one
 * of `expected` is not met or a block does not close: the published file changed shape (`file`
 * names it).
 * @param {string[]} lines @param {(line: string) => ({ name: string, replacement: string | null, closing: string | null } | null)} opening
 * @param {Iterable<string>} expected @param {string} file @returns {string[]}
 */
function withBlocksReplaced(lines, opening, expected, file) {
  const out = [];
  let open = null;
  const seen = new Set();
  for (const line of lines) {
    if (open !== null) {
      if (line === open.closing) open = null;
      continue;
    }
    const block = opening(line);
    if (block) {
      seen.add(block.name);
      if (block.replacement !== null) out.push(block.replacement);
      if (block.closing !== null) open = block;
    } else out.push(line);
  }
  for (const name of expected) if (!seen.has(name)) throw new Error(`${file}: ${name} is not written as expected`);
  if (open !== null) throw new Error(`${file}: ${open.name} does not close as expected`);
  return out;
}

/** `lines` with each class of `stubs` (from `class X {` to the `}` that opens its line) replaced by its stub. */
function withClassesReplaced(lines, stubs) {
  const opening = (line) => {
    const m = /^class (\w+) \{$/.exec(line);
    return m && stubs.has(m[1]) ? { name: `the class ${m[1]}`, replacement: stubs.get(m[1]), closing: '}' } : null;
  };
  return withBlocksReplaced(lines, opening, [...stubs.keys()].map((name) => `the class ${name}`), 'server.js');
}

// The connection server.js returns has a method for every request a server may answer; those of the
// requests whose types are left out above (completion, signature help, formatting, links, colours,
// selection ranges, the declaration, type-definition and implementation requests, commands, the
// resolve requests, watched files) could only fail if called, and this server calls none of them:
// they are left out as it is bundled (`onX: (handler) => connection.on…(…X.type, …` to its closing
// line). About 1.7 KB less.
const UNUSED_CONNECTION_METHODS = new Set([
  'onDidChangeWatchedFiles', 'onCompletion', 'onCompletionResolve', 'onSignatureHelp', 'onDeclaration', 'onTypeDefinition', 'onImplementation',
  'onWorkspaceSymbolResolve', 'onCodeActionResolve', 'onCodeLensResolve', 'onDocumentFormatting', 'onDocumentRangeFormatting', 'onDocumentOnTypeFormatting',
  'onDocumentLinks', 'onDocumentLinkResolve', 'onDocumentColor', 'onColorPresentation', 'onSelectionRanges', 'onExecuteCommand',
]);

/** server.js's lines without the connection methods of UNUSED_CONNECTION_METHODS (one line each, or up to `        }),`). */
function withoutUnusedConnectionMethods(lines) {
  const opening = (line) => {
    const m = /^ {8}(on\w+): \(handler\) => connection\.on(?:Request|Notification)\(/.exec(line);
    if (!m || !UNUSED_CONNECTION_METHODS.has(m[1])) return null;
    // (a one-line method closes on its own line)
    return { name: m[1], replacement: null, closing: line.endsWith(' => {') ? '        }),' : null };
  };
  return withBlocksReplaced(lines, opening, UNUSED_CONNECTION_METHODS, 'server.js');
}

const trimServerClasses = linesRewritten('trim-server-classes', /[\\/]vscode-languageserver[\\/]lib[\\/]common[\\/]server\.js$/, (lines) => withoutUnusedConnectionMethods(withClassesReplaced(lines, SERVER_CLASS_STUBS)));

// vscode-jsonrpc's connection traces the messages it sends and receives to a tracer given by
// connection.trace(), which clients call (vscode-languageclient writes the LSP trace on its side);
// vscode-languageserver never does (it answers $/setTrace with its own TracerImpl), and neither does
// this server, so the tracer stays undefined and every trace helper returns at once. As connection.js
// is bundled, those helpers become empty functions and connection.trace() says tracing is not
// bundled (each a whole nested function, from `    function X(` to its `    }`, and the method from
// `        trace: async (` to its `        },`). About 2.5 KB less.
const TRACE_HELPERS = new Set(['stringifyTrace', 'traceSendingRequest', 'traceSendingNotification', 'traceSendingResponse', 'traceReceivedRequest', 'traceReceivedNotification', 'traceReceivedResponse', 'logLSPMessage']);
const TRACE_METHOD = `        trace: async () => { throw new Error('vscode-jsonrpc message tracing is not bundled'); },`;

/** connection.js's lines with the trace helpers emptied and the trace method replaced (TRACE_HELPERS, TRACE_METHOD). */
function withoutTracing(lines) {
  const opening = (line) => {
    const f = /^ {4}function (\w+)\(/.exec(line);
    if (f && TRACE_HELPERS.has(f[1])) return { name: f[1], replacement: `    function ${f[1]}() {}`, closing: '    }' };
    return line.startsWith('        trace: async (') ? { name: 'trace', replacement: TRACE_METHOD, closing: '        },' } : null;
  };
  return withBlocksReplaced(lines, opening, [...TRACE_HELPERS, 'trace'], 'connection.js');
}

const trimConnectionTracing = linesRewritten('trim-connection-tracing', /[\\/]vscode-jsonrpc[\\/]lib[\\/]common[\\/]connection\.js$/, withoutTracing);

const { arabicLiteralsPacked } = require('./arabicLiterals.cjs');
const { literalsDeflated } = require('./deflatedLiterals.cjs');

module.exports = {
  serverPlugins: [
    arabicLiteralsPacked,
    literalsDeflated,
    trimConnectionTracing,
    compactReexports,
    trimServerClasses,
    stubLanguageServerModule('files', 'node', FILES_STUB),
    stubLanguageServerModule('notebook', 'common', NOTEBOOK_STUB),
    stubLanguageServerModule('progress', 'common', PROGRESS_STUB),
    stubLanguageServerModule('utils/uuid', 'common', UUID_STUB),
    stubLanguageServerModule('semanticTokens', 'common', SEMANTIC_TOKENS_STUB),
    ...unusedFeaturePlugins,
    ...unusedProtocolPlugins,
    trimProtocolReexports,
    stubLanguageServerModule('sharedArrayCancellation', 'common', SHARED_ARRAY_CANCELLATION_STUB, 'vscode-jsonrpc'),
    stubLanguageServerModule('linkedMap', 'common', LINKED_MAP_STUB, 'vscode-jsonrpc'),
  ],
};
