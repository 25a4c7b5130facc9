// analyzeArticle(text, options) → Article: the one entry point of the engine.
// An article is read whole; a document of book length is read in parts (parts/), each re-read
// only when its own text changes, when the caller keeps a PartCache from one version to the next.
import type { AnalyzeOptions, Article } from './model';
import { languageFor } from './languages';
import { readWhole } from './readWhole';
import { isReadInParts } from './parts/split';
import { planParts, readInParts, type PartPlan } from './parts/readInParts';
import { PartCache } from './parts/partCache';

export { PartCache } from './parts/partCache';
export { isReadInParts } from './parts/split';
export { finishParts, mergeReadParts, ownPartText, partRead, readPart, readPlannedPart, type PartJob, type PartPlan } from './parts/readInParts';

export function analyzeArticle(text: string, options: AnalyzeOptions = {}, cache?: PartCache): Article {
  const language = languageFor(text, options);
  if (!isReadInParts(text)) return readWhole(text, language, options);
  return readInParts(text, language, options, cache ?? null);
}

/**
 * For a caller that reads the parts itself (on other threads): the parts of a long document, those
 * already in the cache filled in; null for a text read whole. Finish with partRead and finishParts.
 */
export function planLongDocument(text: string, options: AnalyzeOptions, cache: PartCache): PartPlan | null {
  if (!isReadInParts(text)) return null;
  return planParts(text, languageFor(text, options), options, cache);
}
