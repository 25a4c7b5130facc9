// Looking up quotes and speakers in an analysed article, for the Arabic attribution tests.
import assert from 'node:assert/strict';
import type { Article, Quote, Speaker } from '../../server/src/article/model';
import { tokenize } from '../../server/src/article/ar/tokens';
import { parseSpeakerPhrase, type SpeakerPhrase } from '../../server/src/article/ar/speakerPhrase';

/** The quote whose text holds `words` (the innermost, when a quote inside another holds them too); fails the test when there is none. */
export function quote(a: Article, words: string): Quote {
  let q: Quote | undefined;
  for (const x of a.quotes) if (x.text.includes(words) && (!q || x.text.length < q.text.length)) q = x;
  assert.ok(q, `no quote holding “${words}”`);
  return q;
}

/** The speaker of the direct quote holding `words`; fails when it is not speech or has no speaker. */
export function speakerOf(a: Article, words: string): Speaker {
  const q = quote(a, words);
  assert.equal(q.kind, 'direct', `“${words}” is not speech`);
  const s = a.speakers.find((x) => x.id === q.speakerId);
  assert.ok(s, `“${words}” has no speaker`);
  return s;
}

/** An article of the given paragraphs under a neutral headline. */
export const article = (...paragraphs: string[]) => ['عنوان الخبر', ...paragraphs].join('\n\n') + '\n';

/** The speaker phrase read from token `k` of `text` (no quotes in it) to its end. */
export function phraseAt(text: string, k: number): SpeakerPhrase | null {
  const tokens = tokenize(text);
  return parseSpeakerPhrase(text, tokens, k, tokens.length, new Uint8Array(tokens.length));
}

/** The speaker phrase read from the first token written `word`. */
export function phraseFrom(text: string, word: string): SpeakerPhrase | null {
  const k = tokenize(text).findIndex((t) => t.text === word);
  assert.ok(k >= 0, `no token ${word}`);
  return phraseAt(text, k);
}
