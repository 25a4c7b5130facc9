// `npm run bench [-- CORPUS_DIR] [--only engine,server,peers] [--record]`
// Measures the engine, the bundled server and the peer linters in one run, prints one table and
// writes it as JSON to bench/results/ (git-ignored); --record also writes bench/latest.json.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchDocuments, concatenate, loadCorpus } from './corpus';
import { benchEngine, type EngineResult } from './engine';
import { benchParallel } from './engineParallel';
import { benchContention } from './contention';
import type { Article } from '../server/src/article/model';
import { benchPeers, type PeersResult } from './peers';
import { benchServer, type ServerResult } from './server';
import { buildServerBundle, loadEngineBundle, ROOT } from './bundle';
import { checkTargets, renderTable, type TargetCheck } from './report';

export interface BenchResult {
  date: string;
  machine: { cores: number; cpu: string; node: string; platform: string; memoryGb: number; loadAverageStart: number[]; loadAverageEnd: number[] };
  corpus: { dir: string; articles: number; bytes: number };
  engine?: EngineResult;
  server?: ServerResult;
  peers?: PeersResult;
  bundle?: { bytes: number; largest: { input: string; bytes: number }[] };
  targets?: TargetCheck[];
  durationSeconds: number;
}

const SECTIONS = ['engine', 'server', 'peers'] as const;

function parseArgs(argv: string[]) {
  let corpusDir = path.resolve(ROOT, '..', 'shared', 'corpus');
  let only: Set<string> = new Set(SECTIONS);
  let record = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') only = new Set(String(argv[++i] ?? '').split(','));
    else if (a === '--record') record = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else corpusDir = path.resolve(a);
  }
  return { corpusDir, only, record };
}

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const corpus = loadCorpus(args.corpusDir);
  const docs = benchDocuments(corpus);
  const cpus = os.cpus();
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus.length,
      cpu: cpus[0]?.model ?? '?',
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverageStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
      loadAverageEnd: [],
    },
    corpus: { dir: args.corpusDir, articles: corpus.length, bytes: corpus.reduce((s, a) => s + a.bytes, 0) },
    durationSeconds: 0,
  };
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  const bundleDir = path.join(ROOT, 'bench', 'results', 'dist');
  const { analyzeArticle, bundlePath: engineBundle } = await loadEngineBundle(bundleDir, true);
  const analyze = (text: string) => analyzeArticle(text);

  log('server bundle…');
  const bundle = await buildServerBundle(bundleDir);
  if (args.only.has('engine')) {
    log('engine…');
    let largest = null as Article | null;
    result.engine = benchEngine(analyze, docs, corpus, 2000, (a) => (largest = a));
    log('engine on part readers…');
    result.engine.parallel = await benchParallel(docs[docs.length - 1], largest!, bundle.path, bundleDir, 15);
    log('engine, two readings at once…');
    result.engine.contention = await benchContention(engineBundle, docs[docs.length - 1].text, 9);
  }
  if (args.only.has('server')) {
    result.bundle = { bytes: bundle.bytes, largest: bundle.largest };
    log('server…');
    // the language the 5 MB document opens in (read here when the engine section did not run: with
    // `--only server` the 5 KB rows had measured the 100-article document, which has no language)
    const largeLanguage = result.engine?.largeLanguage ?? analyze(docs[docs.length - 1].text).language;
    result.server = await benchServer({
      serverPath: bundle.path,
      // the 5 KB article in the language the 5 MB document opens in
      small: docs.find((d) => d.articles === 1 && d.language === largeLanguage) ?? docs[0],
      medium: concatenate(corpus, '1 MB document', { minBytes: 1024 * 1024 }),
      large: docs[docs.length - 1],
      corpus,
      requests: 300,
      coldStarts: 7,
      openDocuments: 500,
      largeKeystrokes: 10,
      largeFindings: result.engine ? Object.entries(result.engine.findings).filter(([k]) => !['quotes', 'speakers', 'paragraphs'].includes(k)).reduce((n, [, v]) => n + v, 0) : null,
    });
  }
  if (args.only.has('peers')) {
    log('peers…');
    result.peers = await benchPeers(analyze, corpus, 5);
  }
  result.machine.loadAverageEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  result.durationSeconds = Math.round((performance.now() - started) / 100) / 10;
  result.targets = checkTargets(result);

  const m = result.machine;
  console.log(`Article Annotator benchmark — ${result.date}`);
  console.log(`${m.cores} cores, ${m.cpu}, Node ${m.node}, ${m.platform}, ${m.memoryGb} GB; load average ${m.loadAverageStart.join(' ')} → ${m.loadAverageEnd.join(' ')}`);
  const load = Math.max(m.loadAverageStart[0], m.loadAverageEnd[0]);
  if (load > m.cores) console.log(`WARNING: the machine was busy (load average ${load} on ${m.cores} cores): wall times are inflated (the JSON also has process CPU time per engine run). Re-run on an idle machine.`);
  console.log(`corpus: ${result.corpus.articles} articles, ${Math.round(result.corpus.bytes / 1024)} KB from ${result.corpus.dir}; KB = 1024 B, MB = 1024 KB; medians after warm-up`);
  console.log('');
  console.log(renderTable(result));
  console.log('');

  const outDir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(result, null, 2) + '\n';
  const file = path.join(outDir, `bench-${result.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(outDir, 'latest.json'), json);
  if (args.record) fs.writeFileSync(path.join(ROOT, 'bench', 'latest.json'), json);
  console.log(`written ${path.relative(ROOT, file)}${args.record ? ' and bench/latest.json' : ''} (${result.durationSeconds} s)`);
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error)?.message ?? err}`);
  process.exit(1);
});
