// `npm run bench:profile [-- CORPUS_DIR]`: profiles the engine on the 5 MB document with the V8
// sampling profiler (the same data `node --cpu-prof` writes) and prints the functions with the
// most self time, so the owners of hot spots know where to look. The .cpuprofile is kept in
// bench/results/ for Chrome DevTools / VS Code.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { benchDocuments, loadCorpus } from './corpus';
import { loadEngineBundle, ROOT } from './bundle';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Maps a line of the unminified bundle to the source file esbuild marks above it (`// server/src/…`). */
function sourceFiles(bundle: string): (line: number) => string {
  const marks: { line: number; file: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const m = /^\/\/ (\S+\.ts)$/.exec(text);
    if (m) marks.push({ line, file: m[1] });
  });
  return (line) => {
    let file = '(bundle)';
    for (const mark of marks) if (mark.line <= line) file = mark.file;
    return file;
  };
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

async function main(): Promise<void> {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(ROOT, '..', 'shared', 'corpus');
  const docs = benchDocuments(loadCorpus(dir));
  const big = docs[docs.length - 1];
  const { analyzeArticle, bundlePath } = await loadEngineBundle(path.join(ROOT, 'bench', 'results', 'dist'), false);
  const sourceOfLine = sourceFiles(fs.readFileSync(bundlePath, 'utf8'));
  for (let i = 0; i < 2; i++) analyzeArticle(big.text); // warm-up: profile optimised code

  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  const runs = 5;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) analyzeArticle(big.text);
  const ms = (performance.now() - t0) / runs;
  const { profile } = await post<{ profile: { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number } }>(session, 'Profiler.stop');
  session.disconnect();

  const outDir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `engine-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));

  const total = profile.samples.length;
  const perSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, total) / runs;
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const where = f.url.endsWith(path.basename(bundlePath)) ? sourceOfLine(f.lineNumber) : f.url ? path.relative(ROOT, f.url.replace(/^file:\/\//, '')) : '(native)';
    const key = `${f.functionName || '(anonymous)'}  ${where}`;
    self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`engine on ${big.label} (${Math.round(big.bytes / 1024)} KB): ${ms.toFixed(1)} ms per analysis; self time per analysis:`);
  for (const [key, hits] of top) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${(hits * perSample).toFixed(1).padStart(7)} ms  ${key}`);
  console.log(`profile: ${path.relative(ROOT, file)}`);
}

main().catch((err) => {
  console.error(`profile failed: ${(err as Error)?.message ?? err}`);
  process.exit(1);
});
