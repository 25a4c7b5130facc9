// Finds quotation spans in each paragraph: one linear pass over the marks, with a small stack.
// Real copy mixes glyphs and leaves marks unbalanced, so each mark is read from its neighbours
// (is it opening a word or closing one?) as well as from what is currently open.
import type { Paragraph, Span } from './model';
import { isWhitespaceCode } from './text';
import { isLetterOrDigitCode } from './charClasses';

export interface QuoteSpan {
  span: Span;
  textSpan: Span;
  openMark: string;
  /** null when the quote is never closed */
  closeMark: string | null;
  paragraph: number;
  /** the closing mark is left out by convention: the next paragraph (or sentence) reopens the quote */
  runsOn: boolean;
  /** index (into the returned list) of the quote this one sits inside, or null */
  nestedIn: number | null;
}

type Family = 'straight' | 'curly' | 'guillemet' | 'low' | 'single';

const OPENERS: Record<string, Family> = { '"': 'straight', '“': 'curly', '”': 'curly', '«': 'guillemet', '„': 'low', '‘': 'single' };
/** which closing glyphs end a quote of each family (mixed glyphs are common in real copy) */
const CLOSERS: Record<Family, string> = { straight: '"”“', curly: '”“"', guillemet: '»', low: '“”', single: '’' };
/** the quote-mark glyphs by char code (all below U+2020): the per-character test is one array read */
const IS_MARK = new Uint8Array(0x2020);
for (const m of ['"', '“', '”', '«', '»', '„', '‘', '’']) IS_MARK[m.charCodeAt(0)] = 1;
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
const MAX_DEPTH = 4;

// The scan reads char codes, not one-character strings (a mark outside Latin-1 would be a new string each time).
const FAMILY_BIT: Record<Family, number> = { straight: 1, curly: 2, guillemet: 4, low: 8, single: 16 };
/** by char code: the families a glyph can close (bits of FAMILY_BIT) */
const CLOSES = new Uint8Array(0x2020);
for (const family of Object.keys(CLOSERS) as Family[]) for (const m of CLOSERS[family]) CLOSES[m.charCodeAt(0)] |= FAMILY_BIT[family];
/** by char code: the glyph as a string, so open and close marks are shared strings */
const MARK_TEXT: string[] = [];
for (const m of ['"', '“', '”', '«', '»', '„', '‘', '’']) MARK_TEXT[m.charCodeAt(0)] = m;
const STRAIGHT_DOUBLE = 0x22;

/** A straight double mark in text[from, end). */
function straightMarkBefore(text: string, from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (text.charCodeAt(j) === STRAIGHT_DOUBLE) return true;
  return false;
}

/** characters before a mark that stand where a space would */
const SPACE_LIKE_BEFORE = new Set([...'([{—–-/'].map((ch) => ch.charCodeAt(0)));
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
/** bound once here: a call through the importing module's namespace costs a property read per call (and a getter when run from source) */
const isSpaceCode = isWhitespaceCode;

interface Open {
  family: Family;
  /** FAMILY_BIT[family] */
  bit: number;
  mark: string;
  start: number;
  index: number;
}

function prevNonSpace(text: string, from: number, limit: number): string {
  for (let i = from - 1; i >= limit; i--) if (!isWhitespaceCode(text.charCodeAt(i))) return text[i];
  return '';
}

