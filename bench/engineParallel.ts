// The 5 MB document read as the server reads it: parts on worker threads (partReaders/) and on the
// main thread, joined there. Wall time per reading, each with an empty part cache (as analyzeArticle without one).
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
    const samples = await timeRunsAsync(read, 2, runs);
    const ms = median(samples);
    return {
      label: `${doc.label}, main thread + ${pool.size} part reader${pool.size === 1 ? '' : 's'}`,
      readers: pool.size,
      bytes: doc.bytes,
      runs: samples.length,
      medianMs: ms,
      mbPerSecond: doc.bytes / MB / (ms / 1000),
      msPerKb: ms / (doc.bytes / KB),
      sameArticle,
    };
  } finally {
    await pool.close();
  }
}
