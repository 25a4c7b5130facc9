// A long document's parts read at the same time by the pool's readers and by this thread, then
// joined here. This thread reads one part at a time with `pause()` after each, so that it answers
// other messages meanwhile; it also reads whatever the pool could not (broken, or a part it refused),
// and, once nothing else is left, the parts still out at a reader (a reader just started reads
// slowly until its code is compiled): the first reading of a part is the one kept.
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
  let unread = waiting.length;
  const read = (job: PartJob, article: Article) => {
    if (job.article) return;
    partRead(job, article, cache);
    unread--;
  };
  // the readers take parts from the front, this thread from the back: they meet in the middle
  let next = 0;
  let last = waiting.length;
  /** parts handed to the readers and not answered yet, oldest first */
  const sent: PartJob[] = [];
  /** parts the pool gave back unread */
  const refused: PartJob[] = [];

  const dispatch = () => {
    while (pool && pool.usable && !stale() && next < last && sent.length < pool.size * PARTS_IN_FLIGHT_PER_READER) {
      const job = waiting[next++];
      sent.push(job);
      pool
        .read(job)
        .then(
          (article) => read(job, article),
          () => refused.push(job),
        )
        .finally(() => {
          sent.splice(sent.indexOf(job), 1);
          dispatch();
        });
    }
  };

  /**
   * A part sent to a reader and not answered, the last sent first (the least likely started): read
   * here once nothing else is left, so that the reading never waits on a slow, new or stuck reader
   * for longer than this thread would take to read the part itself.
   */
  const unanswered = (): PartJob | undefined => {
    for (let i = sent.length - 1; i >= 0; i--) if (!sent[i].article) return sent[i];
    return undefined;
  };

  dispatch();
  while (unread > 0) {
    if (stale()) return null;
    // every part not read yet is one of these three: this thread never waits on a reader
    const job = refused.pop() ?? (next < last ? waiting[--last] : undefined) ?? unanswered();
    if (!job) break;
    if (!job.article) read(job, readPart(job));
    await pause();
    dispatch();
  }
  if (stale()) return null;
  return finishParts(plan, cache);
}
