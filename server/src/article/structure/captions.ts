// Photo captions: a line opening with a parenthesised credit (`(الجزيرة) …`, `(Reuters) …`) or a
// caption label (`Photo: …`, `صورة: …`). Repeats are marked with duplicateOf.
import type { Caption, Span } from '../model';
import { normalizeLoose, trimSpan } from '../text';
import { countWords, DASHES, endsSentence, firstChar, isLowerLatin, type ContentLine } from './lineFacts';
import { afterLabel, afterOpener, CAPTION_LABELS, CAPTION_OPENERS, type CreditMatcher } from './layoutWords';

/** Longer than this, a line opening with a parenthesis is prose, not a caption. */
const MAX_CAPTION_WORDS = 40;
/** Captions are a phrase or one short sentence; longer and ending in a full stop, it is a paragraph. */
const MAX_SENTENCE_CAPTION_WORDS = 20;

/** `(رويترز) قال مسؤولون …` opening a paragraph of news, not a caption. */
function isProse(text: string, rest: Span): boolean {
  // (counted no further than the longest caption: a paragraph opening on a credit is not read through)
  const words = countWords(text, rest, MAX_CAPTION_WORDS + 1);
  return words > MAX_CAPTION_WORDS || (words > MAX_SENTENCE_CAPTION_WORDS && endsSentence(text, rest));
}
/** A credit not in the lexicon is accepted when it is this short and its block holds only captions. */
const MAX_GENERIC_CREDIT_WORDS = 3;
const MAX_CREDIT_CHARS = 48;

type Strength = 'known' | 'generic' | 'labelled';

interface CaptionCandidate {
  credit: string | null;
  creditSpan: Span | null;
  textSpan: Span;
  strength: Strength;
}

interface Parenthesis {
  /** the words inside the brackets */
  inner: Span;
  open: number;
  close: number;
}

function parenthesisAtStart(text: string, span: Span): Parenthesis | null {
  if (text[span.start] !== '(') return null;
  const limit = Math.min(span.end, span.start + MAX_CREDIT_CHARS + 2);
  for (let i = span.start + 1; i < limit; i++) {
    if (text[i] === '(') return null;
    if (text[i] === ')') return { inner: trimSpan(text, span.start + 1, i), open: span.start, close: i };
  }
  return null;
}

function parenthesisAtEnd(text: string, span: Span): Parenthesis | null {
  if (text[span.end - 1] !== ')') return null;
  const limit = Math.max(span.start, span.end - MAX_CREDIT_CHARS - 2);
  for (let i = span.end - 2; i >= limit; i--) {
    if (text[i] === ')') return null;
    if (text[i] === '(') return { inner: trimSpan(text, i + 1, span.end - 1), open: i, close: span.end - 1 };
  }
  return null;
}

const CREDIT_PUNCTUATION = new Set(['.', '/', '-', '&', '+', ':', "'", '’', '|']);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** A short run of words that could be an agency or photographer: letters, no digits. */
function looksLikeCredit(s: string): boolean {
  if (s.length < 2) return false;
  let letters = 0;
  for (const ch of s) {
    if (LETTER_OR_MARK.test(ch)) letters++;
    else if (ch !== ' ' && !CREDIT_PUNCTUATION.has(ch)) return false;
  }
  return letters >= 2 && s.trim().split(/\s+/).length <= MAX_GENERIC_CREDIT_WORDS;
}

function creditStrength(credit: string, credits: CreditMatcher): Strength | null {
  if (credits.isKnown(credit)) return 'known';
  return looksLikeCredit(credit) ? 'generic' : null;
}

