// Quote spans in Arabic copy: one linear pass over the marks, like ../quoteSpans.ts, with the habits
// of Arabic keyboards and RTL editing read in:
//   - either curly glyph opens or closes (`“العالم “الإيرانية`, `وأضاف” إن …”`), and `″` closes (`“100″`);
//   - a one-letter proclitic glued to a mark stands where a space would (`و"الشروق"`, `بـ"التعزية"`);
//   - a mark whose shape is ambiguous is read from the next mark of its family (a look-ahead of one mark);
//   - a quote never runs past the end of its line (snn copy puts one paragraph per line);
//   - `«…وأن «…»` — an outer quote never closed ends where its nested quote of the same family closes;
//   - `»…«`: guillemets the wrong way round pair the wrong way round.
import type { Paragraph } from '../model';
import { finishedSpan, quotesNothing, type QuoteSpan } from '../quoteSpans';
import { isWhitespaceCode } from '../text';
import { isLetterOrDigitCode } from '../charClasses';
import { cueForm } from './lexicon';
import { norm } from './tokens';

type Family = 'quote' | 'guillemet' | 'low' | 'single';

const FAMILY: Record<string, Family> = { '"': 'quote', '“': 'quote', '”': 'quote', '″': 'quote', '«': 'guillemet', '»': 'guillemet', '„': 'low', '‘': 'single', '’': 'single' };
/**
 * Any quote mark (the keys of FAMILY): one class of single characters, nothing to backtrack. The
 * regex engine finds the next mark several times faster than a loop reading every character, and
 * most lines have none.
 */
const MARK = /["“”″«»„‘’]/g;
/** glyphs that can close a quote of each family */
const CLOSERS: Record<Family, string> = { quote: '"”“″', guillemet: '»', low: '“”', single: '’' };
/** glyphs that can open one */
const OPENERS = '"“”«»„‘';
const PROCLITICS = 'وفبلك';
const TATWEEL = 'ـ';
const AFTER_AS_SPACE = '.،,؛;:!?؟)]…-–—';
const SENTENCE_END = '.!?؟:';
const MAX_DEPTH = 4;
/** how far (characters) a nested quote in the same glyphs may run before its closing mark */
const NESTED_WINDOW = 60;

interface Open {
  family: Family;
  mark: string;
  start: number;
  index: number;
  /** where the last nested quote of the same family was closed */
  childClose: { at: number; mark: string; long: boolean } | null;
}

interface Shape {
  /** space (or a glued proclitic) before, a word after */
  opener: boolean;
  /** a word before, space or punctuation after */
  closer: boolean;
}


function isSpaceAt(text: string, i: number, start: number): boolean {
  return i < start || isWhitespaceCode(text.charCodeAt(i)) || '([{/'.includes(text[i]);
}

/** True when the characters before `i` are a glued proclitic (`و`, `بـ`, `ول`) after a space. */
function procliticBefore(text: string, i: number, start: number): boolean {
  let j = i - 1;
  if (j >= start && text[j] === TATWEEL) j--;
  if (j < start || !PROCLITICS.includes(text[j])) return false;
  if (isSpaceAt(text, j - 1, start)) return true;
  return 'وف'.includes(text[j - 1]) && isSpaceAt(text, j - 2, start);
}

function shapeAt(text: string, i: number, start: number, end: number): Shape {
  const spaceBefore = isSpaceAt(text, i - 1, start) || procliticBefore(text, i, start) || text[i - 1] === ':';
  const after = i + 1 < end ? text[i + 1] : ' ';
  const spaceAfter = i + 1 >= end || isWhitespaceCode(after.charCodeAt(0)) || AFTER_AS_SPACE.includes(after);
  return { opener: spaceBefore && !spaceAfter, closer: !spaceBefore && spaceAfter };
}

export function findArabicQuoteSpans(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: (QuoteSpan | undefined)[] = [];
  // the first mark at or after `searchedFrom` (text.length: none)
  let searchedFrom = 0;
  let mark = markFrom(text, 0);
  for (let p = 0; p < paragraphs.length; p++) {
    for (const line of paragraphs[p].lines) {
      if (line.start < searchedFrom || mark < line.start) mark = markFrom(text, (searchedFrom = line.start));
      if (mark >= line.end) continue; // a line without marks costs nothing
      mark = scanLine(text, line.start, line.end, p, out, mark);
      searchedFrom = line.end;
    }
  }
  return out as QuoteSpan[];
}

/** The index of the first quote mark at or after `from`, else text.length. */
function markFrom(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.test(text) ? MARK.lastIndex - 1 : text.length;
}

/** FAMILY's family of a mark as a number (quote 0, guillemet 1, low 2, single 3), read from its char code */
function familySlot(c: number): number {
  if (c === 0xab || c === 0xbb) return 1; // « »
  if (c === 0x201e) return 2; // „
  if (c === 0x2018 || c === 0x2019) return 3; // ‘ ’
  return 0; // " “ ” ″
}

/** per family slot, the nearest mark of the line after the one read (scanLine; reset per line: no object per line) */
const lastOfFamily = new Int32Array(4);

function isSentenceEndCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x61f; // . ! ? ؟
}

