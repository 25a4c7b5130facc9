// Server section: the production server bundle over stdio, driven as an editor drives it.
// Debounce is set to 0 through the workspace/configuration answer, so keystroke timings are the
// server's work (and the transport), not the wait.
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { BenchDocument, CorpusArticle } from './corpus';
import { LspSession, positionAt, type Pos } from './lspSession';
import { median, percentile } from './stats';

const SETTINGS = { debounceMs: 0 };

export interface Latency {
  p50: number;
  p95: number;
  n: number;
}

export interface ServerResult {
  coldStartMs: Latency;
  openToDiagnosticsMs: Record<string, Latency>;
  keystrokeToDiagnosticsMs: Record<string, Latency>;
  /** per method at 5 KB; null when the server does not advertise the method */
  requestsMs: Record<string, Latency | null>;
  /** per method at 5 KB, the first request after an edit (nothing cached for the new version but the analysis) */
  afterEditMs: Record<string, Latency | null>;
  /** the same at 5 MB (fewer requests): does each feature scale? */
  largeRequestsMs: Record<string, Latency | null>;
  /**
   * Did the server really analyse the 5 MB document? Its diagnostics beside the engine's findings
   * on the same text, and what it told the user (a size limit would make every 5 MB figure moot).
   */
  large: { diagnostics: number; symbols: number; engineFindings: number | null; messages: string[]; analysed: boolean };
  memory: { documents: number; rssMb: number; peakRssMb: number; baselineRssMb: number; openAllMs: number };
}

function latency(samples: number[]): Latency {
  return { p50: median(samples), p95: percentile(samples, 95), n: samples.length };
}

const METHODS: { method: string; capability: keyof InitializeResult['capabilities'] }[] = [
  { method: 'textDocument/hover', capability: 'hoverProvider' },
  { method: 'textDocument/documentHighlight', capability: 'documentHighlightProvider' },
  { method: 'textDocument/documentSymbol', capability: 'documentSymbolProvider' },
  { method: 'textDocument/codeAction', capability: 'codeActionProvider' },
  { method: 'textDocument/semanticTokens/full', capability: 'semanticTokensProvider' },
];

async function startSession(serverPath: string): Promise<{ session: LspSession; init: InitializeResult; ms: number }> {
  const t0 = performance.now();
  const session = new LspSession(serverPath, SETTINGS);
  const init = await session.initialize();
  const ms = performance.now() - t0;
  await session.initialized();
  return { session, init, ms };
}

/** An offset near `at` inside a word (so a typed character lands in running text). */
function offsetInWord(text: string, at: number): number {
  for (let i = at; i < text.length && i < at + 10_000; i++) if (/\p{L}/u.test(text[i]) && /\p{L}/u.test(text[i + 1] ?? '')) return i + 1;
  return at;
}

/**
 * Types `count` characters one by one in the middle of the document, each a new text (no version
 * repeats an earlier text, so a cache keyed by content could not answer), then deletes them.
 */
async function keystrokes(session: LspSession, uri: string, text: string, count: number, warmup: number): Promise<{ samples: number[]; version: number }> {
  const pos = positionAt(text, offsetInWord(text, text.length >> 1));
  const samples: number[] = [];
  let version = 1;
  const typed = warmup + count;
  for (let i = 0; i < typed; i++) {
    version++;
    const published = session.diagnosticsFor(uri, version);
    const at = { line: pos.line, character: pos.character + i };
    const t0 = performance.now();
    session.change(uri, version, { start: at, end: at }, 'abcdefghij'[i % 10]);
    await published;
    if (i >= warmup) samples.push(performance.now() - t0);
  }
  // leave the document as it was opened
  version++;
  const published = session.diagnosticsFor(uri, version);
  session.change(uri, version, { start: pos, end: { line: pos.line, character: pos.character + typed } }, '');
  await published;
  return { samples, version };
}

async function openAndWait(session: LspSession, uri: string, text: string): Promise<{ ms: number; diagnostics: PublishDiagnosticsParams }> {
  const published = session.diagnosticsFor(uri, 1);
  const t0 = performance.now();
  session.open(uri, text);
  const diagnostics = await published;
  return { ms: performance.now() - t0, diagnostics };
}

