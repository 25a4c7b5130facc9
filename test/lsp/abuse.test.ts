// The bundled server under abuse, over stdio: bad requests, bad params, edit storms, cancellation,
// a huge document, and memory after documents close. Whatever features the server advertises in
// its initialize capabilities are all exercised. The server must answer, stay up until asked to
// exit, and never send a range outside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, ResponseError, type InitializeResult, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TestClient, fileUri } from '../support/lspClient';
import { readSeed } from '../support/fixtures';
import { OWN_ARTICLES, baseArticles } from '../support/robustnessArticles';
import { advertisedRequests, type FeatureRequest } from '../support/lspFeatureRequests';
import { OpenDocs, checkLspAnswer, checkSemanticTokens } from '../support/lspResponseChecks';
import { hostileArticleArb } from '../support/articleArbitraries';
import { analyzeArticle } from '../../server/src/article/analyze';
import { publishableDiagnostics, MAX_ANALYSED_LENGTH } from '../../server/src/limits';

/** Requests and notifications to send, tracked so their answers are checked against the open documents. */
class Session {
  readonly docs = new OpenDocs();
  readonly shown: string[] = [];
  requests: FeatureRequest[] = [];
  legendSize = 0;
  answered = 0;

  constructor(readonly client: TestClient) {
    client.connection.onNotification('window/showMessage', (p: { message: string }) => this.shown.push(p.message));
  }

  async start(): Promise<InitializeResult> {
    const init = await this.client.initialize();
    const { requests, unknown } = advertisedRequests(init.capabilities);
    if (unknown.length) console.log(`  capabilities this suite does not know yet (not exercised): ${unknown.join(', ')}`);
    this.requests = requests;
    this.legendSize = init.capabilities.semanticTokensProvider?.legend.tokenTypes.length ?? 0;
    return init;
  }

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.docs.set(uri, text);
    const published = this.client.waitForDiagnostics(uri, (p) => p.version === 1, 20000);
    this.client.open(uri, text);
    return published;
  }

  close(uri: string): void {
    this.docs.delete(uri);
    this.client.close(uri);
  }

  /** Sends `r` and checks its answer; a ResponseError is an answer too (returned, not thrown). */
  async send(r: FeatureRequest, uri: string, line: number, character: number, where: string): Promise<unknown> {
    const position = { line, character };
    const range = { start: { line: 0, character: 0 }, end: position };
    let answer: unknown;
    try {
      answer = await this.client.request(r.method, r.params(uri, position, range));
    } catch (err) {
      assert.ok(err instanceof ResponseError, `${where} ${r.method}: ${err}`);
      return err;
    }
    this.answered++;
    if (r.method.startsWith('textDocument/semanticTokens')) checkSemanticTokens(this.docs, uri, answer, this.legendSize, `${where} ${r.method}`);
    else checkLspAnswer(this.docs, uri, answer, `${where} ${r.method}`);
    return answer;
  }

  assertAlive(): void {
    assert.equal(this.client.exited, null, `the server exited (stderr: ${this.client.stderr.join('').slice(0, 2000)})`);
    const crashes = this.client.logs.filter((l) => /unexpected (error|rejection)/.test(l));
    assert.deepEqual(crashes, [], 'no uncaught exception or rejection inside the server');
  }
}

async function session(t: { after: (fn: () => Promise<void>) => void }, env?: Record<string, string>): Promise<Session> {
  // the server inherits this process's environment when spawned: set, spawn, restore
  const saved = Object.entries(env ?? {}).map(([k]) => [k, process.env[k]] as const);
  for (const [k, v] of Object.entries(env ?? {})) process.env[k] = v;
  const client = new TestClient();
  for (const [k, v] of saved) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const s = new Session(client);
  t.after(async () => {
    const running = client.exited === null;
    await client.stop();
    assert.ok(running, 'the server was still running when asked to exit');
    assert.equal(client.exited, 0, 'exit after shutdown is exit code 0');
  });
  await s.start();
  return s;
}

