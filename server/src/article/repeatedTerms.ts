// Short spans an article puts in quotes three times or more are names (a series, a product, a
// slogan), not words said, except where a cue of its own governs one: on every labelled set at hand
// (corpus, held-out, real copy) all 39 such spans were terms until a Reuters story quoted three
// people calling a race "rigged", each with a cue (lower-case English words: a name is never so).
// Read in one article only: a long document read in parts is no article, and its parts could not
// count alike (quotes.ts).
import type { Quote } from './model';

const MAX_WORDS = 3;
const MIN_TIMES = 3;

/** Makes terms of the quotes repeatedShortSpans finds, with no speaker (`speakerOf`: the analyser's speaker per quote). */
export function repeatedSpansAsTerms<E>(quotes: Quote[], speakerOf: (E | null)[]): void {
  for (const i of repeatedShortSpans(quotes)) {
    const q = quotes[i];
    q.kind = 'term';
    q.attribution = null;
    q.cue = null;
    q.cueSpan = null;
    speakerOf[i] = null;
  }
}

/** The indices of the quotes whose text, of MAX_WORDS words or fewer, is quoted MIN_TIMES times or more (but a first one a cue governs). */
function repeatedShortSpans(quotes: Quote[]): number[] {
  if (quotes.length < MIN_TIMES) return [];
  const byText = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const key = spanKey(q.text);
    if (key === null) return;
    const same = byText.get(key);
    if (same) same.push(i);
    else byText.set(key, [i]);
  });
  const out: number[] = [];
  for (const same of byText.values()) {
    if (same.length < MIN_TIMES) continue;
    // (`said the town needed "a fresh start"`, then `the "a fresh start" scheme`: the first, where a
    // cue with its own subject before it governs it, was said; the others name what was said, unless
    // a cue of their own governs them too and the words are no name, lower-case English ones:
    // `Brazile said the race was "rigged"`, `Warren agreed it was "rigged"`; a name in quotes a cue
    // seems to govern, `وقالت "عرب سات" إنها`, is the cue's subject, and stays a term)
    const lowerCase = LOWER_CASE_START.test(quotes[same[0]].text);
    same.forEach((i, n) => {
      if (!saidAt(quotes[i]) || (n > 0 && !lowerCase)) out.push(i);
    });
  }
  return out;
}

/** words that open on a lower-case Latin letter: no name */
const LOWER_CASE_START = /^\s*[a-z]/;

/** A cue before the quote, with its own subject, governs it. */
function saidAt(q: Quote): boolean {
  return q.kind === 'direct' && (q.attribution === 'cue' || q.attribution === 'according-to') && q.cueSpan !== null && q.cueSpan.end <= q.span.start;
}

/** The span's words, lower-cased, single-spaced, without end punctuation; null past MAX_WORDS words or for none. */
function spanKey(text: string): string | null {
  const words = text.trim().split(/\s+/, MAX_WORDS + 1);
  if (words.length > MAX_WORDS || words[0] === '') return null;
  return words.join(' ').replace(/[.,،!?؟:;؛]+$/u, '').toLowerCase();
}
