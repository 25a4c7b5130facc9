// A long document read part by part (split.ts), each part with a few paragraphs of context before
// it, and the readings joined into one Article (merge.ts). A generator, so that a caller that must
// stay responsive (the server) can do other work between two parts, or give up on a stale version.
import type { AnalyzeOptions, Article, Language } from '../model';
import { computeLineStarts, ownString } from '../text';
import { readWhole } from '../readWhole';
import type { StructureReading } from '../structure';
import { splitIntoParts } from './split';
import { mergeParts, type PartReading } from './merge';
import type { PartCache } from './partCache';

/** Yields after each part it had to read (a part found in the cache costs nothing); returns the Article. */
export function* readingInParts(text: string, language: Language, options: AnalyzeOptions, cache: PartCache): Generator<void, Article, void> {
  const lineStarts = computeLineStarts(text);
  const bounds = splitIntoParts(text, lineStarts);
  const readings: PartReading[] = [];
  const credits = JSON.stringify(options.extraCredits ?? []);
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i];
    const first = i === 0;
    const last = i === bounds.length - 1;
    const key = `${language}|${first}|${last}|${b.start - b.contextStart}|${credits}`;
    // a copy: a slice would keep this whole version of the document alive as long as the part is cached
    const partText = ownString(text.slice(b.contextStart, b.end));
    let article = cache.find(key, partText);
    if (!article) {
      // the headline is the document's first line, the source line its last one of that kind
      const reading: StructureReading = { headline: first, sourceLine: last };
      article = readWhole(partText, language, options, reading);
      cache.keep(key, partText, article);
      yield;
    } else {
      cache.keep(key, partText, article);
    }
    readings.push({ bounds: b, article });
  }
  cache.sweep();
  return mergeParts(text, language, lineStarts, readings);
}
