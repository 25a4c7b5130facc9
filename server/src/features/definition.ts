// definition: from a mention of a speaker, or from one of their quotes, to the fullest first mention.
import type { Location } from 'vscode-languageserver-types';
import type { Article, Speaker } from '../article/model';
import { spanContains } from '../article/text';
import { toRange } from './convert';
import { definingMention, mentionAt } from './speakerAt';

export function definition(article: Article, uri: string, offset: number): Location | null {
  let speaker: Speaker | undefined = mentionAt(article, offset)?.speaker;
  if (!speaker) {
    const quote = article.quotes.find((q) => q.speakerId !== null && spanContains(q.span, offset));
    speaker = quote ? article.speakers.find((s) => s.id === quote.speakerId) : undefined;
  }
  const m = speaker ? definingMention(speaker) : null;
  return m ? { uri, range: toRange(article, m.span) } : null;
}