test('unknown and closed documents, positions past the end, malformed params, unknown methods: answers, no crash', async (t) => {
  const s = await session(t);
  const uri = fileUri('abuse-open.article');
  await s.open(uri, OWN_ARTICLES[1]);
  const closed = fileUri('abuse-closed.article');
  await s.open(closed, OWN_ARTICLES[0]);
  const cleared = s.client.waitForDiagnostics(closed, (p) => p.diagnostics.length === 0);
  s.close(closed);
  await cleared;

  // Well-formed requests on unknown or closed documents and at positions outside the text: valid, quiet answers.
  const lines = OWN_ARTICLES[1].split(/\r\n/).length;
  const positions: [number, number][] = [[0, 0], [0, 10_000], [lines - 1, 10_000], [lines, 0], [lines + 5, 3], [1_000_000, 1_000_000], [2 ** 31 - 1, 2 ** 31 - 1]];
  for (const r of s.requests) {
    for (const target of ['file:///nowhere/unknown.article', closed, 'untitled:Untitled-1', 'not a uri at all']) {
      const answer = await s.send(r, target, 0, 0, `unknown doc ${target}`);
      assert.ok(!(answer instanceof ResponseError) || r.method === 'textDocument/rename' || r.method === 'workspace/executeCommand', `${r.method} on ${target} answered an error: ${answer}`);
    }
    for (const [line, character] of positions) await s.send(r, uri, line, character, `past the end ${line}:${character}`);
  }
  const quietBefore = s.client.logs.filter((l) => /failed/.test(l));
  assert.deepEqual(quietBefore, [], 'well-formed requests on odd positions and documents do not fail inside the server');

  // Malformed params: wrong shapes and types. Any answer or error response is fine; the server must live on.
  const garbage: unknown[] = [
    null,
    {},
    [],
    42,
    'text',
    { textDocument: null },
    { textDocument: { uri: 42 } },
    { textDocument: { uri: null }, position: null },
    { textDocument: { uri }, position: null },
    { textDocument: { uri }, position: 'start' },
    { textDocument: { uri }, position: { line: 'one', character: {} } },
    { textDocument: { uri }, position: { line: -1, character: -1 } },
    { textDocument: { uri }, position: { line: 1.5, character: 0.25 } },
    { textDocument: { uri }, position: { line: 1e300, character: -1e300 } },
    { textDocument: { uri }, range: null, context: null },
    { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: 'x' } },
    { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 9 } }, context: { diagnostics: [null, 1, { range: null, code: 'duplicate-caption' }], only: 'quickfix' } },
    { textDocument: { uri }, position: { line: 0, character: 0 }, newName: null },
    { textDocument: { uri }, position: { line: 0, character: 0 }, newName: '' },
    { textDocument: { uri }, position: { line: 0, character: 0 }, newName: '\n\u0000' },
    { textDocument: { uri }, positions: null },
    { textDocument: { uri }, previousResultId: null },
    { textDocument: { uri }, context: null },
    { query: null },
    { query: 42 },
    { command: null, arguments: 'x' },
    { command: 'articleAnnotator.noSuchCommand', arguments: [null] },
  ];
  let errors = 0;
  for (const r of s.requests) {
    for (const params of garbage) {
      try {
        await s.client.request(r.method, params);
      } catch (err) {
        assert.ok(err instanceof ResponseError, `${r.method} ${JSON.stringify(params)}: ${err}`);
        errors++;
      }
    }
  }
  // Malformed notifications: the server drops them.
  const notes: [string, unknown][] = [
    ['textDocument/didOpen', null],
    ['textDocument/didOpen', { textDocument: { uri: fileUri('null-text.article'), languageId: 'article', version: 1, text: null } }],
    ['textDocument/didChange', { textDocument: { uri: 'file:///never-opened.article', version: 2 }, contentChanges: [{ text: 'x' }] }],
    ['textDocument/didChange', { textDocument: { uri, version: 99 }, contentChanges: null }],
    ['textDocument/didChange', null],
    ['textDocument/didClose', { textDocument: { uri: 'file:///never-opened.article' } }],
    ['textDocument/didClose', null],
    ['workspace/didChangeConfiguration', null],
    ['workspace/didChangeConfiguration', { settings: { articleAnnotator: { rules: 'none', debounceMs: -5, language: 7 } } }],
    ['$/setTrace', { value: 'verbose' }],
    ['$/cancelRequest', { id: 123456 }],
    ['article/unknownNotification', { x: 1 }],
    // (workspace folders are left out of the bundle: a client's change notice is ignored)
    ['workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'file:///elsewhere', name: 'elsewhere' }], removed: [] } }],
  ];
  for (const [method, params] of notes) await s.client.connection.sendNotification(method, params);
  await assert.rejects(s.client.request('article/noSuchMethod', {}), (err: unknown) => err instanceof ResponseError);
  await assert.rejects(s.client.request('textDocument/noSuchFeature', { textDocument: { uri } }), (err: unknown) => err instanceof ResponseError);
  // Features whose library code the bundle leaves out (scripts/serverPlugins.cjs): a client asking anyway is told "method not found".
  const position = { line: 0, character: 0 };
  const leftOut: [string, unknown][] = [
    ['textDocument/prepareCallHierarchy', { textDocument: { uri }, position }],
    ['textDocument/prepareTypeHierarchy', { textDocument: { uri }, position }],
    ['textDocument/moniker', { textDocument: { uri }, position }],
    ['textDocument/linkedEditingRange', { textDocument: { uri }, position }],
    ['textDocument/inlineValue', { textDocument: { uri }, range: { start: position, end: position }, context: { frameId: 1, stoppedLocation: { start: position, end: position } } }],
    ['textDocument/diagnostic', { textDocument: { uri } }],
    ['workspace/diagnostic', { previousResultIds: [] }],
    ['workspace/willRenameFiles', { files: [{ oldUri: uri, newUri: `${uri}.old` }] }],
    ['textDocument/declaration', { textDocument: { uri }, position }],
    ['textDocument/implementation', { textDocument: { uri }, position }],
    ['textDocument/typeDefinition', { textDocument: { uri }, position }],
    ['textDocument/documentColor', { textDocument: { uri } }],
    ['textDocument/selectionRange', { textDocument: { uri }, positions: [position] }],
  ];
  for (const [method, params] of leftOut) await assert.rejects(s.client.request(method, params), (err: unknown) => err instanceof ResponseError && err.code === -32601, method);
  for (const method of ['notebookDocument/didOpen', 'workspace/didCreateFiles']) await s.client.connection.sendNotification(method, { notebookDocument: { uri: `${uri}.ipynb`, notebookType: 'jupyter', version: 1, cells: [] }, cellTextDocuments: [], files: [] });

  // Progress is left out too: a request carrying work-done and partial-result tokens gets its whole answer, and no progress.
  const wholeSymbols = (await s.client.request('textDocument/documentSymbol', { textDocument: { uri }, workDoneToken: 'w1', partialResultToken: 'p1' })) as unknown[];
  assert.ok(Array.isArray(wholeSymbols) && wholeSymbols.length > 0);

  // Still serving, with the real document intact.
  s.docs.set(uri, OWN_ARTICLES[1]);
  const symbols = await s.client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(Array.isArray(symbols) && symbols.length > 0, 'symbols of the open document after the abuse');
  s.assertAlive();
  console.log(`  ${s.requests.length} advertised requests × (4 unknown documents, ${positions.length} odd positions, ${garbage.length} malformed params): ${s.answered} checked answers, ${errors} error responses to malformed params`);
});

