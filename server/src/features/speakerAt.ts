// Which speaker a position is on: a mention (its attached proclitic counts as part of it), and the
// mention that introduces the speaker. Shared by hover, highlights, references, definition, rename.
import type { Article, Mention, Speaker } from '../article/model';
import { normalizeForMatch } from '../article/text';

export interface MentionHit {
  speaker: Speaker;
  mention: Mention;
}

export function mentionAt(article: Article, offset: number): MentionHit | null {
  for (const speaker of article.speakers) {
    for (const mention of speaker.mentions) {
      const from = mention.span.start - mention.prefix.length;
      if (offset >= from && offset <= mention.span.end) return { speaker, mention };
    }
  }
  return null;
}

/** The fullest first mention: the first one written as the canonical name, else the first longest. */
export function definingMention(speaker: Speaker): Mention | null {
  const canonical = normalizeForMatch(speaker.name);
  const exact = speaker.mentions.find((m) => normalizeForMatch(m.text) === canonical);
  if (exact) return exact;
  let best: Mention | null = null;
  for (const m of speaker.mentions) if (!best || m.text.length > best.text.length) best = m;
  return best;
}
