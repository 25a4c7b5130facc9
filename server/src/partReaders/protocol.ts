// What the main thread and a part reader (a worker thread) say to each other: a batch of parts to
// read (all the parts of a reading, sent once), and for each part its reading or why it could not be
// read, then that the reader is done with the batch. Who reads which part is settled in shared
// memory (PartClaims): the readers and the main thread each take the first part no one has taken,
// so that nobody waits for the other to hand out work and both sides finish together. The reading goes
// back in the compact form of article/parts/wire.ts (a structured clone of the Article costs the
// main thread more to receive than the part took to read a tenth of), without the part's text: the
// main thread has it already.
import type { AnalyzeOptions, Article, Language } from '../article/model';
import type { StructureReading } from '../article/structure';
import { fromWire, toWire, type WireReading } from '../article/parts/wire';

/** workerData of a part reader: how the entry file (dist/server.js) knows it runs as one */
export const PART_READER_ROLE = 'article-annotator-part-reader';

export interface BatchRequest {
  id: number;
  /** PartClaims.buffer: one word per part, and the word that says the batch is given up */
  claims: SharedArrayBuffer;
  /** the parts' texts and places, by index */
  texts: string[];
  readings: StructureReading[];
  /** each part's language (a long document may change language from part to part) */
  languages: Language[];
  options: AnalyzeOptions;
}

/** a part read (or not: `error`), or (`done`) that the reader takes no more parts of the batch */
export type BatchReply =
  | { id: number; index: number; reading: SentReading; error?: undefined; done?: undefined }
  | { id: number; index: number; reading?: undefined; error: string; done?: undefined }
  | { id: number; index?: undefined; reading?: undefined; error?: undefined; done: true };

/** a part free to take, taken by a reader, taken by the main thread */
export const FREE = 0;
export const BY_READER = 1;
export const BY_MAIN = 2;

/**
 * Who reads which part of a batch, in memory shared by the threads: each part is taken once, by
 * whoever swaps its word from FREE first; a last word, once set, says to take no more.
 */
export class PartClaims {
  private readonly words: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly parts = buffer.byteLength / Int32Array.BYTES_PER_ELEMENT - 1,
  ) {
    this.words = new Int32Array(buffer);
  }

  static forParts(parts: number): PartClaims {
    return new PartClaims(new SharedArrayBuffer((parts + 1) * Int32Array.BYTES_PER_ELEMENT));
  }

  /** True when `who` now has part `index` (no one had it). */
  take(index: number, who: typeof BY_READER | typeof BY_MAIN): boolean {
    return !this.givenUp && Atomics.compareExchange(this.words, index, FREE, who) === FREE;
  }

  takenBy(index: number): number {
    return Atomics.load(this.words, index);
  }

  /** no part is taken from now on */
  giveUp(): void {
    Atomics.store(this.words, this.parts, 1);
  }

  get givenUp(): boolean {
    return Atomics.load(this.words, this.parts) !== 0;
  }
}

/** a part's reading on its way: the wire form, or (what the wire form cannot carry) the Article without its text */
export type SentReading = { wire: WireReading } | { article: Omit<Article, 'text'> };

export function toSent(article: Article): SentReading {
  try {
    return { wire: toWire(article) };
  } catch {
    const { text: _text, ...rest } = article;
    return { article: rest };
  }
}

/** `text`: the part's text as the main thread keeps it (the cache's copy: rebuilt strings are slices of it) */
export function fromSent(reading: SentReading, text: string): Article {
  return 'wire' in reading ? fromWire(reading.wire, text) : { text, ...reading.article };
}
