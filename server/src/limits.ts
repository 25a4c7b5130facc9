// What the server does with documents no one writes by hand (a 20 MB log opened as an article, a
// megabyte of quotation marks): it stays responsive and says once what it left out, never silently.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Article } from './article/model';
import { analyzeArticle } from './article/analyze';
import { computeLineStarts } from './article/text';
import type { UiLanguage } from './article/messages';
import type { Settings } from './settings';
import { toDiagnostics } from './features/diagnostics';

/**
 * Longest text analysed (UTF-16 units: 20 MB in memory, a book of 5 MB or more on disk; news
 * articles are under 100 KB). Longer ones get no analysis: a log opened as an article, not prose.
 */
export const MAX_ANALYSED_LENGTH = 10_000_000;

/** Most diagnostics published for one document; a client drowns in more. */
export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

export function isTooLargeToAnalyse(text: string): boolean {
  return text.length > MAX_ANALYSED_LENGTH;
}

/** The model of a text left unanalysed: its text and lines, and nothing found in it. */
export function unanalysedArticle(text: string): Article {
  return { ...analyzeArticle(''), text, lineStarts: computeLineStarts(text) };
}

/** The diagnostics to publish (at most MAX_PUBLISHED_DIAGNOSTICS, in text order) and how many there were. */
export function publishableDiagnostics(article: Article, uri: string, rules: Settings['rules'], lang: UiLanguage): { diagnostics: Diagnostic[]; total: number } {
  const on = article.findings.filter((f) => rules[f.code] !== 'off');
  if (on.length <= MAX_PUBLISHED_DIAGNOSTICS) return { diagnostics: toDiagnostics(article, uri, rules, lang), total: on.length };
  return { diagnostics: toDiagnostics({ ...article, findings: on.slice(0, MAX_PUBLISHED_DIAGNOSTICS) }, uri, rules, lang), total: on.length };
}

/** The file name a user recognises in a notice (the last segment of the uri). */
export function fileNameOf(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1) || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Remembers which notices were given per document, so each is given once (until the document closes). */
export class OnceNotices {
  private readonly given = new Map<string, Set<string>>();

  /** True the first time `key` is asked for `uri`. */
  first(uri: string, key: string): boolean {
    let keys = this.given.get(uri);
    if (!keys) this.given.set(uri, (keys = new Set()));
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  }

  forget(uri: string): void {
    this.given.delete(uri);
  }
}
