// One reading of a text as a single article: structure, then quotes and speakers, then findings.
import type { AnalyzeOptions, Article, Finding, Language } from './model';
import { splitLines } from './lines';
import { readStructure, type StructureReading } from './structure';
import { analyzeQuotes } from './quotes';
import { collectFindings, inTextOrder } from './findings';
import { nameFindings } from './quoteFindings';
import { isReadInParts } from './parts/split';

export const WHOLE_DOCUMENT: StructureReading = { headline: true, sourceLine: true };

export function readWhole(text: string, language: Language, options: AnalyzeOptions, reading: StructureReading = WHOLE_DOCUMENT): Article {
  // (a text long enough to be read in parts is read whole only to compare: as its parts read it)
  return read(text, language, options, reading, collectFindings, !isReadInParts(text));
}

/**
 * One part of a long document: read as an article, with only the findings the join keeps from a part
 * (names spelled two ways); captions and quote marks are compared again on the whole document.
 */
export function readPartOfDocument(text: string, language: Language, options: AnalyzeOptions, reading: StructureReading): Article {
  return read(text, language, options, reading, (article) => inTextOrder(nameFindings(article)), false);
}

/** `oneArticle`: analyzeQuotes's (quotes.ts) */
function read(text: string, language: Language, options: AnalyzeOptions, reading: StructureReading, findingsOf: (article: Article) => Finding[], oneArticle: boolean): Article {
  const lines = splitLines(text);
  const structure = readStructure(text, lines, options, reading);
  const article: Article = {
    text,
    language,
    lineStarts: lines.starts,
    ...structure,
    quotes: [],
    speakers: [],
    findings: [],
  };
  const { quotes, speakers } = analyzeQuotes(article, oneArticle);
  article.quotes = quotes;
  article.speakers = speakers;
  article.findings = findingsOf(article);
  return article;
}