/** any quote-mark glyph (the IS_MARK set): the regular expression engine skips the text between marks faster than a loop */
const ANY_MARK = /["“”«»„‘’]/g;

/** The next mark at or after an offset, remembered across paragraphs: each stretch of text is searched once. */
interface MarkCursor {
  /** the offset last searched from, and the first mark at or after it (text.length: none) */
  from: number;
  at: number;
}

function nextMark(text: string, cursor: MarkCursor, from: number): number {
  if (from >= cursor.from && cursor.at >= from) return cursor.at;
  cursor.from = from;
  ANY_MARK.lastIndex = from;
  cursor.at = ANY_MARK.test(text) ? ANY_MARK.lastIndex - 1 : text.length;
  return cursor.at;
}

export function findQuoteSpans(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: (QuoteSpan | undefined)[] = [];
  const cursor: MarkCursor = { from: 0, at: -1 };
  for (let p = 0; p < paragraphs.length; p++) scanParagraph(text, paragraphs, p, out, cursor);
  // Every opened quote is finished before its paragraph ends, and quotes are opened in text order,
  // so the list is complete and sorted by start: `nestedIn` indexes stay valid.
  return out as QuoteSpan[];
}

function scanParagraph(text: string, paragraphs: Paragraph[], p: number, out: (QuoteSpan | undefined)[], cursor: MarkCursor): void {
  const { start, end } = paragraphs[p].span;
  const stack: Open[] = [];
  /** Ends the innermost open quote: closed by the mark at `closeAt`, or left open with its text ending at `textEnd`. */
  const finish = (closeAt: number | null, closeMark: string | null, textEnd: number, runsOn: boolean) => {
    const o = stack.pop()!;
    if (quotesNothing(o, closeAt, out)) return void out.pop();
    out[o.index] = finishedSpan(o, closeAt, closeMark, textEnd, p, runsOn, stack.length ? stack[stack.length - 1].index : null);
  };
  const open = (ch: string, at: number) => {
    if (stack.length >= MAX_DEPTH) return;
    const family = OPENERS[ch];
    stack.push({ family, bit: FAMILY_BIT[family], mark: ch, start: at, index: out.length });
    out.push(undefined);
  };

  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x2020 || IS_MARK[code] === 0) {
      // not a mark: the search skips to the next one (marks in a row never get here)
      i = nextMark(text, cursor, i);
      if (i >= end) break;
      code = text.charCodeAt(i);
    }
    const ch = MARK_TEXT[code];
    const before = i > start ? text.charCodeAt(i - 1) : 32;
    const after = i + 1 < end ? text.charCodeAt(i + 1) : 32;
    const spaceBefore = isSpaceCode(before) || SPACE_LIKE_BEFORE.has(before);
    const spaceAfter = isSpaceCode(after);
    // Apostrophes and contractions: a single mark between letters is never a quote mark.
    if ((code === RIGHT_SINGLE || code === LEFT_SINGLE) && isLetterOrDigitCode(before) && isLetterOrDigitCode(after)) continue;
    const isOpener = ch in OPENERS;
    const opensWord = spaceBefore && !spaceAfter && isOpener;

    let closes = -1;
    const closesBits = CLOSES[code];
    if (closesBits !== 0) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if ((closesBits & stack[k].bit) !== 0) {
          closes = k;
          break;
        }
      }
    }
    const top = stack.length - 1;
    if (closes === top && top >= 0 && opensWord && i > stack[top].start + 1) {
      // The family already open, reopened before a word: either the quote ran on after a sentence end
      // (`… society. "We need …`, a new paragraph flattened onto one line) or a nested quote in the same glyphs.
      if (opensRunOn(text, stack[top].start, i)) {
        finish(null, null, trimEnd(text, stack[top].start + 1, i), true);
        open(ch, i);
        continue;
      }
      if (stack.length < MAX_DEPTH) {
        open(ch, i);
        continue;
      }
    }
    if (closes >= 0 && !(spaceBefore && spaceAfter && isOpener && closes !== top)) {
      while (stack.length - 1 > closes) finish(null, null, trimEnd(text, stack[stack.length - 1].start + 1, i), false);
      finish(i, ch, i, false);
      continue;
    }
    if (isOpener && !spaceAfter && (ch !== '”' || spaceBefore || stack.length === 0)) open(ch, i);
    // (`Obergefell said, " It will mean …"`: a straight mark between spaces, nothing open, opens a quote
    // when another straight mark follows in the paragraph; the search stops at that next mark or at the
    // paragraph's end, so each stretch is searched once: linear)
    else if (code === STRAIGHT_DOUBLE && spaceBefore && spaceAfter && stack.length === 0 && straightMarkBefore(text, i + 1, end)) open(ch, i);
    // Otherwise a stray mark (a closer with nothing open, a mark between spaces): ignored.
  }

  // Quotes still open at the end of the paragraph: the outermost runs on when the next paragraph reopens it.
  const next = paragraphs[p + 1];
  const nextOpens = next ? firstMarkFamily(text, next.span.start) : null;
  while (stack.length) {
    const o = stack[stack.length - 1];
    // (`"There's a lot of anger, that this just has to stop, she said. While …`: the quote plainly ends at its attribution;
    // only a quote with none opened inside it, which the cut would leave straddling its end)
    const said = stack.length === 1 && o.index === out.length - 1 ? attributionInside(text, o.start + o.mark.length, end) : -1;
    if (said >= 0) finish(null, null, trimEnd(text, o.start + o.mark.length, said), false);
    else finish(null, null, trimEnd(text, o.start + o.mark.length, end), stack.length === 1 && nextOpens === o.family);
  }
}

