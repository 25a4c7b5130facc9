// The source line: `المصدر : وكالات`, `المصدر: الجزيرة + وكالات`, `Source: Reuters`. Read as printed;
// when several lines look like one, the last wins (it closes the article).
import { trimSpan } from '../text';
import { afterLabel, SOURCE_LABELS } from './layoutWords';
import type { ContentLine } from './lineFacts';

const MAX_SOURCE_WORDS = 12;
/** long lines (a caption, a note, a sign-off) that may follow the source line */
const MAX_PROSE_AFTER = 3;

/** Index into `lines` of the source line, or -1. Lines before `from` (the headline) are skipped. */
export function findSourceLine(text: string, lines: ContentLine[], from: number): number {
  let prose = 0;
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i];
    if (line.words > MAX_SOURCE_WORDS) {
      // the source line closes the article: with paragraphs of running text after it, a line that
      // looks like one belongs to an article further up a longer document (and the scan stays short)
      if (++prose > MAX_PROSE_AFTER) return -1;
      continue;
    }
    const after = afterLabel(text, line.span, SOURCE_LABELS);
    if (after === null) continue;
    const rest = trimSpan(text, after, line.span.end);
    if (rest.end > rest.start) return i;
  }
  return -1;
}
