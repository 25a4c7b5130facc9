// `npm run bench:profile [-- CORPUS_DIR] [--server] [--lang=ar|en]`
// Engine (default): analyzeArticle on the 5 MB document under the V8 sampling profiler (the data
// `node --cpu-prof` writes). --server: the unminified server bundle run with `node --cpu-prof`,
// opening the 5 MB document and typing 10 characters in its middle (debounce 0).
// Prints the functions with the most self time, each with the source file it comes from, so the
// owners of hot spots know where to look, then the most inclusive time and the hottest lines
// (profileViews.ts); the .cpuprofile stays in bench/results/ for DevTools.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { build } from 'esbuild';
import { benchDocuments, loadCorpus, type BenchDocument } from './corpus';
import { loadEngineBundle, ROOT } from './bundle';
import { LspSession, positionAt } from './lspSession';
import { hottestLines, inclusiveShares, type ProfileNode } from './profileViews';

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

const OUT = path.join(ROOT, 'bench', 'results', 'profile');
/** readings before the profiled ones */
const WARMUP_READINGS = 8;

/** Maps a line of an unminified bundle to the source file esbuild marks above it (`// server/src/…`). */
function sourceFiles(bundle: string): (line: number) => string {
  const marks: { line: number; file: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const m = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(text);
    if (m) marks.push({ line, file: m[1] });
  });
  return (line) => {
    let file = '(bundle)';
    for (const mark of marks) if (mark.line <= line) file = mark.file;
    return file;
  };
}

function summarize(profile: CpuProfile, bundlePath: string, label: string, divideBy: number): void {
  const sourceOf = sourceFiles(fs.readFileSync(bundlePath, 'utf8'));
  const total = Math.max(1, profile.samples.length);
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / total;
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const where = f.url.endsWith(path.basename(bundlePath)) ? sourceOf(f.lineNumber) : f.url ? f.url.replace(/^.*node_modules\//, '') : '(native)';
    const key = `${f.functionName || '(anonymous)'}  ${where}`;
    self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  console.log(`${label}; self time${divideBy > 1 ? ` per analysis (÷${divideBy})` : ''}:`);
  for (const [key, hits] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${((hits * msPerSample) / divideBy).toFixed(1).padStart(8)} ms  ${key}`);
  }
  console.log('\ninclusive (the function and all it calls):');
  const shares = inclusiveShares(profile.nodes, profile.samples).filter(([name]) => !/^\(|^(runMicrotasks|processTicksAndRejections|profileEngine)$/.test(name));
  for (const [name, share] of shares.slice(0, 25)) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
  console.log(`\nhottest lines of ${path.relative(ROOT, bundlePath)}:`);
  for (const { line, share, text } of hottestLines(profile.nodes, total, bundlePath).slice(0, 25)) {
    console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${String(line).padStart(6)}  ${sourceOf(line - 1)}  ${text.slice(0, 110)}`);
  }
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

async function profileEngine(big: BenchDocument): Promise<void> {
  const { analyzeArticle, bundlePath } = await loadEngineBundle(OUT, false);
  // warm-up: profile optimised code (a function used rarely turns hot only after several readings,
  // and a single reading left much of the engine to be compiled while the profile ran)
  let ms = 0;
  for (let i = 0; i < WARMUP_READINGS; i++) {
    const t = performance.now();
    analyzeArticle(big.text);
    ms = performance.now() - t;
  }
  // about 5 s of samples, whatever the engine's speed
  const runs = Math.max(1, Math.min(5, Math.round(5000 / ms)));
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) analyzeArticle(big.text);
  const msPerRun = (performance.now() - t0) / runs;
  const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
  session.disconnect();
  const file = path.join(OUT, `engine-${Date.now()}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  summarize(profile, bundlePath, `engine on ${big.label} (${Math.round(big.bytes / 1024)} KB): ${msPerRun.toFixed(1)} ms per analysis`, runs);
  console.log(`profile: ${path.relative(ROOT, file)}`);
}

async function profileServer(big: BenchDocument): Promise<void> {
  const bundlePath = path.join(OUT, 'server.js');
  await build({ entryPoints: [path.join(ROOT, 'server/src/server.ts')], outfile: bundlePath, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  const dir = fs.mkdtempSync(path.join(OUT, 'server-'));
  const session = new LspSession(bundlePath, { debounceMs: 0 }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  await session.initialize();
  await session.initialized();
  const uri = 'file:///bench/profile.article';
  const opened = session.diagnosticsFor(uri, 1);
  session.open(uri, big.text);
  await opened;
  const pos = positionAt(big.text, big.text.length >> 1);
  const times: number[] = [];
  for (let v = 2; v <= 11; v++) {
    const published = session.diagnosticsFor(uri, v);
    const at = { line: pos.line, character: pos.character + v - 2 };
    const t0 = performance.now();
    session.change(uri, v, { start: at, end: at }, 'x');
    await published;
    times.push(performance.now() - t0);
  }
  await session.stop();
  const file = fs.readdirSync(dir).find((n) => n.endsWith('.cpuprofile'));
  if (!file) throw new Error(`the server wrote no profile in ${dir}`);
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
  summarize(profile, bundlePath, `server: open ${big.label} + 10 keystrokes (${times.map((t) => t.toFixed(0)).join(', ')} ms); whole session`, 11);
  console.log(`profile: ${path.relative(ROOT, path.join(dir, file))}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirArg = args.find((a) => !a.startsWith('--'));
  const corpus = loadCorpus(dirArg ? path.resolve(dirArg) : path.resolve(ROOT, '..', 'shared', 'corpus'));
  // --lang ar|en: a 5 MB document of that language's articles alone (whose hot spots are whose)
  const lang = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  const articles = lang ? corpus.filter((a) => a.language === lang) : corpus;
  // (checked before the documents are built: an empty corpus has none to cycle through)
  if (articles.length === 0) throw new Error(`no articles in language '${lang}' (--lang=ar or --lang=en)`);
  const docs = benchDocuments(articles);
  fs.mkdirSync(OUT, { recursive: true });
  const big = docs[docs.length - 1];
  if (args.includes('--server')) await profileServer(big);
  else await profileEngine(big);
}

main().catch((err) => {
  console.error(`profile failed: ${(err as Error)?.message ?? err}`);
  process.exit(1);
});
