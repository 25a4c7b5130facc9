// Paragraphs: blocks of non-blank lines separated by blank lines. A line holding only white space,
// a BOM or direction marks is blank; each line's span excludes its surrounding white space, so LF,
// CRLF, lone CR, a BOM and trailing tabs give the same spans per line.
import type { Paragraph, Span } from '../model';
import type { Lines } from '../lines';
import { trimSpan } from '../text';

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
