// The byline: `By Jane Smith`, `By Jane Smith, BBC News`, `بقلم محمد علي`, `كتب: محمد علي`. It sits
// between the headline and the lead, so only the first lines after the headline are considered.
import type { Byline } from '../model';
import { trimSpan } from '../text';
import { afterLabel, afterOpener, BYLINE_LABELS, BYLINE_OPENERS } from './layoutWords';
import { endsSentence, firstChar, isLowerLatin, type ContentLine } from './lineFacts';

const MAX_BYLINE_WORDS = 10;
/** how many lines after the headline may still hold the byline */
const BYLINE_WINDOW = 3;

function isByline(text: string, line: ContentLine): boolean {
  if (line.words < 2 || line.words > MAX_BYLINE_WORDS || endsSentence(text, line.span)) return false;
  const after = afterOpener(text, line.span, BYLINE_OPENERS) ?? afterLabel(text, line.span, BYLINE_LABELS);
  if (after === null) return false;
  const name = trimSpan(text, after, line.span.end);
  const first = firstChar(text, name);
  // `By the end of the day …` is prose; a name starts with a capital (or is Arabic)
  return name.end > name.start && !isLowerLatin(first) && !/[\d"“”«»]/.test(first);
}

/** Index into `lines` of the byline, or -1. `from` is the first line after the headline. */
export function findByline(text: string, lines: ContentLine[], from: number): number {
  for (let i = from; i < lines.length && i < from + BYLINE_WINDOW; i++) {
    if (isByline(text, lines[i])) return i;
  }
  return -1;
}

export function bylineOf(text: string, line: ContentLine): Byline {
  return { text: text.slice(line.span.start, line.span.end), span: line.span };
}
