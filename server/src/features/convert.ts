// Offsets ↔ LSP ranges, at the edge only.
import type { Range, Position } from 'vscode-languageserver-types';
import type { Article, Span } from '../article/model';
import { offsetToPosition, positionToOffset } from '../article/text';

export function toPosition(article: Article, offset: number): Position {
  return offsetToPosition(article.lineStarts, offset);
}

export function toRange(article: Article, span: Span): Range {
  return { start: toPosition(article, span.start), end: toPosition(article, span.end) };
}

export function toOffset(article: Article, position: Position): number {
  return positionToOffset(article.text, article.lineStarts, position);
}
