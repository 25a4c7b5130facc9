// Quotes and speakers: finds the quote spans (language-independent), then hands them to the
// article language's analyser, which tells speech from terms and attributes each direct quote.
import type { Article, Language, Quote, Speaker } from './model';
import type { QuoteSpan } from './quoteSpans';
import { findQuoteSpans } from './quoteSpans';
import { findArabicQuoteSpans } from './ar/quoteSpans';
import { analyzeArabicQuotes } from './ar/analyzeQuotes';
import { analyzeEnglishQuotes } from './en/analyzeQuotes';

export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
}

/**
 * `oneArticle`: the text is one article read whole (not a part of a long document, nor a long
 * document read whole to compare): what holds across a whole article, as a short span quoted three
 * times being a name (repeatedTerms.ts), may be read.
 */
export type QuoteAnalyzer = (article: Article, spans: QuoteSpan[], oneArticle: boolean) => QuoteAnalysis;

const analyzers: Record<Language, QuoteAnalyzer> = { ar: analyzeArabicQuotes, en: analyzeEnglishQuotes };

export function analyzeQuotes(article: Article, oneArticle: boolean): QuoteAnalysis {
  const spans = article.language === 'ar' ? findArabicQuoteSpans(article.text, article.paragraphs) : findQuoteSpans(article.text, article.paragraphs);
  return analyzers[article.language](article, spans, oneArticle);
}

/** A Quote with no classification or attribution yet: the analysers' starting point. */
export function bareQuote(article: Article, span: QuoteSpan): Quote {
  return {
    text: article.text.slice(span.textSpan.start, span.textSpan.end),
    span: span.span,
    textSpan: span.textSpan,
    openMark: span.openMark,
    closeMark: span.closeMark,
    kind: 'direct',
    speakerId: null,
    cue: null,
    cueSpan: null,
    attribution: null,
    paragraph: span.paragraph,
    runsOn: span.runsOn,
    nestedIn: span.nestedIn,
  };
}
