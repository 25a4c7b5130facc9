// Which text to delete to remove whole lines (duplicate captions) without leaving a gap: the line
// itself and, when it stood alone between blank lines, one of those blank lines. Overlapping
// removals are merged, so "delete all" never sends overlapping edits.
import type { Span } from '../../article/model';
import { lineContentEnd, trimSpan } from '../../article/text';

function isBlankLine(text: string, lineStarts: number[], line: number): boolean {
  const end = lineContentEnd(text, lineStarts, line);
  const content = trimSpan(text, lineStarts[line], end);
  return content.start === content.end;
}

/** The blank line that removing `line` would leave doubled, or -1 when it sat inside a block. */
function blankLineLeft(text: string, lineStarts: number[], line: number, lastTextLine: number): number {
  const n = lineStarts.length;
  const blankBefore = line === 0 || isBlankLine(text, lineStarts, line - 1);
  const blankAfter = line + 1 >= n || isBlankLine(text, lineStarts, line + 1);
  if (!blankBefore || !blankAfter) return -1; // a line of a block: its neighbours close up
  if (line + 1 < n && lastTextLine > line + 1) return line + 1; // text follows: close up below
  if (line > 0) return line - 1; // the article ends here: take the blank line above
  return line + 1 < n ? line + 1 : -1;
}

/** Text spans to delete (sorted, disjoint) to remove the given lines, each with the blank line it leaves. */
export function lineDeletions(text: string, lineStarts: number[], lines: number[]): Span[] {
  const n = lineStarts.length;
  let lastTextLine = n - 1;
  while (lastTextLine >= 0 && isBlankLine(text, lineStarts, lastTextLine)) lastTextLine--;
  const doomed = new Set<number>();
  for (const line of lines) {
    if (line < 0 || line >= n) continue;
    doomed.add(line);
    const blank = blankLineLeft(text, lineStarts, line, lastTextLine);
    if (blank >= 0) doomed.add(blank);
  }
  // a removal that reaches the end of the text also takes the blank lines it would strand above it
  if (doomed.has(n - 1)) {
    for (let line = n - 1; line > 0 && doomed.has(line); line--) {
      if (!doomed.has(line - 1) && isBlankLine(text, lineStarts, line - 1)) doomed.add(line - 1);
    }
  }
  const sorted = [...doomed].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const first = sorted[i];
    const last = sorted[j];
    if (last + 1 < n) spans.push({ start: lineStarts[first], end: lineStarts[last + 1] });
    // the run ends the text: take the line break before it instead of the one after
    else spans.push({ start: first === 0 ? 0 : lineContentEnd(text, lineStarts, first - 1), end: text.length });
    i = j + 1;
  }
  return spans;
}
