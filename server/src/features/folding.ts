// Folding: each section and each multi-line paragraph.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import { offsetToPosition } from '../article/text';

export function foldingRanges(article: Article): FoldingRange[] {
  const out: FoldingRange[] = [];
  const push = (start: number, end: number, kind?: string) => {
    const a = offsetToPosition(article.lineStarts, start).line;
    const b = offsetToPosition(article.lineStarts, end).line;
    if (b > a) out.push(kind ? { startLine: a, endLine: b, kind } : { startLine: a, endLine: b });
  };
  for (const s of article.sections) push(s.span.start, s.span.end, 'region');
  for (const p of article.paragraphs) push(p.span.start, p.span.end);
  return out;
}
