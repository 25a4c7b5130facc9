// Quote spans and direct-vs-term classification.
import type { Article, Quote } from './model';

export function findQuotes(_article: Pick<Article, 'text' | 'language' | 'paragraphs'>): Quote[] {
  return [];
}
