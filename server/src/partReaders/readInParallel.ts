// A long document's parts read at the same time by the pool's readers and by this thread, then
// joined here. This thread reads one part at a time with `pause()` after each, so that it answers
// other messages meanwhile; it also reads whatever the pool could not (broken, or a part it refused).
import { finishParts, partRead, readPart, type PartCache, type PartJob, type PartPlan } from '../article/analyze';
import type { Article } from '../article/model';
import { PARTS_IN_FLIGHT_PER_READER, type PartReaderPool } from './pool';

/**
 * The Article of a planned long document; null when `stale()` turned true first (the parts read so
 * far stay in the cache for the next version).
 */
export async function readPartsInParallel(plan: PartPlan, cache: PartCache, pool: PartReaderPool | null, stale: () => boolean, pause: () => Promise<void>): Promise<Article | null> {
  const waiting = plan.jobs.filter((job) => !job.article);
  // one part to read (a keystroke): quicker here than sent away and back
  if (waiting.length < 2) pool = null;
  // the readers take parts from the front, this thread from the back: they meet in the middle,
  // and neither waits long for the other at the end
  let next = 0;
  let last = waiting.length;
  let inFlight = 0;
  /** parts the pool gave back unread */
  const refused: PartJob[] = [];
  /** resolves the wait below when a reader answers */
  let answered: (() => void) | null = null;

  const dispatch = () => {
    while (pool && pool.usable && !stale() && next < last && inFlight < pool.size * PARTS_IN_FLIGHT_PER_READER) {
      const job = waiting[next++];
      inFlight++;
      pool
        .read(job)
        .then(
          (article) => partRead(job, article, cache),
          () => refused.push(job),
        )
        .finally(() => {
          inFlight--;
          dispatch();
          answered?.();
        });
    }
  };

  dispatch();
  for (;;) {
    if (stale()) return null;
    const job = refused.pop() ?? (next < last ? waiting[--last] : undefined);
    if (job) {
      if (!job.article) partRead(job, readPart(job), cache);
      await pause();
      dispatch();
      continue;
    }
    if (inFlight === 0) break;
    await new Promise<void>((resolve) => (answered = resolve));
    answered = null;
  }
  return finishParts(plan, cache);
}
