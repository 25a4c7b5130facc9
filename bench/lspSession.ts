// A language-server session for the benchmark: spawns a server bundle over stdio as an editor
// does (like test/support/lspClient.ts, but for any bundle path) and times its answers.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { CLIENT_CAPABILITIES, stopServer } from '../test/support/lspClient';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

interface Waiter {
  uri: string;
  version: number;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspSession {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly lastDiagnostics = new Map<string, PublishDiagnosticsParams>();
  /** methods registered dynamically (client/registerCapability) */
  readonly registered = new Set<string>();
  /** window/showMessage texts, e.g. a document the server declines to analyse */
  readonly messages: string[] = [];
  private waiters: Waiter[] = [];
  private stderr = '';

  constructor(serverPath: string, private readonly settings: Record<string, unknown>, nodeArgs: string[] = []) {
    this.process = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => (this.stderr = (this.stderr + String(d)).slice(-2000)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.lastDiagnostics.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || (p.version ?? -1) < w.version) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('window/showMessage', (p: { message: string }) => this.messages.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      for (const r of p.registrations ?? []) this.registered.add(r.method);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  initialize(): Promise<InitializeResult> {
    return this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        ...CLIENT_CAPABILITIES,
        textDocument: {
          ...CLIENT_CAPABILITIES.textDocument,
          semanticTokens: {
            requests: { full: true },
            tokenTypes: ['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator'],
            tokenModifiers: ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary'],
            formats: ['relative'],
          },
          documentHighlight: {},
        },
      },
    }) as Promise<InitializeResult>;
  }

  async initialized(): Promise<void> {
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves on the first diagnostics published for `uri` at `version` or later. */
  diagnosticsFor(uri: string, version: number, timeoutMs = 120_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; server stderr: ${this.stderr.slice(-500)}`));
      }, timeoutMs);
      const done = (p: PublishDiagnosticsParams) => {
        clearTimeout(timer);
        resolve(p);
      };
      this.waiters.push({ uri, version, resolve: done });
    });
  }

  open(uri: string, text: string): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
  }

  change(uri: string, version: number, range: { start: Pos; end: Pos }, text: string): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Resident set size of the server process in bytes (Linux /proc), or NaN elsewhere. */
  residentBytes(): { rss: number; peak: number } {
    try {
      const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
      return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    } catch {
      return { rss: NaN, peak: NaN };
    }
  }

  stop(): Promise<void> {
    return stopServer(this.process, this.connection);
  }
}

export interface Pos {
  line: number;
  character: number;
}

/** Line/character (UTF-16) of an offset, as LSP counts lines (\n, \r\n, lone \r). */
export function positionAt(text: string, offset: number): Pos {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
