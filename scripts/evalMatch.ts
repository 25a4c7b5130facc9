// Matching rules of the evaluation (see ../shared/corpus/README.md, "How a result is scored").
//
// Quote texts agree when, after normalisation (Arabic harakat/tatweel stripped, letter variants
// unified, ta marbuta folded, case folded, punctuation dropped, white space collapsed), they are
//   - equal, or
//   - one contains the other and the shorter is at least 90% of the longer's length, or
//   - their edit distance is at most 10% of the longer's length (rounded down: short texts must agree exactly).
// Gold and system quotes are paired greedily, one to one, in text order: each gold quote takes the
// first unpaired system quote that agrees with it at or after the previous pair, else any unpaired one.
//
// Speaker names agree when, honorifics aside, the words of one are all among the words of the
// other, for the system speaker's name or any alias against the gold name or any alias.
import { normalizeForMatch } from '../server/src/article/text';

const MIN_CONTAIN_RATIO = 0.9;
const EDIT_RATIO = 0.1;

/** Normalised quote text: letters and digits of any script, single spaces. */
export function normalizeQuoteText(s: string): string {
  return normalizeForMatch(s, true)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance if it is at most `max`, else max + 1 (banded: O(n·max)). */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  const INF = max + 1;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : INF;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur.fill(INF);
    cur[0] = i <= max ? i : INF;
    let rowMin = cur[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1);
      cur[j] = v > INF ? INF : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return INF;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], INF);
}

/** Both arguments already normalised with normalizeQuoteText. */
export function quoteTextsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length >= MIN_CONTAIN_RATIO * long.length) return true;
  const max = Math.floor(EDIT_RATIO * long.length);
  return max > 0 && boundedEditDistance(a, b, max) <= max;
}

/** Greedy one-to-one pairing in order; returns for each gold index the system index or -1. */
export function pairInOrder(gold: string[], system: string[]): number[] {
  const taken = new Array<boolean>(system.length).fill(false);
  const pairs: number[] = [];
  let from = 0;
  for (const g of gold) {
    let found = -1;
    for (let j = from; j < system.length && found < 0; j++) if (!taken[j] && quoteTextsAgree(g, system[j])) found = j;
    for (let j = 0; j < from && found < 0; j++) if (!taken[j] && quoteTextsAgree(g, system[j])) found = j;
    pairs.push(found);
    if (found >= 0) {
      taken[found] = true;
      if (found >= from) from = found + 1;
    }
  }
  return pairs;
}

/** Titles set aside when comparing names (normalised forms). */
const HONORIFICS = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'dame', 'rev', 'st',
    'السيد', 'السيده', 'الشيخ', 'الدكتور', 'الدكتوره', 'د', 'المهندس', 'الاستاذ', 'الاستاذه', 'سمو', 'الامير', 'معالي', 'فضيله',
  ].map((w) => normalizeForMatch(w, true)),
);

export function nameWords(name: string): string[] {
  return normalizeQuoteText(name)
    .split(' ')
    .filter((w) => w && !HONORIFICS.has(w));
}

function contained(small: string[], big: string[]): boolean {
  const set = new Set(big);
  return small.every((w) => set.has(w));
}

export function namesAgree(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (!wa.length || !wb.length) return false;
  return wa.length <= wb.length ? contained(wa, wb) : contained(wb, wa);
}

export function anyNamesAgree(system: string[], gold: string[]): boolean {
  return system.some((s) => gold.some((g) => namesAgree(s, g)));
}
