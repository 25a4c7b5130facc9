// Datelines: `WASHINGTON (Reuters) - …`, `LONDON, Jan 5 (AP) — …`, `القاهرة - …`. A dateline opens
// the lead paragraph; it is never a caption or a heading.
import type { Span } from '../model';
import { isWhitespaceCode } from '../text';
import { DASHES } from './lineFacts';

/** A place and date are a few words; more before the dash and it is prose with a dash in it. */
const MAX_DATELINE_WORDS = 6;
const NOT_IN_DATELINE = new Set(['.', '!', '?', '؟', ':', '؛', ';', '"', '“', '”', '«', '»']);

/** Offset just after the dateline's dash when the line opens with one, else null. */
export function datelineEnd(text: string, span: Span): number | null {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    const space = isWhitespaceCode(text.charCodeAt(i));
    if (DASHES.has(ch) && i > span.start && (i + 1 === span.end || isWhitespaceCode(text.charCodeAt(i + 1)) || DASHES.has(text[i + 1]))) {
      // a dash standing apart (`CAIRO - `, `CAIRO -- `) after at least one word
      const before = isWhitespaceCode(text.charCodeAt(i - 1)) || text[i - 1] === ')';
      if (before && words >= 1) {
        let end = i + 1;
        while (end < span.end && DASHES.has(text[end])) end++;
        return end;
      }
    }
    if (NOT_IN_DATELINE.has(ch) && !(ch === '.' && abbreviationEndsAt(text, span.start, i))) return null;
    if (!space && !inWord) {
      words++;
      if (words > MAX_DATELINE_WORDS) return null;
    }
    inWord = !space;
  }
  return null;
}

/** The `.` at `i` ends a short capitalised abbreviation (`Calif.`, `Jan.`, `D.C.`): at most five letters and dots since the word began. */
function abbreviationEndsAt(text: string, from: number, i: number): boolean {
  let k = i;
  while (k > from && !isWhitespaceCode(text.charCodeAt(k - 1)) && text[k - 1] !== ',' && i - k < 6) k--;
  if (i - k < 1 || i - k > 5 || !(k === from || isWhitespaceCode(text.charCodeAt(k - 1)) || text[k - 1] === ',')) return false;
  const first = text.charCodeAt(k);
  return first >= 65 && first <= 90;
}
