// The headline is the first non-empty line — unless that line is plainly a body paragraph (some
// archives print articles without their headline, the first line being the whole lead).
import type { Title } from '../model';
import type { ContentLine } from './lineFacts';

/** Headlines run to a dozen words or so; a first line longer than this is the lead itself. */
const MAX_HEADLINE_WORDS = 30;

export function readHeadline(text: string, lines: ContentLine[]): { title: Title | null; line: number } {
  const first = lines[0];
  if (!first || first.words > MAX_HEADLINE_WORDS) return { title: null, line: -1 };
  return { title: { text: text.slice(first.span.start, first.span.end), span: first.span }, line: 0 };
}
