// The longer fuzz run: the property-test invariants on hostile articles for a set time, and, with
// --lsp, the bundled server driven with the same documents, random edits and every advertised request.
//
//   npm run fuzz -- [--duration SECONDS] [--seed N] [--batch RUNS] [--lsp] [--out DIR]
//
// Each batch runs fast-check with seed+batchIndex, so any failure is replayed by its printed seed.
// Prints a summary; exits 1 when anything failed (the counterexamples are written to --out).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/article/analyze';
import { baseArticles } from '../support/robustnessArticles';
import { hostileArticleArb, mutate, mutationArb } from '../support/articleArbitraries';
import { checkArticle, checkFeatures } from '../support/articleInvariants';
import { checkAllCodeActions, type ActionStats } from '../support/codeActionChecks';
import { TestClient, fileUri } from '../support/lspClient';
import { advertisedRequests, type FeatureRequest } from '../support/lspFeatureRequests';
import { OpenDocs, checkLspAnswer, checkSemanticTokens } from '../support/lspResponseChecks';

interface Options {
  durationS: number;
  seed: number;
  batch: number;
  lsp: boolean;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { durationS: 60, seed: Date.now() % 1_000_000, batch: 100, lsp: false, out: path.join(os.tmpdir(), 'article-annotator-fuzz') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--duration') o.durationS = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--batch') o.batch = Number(next());
    else if (a === '--lsp') o.lsp = true;
    else if (a === '--out') o.out = next();
    else if (a === '-h' || a === '--help') {
      console.log('npm run fuzz -- [--duration SECONDS=60] [--seed N] [--batch RUNS=100] [--lsp] [--out DIR]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!(o.durationS > 0) || !Number.isInteger(o.seed) || !(o.batch > 0)) throw new Error('--duration and --batch must be positive, --seed an integer');
  return o;
}

interface Failure {
  property: string;
  seed: number;
  path?: string;
  error: string;
  counterexample: string;
}

const bases = baseArticles();
const arb = hostileArticleArb(bases);
const languages = fc.constantFrom('ar' as const, 'en' as const, 'auto' as const);

const properties: Record<string, (stats: ActionStats) => fc.IPropertyWithHooks<never> | fc.IProperty<never>> = {
  analysis: () =>
    fc.property(arb, languages, fc.array(fc.nat(), { maxLength: 6 }), (text, language, probes) => {
      const article = analyzeArticle(text, { language });
      checkArticle(text, article);
      checkFeatures(article, probes);
    }) as never,
  codeActions: (stats) =>
    fc.property(arb, fc.array(fc.nat(), { maxLength: 3 }), (text, cursors) => {
      checkAllCodeActions(analyzeArticle(text), stats, cursors);
    }) as never,
  deepMutation: () =>
    fc.property(fc.constantFrom(...bases), fc.array(mutationArb, { minLength: 10, maxLength: 80 }), (base, ms) => {
      const text = mutate(base, ms);
      const article = analyzeArticle(text);
      checkArticle(text, article);
      checkFeatures(article);
    }) as never,
};

function shortError(err: unknown): string {
  const e = err as Error;
  return String(e?.message ?? err).split('\n').slice(0, 3).join(' | ').slice(0, 400);
}

async function lspRound(client: TestClient, requests: FeatureRequest[], legend: number, texts: string[], round: number, failures: Failure[]): Promise<number> {
  const docs = new OpenDocs();
  let sent = 0;
  for (const [i, initial] of texts.entries()) {
    const uri = fileUri(`fuzz-${round}-${i}.article`);
    let text = initial;
    docs.set(uri, text);
    const first = client.waitForDiagnostics(uri, (p) => p.version === 1, 30000);
    client.open(uri, text);
    try {
      checkLspAnswer(docs, uri, (await first).diagnostics, 'diagnostics');
      // a few full-text edits with further mutations, then every request at random positions
      const ms = fc.sample(fc.array(mutationArb, { maxLength: 5 }), { numRuns: 3, seed: round * 100 + i });
      let version = 1;
      for (const m of ms) {
        text = mutate(text, m);
        version = client.change(uri, [{ text }]);
      }
      docs.set(uri, text);
      const published = await client.waitForVersion(uri, version, 30000);
      checkLspAnswer(docs, uri, published.diagnostics, 'diagnostics after edits');
      const lines = text.split(/\r\n|\r|\n/);
      const probes = fc.sample(fc.tuple(fc.nat({ max: lines.length - 1 }), fc.nat({ max: 200 })), { numRuns: 3, seed: round * 100 + i });
      for (const r of requests) {
        for (const [line, ch] of probes) {
          const position = { line, character: Math.min(ch, lines[line].length) };
          const answer = await client.request(r.method, r.params(uri, position, { start: { line: 0, character: 0 }, end: position })).catch((e) => e);
          sent++;
          if (answer instanceof Error) continue; // refusals (rename elsewhere than on a name) are answers
          if (r.method.startsWith('textDocument/semanticTokens')) checkSemanticTokens(docs, uri, answer, legend, r.method);
          else checkLspAnswer(docs, uri, answer, r.method);
        }
      }
      for (const d of published.diagnostics) {
        checkLspAnswer(docs, uri, await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }), `code actions for ${d.code}`);
        sent++;
      }
    } catch (err) {
      failures.push({ property: 'lsp', seed: round, error: shortError(err), counterexample: JSON.stringify(text) });
    }
    client.close(uri);
    docs.delete(uri);
    if (client.exited !== null) {
      failures.push({ property: 'lsp', seed: round, error: `server exited with ${client.exited}: ${client.stderr.join('').slice(0, 300)}`, counterexample: JSON.stringify(text) });
      break;
    }
  }
  const crashes = client.logs.splice(0).filter((l) => /unexpected (error|rejection)|failed/.test(l));
  for (const c of crashes) failures.push({ property: 'lsp', seed: round, error: c.slice(0, 400), counterexample: '(see server log)' });
  return sent;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const deadline = Date.now() + o.durationS * 1000;
  const names = Object.keys(properties);
  const stats: ActionStats = { actions: 0, withEdits: 0, commandsOnly: 0 };
  const runs: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const failures: Failure[] = [];
  const seen = new Set<string>();
  let lspRequests = 0;
  let client: TestClient | null = null;
  let requests: FeatureRequest[] = [];
  let legend = 0;
  if (o.lsp) {
    client = new TestClient();
    const init = await client.initialize();
    requests = advertisedRequests(init.capabilities).requests;
    legend = init.capabilities.semanticTokensProvider?.legend.tokenTypes.length ?? 0;
  }
  console.log(`fuzz: ${o.durationS} s, seed ${o.seed}, batches of ${o.batch} runs, ${bases.length} base articles${o.lsp ? `, server over stdio with ${requests.length} advertised requests` : ''}`);
  const started = Date.now();
  let batch = 0;
  for (; Date.now() < deadline; batch++) {
    const name = names[batch % names.length];
    const seed = o.seed + batch;
    const result = fc.check(properties[name](stats), { seed, numRuns: name === 'codeActions' ? Math.ceil(o.batch / 4) : o.batch, includeErrorInReport: true });
    runs[name] += result.numRuns;
    if (result.failed) {
      const error = shortError(result.errorInstance);
      const key = `${name}:${error.replace(/\d+/g, 'N').slice(0, 160)}`;
      const failure = { property: name, seed, path: result.counterexamplePath ?? undefined, error, counterexample: JSON.stringify(result.counterexample) };
      failures.push(failure);
      if (!seen.has(key)) {
        seen.add(key);
        console.log(`FAIL ${name} seed=${seed} path=${result.counterexamplePath}: ${error}\n  counterexample: ${failure.counterexample.slice(0, 600)}`);
      }
    }
    if (client && batch % names.length === names.length - 1) {
      const texts = fc.sample(arb, { numRuns: 3, seed });
      lspRequests += await lspRound(client, requests, legend, texts, batch, failures);
    }
    if (batch % 30 === 0) {
      const total = Object.values(runs).reduce((a, b) => a + b, 0);
      console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${total} runs, ${failures.length} failures${o.lsp ? `, ${lspRequests} server requests` : ''}`);
    }
  }
  if (client) {
    if (client.exited !== null) failures.push({ property: 'lsp', seed: o.seed, error: 'the server exited on its own', counterexample: '' });
    await client.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  const total = Object.values(runs).reduce((a, b) => a + b, 0);
  console.log('\nfuzz summary');
  console.log(`  duration        ${seconds.toFixed(0)} s (seed ${o.seed}, ${batch} batches)`);
  for (const n of names) console.log(`  ${n.padEnd(15)} ${runs[n]} runs`);
  console.log(`  code actions    ${stats.actions} checked (${stats.withEdits} with edits)`);
  if (o.lsp) console.log(`  server          ${lspRequests} requests checked`);
  console.log(`  total           ${total} runs, ${(total / seconds).toFixed(0)} runs/s`);
  console.log(`  failures        ${failures.length} (${seen.size + failures.filter((f) => f.property === 'lsp').length} distinct)`);
  if (failures.length) {
    fs.mkdirSync(o.out, { recursive: true });
    const file = path.join(o.out, `fuzz-${o.seed}-${Date.now()}.json`);
    fs.writeFileSync(file, JSON.stringify(failures, null, 2));
    console.log(`  counterexamples ${file}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(`fuzz: ${(err as Error)?.message ?? err}`);
  process.exitCode = 2;
});
