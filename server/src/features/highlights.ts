// documentHighlight: every mention of the speaker under the cursor.
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import { toRange } from './convert';
import { mentionAt } from './speakerAt';

export function documentHighlights(article: Article, offset: number): DocumentHighlight[] {
  const hit = mentionAt(article, offset);
  if (!hit) return [];
  return hit.speaker.mentions.map((m) => ({ range: toRange(article, m.span), kind: DocumentHighlightKind.Text }));
}
