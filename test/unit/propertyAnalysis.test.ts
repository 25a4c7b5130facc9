// Property tests: the engine and the pure features on hostile, mutated and generated articles.
// Fixed seed and bounded runs (FC_SEED / FC_RUNS override); `npm run fuzz` runs the same properties longer.
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/article/analyze';
import { baseArticles } from '../support/robustnessArticles';
import { fcParams, hostileArticleArb, mutate, mutationArb } from '../support/articleArbitraries';
import { checkArticle, checkFeatures } from '../support/articleInvariants';
import { toCrlfWithBom } from '../support/fixtures';

const bases = baseArticles();

test('every base article (ours, seed, corpus), as written and as CRLF + BOM, keeps the invariants', () => {
  for (const text of bases) {
    for (const variant of [text, toCrlfWithBom(text), text.replace(/\r?\n/g, '\r')]) {
      const article = analyzeArticle(variant);
      checkArticle(variant, article);
      checkFeatures(article);
    }
  }
});

test('analysis never throws and every span and range stays valid on mutated and generated articles', () => {
  const params = fcParams(500);
  fc.assert(
    fc.property(hostileArticleArb(bases), fc.array(fc.nat(), { maxLength: 6 }), (text, probes) => {
      const article = analyzeArticle(text);
      checkArticle(text, article);
      checkFeatures(article, probes);
    }),
    params,
  );
  console.log(`  (${params.numRuns} runs, seed ${params.seed})`);
});

test('forced language and user caption credits (any strings) keep the invariants', () => {
  const params = fcParams(120);
  fc.assert(
    fc.property(
      hostileArticleArb(bases),
      fc.constantFrom('ar' as const, 'en' as const, 'auto' as const),
      fc.array(fc.oneof(fc.constantFrom('Xinhua', 'سبق', '', ' ', '(', '"', '\u0000', '.*', 'a'.repeat(50)), fc.string({ maxLength: 8 })), { maxLength: 4 }),
      (text, language, extraCredits) => {
        const article = analyzeArticle(text, { language, extraCredits });
        checkArticle(text, article);
        checkFeatures(article);
      },
    ),
    params,
  );
});

test('an article cut at any point (a half-typed document) keeps the invariants', () => {
  const params = fcParams(80);
  fc.assert(
    fc.property(fc.constantFrom(...bases), fc.nat(), fc.nat(), (text, a, b) => {
      const start = a % (text.length + 1);
      const cut = text.slice(start, start + (b % 2000));
      const article = analyzeArticle(cut);
      checkArticle(cut, article);
      checkFeatures(article);
    }),
    params,
  );
});

test('the same text analyses the same way twice (no state leaks between analyses)', () => {
  fc.assert(
    fc.property(fc.constantFrom(...bases), fc.array(mutationArb, { maxLength: 6 }), (base, ms) => {
      const text = mutate(base, ms);
      const first = JSON.stringify(analyzeArticle(text));
      analyzeArticle(mutate(text, [{ op: 'insert', at: 7, text: '«"' }]));
      if (JSON.stringify(analyzeArticle(text)) !== first) throw new Error('second analysis differs from the first');
    }),
    fcParams(40),
  );
});
