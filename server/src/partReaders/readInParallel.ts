// A long document's parts read at the same time by the pool's readers and by this thread, then
// joined here. The readers get every part to read at once; they and this thread each take the first
// part no one has taken, this thread one at a time with `pause()` after each, so that it answers
// other messages meanwhile: neither side waits for the other to hand out work, both finish together,
// and the parts read so far form a prefix that this thread joins as it goes (not all at the end).
// This thread also reads what the pool could not (broken, or a part it refused) and, at the end, a
// part a reader is still reading once it has waited as long as reading it here would take (a reader
// just started reads slowly until its code is compiled): the first reading of a part is the one kept.
import { finishParts, mergeReadParts, partRead, readPlannedPart, type PartCache, type PartJob, type PartPlan } from '../article/analyze';
import type { Article } from '../article/model';
import type { PartBatch, PartReaderPool } from './pool';

/**
 * The Article of a planned long document; null when `stale()` turned true first (the parts read so
 * far stay in the cache for the next version).
 */
export async function readPartsInParallel(plan: PartPlan, cache: PartCache, pool: PartReaderPool | null, stale: () => boolean, pause: () => Promise<void>): Promise<Article | null> {
  const waiting = plan.jobs.filter((job) => !job.article);
  let unread = waiting.length;
  const read = (job: PartJob, article: Article) => {
    if (job.article) return;
    partRead(job, article, cache);
    unread--;
  };
  /** parts the readers took and gave back unread */
  const refused: PartJob[] = [];
  // one part to read (a keystroke): quicker here than sent away and back
  const batch = waiting.length < 2 ? null : (pool?.readBatch(waiting, { read: (i, article) => read(waiting[i], article), refused: (i) => refused.push(waiting[i]) }) ?? null);
  const here = new ReadingHere();
  /** waiting[next] is the first part this thread has not looked at */
  let next = 0;
  const takeNext = (): PartJob | undefined => {
    while (next < waiting.length) {
      const index = next++;
      if (!batch || batch.takeHere(index)) return waiting[index];
    }
    return undefined;
  };

  while (unread > 0) {
    if (stale()) break;
    mergeReadParts(plan);
    const job = refused.pop() ?? takeNext() ?? (await aReadersPart(batch, waiting, here));
    if (!job) continue;
    if (!job.article) read(job, here.read(job));
    await pause();
  }
  batch?.giveUp();
  if (stale()) return null;
  return finishParts(plan, cache);
}

/**
 * Once every part is taken: a part a reader took and has not answered, to read here when the
 * reader has not answered within the time this thread would take to read it (or is gone);
 * undefined when a reader answered meanwhile.
 */
async function aReadersPart(batch: PartBatch | null, waiting: PartJob[], here: ReadingHere): Promise<PartJob | undefined> {
  const job = waiting.find((j) => !j.article);
  if (!job || !batch || batch.over) return job;
  const news = batch.news;
  await batch.nextAnswer(here.msFor(job));
  return batch.news === news ? job : undefined;
}

/** This thread's readings, timed: how long it takes here to read a part. */
class ReadingHere {
  #ms = 0;
  #chars = 0;

  read(job: PartJob): Article {
    const start = performance.now();
    const article = readPlannedPart(job);
    this.#ms += performance.now() - start;
    this.#chars += job.text.length;
    return article;
  }

  /** about how long reading `job` here takes (0 before a first reading) */
  msFor(job: PartJob): number {
    return this.#chars === 0 ? 0 : (this.#ms / this.#chars) * job.text.length;
  }
}
