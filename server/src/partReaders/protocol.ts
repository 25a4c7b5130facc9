// What the main thread and a part reader (a worker thread) say to each other: a part to read, and
// its reading or why it could not be read. The reading goes back in the compact form of
// article/parts/wire.ts (a structured clone of the Article costs the main thread more to receive
// than the part took to read a tenth of), without the part's text: the main thread has it already.
import type { AnalyzeOptions, Article, Language } from '../article/model';
import type { StructureReading } from '../article/structure';
import { fromWire, toWire, type WireReading } from '../article/parts/wire';

/** workerData of a part reader: how the entry file (dist/server.js) knows it runs as one */
export const PART_READER_ROLE = 'article-annotator-part-reader';

export interface PartRequest {
  id: number;
  text: string;
  language: Language;
  options: AnalyzeOptions;
  reading: StructureReading;
}

export type PartReply = { id: number; reading: SentReading; error?: undefined } | { id: number; reading?: undefined; error: string };

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
