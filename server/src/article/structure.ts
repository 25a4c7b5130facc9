// Layout of the article: paragraphs (blank-line separated blocks), headline, sections, captions,
// source line. Pure; one linear pass over the lines.
import type { Article, Paragraph, Span } from './model';
import type { Lines } from './lines';
import { trimSpan } from './text';

export type Structure = Pick<Article, 'paragraphs' | 'title' | 'byline' | 'sections' | 'captions' | 'source'>;

export function readParagraphs(text: string, lines: Lines): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Span[] = [];
  const flush = () => {
    if (current.length === 0) return;
    paragraphs.push({ span: { start: current[0].start, end: current[current.length - 1].end }, lines: current });
    current = [];
  };
  for (const line of lines.spans) {
    const content = trimSpan(text, line.start, line.end);
    if (content.start === content.end) flush();
    else current.push(content);
  }
  flush();
  return paragraphs;
}

export function readStructure(text: string, lines: Lines): Structure {
  const paragraphs = readParagraphs(text, lines);
  const first = paragraphs[0]?.lines[0];
  const title = first ? { text: text.slice(first.start, first.end), span: first } : null;
  const sections = paragraphs.length
    ? [{ heading: null, headingSpan: null, span: { start: paragraphs[0].span.start, end: paragraphs[paragraphs.length - 1].span.end } }]
    : [];
  return { paragraphs, title, byline: null, sections, captions: [], source: null };
}
