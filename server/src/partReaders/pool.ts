// Worker threads that read the parts of long documents, so that every core reads parts at the same
// time (the main thread too, between the messages it answers). Started on the first long
// document, not before: a user who never opens one pays nothing. A reader that fails or dies
// breaks the pool for good; the caller then reads its parts itself, as before there were readers.
import { Worker } from 'node:worker_threads';
import * as os from 'node:os';
import type { Article } from '../article/model';
import { ownPartText, type PartJob } from '../article/analyze';
import { BY_MAIN, BY_READER, FREE, fromSent, PART_READER_ROLE, PartClaims, type BatchReply, type BatchRequest } from './protocol';

/** What the caller of readBatch hears of its parts, by index in the batch. */
export interface BatchListener {
  /** a reader read the part */
  read(index: number, article: Article): void;
  /** a reader took the part and could not read it: read it yourself */
  refused(index: number): void;
}

/**
 * The parts of one reading, sent to every reader at once: the readers and the caller (takeHere)
 * take them in order, each part once.
 */
export class PartBatch {
  readonly #claims: PartClaims;
  readonly #answered: Uint8Array;
  /** readers that may still answer */
  #readersLeft = 0;
  #wake: (() => void) | null = null;
  /** answers and readers gone so far: it changes when there is news for the caller */
  news = 0;

  readonly #jobs: readonly PartJob[];
  readonly #listener: BatchListener;
  constructor(
    readonly id: number,
    jobs: readonly PartJob[],
    listener: BatchListener,
  ) {
    this.#jobs = jobs;
    this.#listener = listener;
    this.#claims = PartClaims.forParts(jobs.length);
    this.#answered = new Uint8Array(jobs.length);
  }

  /** True when part `index` is the caller's to read (no reader took it). */
  takeHere(index: number): boolean {
    return this.#claims.take(index, BY_MAIN);
  }

  /** No reader will answer any more (all done with the batch, or gone). */
  get over(): boolean {
    return this.#readersLeft === 0;
  }

  /** Parts not taken yet, and parts a reader took and has not answered. */
  get out(): number {
    if (this.over) return 0;
    let n = 0;
    for (let i = 0; i < this.#jobs.length; i++) {
      const by = this.#claims.takenBy(i);
      if (by === BY_READER ? !this.#answered[i] : by === FREE && !this.#claims.givenUp) n++;
    }
    return n;
  }

  /** Resolves at a reader's next answer, once no reader is left, or after `ms`, whichever comes first. */
  nextAnswer(ms: number): Promise<void> {
    if (this.over) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#wake = null;
        resolve();
      }, ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** The readers take no more parts (every part is read, or the version went stale). */
  giveUp(): void {
    this.#claims.giveUp();
  }

  request(): BatchRequest {
    const first = this.#jobs[0];
    return {
      id: this.id,
      claims: this.#claims.buffer,
      texts: this.#jobs.map((job) => job.text),
      readings: this.#jobs.map((job) => job.reading),
      languages: this.#jobs.map((job) => job.language),
      options: first.options,
    };
  }

  /** a reader more to hear from */
  sentToReader(): void {
    this.#readersLeft++;
  }

  /** False once the reader is done with the batch. */
  answer(reply: BatchReply): boolean {
    if (reply.index === undefined) this.readerGone();
    else if (!this.#answered[reply.index]) {
      this.#answered[reply.index] = 1;
      // (the reading's strings are slices of the text it is given: of the part's own copy, not of the document)
      if (reply.reading) this.#listener.read(reply.index, fromSent(reply.reading, ownPartText(this.#jobs[reply.index])));
      else this.#listener.refused(reply.index);
    }
    this.#wakeUp();
    return reply.index !== undefined;
  }

  /** the reader is done with the batch or gone (what it took and did not answer is the caller's to read) */
  readerGone(): void {
    this.#readersLeft--;
    this.#wakeUp();
  }

  #wakeUp(): void {
    this.news++;
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }
}

interface Reader {
  worker: Worker;
  /** batches sent to it that it is not done with, by id */
  pending: Map<number, PartBatch>;
}

/** far above what reading a part needs (a few MB), far below what would hurt the machine */
const READER_HEAP_MB = 1024;
/**
 * A reader allocates fast and briefly: with a young generation this large (the default is 48 MB)
 * most of a part's garbage dies before a scavenge sees it, and the reader spends ~2.5× less time in
 * its garbage collector (measured on the 5 MB document: 96 MB gains most of it, 256 MB no more).
 */