const ATTRIBUTION_PRONOUNS = new Set(['he', 'she', 'they']);
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'added', 'adds']);

/**
 * In an unclosed quote's text [from, end): the first `, he said.` (a pronoun and a verb of saying
 * after a comma, then a comma or a full stop) — where the words end, after their comma. -1 when none.
 */
function attributionInside(text: string, from: number, end: number): number {
  for (let c = text.indexOf(', ', from); c >= 0 && c < end; c = text.indexOf(', ', c + 2)) {
    const p = c + 2;
    const sp = text.indexOf(' ', p);
    if (sp < 0 || sp >= end || sp - p > 4 || !ATTRIBUTION_PRONOUNS.has(text.slice(p, sp))) continue;
    let v = sp + 1;
    while (v < end && text.charCodeAt(v) >= 97 && text.charCodeAt(v) <= 122) v++;
    if (v - sp - 1 > 5 || !ATTRIBUTION_VERBS.has(text.slice(sp + 1, v))) continue;
    if (v === end || text[v] === '.' || text[v] === ',') return c + 1;
  }
  return -1;
}

/** True when the open quote's words so far end a sentence: a reopening mark then starts a new quote. */
function opensRunOn(text: string, openStart: number, at: number): boolean {
  const last = prevNonSpace(text, at, openStart + 1);
  if (SENTENCE_END.has(last) || last === '"' || last === '”') return true;
  // (`… saying 'what do you want?' "To not …`: a sentence ended inside a single-quoted phrase)
  if (last !== "'" && last !== '’') return false;
  const q = text.lastIndexOf(last, at - 1);
  return q > openStart + 1 && SENTENCE_END.has(text[q - 1]);
}

function firstMarkFamily(text: string, at: number): Family | null {
  const ch = text[at];
  return ch in OPENERS ? OPENERS[ch] : null;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Two marks with nothing between them (`""`) quote nothing: no span. Its place in the list is the
 * last one (nothing opened inside it), so dropping it moves no other quote's index.
 */
export function quotesNothing(o: { start: number; mark: string; index: number }, closeAt: number | null, out: unknown[]): boolean {
  return closeAt === o.start + o.mark.length && o.index === out.length - 1;
}

/** The span of a quote opened at `o`: closed by the mark at `closeAt`, or left open with its text ending at `textEnd`. */
export function finishedSpan(
  o: { start: number; mark: string },
  closeAt: number | null,
  closeMark: string | null,
  textEnd: number,
  paragraph: number,
  runsOn: boolean,
  nestedIn: number | null,
): QuoteSpan {
  return {
    span: { start: o.start, end: closeAt === null ? textEnd : closeAt + 1 },
    textSpan: { start: o.start + o.mark.length, end: textEnd },
    openMark: o.mark,
    closeMark,
    paragraph,
    runsOn,
    nestedIn,
  };
}