function parseCaptionLine(text: string, span: Span, credits: CreditMatcher): CaptionCandidate | null {
  const paren = parenthesisAtStart(text, span);
  if (paren) {
    const rest = trimSpan(text, paren.close + 1, span.end);
    if (rest.start === rest.end) return null; // a bare credit line
    if (DASHES.has(text[rest.start])) return null; // `(Reuters) - …`: a dateline, the lead begins
    if (isProse(text, rest)) return null;
    const credit = text.slice(paren.inner.start, paren.inner.end);
    const strength = creditStrength(credit, credits);
    return strength ? { credit, creditSpan: paren.inner, textSpan: rest, strength } : null;
  }
  const afterWords = afterLabel(text, span, CAPTION_LABELS) ?? afterOpener(text, span, CAPTION_OPENERS);
  if (afterWords === null) return null;
  const rest = trimSpan(text, afterWords, span.end);
  if (rest.start === rest.end || isProse(text, rest)) return null;
  const restText = text.slice(rest.start, rest.end);
  // `Photo: Reuters`, `Photo: Jane Smith/AFP`: a credit line, not a caption
  if (credits.isKnown(restText) || (restText.includes('/') && countWords(text, rest) <= 4)) return null;
  const trailing = parenthesisAtEnd(text, rest);
  if (trailing && trailing.open > rest.start) {
    const credit = text.slice(trailing.inner.start, trailing.inner.end);
    if (creditStrength(credit, credits)) {
      return { credit, creditSpan: trailing.inner, textSpan: trimSpan(text, rest.start, trailing.open), strength: 'labelled' };
    }
  }
  return { credit: null, creditSpan: null, textSpan: rest, strength: 'labelled' };
}

/**
 * Whether a candidate stands where a caption can: a labelled line anywhere; a known credit on a line
 * of its own or after a finished sentence (not a wrapped line of prose); a generic credit only in a
 * block made of captions (`allCandidates[block]`).
 */
function standsAsCaption(text: string, lines: ContentLine[], candidates: (CaptionCandidate | null)[], allCandidates: boolean[], i: number): boolean {
  const c = candidates[i]!;
  if (c.strength === 'labelled') return true;
  const line = lines[i];
  if (isLowerLatin(firstChar(text, c.textSpan))) return false;
  if (c.strength === 'known') {
    if (line.indexInBlock === 0) return true;
    return candidates[i - 1] !== null || endsSentence(text, lines[i - 1].span);
  }
  return allCandidates[line.block];
}

/**
 * The first caption with these words (`key`: normalizeLoose of its text) that came before, or null
 * when this is the first, recorded as caption `index`. A caption with no words (only punctuation)
 * repeats nothing.
 */
export function earlierCaption(firstByKey: Map<string, number>, key: string, index: number): number | null {
  if (key === '') return null;
  const first = firstByKey.get(key);
  if (first !== undefined) return first;
  firstByKey.set(key, index);
  return null;
}

/** Captions among the content lines; `excluded[i]` marks lines already read as something else. */
export function readCaptions(text: string, lines: ContentLine[], excluded: boolean[], credits: CreditMatcher): { captions: Caption[]; lineIndex: number[] } {
  const candidates = lines.map((l, i) => (excluded[i] ? null : parseCaptionLine(text, l.span, credits)));
  const allCandidates: boolean[] = [];
  lines.forEach((l, i) => (allCandidates[l.block] = (allCandidates[l.block] ?? true) && candidates[i] !== null));
  const captions: Caption[] = [];
  const lineIndex: number[] = [];
  const firstByKey = new Map<string, number>();
  const keyOf = new Map<string, string>(); // repeated captions are the point: normalise each text once
  for (let i = 0; i < lines.length; i++) {
    const c = candidates[i];
    if (!c || !standsAsCaption(text, lines, candidates, allCandidates, i)) continue;
    const captionText = text.slice(c.textSpan.start, c.textSpan.end);
    let key = keyOf.get(captionText);
    if (key === undefined) keyOf.set(captionText, (key = normalizeLoose(captionText)));
    const duplicateOf = earlierCaption(firstByKey, key, captions.length);
    captions.push({ text: captionText, credit: c.credit, span: lines[i].span, creditSpan: c.creditSpan, textSpan: c.textSpan, duplicateOf });
    lineIndex.push(i);
  }
  return { captions, lineIndex };
}
