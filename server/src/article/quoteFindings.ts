// unattributed-quote, unclosed-quote, inconsistent-name.
import type { Article, Finding, Quote } from './model';
import { firstWords } from './messages';
import { findNameVariants } from './nameVariants';
import { isJsSpace, isWhitespaceCode, offsetToPosition } from './text';
import { languageAt } from './languages';

/** The closing glyph that matches an opening one. */
export const CLOSING_MARK: Record<string, string> = { '"': '"', '“': '”', '”': '”', '«': '»', '„': '“', '‘': '’' };

/** punctuation an Arabic quote leaves outside its closing mark (`"…نهائي".`) */
const AR_OUTSIDE_PUNCT = '.،,؛;:';

/**
 * Where the closing mark of an unclosed quote belongs: at the end of the text the engine kept for
 * it, after its last word. English puts the final period inside the mark (`stage."`); Arabic copy
 * leaves it outside (`التحالف".`).
 */
export function likelyQuoteEnd(article: Article, quote: Quote): number {
  let end = quote.textSpan.end;
  while (end > quote.textSpan.start && isWhitespaceCode(article.text.charCodeAt(end - 1))) end--;
  if (languageAt(article, quote.span.start) === 'ar') {
    while (end > quote.textSpan.start && AR_OUTSIDE_PUNCT.includes(article.text[end - 1])) end--;
  } else if (end > quote.textSpan.start && ',;:'.includes(article.text[end - 1])) end--;
  return end;
}

/** The last words before an offset, for quoting them in a message: `…at every stage.` */
export function lastWords(text: string, max = 4): string {
  return lastWordsIn(text, 0, text.length, max);
}

/**
 * lastWords of text.slice(start, end), read backwards from `end` to the word before the last `max`
 * (the same answer as `trim().split(/\s+/)`, without splitting a quote of a thousand words).
 */
function lastWordsIn(text: string, start: number, end: number, max: number): string {
  const words: string[] = [];
  let i = end;
  for (;;) {
    while (i > start && isJsSpace(text.charCodeAt(i - 1))) i--;
    if (i === start) return words.reverse().join(' ');
    if (words.length === max) return '…' + words.reverse().join(' ');
    const wordEnd = i;
    while (i > start && !isJsSpace(text.charCodeAt(i - 1))) i--;
    words.push(text.slice(i, wordEnd));
  }
}

function unattributed(quote: Quote): Finding {
  return { code: 'unattributed-quote', severity: 'warning', span: quote.span, args: { words: firstWords(quote.text) }, related: [] };
}

function unclosed(article: Article, quote: Quote): Finding {
  const end = likelyQuoteEnd(article, quote);
  return {
    code: 'unclosed-quote',
    severity: 'warning',
    span: { start: quote.span.start, end: quote.span.start + quote.openMark.length },
    args: {
      mark: quote.openMark,
      words: firstWords(quote.text, 4),
      endWords: lastWordsIn(article.text, quote.textSpan.start, end, 4),
      endLine: offsetToPosition(article.lineStarts, end).line + 1,
    },
    related: [],
  };
}

const OPENING_MARKS = '"“”«„';

/**
 * English style runs a quote over paragraphs: each paragraph but the last is left open and the
 * next one reopens with a mark. Such a quote is not unclosed. (Arabic copy has no such convention.)
 */
export function runsOnToNextParagraph(article: Article, quote: Quote): boolean {
  const here = article.paragraphs[quote.paragraph];
  const next = article.paragraphs[quote.paragraph + 1];
  if (!here || !next || languageAt(article, quote.span.start) !== 'en') return false;
  for (let i = quote.textSpan.end; i < here.span.end; i++) if (!isWhitespaceCode(article.text.charCodeAt(i))) return false;
  return OPENING_MARKS.includes(article.text[next.span.start]);
}

export function quoteFindings(article: Article): Finding[] {
  return [...quoteMarkFindings(article), ...nameFindings(article)];
}

/** unattributed-quote and unclosed-quote: each read from one quote and its paragraph. */
export function quoteMarkFindings(article: Article): Finding[] {
  const out: Finding[] = [];
  // quotes come in text order; one that ends inside an earlier one is nested in it
  let outerEnd = -1;
  for (const q of article.quotes) {
    const nested = q.span.start < outerEnd && q.span.end <= outerEnd;
    if (!nested) outerEnd = Math.max(outerEnd, q.span.end);
    if (q.closeMark === null && q.textSpan.end > q.textSpan.start && !runsOnToNextParagraph(article, q)) out.push(unclosed(article, q));
    // A term is never speech, and a quote inside a quote is the outer speaker's report: a quote is
    // flagged only when it stands alone and no speaker could be found for it.
    if (q.kind === 'direct' && q.speakerId === null && !nested) out.push(unattributed(q));
  }
  return out;
}

/** inconsistent-name: spellings of a speaker's name that differ from the usual one. */
export function nameFindings(article: Article): Finding[] {
  const out: Finding[] = [];
  for (const v of findNameVariants(article)) {
    out.push({
      code: 'inconsistent-name',
      severity: 'information',
      span: v.span,
      args: { name: v.speaker.name, rare: v.rare, common: v.common, alternatives: `"${v.common}"` },
      related: v.commonSpans.map((span) => ({ span, args: { key: 'inconsistent-name.related', spelling: v.common } })),
    });
  }
  return out;
}
