// Subheadings: a short line with no sentence-final punctuation, after the lead, heading body text.
// It stands as its own block or opens the block it heads (`أبواب مواربة` in the seed sits directly
// above its first paragraph). In copy with one paragraph per line and no blank lines, a short line
// between two finished paragraphs is one too.
import type { ContentLine } from './lineFacts';
import { endsLikeProse, endsSentence, firstChar, isLowerLatin, isQuoteMark, lastChar } from './lineFacts';
import { datelineEnd } from './dateline';

export type LineRole = 'headline' | 'byline' | 'source' | 'caption' | 'subheading' | null;

// every word threshold stays below lineFacts' BODY_WORDS_COUNTED (a line's words are counted no further below the headline)
const MAX_HEADING_WORDS = 8;
const MAX_HEADING_CHARS = 80;
/** a line this long is running text: what a heading must have before (the lead) and after it */
const MIN_PROSE_WORDS = 6;
/** inside a block, the neighbours of a heading must be whole paragraphs, not a wrapped sentence */
const MIN_PARAGRAPH_WORDS = 15;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function hasHeadingShape(text: string, line: ContentLine): boolean {
  const { span } = line;
  if (line.words > MAX_HEADING_WORDS || span.end - span.start > MAX_HEADING_CHARS) return false;
  if (endsLikeProse(text, span)) return false; // a sentence, a quote, a dateline's dash, a lead-in colon
  const first = firstChar(text, span);
  if (isLowerLatin(first)) return false; // the wrapped tail of a sentence
  if (!LETTER_OR_DIGIT.test(first) && !isQuoteMark(first)) return false; // `// انتهى //`, `- item`, `(…)`
  if (isQuoteMark(first) && isQuoteMark(lastChar(text, span))) return false; // a quote on its own
  if (punctuatedQuote(text, span)) return false; // `“We will stay,” she said`: speech, not a heading
  return datelineEnd(text, span) === null;
}

const SENTENCE_PUNCTUATION = new Set([',', '،', ';', '؛', '.', '!', '?', '؟']);

/** A quotation mark with sentence punctuation against it: quoted speech. */
function punctuatedQuote(text: string, span: { start: number; end: number }): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (!isQuoteMark(text[i]) || text[i] === "'" || text[i] === '’') continue;
    if ((i > span.start && SENTENCE_PUNCTUATION.has(text[i - 1])) || (i + 1 < span.end && SENTENCE_PUNCTUATION.has(text[i + 1]))) return true;
  }
  return false;
}

function isProse(line: ContentLine | undefined, role: LineRole): boolean {
  return !!line && role === null && line.words >= MIN_PROSE_WORDS;
}

/** Marks each subheading's line with the role 'subheading'. */
export function markSubheadings(text: string, lines: ContentLine[], roles: LineRole[]): void {
  let leadSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (roles[i] !== null) continue;
    if (leadSeen && hasHeadingShape(text, line) && headsBody(text, lines, roles, i)) {
      roles[i] = 'subheading';
      continue;
    }
    if (isProse(line, roles[i])) leadSeen = true;
  }
}

/** Running text a heading can head: prose that could not itself be a heading. */
function isBody(text: string, line: ContentLine | undefined, role: LineRole): boolean {
  return isProse(line, role) && (line!.words > MAX_HEADING_WORDS || endsLikeProse(text, line!.span));
}

function headsBody(text: string, lines: ContentLine[], roles: LineRole[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  // `In Washington` + `the talks resumed …`: a sentence wrapped after its first words
  if (next && next.block === line.block && isLowerLatin(firstChar(text, next.span))) return false;
  if (line.indexInBlock === 0) return isBody(text, next, roles[i + 1]);
  // inside a block: only between two finished paragraphs (or under a photo caption)
  const previous = lines[i - 1];
  const afterParagraph = roles[i - 1] === null && previous.words >= MIN_PARAGRAPH_WORDS && endsSentence(text, previous.span);
  return (
    line.indexInBlock < line.blockSize - 1 &&
    (afterParagraph || roles[i - 1] === 'caption') &&
    isBody(text, next, roles[i + 1]) &&
    next.words >= MIN_PARAGRAPH_WORDS
  );
}