const READER_YOUNG_GENERATION_MB = 128;

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
  #readers: Reader[] = [];
  #nextId = 1;
  #answers = 0;
  /** why the pool stopped, once it has */
  #brokenBy: string | null = null;

  readonly #script: string;
  readonly #onBroken: (reason: string) => void;
  readonly #heapMb: number;

  /**
   * `script`: the file the workers run (the entry file itself: it serves parts when it sees it runs
   * as a part reader). `onBroken` hears once why the pool stopped.
   */
  constructor(
    script: string,
    readonly size: number = defaultReaderCount(),
    onBroken: (reason: string) => void = () => undefined,
    /** a reader's heap limit: one that reaches it is stopped alone (without a limit of its own it would abort the process) */
    heapMb: number = READER_HEAP_MB,
  ) {
    this.#script = script;
    this.#onBroken = onBroken;
    this.#heapMb = heapMb;
  }

  get usable(): boolean {
    return this.#brokenBy === null && this.size > 0;
  }

  get broken(): string | null {
    return this.#brokenBy;
  }

  /** Parts the readers have read so far. */
  get partsRead(): number {
    return this.#answers;
  }

  /** Parts sent to the readers that they may still read or answer. */
  get partsOut(): number {
    const batches = new Set<PartBatch>();
    for (const r of this.#readers) for (const b of r.pending.values()) batches.add(b);
    let n = 0;
    for (const b of batches) n += b.out;
    return n;
  }

  /** Readers running now (started on the first batch). */
  get running(): number {
    return this.#readers.length;
  }

  /**
   * Sends the parts to every reader (starting them on the first batch); null when the pool cannot
   * read (broken, closed, no readers): read them yourself then. What the readers take and read, or
   * refuse, the listener hears; what they take and never answer (a reader gone), the caller reads.
   */
  readBatch(jobs: readonly PartJob[], listener: BatchListener): PartBatch | null {
    if (!this.usable || jobs.length === 0) return null;
    try {
      while (this.#readers.length < this.size) this.#start();
    } catch (err) {
      this.#breakDown(`could not start a part reader: ${(err as Error).message}`);
      return null;
    }
    const batch = new PartBatch(this.#nextId++, jobs, {
      read: (index, article) => {
        this.#answers++;
        listener.read(index, article);
      },
      refused: (index) => listener.refused(index),
    });
    const request = batch.request();
    for (const reader of this.#readers) {
      reader.pending.set(batch.id, batch);
      batch.sentToReader();
      reader.worker.ref();
      reader.worker.postMessage(request);
    }
    return batch;
  }

  /**
   * Stops the readers running now, to give their memory back (no long document left open); the
   * next batch starts them again. What they took and did not answer is the caller's to read.
   */
  async stopReaders(): Promise<void> {
    const readers = this.#readers;
    this.#readers = [];
    for (const r of readers) this.#fail(r);
    await Promise.all(readers.map((r) => r.worker.terminate().catch(() => undefined)));
  }

  /** Stops every reader for good; what they took and did not answer is the caller's to read. */
  async close(): Promise<void> {
    const readers = this.#readers;
    this.#readers = [];
    this.#brokenBy ??= 'closed';
    for (const r of readers) this.#fail(r);
    await Promise.all(readers.map((r) => r.worker.terminate().catch(() => undefined)));
  }

  #start(): Reader {
    const worker = new Worker(this.#script, { workerData: { role: PART_READER_ROLE }, resourceLimits: { maxOldGenerationSizeMb: this.#heapMb, maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB }, stdout: false, stderr: false });
    const reader: Reader = { worker, pending: new Map() };
    // an idle reader does not keep a process (the CLI) alive
    worker.unref();
    worker.on('message', (reply: BatchReply) => this.#answered(reader, reply));
    worker.on('error', (err) => this.#breakDown(`a part reader failed: ${err.message}`));
    worker.on('exit', (code) => {
      if (this.#readers.includes(reader)) this.#breakDown(`a part reader stopped (exit code ${code})`);
    });
    this.#readers.push(reader);
    return reader;
  }

  #answered(reader: Reader, reply: BatchReply): void {
    const batch = reader.pending.get(reply.id);
    if (!batch || batch.answer(reply)) return;
    reader.pending.delete(reply.id);
    if (reader.pending.size === 0) reader.worker.unref();
  }

  #breakDown(reason: string): void {
    if (this.#brokenBy !== null) return;
    this.#brokenBy = reason;
    const readers = this.#readers;
    this.#readers = [];
    for (const r of readers) {
      this.#fail(r);
      void r.worker.terminate().catch(() => undefined);
    }
    this.#onBroken(reason);
  }

  /** The reader answers no more: its batches go on without it. */
  #fail(reader: Reader): void {
    for (const batch of reader.pending.values()) batch.readerGone();
    reader.pending.clear();
  }
}
