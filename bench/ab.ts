// `npm run bench:ab -- OTHER_ROOT [CORPUS_DIR] [--rounds N]`
// The engine of this checkout against the engine of another checkout (a git worktree of the commit
// to compare with), both bundled as they ship, timed in alternation in one process on
// the 5 MB document and the two 5 KB articles: a busy machine slows both alike, so the ratio holds
// where absolute figures would not. Each engine runs on a worker thread of its own (its own heap and
// compiled code: two engines in one isolate slow each other unevenly), one at a time. Also checks
// that both give the same Article.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { benchDocuments, loadCorpus } from './corpus';
import { ROOT } from './bundle';
import { MB, median } from './stats';

async function bundleOf(root: string, outdir: string): Promise<string> {
  const file = path.join(outdir, 'engine.js');
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    charset: 'utf8',
    logLevel: 'warning',
    absWorkingDir: root,
    entryPoints: { engine: path.join(root, 'server/src/article/analyze.ts') },
    outdir,
  });
  return file;
}

/** A worker that loads one engine bundle, warms it on the corpus and times what it is asked to. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const engine = require(workerData.file);
const texts = workerData.texts;
for (let pass = 0; pass < 8; pass++) for (const t of workerData.corpus) engine.analyzeArticle(t);
parentPort.on('message', ({ doc, reps, fingerprint }) => {
  if (fingerprint) {
    const a = engine.analyzeArticle(texts[doc]);
    parentPort.postMessage(JSON.stringify(a));
    return;
  }
  const t0 = performance.now();
  for (let k = 0; k < reps; k++) engine.analyzeArticle(texts[doc]);
  parentPort.postMessage((performance.now() - t0) / reps);
});
parentPort.postMessage('ready');
`;

class Timed {
  private worker: Worker;
  private next: ((value: unknown) => void) | null = null;
  readonly ready: Promise<unknown>;
  constructor(file: string, texts: string[], corpus: string[]) {
    this.worker = new Worker(WORKER, { eval: true, workerData: { file, texts, corpus } });
    this.worker.on('message', (m) => this.next?.(m));
    this.worker.on('error', (err) => {
      console.error(`engine ${file}: ${err.message}`);
      process.exit(1);
    });
    this.ready = new Promise((resolve) => (this.next = resolve));
  }
  ask<T>(message: object): Promise<T> {
    return new Promise((resolve) => {
      this.next = resolve as (value: unknown) => void;
      this.worker.postMessage(message);
    });
  }
  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 15;
  const other = args[0];
  if (!other) throw new Error('usage: npm run bench:ab -- OTHER_ROOT [CORPUS_DIR] [--rounds N]');
  const corpusDir = args[1] ?? path.join(ROOT, '..', 'shared', 'corpus');
  const corpus = loadCorpus(corpusDir);
  const docs = benchDocuments(corpus);
  const texts = docs.map((d) => d.text);
  const results = path.join(ROOT, 'bench', 'results');
  const files = { other: await bundleOf(path.resolve(other), path.join(results, 'ab-other')), here: await bundleOf(ROOT, path.join(results, 'ab-here')) };
  const engines = { other: new Timed(files.other, texts, corpus.map((a) => a.text)), here: new Timed(files.here, texts, corpus.map((a) => a.text)) };
  // one warms while the other waits: each its own core would not be the measured situation
  await engines.other.ready;
  await engines.here.ready;
  for (let d = 0; d < docs.length; d++) {
    const [a, b] = [await engines.other.ask<string>({ doc: d, fingerprint: true }), await engines.here.ask<string>({ doc: d, fingerprint: true })];
    if (a !== b) console.log(`${docs[d].label}: the two engines give different Articles`);
  }
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    const reps = Math.max(1, Math.round(100_000 / doc.text.length));
    const times: Record<string, number[]> = { other: [], here: [] };
    for (let r = 0; r < rounds; r++) {
      for (const name of r % 2 ? (['here', 'other'] as const) : (['other', 'here'] as const)) times[name].push(await engines[name].ask<number>({ doc: d, reps }));
    }
    const o = median(times.other);
    const h = median(times.here);
    const mbs = (ms: number) => (doc.bytes / MB / (ms / 1000)).toFixed(1);
    console.log(`${doc.label.padEnd(22)} other ${o.toFixed(3).padStart(9)} ms (${mbs(o)} MB/s)  here ${h.toFixed(3).padStart(9)} ms (${mbs(h)} MB/s)  here/other ${(h / o).toFixed(3)}`);
  }
  await Promise.all([engines.other.stop(), engines.here.stop()]);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