test('every advertised feature on hostile generated documents answers with ranges inside the document', async (t) => {
  const s = await session(t);
  const texts = fc.sample(hostileArticleArb(baseArticles()), { numRuns: 12, seed: 8 });
  let requests = 0;
  for (const [i, text] of texts.entries()) {
    const uri = fileUri(`hostile-${i}.article`);
    const diags = await s.open(uri, text);
    checkLspAnswer(s.docs, uri, diags.diagnostics, `diagnostics of hostile-${i}`);
    const lineCount = text.split(/\r\n|\r|\n/).length;
    const probes = fc.sample(fc.tuple(fc.nat({ max: lineCount - 1 }), fc.nat({ max: 120 })), { numRuns: 4, seed: i });
    for (const r of s.requests) {
      for (const [line, character] of probes) {
        // clamp to the line so the request itself is valid
        const content = text.split(/\r\n|\r|\n/)[line] ?? '';
        await s.send(r, uri, line, Math.min(character, content.length), `hostile-${i}`);
        requests++;
      }
    }
    // every quick fix offered for every published diagnostic carries a valid, non-overlapping edit
    for (const d of diags.diagnostics) {
      const actions = await s.client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      checkLspAnswer(s.docs, uri, actions, `code actions for ${d.code} in hostile-${i}`);
      requests++;
    }
    s.close(uri);
  }
  s.assertAlive();
  console.log(`  ${texts.length} documents, ${requests} requests checked`);
});

