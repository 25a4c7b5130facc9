// Facts about each non-blank line that the layout readers share: where it sits in its block, how
// many words it has, how it begins and ends. Computed once, in one pass over the paragraphs.
import type { Paragraph, Span } from '../model';
import { WHITESPACE_CODES } from '../text';

/**
 * isWhitespaceCode per char code, as a table filled once: counting a line's words reads one byte per
 * character and branches only where a word starts (measured about three times faster than the call).
 */
const SPACE_CODE = new Uint8Array(0x10000);
for (const c of WHITESPACE_CODES) SPACE_CODE[c] = 1;

export interface ContentLine {
  /** the line's content without surrounding white space */
  span: Span;
  /** index into the paragraphs (blocks) */
  block: number;
  indexInBlock: number;
  blockSize: number;
  /** words on the line, counted up to WORDS_COUNTED (BODY_WORDS_COUNTED in a part with no headline): a longer line reads as that bound */
  words: number;
}

/**
 * Lines are compared with word thresholds up to 30 (headline.ts: more than 30 words is the lead, not
 * a headline), so a line's words are counted no further than 31: a paragraph written on one line is
 * not read to its end, and every threshold still sees whether it is passed.
 */
export const WORDS_COUNTED = 31;
/**
 * Below the headline (a part of a long document with none of its own), the thresholds go no further
 * than 15 (subheadings.ts MIN_PARAGRAPH_WORDS; the source line 12): a line is read for 16 words at most.
 */
export const BODY_WORDS_COUNTED = 16;

/** Words (runs of non-space) in the span, counting no further than `limit`. */
export function countWords(text: string, span: Span, limit = Infinity): number {
  if (!(limit > 0)) return 0;
  let words = 0;
  // (1 = the character before was a space, or there was none)
  let spaceBefore = 1;
  for (let i = span.start, end = span.end; i < end; i++) {
    const space = SPACE_CODE[text.charCodeAt(i)] | 0;
    if (space === 0 && spaceBefore === 1 && ++words >= limit) break;
    spaceBefore = space;
  }
  return words;
}

export function contentLines(text: string, paragraphs: Paragraph[], wordsCounted = WORDS_COUNTED): ContentLine[] {
  const out: ContentLine[] = [];
  for (let block = 0; block < paragraphs.length; block++) {
    const lines = paragraphs[block].lines;
    for (let indexInBlock = 0; indexInBlock < lines.length; indexInBlock++) {
      const span = lines[indexInBlock];
      out.push({ span, block, indexInBlock, blockSize: lines.length, words: countWords(text, span, wordsCounted) });
    }
  }
  return out;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '。']);
/** punctuation after which a line cannot be a heading: it ends or continues a sentence */
const NOT_A_HEADING_END = new Set([...SENTENCE_END, ':', ';', '؛', ',', '،', '-', '–', '—', '/', '\\']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '“', '«', '‟', '„']);
export const DASHES = new Set(['-', '–', '—', '‒', '―']);

export function lastChar(text: string, span: Span): string {
  return span.end > span.start ? text[span.end - 1] : '';
}

export function firstChar(text: string, span: Span): string {
  return span.end > span.start ? text[span.start] : '';
}

/** Ends a sentence: `.`, `!`, `؟`, possibly followed by closing quotes or a bracket (`…".`, `…."`). */
export function endsSentence(text: string, span: Span): boolean {
  let end = span.end;
  while (end > span.start && (CLOSING_QUOTES.has(text[end - 1]) || text[end - 1] === ')' || text[end - 1] === '’')) end--;
  return end > span.start && SENTENCE_END.has(text[end - 1]);
}

export function endsLikeProse(text: string, span: Span): boolean {
  const last = lastChar(text, span);
  return NOT_A_HEADING_END.has(last) || CLOSING_QUOTES.has(last);
}

export function isQuoteMark(ch: string): boolean {
  return CLOSING_QUOTES.has(ch) || ch === '‘' || ch === '’';
}

export function isLowerLatin(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}
