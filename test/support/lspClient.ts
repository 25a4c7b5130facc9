// Spawns the bundled server (`node dist/server.js --stdio`) and drives it as an editor would.
// Waits on events with timeouts; never sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** What the test client (and the benchmark's session) tells the server it supports, as an editor would. */
export const CLIENT_CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll', 'refactor'] } } },
    rename: { prepareSupport: true },
  },
};

export interface ClientOptions {
  /** answers to workspace/configuration, per section item */
  settings?: Record<string, unknown>;
  locale?: string;
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  exited: number | null = null;
  settings: Record<string, unknown>;
  private versions = new Map<string, number>();

  constructor(options: ClientOptions = {}) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.process.on('exit', (code) => (this.exited = code ?? -1));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === p.uri && w.predicate(p)) {
          this.waiters.splice(i, 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  async initialize(options: ClientOptions = {}): Promise<InitializeResult> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      initializationOptions: options.initializationOptions ?? (options.locale ? { locale: options.locale } : {}),
      capabilities: CLIENT_CAPABILITIES,
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'article'): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends a full-text or ranged change and returns the new version. */
  change(uri: string, changes: ({ text: string } | { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string })[]): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Opens a document and resolves with its uri once its first diagnostics are published. */
  async openAndWait(name: string, text: string): Promise<string> {
    const uri = fileUri(name);
    const published = this.waitForVersion(uri, 1);
    this.open(uri, text);
    await published;
    return uri;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  lastDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.get(uri);
  }

  /** Resolves with the next publishDiagnostics for `uri` that satisfies `predicate` (default: any). */
  waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.waiters.findIndex((w) => w.resolve === done);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (last: ${JSON.stringify(this.diagnostics.get(uri)?.diagnostics.map((d) => d.code))}; stderr: ${this.stderr.join('').slice(0, 500)})`));
      }, timeoutMs);
      const done = (p: PublishDiagnosticsParams) => {
        clearTimeout(timer);
        resolve(p);
      };
      this.waiters.push({ uri, predicate, resolve: done });
    });
  }

  /** Waits for diagnostics for a given document version (the server sends the version it analysed). */
  waitForVersion(uri: string, version: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (p) => p.version === version, timeoutMs);
  }

  /** A request that fails (never hangs) when the server neither answers within `timeoutMs` nor stays alive. */
  request<R>(method: string, params: unknown, timeoutMs = 30000): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const fail = (why: string) => reject(new Error(`${method}: ${why}; stderr: ${this.stderr.join('').slice(-500)}`));
      const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
      const exited = () => fail(`the server exited (code ${this.exited})`);
      this.process.once('exit', exited);
      (this.connection.sendRequest(method, params) as Promise<R>).then(resolve, reject).finally(() => {
        clearTimeout(timer);
        this.process.off('exit', exited);
      });
    });
  }

  /** shutdown + exit, and waits for the process to end. */
  async stop(): Promise<void> {
    if (this.exited !== null) return;
    await stopServer(this.process, this.connection);
  }
}

/** Asks a server to shut down and exit, kills it if it will not, and waits for the process to end. */
export async function stopServer(proc: ChildProcess, connection: ProtocolConnection): Promise<void> {
  const exited = new Promise<void>((resolve) => (proc.exitCode !== null ? resolve() : proc.once('exit', () => resolve())));
  try {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } catch {
    proc.kill();
  }
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  connection.dispose();
}

export function fileUri(name: string): string {
  return `file:///test/${encodeURIComponent(name)}`;
}
