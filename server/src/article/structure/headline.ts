// The headline is the first non-empty line — unless that line is plainly a body paragraph (some
// archives print articles without their headline, the first line being the whole lead).
import type { Title } from '../model';
import type { ContentLine } from './lineFacts';

/** Headlines run to a dozen words or so; a first line longer than this is the lead itself. */
const MAX_HEADLINE_WORDS = 30;
/** Headlines carry no full stop; a first line this long that ends with one is a sentence. */
const MAX_HEADLINE_WORDS_WITH_FULL_STOP = 12;

function isLeadParagraph(text: string, line: ContentLine): boolean {
  if (line.words > MAX_HEADLINE_WORDS) return true;
  const end = line.span.end;
  // `…` and `..` are a headline's ellipsis, not a full stop
  const fullStop = text[end - 1] === '.' && text[end - 2] !== '.';
  return fullStop && line.words > MAX_HEADLINE_WORDS_WITH_FULL_STOP;
}

export function readHeadline(text: string, lines: ContentLine[]): { title: Title | null; line: number } {
  const first = lines[0];
  if (!first || isLeadParagraph(text, first)) return { title: null, line: -1 };
  return { title: { text: text.slice(first.span.start, first.span.end), span: first.span }, line: 0 };
}