/** Reads the quotes of the line whose first mark is at `first`; returns the first mark at or after `end`. */
function scanLine(text: string, start: number, end: number, p: number, out: (QuoteSpan | undefined)[], first: number): number {
  // The marks of the line, so that the next mark of a family is found without rescanning.
  const marks: number[] = [];
  let m = first;
  for (; m < end; m = markFrom(text, m + 1)) marks.push(m);
  // the last sentence end before a mark, read only where a long nested quote asks it (the marks come
  // in order: what was read once is not read again)
  let endsReadTo = start;
  let lastSentenceEnd = -1;
  const shapes: Shape[] = marks.map((i) => shapeAt(text, i, start, end));
  const nextOfFamily: number[] = new Array(marks.length).fill(-1);
  lastOfFamily.fill(-1);
  for (let k = marks.length - 1; k >= 0; k--) {
    const f = familySlot(text.charCodeAt(marks[k]));
    nextOfFamily[k] = lastOfFamily[f];
    lastOfFamily[f] = k;
  }

  const stack: Open[] = [];
  const finish = (closeAt: number | null, closeMark: string | null, textEnd: number) => {
    const o = stack.pop()!;
    if (closeAt === null && o.childClose) {
      closeAt = o.childClose.at;
      closeMark = o.childClose.mark;
      textEnd = closeAt;
    }
    if (quotesNothing(o, closeAt, out)) return void out.pop();
    out[o.index] = finishedSpan(o, closeAt, closeMark, textEnd, p, false, stack.length ? stack[stack.length - 1].index : null);
    const parent = stack[stack.length - 1];
    if (parent && closeAt !== null && parent.family === o.family) parent.childClose = { at: closeAt, mark: closeMark!, long: closeAt - o.start > NESTED_WINDOW };
  };
  const open = (ch: string, at: number) => {
    if (stack.length >= MAX_DEPTH) return;
    stack.push({ family: FAMILY[ch], mark: ch, start: at, index: out.length, childClose: null });
    out.push(undefined);
  };

  for (let k = 0; k < marks.length; k++) {
    const i = marks[k];
    const ch = text[i];
    // Apostrophes: a single mark between letters is never a quote mark.
    if ((ch === '’' || ch === '‘') && i > start && i + 1 < end && isLetterOrDigitCode(text.charCodeAt(i - 1)) && isLetterOrDigitCode(text.charCodeAt(i + 1))) continue;
    const shape = shapes[k];
    const nextK = nextOfFamily[k];
    const next = nextK >= 0 ? shapes[nextK] : null;

    let closes = -1;
    for (let s = stack.length - 1; s >= 0; s--) {
      // (`»البيئة«`: guillemets typed the wrong way round close the wrong way round too)
      if (CLOSERS[stack[s].family].includes(ch) || (ch === '«' && stack[s].mark === '»')) {
        closes = s;
        break;
      }
    }
    // `«…وأن «…» (…). وأشار … »`: an outer quote reopened by a long nested one, closed before a
    // sentence ended, has ended there too; a closing mark after that sentence is not its own.
    if (closes >= 0) {
      const child = stack[closes].childClose;
      if (child?.long && closes === 0) {
        for (; endsReadTo < i; endsReadTo++) if (isSentenceEndCode(text.charCodeAt(endsReadTo))) lastSentenceEnd = endsReadTo;
      }
      if (child?.long && closes === 0 && lastSentenceEnd > child.at) {
        while (stack.length) finish(null, null, i);
        closes = -1;
      }
    }
    if (closes >= 0) {
      const top = stack.length - 1;
      const reopens = closes === top && shape.opener && OPENERS.includes(ch);
      // `قائلاً: "إننا … أفعال. وتابع قائلاً: "إننا نفرق …`: a mark opening words right after a
      // reporting clause and its colon, the open quote's sentence ended before that clause: the open
      // quote was left unclosed at that sentence's end, and this mark opens the next one
      const resumedAt = reopens ? introducedAfterSentence(text, stack[top].start, i) : -1;
      if (resumedAt >= 0) {
        finish(null, null, resumedAt);
        open(ch, i);
        continue;
      }
      // A word-opening mark inside an open quote of its family: a nested quote when its own closing
      // mark follows shortly within the sentence (`"… فئة "جالكسي" و"…"`), else the quote's end.
      if (reopens && nestedCloses(text, i, nextK >= 0 ? marks[nextK] : -1, next)) {
        open(ch, i);
        continue;
      }
      while (stack.length - 1 > closes) finish(null, null, trimEnd(text, stack[stack.length - 1].start + 1, i));
      finish(i, ch, i);
      continue;
    }
    if (!OPENERS.includes(ch)) continue; // `″`, `’` with nothing open: stray
    // Nothing of this family open. A word-opening mark opens; an ambiguous one opens only when the
    // next mark of its family can close it (`وأضاف” إن … الإنسان”.`), else it is stray (`ابن عباس” قال`).
    if (shape.opener || (next !== null && !next.opener)) open(ch, i);
  }
  while (stack.length) {
    const o = stack[stack.length - 1];
    finish(null, null, trimEnd(text, o.start + o.mark.length, end));
  }
  return m;
}

