// Gathers the findings (problems) of every rule. Severity here is the default; settings override it at the edge.
import type { Article, Finding } from './model';
import { captionFindings } from './captionFindings';
import { quoteFindings } from './quoteFindings';

export function collectFindings(article: Article): Finding[] {
  return inTextOrder([...captionFindings(article), ...quoteFindings(article)]);
}

/** Findings sorted as published: by where they start, then where they end. */
export function inTextOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
