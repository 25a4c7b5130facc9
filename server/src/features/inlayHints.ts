// Inlay hints: after each attributed direct quote, who said it (`— كيري`, `— Kerry`); the tooltip
// gives the full name and role. Switched off by the setting articleAnnotator.inlayHints.
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import { shortName } from '../article/nameVariants';
import { toOffset, toPosition } from './convert';

export function inlayHints(article: Article, range: Range | undefined, enabled: boolean): InlayHint[] {
  if (!enabled) return [];
  const from = range ? toOffset(article, range.start) : 0;
  const to = range ? toOffset(article, range.end) : article.text.length;
  const out: InlayHint[] = [];
  const byId = new Map(article.speakers.map((s) => [s.id, s]));
  for (const q of article.quotes) {
    if (q.kind !== 'direct' || q.speakerId === null || q.span.end < from || q.span.end > to) continue;
    const s = byId.get(q.speakerId);
    if (!s) continue;
    out.push({
      position: toPosition(article, q.span.end),
      label: `— ${shortName(s)}`,
      paddingLeft: true,
      tooltip: s.role ? `${s.name} — ${s.role}` : s.name,
    });
  }
  return out;
}
