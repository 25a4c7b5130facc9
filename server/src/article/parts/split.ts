// Where a long document is cut into parts that are read one by one (and re-read only when their
// own text changes). A cut falls only at the start of a paragraph, where one reading of the
// article can stop and another begin without splitting a quote or separating a quote from the
// sentence that introduces it; which paragraph starts carry a cut is decided by their own first
// characters (content-defined, as in rsync), so an edit moves the cuts around it and no others.
import type { Language } from '../model';
import { isWhitespaceCode, offsetToPosition, scriptLead } from '../text';
import { LanguageChanges, PARAGRAPH_SAMPLE } from './languageChanges';

/** Documents shorter than this (UTF-16 units; news articles are under 100 KB) are read whole. */
export const PARTS_FROM = 200_000;

/** A text this long is read in parts (analyze.ts planLongDocument plans it). */
export function isReadInParts(text: string): boolean {
  return text.length >= PARTS_FROM;
}
/** A part holds at least this much text before a cut may end it... */
const MIN_PART = 32_000;
/** ...and is cut at the first permitted paragraph start past this length, whatever its content. */
const MAX_PART = 96_000;
/** The paragraphs before a part, read with it as context (who was speaking), hold at most this much. */
const MAX_CONTEXT = 3_000;
const CONTEXT_PARAGRAPHS = 3;
/** One permitted paragraph start in this many (by content) carries a cut once MIN_PART is reached. */
const CUT_ONE_IN = 4;

export interface PartBounds {
  /** where the part's own text starts (a paragraph start) and ends (the next part's start) */
  start: number;
  end: number;
  /** where the text read with it starts: a few paragraphs earlier (context), or `start` */
  contextStart: number;
  /** the language its paragraphs are written in (languageChanges.ts); null when none of them showed one */
  language: Language | null;
}

const OPENING_QUOTES = new Set([0x22, 0x27, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2039, 0x203a]);

/**
 * The parts of `text` in order; one part covering everything when the text is short. A change of
 * language (languageChanges.ts) always starts a part, read without the other language's paragraphs
 * before it as context.
 */
export function splitIntoParts(text: string, lineStarts: number[]): PartBounds[] {
  if (text.length < PARTS_FROM) return [{ start: 0, end: text.length, contextStart: 0, language: null }];
  const cuts = [0];
  /** the script at each cut (LanguageChanges.current): what its part is written in */
  const scripts = [0];
  const languageCuts = new Set<number>();
  const languages = new LanguageChanges();
  /** the paragraph being read: where it starts, its script lead so far and the characters that lead read */
  let paragraphStart = -1;
  let paragraphLead = 0;
  let sampled = 0;
  const endParagraph = () => {
    if (paragraphStart < 0) return;
    const change = languages.paragraph(paragraphStart, paragraphLead);
    if (change < 0) return;
    // the run in the other language begins a part: a cut made inside it goes
    while (cuts[cuts.length - 1] > change) {
      cuts.pop();
      scripts.pop();
    }
    if (cuts[cuts.length - 1] < change) {
      cuts.push(change);
      scripts.push(0);
    }
    scripts[scripts.length - 1] = languages.current;
    languageCuts.add(change);
  };
  let previousBlank = true;
  let lastNonBlankCode = -1;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    let first = start;
    while (first < end && isBlankCode(text.charCodeAt(first))) first++;
    if (first === end) {
      previousBlank = true;
      continue;
    }
    if (previousBlank) {
      endParagraph();
      paragraphStart = start;
      paragraphLead = 0;
      sampled = 0;
      const size = start - cuts[cuts.length - 1];
      if (size >= MIN_PART && mayCutBefore(text, first, lastNonBlankCode) && (size >= MAX_PART || contentHash(text, first, end) % CUT_ONE_IN === 0)) {
        cuts.push(start);
        scripts.push(languages.current);
      }
    }
    if (sampled < PARAGRAPH_SAMPLE) {
      const to = Math.min(end, first + PARAGRAPH_SAMPLE - sampled);
      paragraphLead += scriptLead(text, first, to);
      sampled += to - first;
    }
    previousBlank = false;
    let last = end - 1;
    while (last > first && isBlankCode(text.charCodeAt(last))) last--;
    lastNonBlankCode = text.charCodeAt(last);
  }
  endParagraph();
  // (a part cut before any paragraph counted is in the script of the first one that did)
  for (let i = 0; i < scripts.length; i++) if (scripts[i] === 0) scripts[i] = languages.first;
  const parts: PartBounds[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i];
    const language = scripts[i] > 0 ? 'ar' : scripts[i] < 0 ? 'en' : null;
    parts.push({ start, end: i + 1 < cuts.length ? cuts[i + 1] : text.length, contextStart: start, language });
  }
  addContext(text, lineStarts, parts, languageCuts);
  return parts;
}

/**
 * Each part but the first is read after the last few paragraphs of the one before it, unless the
 * language changes at its start (who spoke in the other language's article is no context).
 */
function addContext(text: string, lineStarts: number[], parts: PartBounds[], languageCuts: Set<number>): void {
  // walk back from each cut over blank-separated paragraphs, within MAX_CONTEXT
  for (let i = 1; i < parts.length; i++) {
    const cut = parts[i].start;
    if (languageCuts.has(cut)) continue;
    let line = offsetToPosition(lineStarts, cut).line;
    let contextStart = cut;
    let paragraphs = 0;
    let inParagraph = false;
    while (line > 0 && paragraphs <= CONTEXT_PARAGRAPHS) {
      line--;
      const start = lineStarts[line];
      if (cut - start > MAX_CONTEXT) break;
      if (isBlankLine(text, start, lineStarts[line + 1])) {
        if (inParagraph) paragraphs++;
        inParagraph = false;
        if (paragraphs === CONTEXT_PARAGRAPHS) break;
      } else {
        inParagraph = true;
        // a paragraph is context only when it fits whole: start at its first line
        if (line === 0 || isBlankLine(text, lineStarts[line - 1], start)) contextStart = start;
      }
    }
    parts[i].contextStart = Math.max(parts[i - 1].start, contextStart);
  }
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

/** What makes a line blank for paragraphs (structure/paragraphs.ts trims white space the same way). */
const isBlankCode = isWhitespaceCode;

/** . ! ? ؟ … : a paragraph that ends on one of these is finished prose. */
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x61f, 0x2026]);

/**
 * A cut follows finished prose: not a heading or a line introducing what comes next (`…قائلا:`),
 * which belong with the paragraph after them. A paragraph that opens with a quotation mark may be
 * a quote run on from the one before: no cut before it either.
 */
function mayCutBefore(text: string, first: number, previousCode: number): boolean {
  return SENTENCE_ENDS.has(previousCode) && !OPENING_QUOTES.has(text.charCodeAt(first));
}

/** FNV-1a over the first characters of the paragraph's first line. */
function contentHash(text: string, first: number, end: number): number {
  let h = 0x811c9dc5;
  const stop = Math.min(end, first + 32);
  for (let i = first; i < stop; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
