// Looking up quotes and speakers in an analysed English article, for the English attribution tests.
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article, Quote } from '../../server/src/article/model';

/** The text read as English. */
export const en = (text: string): Article => analyzeArticle(text, { language: 'en' });

/** The quote whose text starts with `startsWith`; fails the test when there is none. */
export function quoteStarting(a: Article, startsWith: string): Quote {
  const q = a.quotes.find((x) => x.text.startsWith(startsWith));
  assert.ok(q, `no quote starting ${startsWith}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return q;
}

/** The speaker's canonical name for the quote starting with `startsWith` (which must be speech), or null. */
export function who(a: Article, startsWith: string): string | null {
  const q = quoteStarting(a, startsWith);
  assert.equal(q.kind, 'direct', `"${startsWith}" should be speech`);
  return q.speakerId ? a.speakers.find((s) => s.id === q.speakerId)?.name ?? null : null;
}
