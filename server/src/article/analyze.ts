// analyzeArticle(text, options) → Article: the one entry point of the engine.
// An article is read whole; a document of book length is read in parts (parts/), each re-read
// only when its own text changes, when the caller keeps a PartCache from one version to the next.
import type { AnalyzeOptions, Article } from './model';
import { detectLanguage } from './text';
import { readWhole } from './readWhole';
import { PARTS_FROM } from './parts/split';
import { readingInParts } from './parts/readInParts';
import { PartCache } from './parts/partCache';

export { PartCache } from './parts/partCache';

export function analyzeArticle(text: string, options: AnalyzeOptions = {}, cache?: PartCache): Article {
  const steps = analyzingArticle(text, options, cache ?? new PartCache());
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The same analysis in steps: it yields between the parts of a long document (never for an article). */
export function* analyzingArticle(text: string, options: AnalyzeOptions, cache: PartCache): Generator<void, Article, void> {
  const language = options.language && options.language !== 'auto' ? options.language : detectLanguage(text);
  if (text.length < PARTS_FROM) return readWhole(text, language, options);
  return yield* readingInParts(text, language, options, cache);
}
