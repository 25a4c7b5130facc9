// fast-check generators for hostile articles: real articles mutated at random, and articles built
// from a soup of quote marks, layout lines and awkward code points.
import fc from 'fast-check';

/** Quotation marks and brackets the engine pairs. */
export const MARKS = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", '(', ')', '[', ']'];

/** Line structure: every kind of break, blank lines, lone CR, tabs. */
export const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\r', '\n \n', '\t', ' '];

/** Code points that break naive string handling. */
export const HOSTILE = [
  '\u0000', // NUL
  '\ufeff', // BOM in the middle
  '\u200e', // LRM
  '\u200f', // RLM
  '\u200d', // ZWJ
  '\u200b', // zero width space
  '\u00a0', // NBSP
  '\u0301', // combining acute
  '\u064e', // fatha
  '\u0651', // shadda
  '\u0640', // tatweel
  '\ud83d', // lone high surrogate
  '\ude00', // lone low surrogate
  '😀',
  '👩‍👩‍👧', // ZWJ sequence
  '𝐀',
  '🇸🇦',
  '\u2028', // line separator (not a line break for LSP)
  '\u0085',
  '\u000b',
  '\u000c',
  '\ufffd',
  '١٢٣',
  '2026',
];

/** Words and fragments that trigger the engine's rules. */
export const WORDS = [
  'قال',
  'وقال',
  'وقالت',
  'وأضاف:',
  'بحسب',
  'كيري',
  'لكيري',
  'جون كيري',
  'وزير الخارجية',
  'said',
  'says',
  'told',
  'according to',
  'Mr Clarke',
  'Charles Clarke',
  'He added:',
  '(الجزيرة)',
  '(Reuters)',
  '(AFP)',
  'Photo:',
  'Caption:',
  'المصدر :',
  'Source:',
  'WASHINGTON (Reuters) -',
  'د.',
  'Mr.',
  ':',
  ',',
  '.',
  '،',
  '؟',
  '…',
  'the',
  'a',
  'في',
  'من',
];

const TOKENS = [...MARKS, ...BREAKS, ...HOSTILE, ...WORDS];

export const tokenArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }, // any code point, surrogates included
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

/** An article built from scratch: lines of tokens separated by spaces and breaks. */
export const soupArticleArb: fc.Arbitrary<string> = fc
  .array(fc.array(tokenArb, { maxLength: 14 }).map((ws) => ws.join(' ')), { maxLength: 14 })
  .chain((lines) => fc.array(fc.constantFrom('\n', '\n\n', '\r\n', '\r'), { minLength: lines.length, maxLength: lines.length }).map((breaks) => lines.map((l, i) => l + breaks[i]).join('')));

export type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'swapLines'; at: number; other: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: tokenArb }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicateLine' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }) },
);

/** Applies mutations in order; positions wrap around the current text (and may split surrogate pairs on purpose). */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    if (m.op === 'insert') {
      const at = m.at % (t.length + 1);
      t = t.slice(0, at) + m.text + t.slice(at);
    } else if (m.op === 'delete') {
      if (t.length === 0) continue;
      const at = m.at % t.length;
      t = t.slice(0, at) + t.slice(at + m.length);
    } else {
      const lines = t.split('\n');
      const i = m.at % lines.length;
      if (m.op === 'duplicateLine') lines.splice(i, 0, lines[i]);
      else {
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      t = lines.join('\n');
    }
  }
  return t;
}

/** A real article (ours, the seed, the corpus) with a few random edits. */
export function mutatedArticleArb(bases: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...bases), fc.array(mutationArb, { minLength: 1, maxLength: 12 })).map(([base, ms]) => mutate(base, ms));
}

/** What the robustness properties run on: mostly mutated real articles, some token soup. */
export function hostileArticleArb(bases: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: mutatedArticleArb(bases) }, { weight: 2, arbitrary: soupArticleArb });
}

/** Seed and run count for fast-check: fixed by default so CI is reproducible; FC_SEED / FC_RUNS override. */
export function fcParams(defaultRuns: number): { seed: number; numRuns: number; includeErrorInReport: true } {
  const seed = Number(process.env.FC_SEED ?? 20261129);
  const runs = Number(process.env.FC_RUNS ?? defaultRuns);
  return { seed: Number.isFinite(seed) ? seed : 20261129, numRuns: Number.isFinite(runs) && runs > 0 ? runs : defaultRuns, includeErrorInReport: true };
}
