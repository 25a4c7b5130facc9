// A long document read part by part (split.ts), each part with a few paragraphs of context before
// it, and the readings joined into one Article (merge.ts). In three steps, so that the parts can be
// read here one after the other (readInParts) or elsewhere at the same time, with pauses and a
// stale version given up (the server's partReaders/): plan, read each part not cached, finish.
import type { AnalyzeOptions, Article, Language } from '../model';
import { computeLineStarts, flatCopy } from '../text';
import { languageFor } from '../languages';
import { readPartOfDocument } from '../readWhole';
import type { StructureReading } from '../structure';
import { splitIntoParts, type PartBounds } from './split';
import { PartMerger } from './merge';
import type { PartCache } from './partCache';

/** One part to read: its text (with its context) and how; `article` once read or found in the cache. */
export interface PartJob {
  /** the cache key besides the text: language, place (first, last), context length, options */
  key: string;
  /** a slice of the document until ownPartText copies it (`own`) */
  text: string;
  own: boolean;
  language: Language;
  options: AnalyzeOptions;
  reading: StructureReading;
  article: Article | undefined;
}

export interface PartPlan {
  text: string;
  language: Language;
  lineStarts: number[];
  bounds: PartBounds[];
  /** one per part, in order */
  jobs: PartJob[];
  /** the parts joined so far (a prefix of jobs) */
  merger: PartMerger;
}

/**
 * The parts of `text` (whose language is `language`), each with its reading from the cache (if
 * any) when its text and place are unchanged. Unless the options force a language, each part is
 * read in the language its own text is written in: a long document may gather articles of both.
 */
export function planParts(text: string, language: Language, options: AnalyzeOptions, cache: PartCache | null): PartPlan {
  const lineStarts = computeLineStarts(text);
  const bounds = splitIntoParts(text, lineStarts);
  const credits = JSON.stringify(options.extraCredits ?? []);
  const forced = options.language !== undefined && options.language !== 'auto';
  const jobs = bounds.map((b, i): PartJob => {
    const first = i === 0;
    const last = i === bounds.length - 1;
    const slice = text.slice(b.contextStart, b.end);
    // (the split saw each part's language; a part none of whose paragraphs showed one is read for it)
    const partLanguage = b.language !== null && !forced ? b.language : languageFor(slice, options);
    const key = `${partLanguage}|${first}|${last}|${b.start - b.contextStart}|${credits}`;
    const kept = cache?.find(key, slice);
    if (kept && cache) cache.keep(key, kept.text, kept.article);
    // (a part found keeps the cache's copy; a part to read is copied when it is read: ownPartText)
    // the headline is the document's first line, the source line its last one of that kind
    return { key, text: kept ? kept.text : slice, own: !!kept, language: partLanguage, options, reading: { headline: first, sourceLine: last }, article: kept?.article };
  });
  return { text, language, lineStarts, bounds, jobs, merger: new PartMerger(text, language, lineStarts) };
}

/**
 * The part's text as a string of its own, copied from the document once: a slice would keep this
 * whole version of the document alive as long as the part is cached, and every character read
 * through it costs an indirection. Copied when the part is read here or its reading arrives from a
 * reader, not in the plan: the readers, who get the slices (a message copies them anyway), wait for the plan.
 */
export function ownPartText(job: PartJob): string {
  if (!job.own) {
    job.text = flatCopy(job.text);
    job.own = true;
  }
  return job.text;
}

/** Reads one part (the same reading wherever it runs). */
export function readPart(job: Pick<PartJob, 'text' | 'language' | 'options' | 'reading'>): Article {
  return readPartOfDocument(job.text, job.language, job.options, job.reading);
}

/** Reads a part of the plan here, from its own copy of the text. */
export function readPlannedPart(job: PartJob): Article {
  ownPartText(job);
  return readPart(job);
}

/** A part read: kept for the next version (also when this one is given up before the end). */
export function partRead(job: PartJob, article: Article, cache: PartCache): void {
  job.article = article;
  cache.keep(job.key, ownPartText(job), article);
}

/** Joins the parts read so far that follow those joined already (the join goes in order). */
export function mergeReadParts(plan: PartPlan): void {
  const { jobs, bounds, merger } = plan;
  for (let i = merger.count; i < jobs.length; i = merger.count) {
    const article = jobs[i].article;
    if (!article) return;
    merger.add({ bounds: bounds[i], article });
  }
}

/** Once every part is read: the cache keeps only what this version used, and the parts are joined. */
export function finishParts(plan: PartPlan, cache: PartCache): Article {
  cache.sweep();
  mergeReadParts(plan);
  const { merger, jobs } = plan;
  if (merger.count < jobs.length) throw new Error(`part ${merger.count} of ${jobs.length} was not read`);
  return merger.finish();
}

/**
 * Reads the parts here, one after the other. Without a cache to keep them for the next version,
 * each part is joined as soon as it is read and then let go: its reading dies young instead of
 * being carried to the end of the document (measured on the 5 MB document: the garbage collector's
 * time went from ~120 to ~70 ms a reading, the reading ~9 % faster).
 */
export function readInParts(text: string, language: Language, options: AnalyzeOptions, cache: PartCache | null): Article {
  const plan = planParts(text, language, options, cache);
  if (cache) {
    for (const job of plan.jobs) if (!job.article) partRead(job, readPlannedPart(job), cache);
    return finishParts(plan, cache);
  }
  for (const job of plan.jobs) {
    job.article = readPlannedPart(job);
    mergeReadParts(plan);
    job.article = undefined;
    job.text = '';
  }
  return plan.merger.finish();
}

export type { StructureReading };
