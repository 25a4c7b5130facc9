// unattributed-quote, unclosed-quote, inconsistent-name.
import type { Article, Finding } from './model';

export function quoteFindings(_article: Article): Finding[] {
  return [];
}
