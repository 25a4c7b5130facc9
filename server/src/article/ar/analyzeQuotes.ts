// Arabic: direct quote vs term, reporting cues, speakers.
import type { Article } from '../model';
import type { QuoteSpan } from '../quoteSpans';
import { bareQuote, type QuoteAnalysis } from '../quotes';

export function analyzeArabicQuotes(article: Article, spans: QuoteSpan[]): QuoteAnalysis {
  return { quotes: spans.map((s) => bareQuote(article, s)), speakers: [] };
}
