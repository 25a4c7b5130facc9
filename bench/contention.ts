// How much two readings running at once slow each other on this machine: the 5 MB document read on
// one thread by one worker alone, then by two workers at the same time. The two cores share their
// last-level cache and memory, so each of two readings takes longer than one alone; the ratio bounds
// what two threads can gain (at best 2 ÷ ratio times one thread), whatever the engine does.
import { Worker } from 'node:worker_threads';
import { median } from './stats';

export interface ContentionRow {
  /** median ms of one reading, one worker alone */
  aloneMs: number;
  /** median ms of one reading, each of two workers reading at once */
  togetherMs: number;
  /** togetherMs ÷ aloneMs */
  ratio: number;
  /** readings timed per worker */
  runs: number;
}

/** The worker: reads `text` with the engine bundle at `engine` until its times settle, then `runs` times timed. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { analyzeArticle } = require(workerData.engine);
parentPort.once('message', () => {
  // warm-up: at least 4 readings and 1.5 s, so that V8 has compiled the reading code
  const start = performance.now();
  for (let i = 0; i < 4 || performance.now() - start < 1500; i++) analyzeArticle(workerData.text);
  parentPort.postMessage('warm');
  parentPort.once('message', () => {
    const times = [];
    for (let i = 0; i < workerData.runs; i++) {
      const t0 = performance.now();
      analyzeArticle(workerData.text);
      times.push(performance.now() - t0);
    }
    parentPort.postMessage(times);
  });
});
`;

/** Starts `n` workers, warms them one after the other... then times them all at once. */
async function timeTogether(n: number, engine: string, text: string, runs: number): Promise<number[]> {
  const workers = Array.from({ length: n }, () => new Worker(WORKER, { eval: true, workerData: { engine, text, runs } }));
  try {
    const next = (w: Worker) =>
      new Promise<unknown>((resolve, reject) => {
        w.once('message', resolve);
        w.once('error', reject);
      });
    // warmed one at a time (a warm-up beside another's would not change what is timed, but takes longer)
    for (const w of workers) {
      const warm = next(w);
      w.postMessage('go');
      await warm;
    }
    const answers = workers.map(next);
    for (const w of workers) w.postMessage('time');
    const times = (await Promise.all(answers)) as number[][];
    return times.flat();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function benchContention(engineBundle: string, text: string, runs: number): Promise<ContentionRow> {
  const aloneMs = median(await timeTogether(1, engineBundle, text, runs));
  const togetherMs = median(await timeTogether(2, engineBundle, text, runs));
  return { aloneMs, togetherMs, ratio: togetherMs / aloneMs, runs };
}
