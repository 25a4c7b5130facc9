// The language of the text at an offset: the article's, or, in a long document whose parts are
// written in different languages, that of the part around the offset (Article.languageRuns).
import type { Article, Language } from './model';

export function languageAt(article: Pick<Article, 'language' | 'languageRuns'>, offset: number): Language {
  const runs = article.languageRuns;
  if (!runs) return article.language;
  // the last run starting at or before the offset (runs are few: one per change of language)
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return runs[lo].language;
}
