// The source line: `المصدر : وكالات`, `المصدر: الجزيرة + وكالات`, `Source: Reuters`. Read as printed;
// when several lines look like one, the last wins (it closes the article).
import { trimSpan } from '../text';
import { afterLabel, SOURCE_LABELS } from './layoutWords';
import type { ContentLine } from './lineFacts';

const MAX_SOURCE_WORDS = 12;

/** Index into `lines` of the source line, or -1. Lines before `from` (the headline) are skipped. */
export function findSourceLine(text: string, lines: ContentLine[], from: number): number {
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i];
    if (line.words > MAX_SOURCE_WORDS) continue;
    const after = afterLabel(text, line.span, SOURCE_LABELS);
    if (after === null) continue;
    const rest = trimSpan(text, after, line.span.end);
    if (rest.end > rest.start) return i;
  }
  return -1;
}
