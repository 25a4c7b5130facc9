// references: every mention of the speaker under the cursor (the defining one only when asked).
import type { Location } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import { toRange } from './convert';
import { definingMention, mentionAt } from './speakerAt';

export function references(article: Article, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const hit = mentionAt(article, offset);
  if (!hit) return [];
  const defining = definingMention(hit.speaker);
  return hit.speaker.mentions.filter((m) => includeDeclaration || m !== defining).map((m) => ({ uri, range: toRange(article, m.span) }));
}
