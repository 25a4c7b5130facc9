// Which language a text is read in, and where: the language the options force or the text's script
// shows, and in a long document whose parts are written in different languages (Article.languageRuns),
// the language at an offset and the stretch each language covers.
import type { AnalyzeOptions, Article, Language } from './model';
import { detectLanguage } from './text';

/** The language `text` is read in: the one the options force, else the script of most of its letters. */
export function languageFor(text: string, options: Pick<AnalyzeOptions, 'language'>): Language {
  return options.language && options.language !== 'auto' ? options.language : detectLanguage(text);
}

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

/** Each language's stretches of the text, in order: one covering it all when it is read in one language. */
export function languageStretches(article: Pick<Article, 'text' | 'language' | 'languageRuns'>): { language: Language; start: number; end: number }[] {
  const runs = article.languageRuns ?? [{ start: 0, language: article.language }];
  return runs.map((run, i) => ({ language: run.language, start: run.start, end: i + 1 < runs.length ? runs[i + 1].start : article.text.length }));
}
