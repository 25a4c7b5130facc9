// The 5 MB document read as the server reads it: parts on worker threads (partReaders/) and on the
// main thread, joined there. Wall time per reading, each with an empty part cache (as analyzeArticle without one).
// Warmed as a server that has been running is: the part readers start cold (new threads) and this
// thread's part-reading code is a bundle of its own, so both are read with until the times settle.
import { isDeepStrictEqual } from 'node:util';
import type { Article } from '../server/src/article/model';
import type { BenchDocument } from './corpus';
import { loadPartReadersBundle } from './bundle';
import { KB, MB, median, timeRunsAsync } from './stats';

export interface ParallelRow {
  label: string;
  readers: number;
  bytes: number;
  runs: number;
  /** untimed readings before the timed ones (warmUp) */
  warmups: number;
  medianMs: number;
  mbPerSecond: number;
  msPerKb: number;
  /** the Article equals the one-thread reading (analyzeArticle) */
  sameArticle: boolean;
}

export async function benchParallel(doc: BenchDocument, oneThread: Article, serverBundle: string, outdir: string, runs: number): Promise<ParallelRow> {
  const P = await loadPartReadersBundle(outdir);
  const pool = new P.PartReaderPool(serverBundle);
  try {
    const read = async (): Promise<Article> => {
      const cache = new P.PartCache();
      const plan = P.planLongDocument(doc.text, {}, cache);
      if (!plan) throw new Error(`${doc.label} is not read in parts`);
      const article = await P.readPartsInParallel(plan, cache, pool, () => false, () => new Promise((resolve) => setImmediate(resolve)));
      if (!article || pool.broken) throw new Error(`the part readers failed: ${pool.broken ?? 'no reading'}`);
      return article;
    };
    const sameArticle = isDeepStrictEqual(await read(), oneThread);
    const warmups = await warmUp(read);
    const samples = await timeRunsAsync(read, 0, runs);
    const ms = median(samples);
    return {
      label: `${doc.label}, main thread + ${pool.size} part reader${pool.size === 1 ? '' : 's'}`,
      readers: pool.size,
      bytes: doc.bytes,
      runs: samples.length,
      warmups,
      medianMs: ms,
      mbPerSecond: doc.bytes / MB / (ms / 1000),
      msPerKb: ms / (doc.bytes / KB),
      sameArticle,
    };
  } finally {
    await pool.close();
  }
}

/** Fewest and most untimed readings, and the least time they take. */
const WARMUP_READINGS = { least: 6, most: 30 };
const WARMUP_MS = 3000;

/**
 * Reads until V8 has compiled both threads' reading code: measured on the 5 MB document, a cold
 * pair of threads reads it in about 1.7 s, then 0.7, 0.5, 0.4, … and settles from the sixth to
 * eighth reading on (the median of readings 3–11, the timed ones before this warm-up, came out
 * up to 10 % above the settled one). Returns how many readings it took.
 */
async function warmUp(read: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  let n = 0;
  while (n < WARMUP_READINGS.most && (n < WARMUP_READINGS.least || performance.now() - start < WARMUP_MS)) {
    await read();
    n++;
  }
  return n;
}
