// One reading of a text as a single article: structure, then quotes and speakers, then findings.
import type { AnalyzeOptions, Article, Language } from './model';
import { splitLines } from './lines';
import { readStructure, type StructureReading } from './structure';
import { analyzeQuotes } from './quotes';
import { collectFindings } from './findings';

export const WHOLE_DOCUMENT: StructureReading = { headline: true, sourceLine: true };

export function readWhole(text: string, language: Language, options: AnalyzeOptions, reading: StructureReading = WHOLE_DOCUMENT): Article {
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
  const { quotes, speakers } = analyzeQuotes(article);
  article.quotes = quotes;
  article.speakers = speakers;
  article.findings = collectFindings(article);
  return article;
}