/** How far back from the colon the sentence end before an introducing clause (`. وتابع قائلاً:`) may be. */
const INTRODUCING_CLAUSE = 40;

/**
 * The end of the sentence (past its `.` `!` `؟`) that a reporting clause and its colon follow, right
 * before the mark at `at`, inside the quote opened at `openAt`: `… أفعال. وتابع قائلاً: "`. -1 when no
 * colon stands right before the mark, no sentence ended shortly before it, or the clause between holds
 * no reporting cue (`… قال لي: "…"` inside someone's words, with no sentence ended, is a nested quote).
 */
function introducedAfterSentence(text: string, openAt: number, at: number): number {
  let colon = at - 1;
  while (colon > openAt && isWhitespaceCode(text.charCodeAt(colon))) colon--;
  if (text[colon] !== ':') return -1;
  for (let i = colon - 1; i > openAt + 1 && colon - i <= INTRODUCING_CLAUSE; i--) {
    if (isSentenceEndCode(text.charCodeAt(i))) return reportingClause(text.slice(i + 1, colon)) ? narratorBefore(text, openAt, i + 1) : -1;
    if (CLAUSE_BREAKING_MARKS.includes(text[i])) return -1;
  }
  return -1;
}

/** How far back (characters) a sentence of the narrator's before the introducing clause is looked for. */
const NARRATOR_SENTENCE = 400;

/**
 * `"… غال جدا. وحذر رئيس مكتبة نيويورك … من انه … المستقبل. واضاف: "`: the open quote ended before
 * the narrator's own sentences too, each opening on a reporting verb after و, that stand between its
 * words and the introducing clause. Where the first of them starts (or `at`).
 */
function narratorBefore(text: string, openAt: number, at: number): number {
  for (;;) {
    let i = at - 2;
    while (i > openAt + 1 && at - i <= NARRATOR_SENTENCE && !isSentenceEndCode(text.charCodeAt(i)) && !CLAUSE_BREAKING_MARKS.includes(text[i])) i--;
    if (i <= openAt + 1 || at - i > NARRATOR_SENTENCE || !isSentenceEndCode(text.charCodeAt(i))) return at;
    const sentence = text.slice(i + 1, at).trim();
    const first = sentence.slice(0, sentence.search(/\s|$/));
    const cue = first ? cueForm(norm(first)) : null;
    if (!cue || cue.conj !== 'و' || cue.form.kind !== 'verb') return at;
    at = i + 1;
  }
}

/**
 * A word of the clause is the narrator's reporting cue: a verb after و (`وتابع`, `وأضاف`) or a
 * participle (`قائلاً`), not the speaker's own `قلت للاعبين:` bringing in words inside their quote.
 */
function reportingClause(clause: string): boolean {
  for (const word of clause.split(/\s+/)) {
    const cue = word ? cueForm(norm(word)) : null;
    if (cue && (cue.conj !== '' || cue.form.kind === 'participle')) return true;
  }
  return false;
}

/** the double marks and guillemets: a quote's words inside the clause mean it brings in no quote of its own */
const CLAUSE_BREAKING_MARKS = '"«»“”„';

function nestedCloses(text: string, at: number, nextAt: number, next: Shape | null): boolean {
  if (nextAt < 0 || next === null || next.opener || nextAt - at > NESTED_WINDOW) return false;
  for (let i = at + 1; i < nextAt; i++) if (SENTENCE_END.includes(text[i])) return false;
  return true;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
