// Folding: each section (its heading stays visible) and each paragraph of several lines. A
// paragraph that starts on a section's first line is folded with the section: an editor keeps one
// range per start line.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Article, Span } from '../article/model';
import { offsetToPosition } from '../article/text';

export function foldingRanges(article: Article): FoldingRange[] {
  const out: FoldingRange[] = [];
  const taken = new Set<number>();
  const push = (span: Span) => {
    const startLine = offsetToPosition(article.lineStarts, span.start).line;
    const endLine = offsetToPosition(article.lineStarts, span.end).line;
    if (endLine > startLine && !taken.has(startLine)) {
      taken.add(startLine);
      out.push({ startLine, endLine });
    }
  };
  for (const s of article.sections) push(s.span);
  for (const p of article.paragraphs) push(p.span);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