/** A tiny seeded generator, so a failing edit storm can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('1000 rapid incremental edits: the final diagnostics and outline match a fresh analysis of the final text', async (t) => {
  const s = await session(t);
  const uri = fileUri('storm.article');
  await s.open(uri, readSeed());
  let mirror = TextDocument.create(uri, 'article', 1, readSeed());
  const rnd = random(1000);
  const pieces = ['"', '«', '»', '“', '”', '\n', '\n\n', '\r\n', 'وقال كيري ', ' said Mr Clarke', '(الجزيرة) تعليق', '😀', '\u200f', 'x', ''];
  let version = 1;
  for (let i = 0; i < 1000; i++) {
    const changes = [];
    const count = rnd() < 0.1 ? 3 : 1;
    for (let c = 0; c < count; c++) {
      const len = mirror.getText().length;
      const a = Math.floor(rnd() * (len + 1));
      const b = Math.min(len, a + (rnd() < 0.6 ? 0 : Math.floor(rnd() * 12)));
      const change = { range: { start: mirror.positionAt(a), end: mirror.positionAt(b) }, text: pieces[Math.floor(rnd() * pieces.length)] };
      mirror = TextDocument.update(mirror, [change], mirror.version);
      changes.push(change);
    }
    version = s.client.change(uri, changes);
    mirror = TextDocument.create(uri, 'article', version, mirror.getText());
  }
  const final = await s.client.waitForVersion(uri, version, 30000);
  const text = mirror.getText();
  s.docs.set(uri, text);
  const expected = publishableDiagnostics(analyzeArticle(text), uri, {}, 'en').diagnostics;
  assert.deepEqual(final.diagnostics, JSON.parse(JSON.stringify(expected)), 'diagnostics of the final version equal a fresh analysis');
  const symbols = await s.client.request('textDocument/documentSymbol', { textDocument: { uri } });
  checkLspAnswer(s.docs, uri, symbols, 'symbols after the storm');
  // The server's text is the mirror's: a full-document replace of the same text changes nothing.
  const v = s.client.change(uri, [{ text }]);
  const again = await s.client.waitForVersion(uri, v);
  assert.deepEqual(again.diagnostics, final.diagnostics);
  s.assertAlive();
  console.log(`  1000 didChange notifications, final text ${text.length} units, ${final.diagnostics.length} diagnostics`);
});

test('requests cancelled mid-way answer or report cancellation, and the server goes on serving', async (t) => {
  const s = await session(t);
  const big = fileUri('cancel-big.article');
  const text = (readSeed() + '\n\n').repeat(Math.ceil(200_000 / readSeed().length));
  await s.open(big, text);
  const small = fileUri('cancel-small.article');
  await s.open(small, OWN_ARTICLES[0]);
  let cancelled = 0;
  let answered = 0;
  // Edit the big document so the next request must analyse again, then cancel requests at once.
  for (let round = 0; round < 3; round++) {
    s.client.change(big, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${round}` }]);
    const pending = s.requests.map((r) => {
      const source = new CancellationTokenSource();
      const p = s.client.connection.sendRequest(r.method, r.params(big, { line: 2, character: 3 }, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }), source.token);
      source.cancel();
      return p.then(
        () => answered++,
        (err: unknown) => {
          assert.ok(err instanceof ResponseError, `${r.method}: ${err}`);
          cancelled++;
        },
      );
    });
    await Promise.all(pending);
  }
  const hover = await s.client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 2, character: 5 } });
  checkLspAnswer(s.docs, small, hover, 'hover after cancellations');
  s.assertAlive();
  console.log(`  ${s.requests.length * 3} requests cancelled at once: ${cancelled} reported cancelled, ${answered} answered anyway`);
});

test('a 20 MB document: another document stays responsive, and the degradation is said once', async (t) => {
  const s = await session(t);
  const small = fileUri('small.article');
  await s.open(small, OWN_ARTICLES[1]);
  const unit = readSeed() + '\n\n' + OWN_ARTICLES[1] + '\n\n';
  const huge = unit.repeat(Math.ceil(20_000_000 / unit.length));
  assert.ok(huge.length > MAX_ANALYSED_LENGTH);
  const uri = fileUri('huge.article');
  s.docs.set(uri, huge);
  const published = s.client.waitForDiagnostics(uri, () => true, 30000);
  const t0 = performance.now();
  s.client.open(uri, huge);
  // Right after the 20 MB didOpen, a hover on the small document.
  const hover = await s.client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 4, character: 40 } });
  const hoverMs = performance.now() - t0;
  checkLspAnswer(s.docs, small, hover, 'hover on the small document');
  const diags = await published;
  checkLspAnswer(s.docs, uri, diags.diagnostics, 'diagnostics of the huge document');
  // Every feature on the huge document answers quickly.
  const t1 = performance.now();
  for (const r of s.requests) await s.send(r, uri, 3, 2, 'huge');
  const featuresMs = performance.now() - t1;
  // Edits on it keep working, and the notice is not repeated.
  const v = s.client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '"' }]);
  await s.client.waitForVersion(uri, v, 30000);
  const notices = [...s.shown, ...s.client.logs].filter((m) => /huge\.article/.test(m));
  console.log(`  20 MB open → hover on another document ${hoverMs.toFixed(0)} ms; all ${s.requests.length} features on the huge one ${featuresMs.toFixed(0)} ms; notices: ${JSON.stringify(notices)}`);
  assert.ok(hoverMs < 3000, `hover answered in ${hoverMs.toFixed(0)} ms`);
  assert.ok(featuresMs < 5000, `features on the huge document answered in ${featuresMs.toFixed(0)} ms`);
  assert.equal(notices.length, 1, 'the server says once that it does not analyse the huge document');
  const cleared = s.client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
  s.close(uri);
  await cleared;
  s.assertAlive();
});

test('more problems than a client can take: the first 1000 are published, and the user is told once', async (t) => {
  const s = await session(t);
  const uri = fileUri('many-problems.article');
  const text = 'Headline\n\n' + '"This is a long quoted sentence that nobody said."\n\n'.repeat(1500);
  const diags = await s.open(uri, text);
  const total = analyzeArticle(text).findings.length;
  assert.ok(total > 1000, `the text has ${total} findings`);
  assert.equal(diags.diagnostics.length, 1000);
  checkLspAnswer(s.docs, uri, diags.diagnostics, 'capped diagnostics');
  const v = s.client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A ' }]);
  await s.client.waitForVersion(uri, v);
  const notices = s.shown.filter((m) => /many-problems\.article/.test(m));
  assert.equal(notices.length, 1, `told once: ${JSON.stringify(s.shown)}`);
  assert.match(notices[0], new RegExp(`1000 of ${total}`));
  s.assertAlive();
});

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

test('memory returns after documents close (the server RSS stops growing; a leak would also exhaust a 128 MB heap)', async (t) => {
  if (!fs.existsSync('/proc/self/status')) {
    t.skip('no /proc on this system to read the server RSS');
    return;
  }
  // the main thread's memory, read alone: the part readers' heaps and threads come and go with long
  // documents (their stopping is tested in longDocument.test.ts), which RSS would only blur
  const s = await session(t, { NODE_OPTIONS: '--max-old-space-size=128', ARTICLE_ANNOTATOR_PART_READERS: '0' });
  const pid = s.client.process.pid!;
  const base = readSeed() + '\n\n' + OWN_ARTICLES[1] + '\n\n';
  // Per cycle: two documents read in a few parts and two long ones read in many (each part's
  // reading cached for the next edit, all of it to be let go on close). Sized for the 128 MB heap:
  // the point is what stays after closing, not how much fits.
  const analysed = base.repeat(Math.ceil(250_000 / base.length));
  const heavy = base.repeat(Math.ceil(1_000_000 / base.length));
  const samples: number[] = [rssMb(pid)];
  const cycles = 5;
  for (let cycle = 0; cycle < cycles; cycle++) {
    // each document a different text, so nothing is shared between cycles
    const docs = [analysed, analysed, heavy, heavy].map((text, i) => [fileUri(`mem-${cycle}-${i}.article`), `${cycle}-${i} ${text}`] as const);
    await Promise.all(docs.map(([u, text]) => s.open(u, text)));
    for (const [u] of docs) await s.client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
    const cleared = docs.map(([u]) => s.client.waitForDiagnostics(u, (p) => p.diagnostics.length === 0));
    for (const [u] of docs) s.close(u);
    await Promise.all(cleared);
    samples.push(rssMb(pid));
  }
  const trace = samples.map((m) => m.toFixed(0)).join(', ');
  console.log(`  server RSS (MB) at start and after each cycle of 2 × ${(analysed.length / 1e6).toFixed(1)} M + 2 × ${(heavy.length / 1e6).toFixed(1)} M-unit documents opened and closed: ${trace}`);
  s.assertAlive();
  // Tolerant: after the first cycle has warmed everything up, later cycles may add noise, not a cycle's worth of documents.
  const growth = samples[samples.length - 1] - samples[1];
  assert.ok(growth < 40, `RSS grew ${growth.toFixed(0)} MB over ${cycles - 1} cycles after the first: ${trace}`);
});

test('regression: initialize with a locale that is not a string failed (locale.toLowerCase is not a function)', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  const init = (await client.connection.sendRequest('initialize', { processId: null, rootUri: null, locale: 5, initializationOptions: 'x', capabilities: {} })) as InitializeResult;
  assert.ok(init.capabilities.textDocumentSync, 'initialize answered with capabilities');
  await client.connection.sendNotification('initialized', {});
  const uri = fileUri('odd-init.article');
  const published = client.waitForDiagnostics(uri);
  client.open(uri, OWN_ARTICLES[1]);
  assert.ok((await published).diagnostics.every((d) => /[a-z]/i.test(d.message)), 'English messages by default');
  assert.equal(client.exited, null);
});

test('settings of the wrong types from the client: defaults are used and diagnostics still come', async (t) => {
  const s = await session(t);
  const uri = fileUri('odd-settings.article');
  const expected = (await s.open(uri, OWN_ARTICLES[1])).diagnostics;
  for (const garbage of [null, 'x', 42, [], { rules: [], captionCredits: 'AP', debounceMs: 'fast', language: null, inlayHints: 'no' }, { rules: { 'duplicate-caption': 42, 'unattributed-quote': 'loud' }, debounceMs: 1e12 }]) {
    s.client.settings = garbage as never;
    const next = s.client.waitForDiagnostics(uri, () => true, 10000);
    await s.client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { articleAnnotator: garbage } });
    const got = await next;
    assert.deepEqual(got.diagnostics, expected, `settings ${JSON.stringify(garbage)} fall back to the defaults`);
  }
  s.assertAlive();
});