/** Positions spread over the document's words, for hover / highlight. */
function positionsOver(text: string, count: number): Pos[] {
  const out: Pos[] = [];
  for (let i = 0; i < count; i++) out.push(positionAt(text, offsetInWord(text, Math.floor(((i * 7919) % count) * (text.length / count)))));
  return out;
}

function supports(init: InitializeResult, registered: Set<string>, m: (typeof METHODS)[number]): boolean {
  const cap = init.capabilities[m.capability];
  return (cap !== undefined && cap !== null && cap !== false) || registered.has(m.method);
}

/** Each advertised method `count` times (after `warmup`) on one open document, at positions spread over it. */
async function timeRequests(session: LspSession, init: InitializeResult, uri: string, text: string, count: number, warmup: number): Promise<Record<string, Latency | null>> {
  const out: Record<string, Latency | null> = {};
  const positions = positionsOver(text, count);
  const lineLength = (line: number) => {
    let start = 0;
    for (let l = 0; l < line; l++) start = text.indexOf('\n', start) + 1;
    const end = text.indexOf('\n', start);
    return (end < 0 ? text.length : end) - start;
  };
  const diagnostics = session.lastDiagnostics.get(uri)?.diagnostics ?? [];
  for (const m of METHODS) {
    if (!supports(init, session.registered, m)) {
      out[m.method] = null;
      continue;
    }
    const samples: number[] = [];
    for (let i = 0; i < count + warmup; i++) {
      const position = positions[i % positions.length];
      const textDocument = { uri };
      let params: unknown = { textDocument, position };
      if (m.method === 'textDocument/documentSymbol' || m.method === 'textDocument/semanticTokens/full') params = { textDocument };
      if (m.method === 'textDocument/codeAction') {
        const range = { start: { line: position.line, character: 0 }, end: { line: position.line, character: lineLength(position.line) } };
        const overlapping = diagnostics.filter((d) => d.range.start.line <= position.line && d.range.end.line >= position.line);
        params = { textDocument, range, context: { diagnostics: overlapping } };
      }
      const t0 = performance.now();
      await session.request(m.method, params);
      if (i >= warmup) samples.push(performance.now() - t0);
    }
    out[m.method] = latency(samples);
  }
  return out;
}

/**
 * Each method's first answer after an edit (its diagnostics already published): what a result
 * cached per version does not save. `rounds` characters typed at the document's middle, then deleted.
 */
async function firstRequestsAfterEdit(session: LspSession, init: InitializeResult, uri: string, text: string, version: number, rounds: number): Promise<Record<string, Latency | null>> {
  const out: Record<string, Latency | null> = {};
  const pos = positionAt(text, offsetInWord(text, text.length >> 1));
  let typed = 0;
  for (const m of METHODS) {
    if (!supports(init, session.registered, m)) {
      out[m.method] = null;
      continue;
    }
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const published = session.diagnosticsFor(uri, ++version);
      const at = { line: pos.line, character: pos.character + typed++ };
      session.change(uri, version, { start: at, end: at }, 'k');
      await published;
      const position = { line: pos.line, character: pos.character };
      const textDocument = { uri };
      let params: unknown = { textDocument, position };
      if (m.method === 'textDocument/documentSymbol' || m.method === 'textDocument/semanticTokens/full') params = { textDocument };
      if (m.method === 'textDocument/codeAction') params = { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } };
      const t0 = performance.now();
      await session.request(m.method, params);
      samples.push(performance.now() - t0);
    }
    out[m.method] = latency(samples);
  }
  const published = session.diagnosticsFor(uri, ++version);
  session.change(uri, version, { start: pos, end: { line: pos.line, character: pos.character + typed } }, '');
  await published;
  return out;
}

export interface ServerOptions {
  serverPath: string;
  small: BenchDocument;
  /** a document between the two (1 MB): large, yet under any sane size limit */
  medium?: BenchDocument;
  large: BenchDocument;
  corpus: CorpusArticle[];
  requests: number;
  coldStarts: number;
  openDocuments: number;
  largeKeystrokes: number;
  /** the engine's findings on the large document, when the engine section ran */
  largeFindings: number | null;
}

