// analyzeArticle(text, options) → Article: the one entry point of the engine.
import type { AnalyzeOptions, Article } from './model';
import { splitLines } from './lines';
import { readStructure } from './structure';
import { analyzeQuotes } from './quotes';
import { collectFindings } from './findings';
import { detectLanguage } from './text';

export function analyzeArticle(text: string, options: AnalyzeOptions = {}): Article {
  const lines = splitLines(text);
  const language = options.language && options.language !== 'auto' ? options.language : detectLanguage(text);
  const structure = readStructure(text, lines, options);
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
