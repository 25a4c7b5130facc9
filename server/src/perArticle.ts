// Results computed from one analysis alone (an outline, semantic tokens, folding ranges), kept
// beside that analysis: editors ask for them several times per version (outline, breadcrumbs,
// sticky scroll), and nothing that can be cached per document version is recomputed per request.
// Keyed by the Article object, which the DocumentStore makes once per uri + version + engine
// options, so a cached result can never outlive or cross the version it was computed from.
import type { Article } from './article/model';

const results = new WeakMap<Article, Map<string, unknown>>();

/** `compute()` for this analysis, once; `name` must say everything else the result depends on. */
export function perArticle<T>(article: Article, name: string, compute: () => T): T {
  let cached = results.get(article);
  if (!cached) {
    cached = new Map();
    results.set(article, cached);
  }
  if (!cached.has(name)) cached.set(name, compute());
  return cached.get(name) as T;
}
