// Lookup of the layout lexicons (credits, labels, byline openers), keyed by the loose
// normalisation so `(الجزيره)`, `(REUTERS)` and `(Reuters )` all match.
import type { Span } from '../model';
import { layoutLexicons } from '../lexicon/layout';
import { isJsSpace, NORMALISED_CODE, normalizeLoose, rememberedPerWord, trimSpan } from '../text';

/** keys of the short strings the readers try at every line's start (`The`, `قال`), remembered; bounded */
export const layoutKey: (s: string) => string = rememberedPerWord(normalizeLoose, 10000, 12);

function keySet(pick: (l: (typeof layoutLexicons)[number]) => string[]): Set<string> {
  const set = new Set<string>();
  for (const lexicon of layoutLexicons) for (const w of pick(lexicon)) set.add(layoutKey(w));
  return set;
}

const BUILT_IN_CREDITS = keySet((l) => l.credits);
export const CAPTION_LABELS = keySet((l) => l.captionLabels);
export const CAPTION_OPENERS = keySet((l) => l.captionOpeners);
export const SOURCE_LABELS = keySet((l) => l.sourceLabels);
export const BYLINE_OPENERS = keySet((l) => l.bylineOpeners);
export const BYLINE_LABELS = keySet((l) => l.bylineLabels);

/** The longest label we look for before a colon; bounds the scan. */
const MAX_LABEL_CHARS = 24;

/** separators inside a compound credit: agency and photographer, agency and "archive" */
const COMPOUND_CREDIT = /\s*[-–/+|،,]\s*/;

export interface CreditMatcher {
  isKnown(credit: string): boolean;
}

/** Built-in credits plus the user's (`articleAnnotator.captionCredits`). Answers are memoised per
 * analysis: the same credit is printed under many captions. */
export function creditMatcher(extra: readonly string[] = []): CreditMatcher {
  const extras = new Set(extra.map(layoutKey).filter((k) => k !== ''));
  const seen = new Map<string, boolean>();
  return {
    isKnown(credit) {
      let known = seen.get(credit);
      if (known === undefined) {
        const has = (part: string) => {
          const key = layoutKey(part);
          return key !== '' && (BUILT_IN_CREDITS.has(key) || extras.has(key));
        };
        // `(رويترز-أرشيف)`, `(AFP/Getty Images)`, `(Reuters/Jane Doe)`: one known agency is enough
        known = has(credit) || (COMPOUND_CREDIT.test(credit) && credit.split(COMPOUND_CREDIT).some(has));
        seen.set(credit, known);
      }
      return known;
    },
  };
}

/**
 * `Label: rest` or `Label : rest` where Label is in `labels`: returns the offset just after the
 * colon, or null. Only the first colon within a few characters of the start is considered.
 */
export function afterLabel(text: string, span: Span, labels: Set<string>): number | null {
  const limit = Math.min(span.end, span.start + MAX_LABEL_CHARS + 2);
  for (let i = span.start; i < limit; i++) {
    const c = text[i];
    if (c === ':' || c === '：') {
      const label = trimSpan(text, span.start, i);
      if (label.end === label.start) return null;
      return labels.has(layoutKey(text.slice(label.start, label.end))) ? i + 1 : null;
    }
  }
  return null;
}

/** `Opener rest` where Opener is one or two words of `openers` followed by a space: the offset of rest. */
export function afterOpener(text: string, span: Span, openers: Set<string>): number | null {
  // (every word tried starts at span.start: a first letter no opener's key starts with rules them all out, no key worked out)
  const starts = keyStartsOf(openers);
  if (!starts.empty) {
    const first = keyFirstUnit(text, span.start, span.end);
    if (first >= 0 && !starts.units.has(first)) return null;
  }
  let wordsSeen = 0;
  for (let i = span.start; i < span.end && i < span.start + MAX_LABEL_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    wordsSeen++;
    if (openers.has(layoutKey(text.slice(span.start, i)))) return i + 1;
    if (wordsSeen >= 2) return null;
    while (i + 1 < span.end && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) i++;
  }
  return null;
}

/** per set of keys: the first code unit of each, and whether the empty key is one */
const keyStarts = new Map<Set<string>, { units: Set<number>; empty: boolean }>();

function keyStartsOf(keys: Set<string>): { units: Set<number>; empty: boolean } {
  let starts = keyStarts.get(keys);
  if (!starts) {
    starts = { units: new Set(), empty: keys.has('') };
    for (const k of keys) if (k !== '') starts.units.add(k.charCodeAt(0));
    keyStarts.set(keys, starts);
  }
  return starts;
}

/**
 * The first code unit of layoutKey(text.slice(start, e)), for any `e` past the first character that
 * normalisation keeps (the key is empty up to it), read without a copy: white space, harakat and
 * tatweel before it vanish; an ASCII character is lowercased, an Arabic one folded as normalizeForMatch
 * folds it. -1 for any other character (or none): then the key must be worked out.
 */
function keyFirstUnit(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c) || c === 0x200e || c === 0x200f || c === 0x200b) continue;
    if (c >= 0x80 && (c < 0x600 || c > 0x6ff)) return -1;
    // (ASCII and the Arabic block become one character each, or nothing)
    const unit = NORMALISED_CODE[c];
    if (unit === -1) continue;
    return unit;
  }
  return -1;
}
