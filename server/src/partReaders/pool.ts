// Worker threads that read the parts of long documents, so that every core reads parts at the same
// time (the main thread too, between the messages it answers). Started on the first long
// document, not before: a user who never opens one pays nothing. A reader that fails or dies
// breaks the pool for good; the caller then reads its parts itself, as before there were readers.
import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import type { Article } from '../article/model';
import type { PartJob } from '../article/analyze';
import { fromSent, PART_READER_ROLE, type PartReply, type PartRequest } from './protocol';

interface Pending {
  text: string;
  resolve: (article: Article) => void;
  reject: (err: Error) => void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Parts kept in flight per reader: one being read, the others queued, so that it has work while the
 * main thread, busy reading a part of its own, cannot hand it more; few, so that little is left
 * queued when the rest is done or the version goes stale.
 */
export const PARTS_IN_FLIGHT_PER_READER = 3;
/** far above what reading a part needs (a few MB), far below what would hurt the machine */
const READER_HEAP_MB = 1024;

/**
 * One reader per core besides the main thread's (it reads parts too), up to four: a part takes
 * milliseconds, more threads would only add start-up and memory. ARTICLE_ANNOTATOR_PART_READERS=N
 * overrides it; 0 reads every part on the main thread.
 */
export function defaultReaderCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.ARTICLE_ANNOTATOR_PART_READERS ?? '', 10);
  if (Number.isInteger(asked) && asked >= 0) return Math.min(asked, 16);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(4, cores - 1));
}

export class PartReaderPool {
  private readers: Reader[] = [];
  private nextId = 1;
  private answers = 0;
  /** why the pool stopped, once it has */
  private brokenBy: string | null = null;

  /**
   * `script`: the file the workers run (the entry file itself: it serves parts when it sees it runs
   * as a part reader). `onBroken` hears once why the pool stopped.
   */
  constructor(
    private readonly script: string,
    readonly size: number = defaultReaderCount(),
    private readonly onBroken: (reason: string) => void = () => undefined,
    /** a reader's heap limit: one that reaches it is stopped alone (without a limit of its own it would abort the process) */
    private readonly heapMb: number = READER_HEAP_MB,
  ) {}

  get usable(): boolean {
    return this.brokenBy === null && this.size > 0;
  }

  get broken(): string | null {
    return this.brokenBy;
  }

  /** Parts the readers have read so far. */
  get partsRead(): number {
    return this.answers;
  }

  /** Parts sent to the readers and not answered yet. */
  get partsOut(): number {
    let n = 0;
    for (const r of this.readers) n += r.pending.size;
    return n;
  }

  /** Readers running now (started on demand, up to `size`). */
  get running(): number {
    return this.readers.length;
  }

  /** Reads one part on the least busy reader. Rejects when the reader fails: read it yourself then. */
  read(job: PartJob): Promise<Article> {
    if (!this.usable) return Promise.reject(new Error(this.brokenBy ?? 'no part readers'));
    let reader: Reader;
    try {
      reader = this.leastBusy();
    } catch (err) {
      this.breakDown(`could not start a part reader: ${(err as Error).message}`);
      return Promise.reject(err as Error);
    }
    const id = this.nextId++;
    const request: PartRequest = { id, text: job.text, language: job.language, options: job.options, reading: job.reading };
    return new Promise<Article>((resolve, reject) => {
      reader.pending.set(id, { text: job.text, resolve, reject });
      reader.worker.ref();
      reader.worker.postMessage(request);
    });
  }

  /**
   * Stops the readers running now, to give their memory back (no long document left open); the
   * next part starts them again. What they were reading is rejected (read it yourself).
   */
  async stopReaders(): Promise<void> {
    const readers = this.readers;
    this.readers = [];
    for (const r of readers) this.fail(r, new Error('part readers stopped'));
    await Promise.all(readers.map((r) => r.worker.terminate().catch(() => undefined)));
  }

  /** Stops every reader for good; what they were reading is rejected. */
  async close(): Promise<void> {
    const readers = this.readers;
    this.readers = [];
    this.brokenBy ??= 'closed';
    for (const r of readers) this.fail(r, new Error('part readers closed'));
    await Promise.all(readers.map((r) => r.worker.terminate().catch(() => undefined)));
  }

  private leastBusy(): Reader {
    if (this.readers.length < this.size && this.readers.every((r) => r.pending.size > 0)) return this.start();
    let best = this.readers[0];
    for (const r of this.readers) if (r.pending.size < best.pending.size) best = r;
    return best;
  }

  private start(): Reader {
    const worker = new Worker(this.script, { workerData: { role: PART_READER_ROLE }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb }, stdout: false, stderr: false });
    const reader: Reader = { worker, pending: new Map() };
    // an idle reader does not keep a process (the CLI) alive
    worker.unref();
    worker.on('message', (reply: PartReply) => this.answered(reader, reply));
    worker.on('error', (err) => this.breakDown(`a part reader failed: ${err.message}`));
    worker.on('exit', (code) => {
      if (this.readers.includes(reader)) this.breakDown(`a part reader stopped (exit code ${code})`);
    });
    this.readers.push(reader);
    return reader;
  }

  private answered(reader: Reader, reply: PartReply): void {
    const pending = reader.pending.get(reply.id);
    if (!pending) return;
    reader.pending.delete(reply.id);
    if (reader.pending.size === 0) reader.worker.unref();
    if (reply.reading) {
      this.answers++;
      pending.resolve(fromSent(reply.reading, pending.text));
    }
    else pending.reject(new Error(reply.error ?? 'the part reader gave no reading'));
  }

  private breakDown(reason: string): void {
    if (this.brokenBy !== null) return;
    this.brokenBy = reason;
    const readers = this.readers;
    this.readers = [];
    for (const r of readers) {
      this.fail(r, new Error(reason));
      void r.worker.terminate().catch(() => undefined);
    }
    this.onBroken(reason);
  }

  private fail(reader: Reader, err: Error): void {
    for (const p of reader.pending.values()) p.reject(err);
    reader.pending.clear();
  }
}