export async function benchServer(o: ServerOptions): Promise<ServerResult> {
  const coldStarts: number[] = [];
  for (let i = 0; i < o.coldStarts; i++) {
    const { session, ms } = await startSession(o.serverPath);
    coldStarts.push(ms);
    await session.stop();
  }

  const { session, init } = await startSession(o.serverPath);
  const openMs: Record<string, number[]> = { [o.small.label]: [], ...(o.medium ? { [o.medium.label]: [] } : {}), [o.large.label]: [] };
  const keyMs: Record<string, number[]> = {};
  const requestsMs: Record<string, Latency | null> = {};
  const largeRequestsMs: Record<string, Latency | null> = {};
  const afterEditMs: Record<string, Latency | null> = {};
  let largeDiagnostics = 0;
  let largeSymbols = 0;
  let serverMessages: string[] = [];
  try {
    // open: each time a new uri, so each is a first analysis
    for (let i = 0; i < 21; i++) {
      const { ms } = await openAndWait(session, `file:///bench/small-${i}.article`, o.small.text);
      if (i > 0) openMs[o.small.label].push(ms);
    }
    const smallUri = 'file:///bench/small-0.article';
    const typed = await keystrokes(session, smallUri, o.small.text, 100, 10);
    keyMs[o.small.label] = typed.samples;

    Object.assign(requestsMs, await timeRequests(session, init, smallUri, o.small.text, o.requests, 20));
    Object.assign(afterEditMs, await firstRequestsAfterEdit(session, init, smallUri, o.small.text, typed.version, 20));
    if (o.medium) {
      const uri = 'file:///bench/medium.article';
      const { ms } = await openAndWait(session, uri, o.medium.text);
      openMs[o.medium.label].push(ms);
      keyMs[o.medium.label] = (await keystrokes(session, uri, o.medium.text, 5, 1)).samples;
      session.close(uri);
    }
    for (let i = 0; i < 2; i++) {
      const { ms, diagnostics } = await openAndWait(session, `file:///bench/large-${i}.article`, o.large.text);
      openMs[o.large.label].push(ms);
      largeDiagnostics = diagnostics.diagnostics.length;
      if (i > 0) session.close(`file:///bench/large-${i}.article`);
    }
    // an analysed document has an outline (its headline at least); one left unanalysed has none
    largeSymbols = (await session.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/large-0.article' } }))?.length ?? 0;
    // a slow server gets fewer repetitions, so the bench still ends in minutes
    const slow = median(openMs[o.large.label]) > 1000;
    keyMs[o.large.label] = (await keystrokes(session, 'file:///bench/large-0.article', o.large.text, slow ? 3 : o.largeKeystrokes, slow ? 1 : 2)).samples;
    Object.assign(largeRequestsMs, await timeRequests(session, init, 'file:///bench/large-0.article', o.large.text, slow ? 5 : 20, slow ? 1 : 2));
    serverMessages = [...session.messages];
  } finally {
    await session.stop();
  }

  // memory: a fresh server with N articles open
  const fresh = await startSession(o.serverPath);
  let memory: ServerResult['memory'];
  try {
    const baseline = fresh.session.residentBytes();
    const t0 = performance.now();
    const all: Promise<unknown>[] = [];
    for (let i = 0; i < o.openDocuments; i++) {
      const uri = `file:///bench/open-${i}.article`;
      all.push(fresh.session.diagnosticsFor(uri, 1));
      fresh.session.open(uri, o.corpus[i % o.corpus.length].text);
    }
    await Promise.all(all);
    const openAllMs = performance.now() - t0;
    const rss = fresh.session.residentBytes();
    memory = { documents: o.openDocuments, rssMb: rss.rss / 2 ** 20, peakRssMb: rss.peak / 2 ** 20, baselineRssMb: baseline.rss / 2 ** 20, openAllMs };
  } finally {
    await fresh.session.stop();
  }

  return {
    coldStartMs: latency(coldStarts),
    openToDiagnosticsMs: Object.fromEntries(Object.entries(openMs).map(([k, v]) => [k, latency(v)])),
    keystrokeToDiagnosticsMs: Object.fromEntries(Object.entries(keyMs).map(([k, v]) => [k, latency(v)])),
    requestsMs,
    largeRequestsMs,
    afterEditMs,
    large: {
      diagnostics: largeDiagnostics,
      symbols: largeSymbols,
      engineFindings: o.largeFindings,
      messages: serverMessages,
      analysed: largeSymbols > 0 && !(largeDiagnostics === 0 && (o.largeFindings ?? 0) > 0),
    },
    memory,
  };
}
