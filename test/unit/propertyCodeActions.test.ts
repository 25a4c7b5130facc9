// Property tests for quick fixes: every action offered, for every diagnostic, applies cleanly and
// edits only the text its diagnostics name; "delete all duplicate captions" leaves none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/article/analyze';
import { baseArticles, OWN_ARTICLES } from '../support/robustnessArticles';
import { fcParams, hostileArticleArb } from '../support/articleArbitraries';
import { checkAllCodeActions, deleteAllDuplicateCaptions, applyEdits, editsFor, toOffsetEdits, ACTION_URI, type ActionStats } from '../support/codeActionChecks';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';

const bases = baseArticles();

test('every code action on the base articles applies cleanly and edits only its own range', () => {
  const stats: ActionStats = { actions: 0, withEdits: 0, commandsOnly: 0 };
  for (const text of bases) checkAllCodeActions(analyzeArticle(text), stats, [0, 50, 500]);
  console.log(`  (${bases.length} articles, ${stats.actions} actions checked, ${stats.withEdits} with edits, ${stats.commandsOnly} commands only)`);
});

test('every code action on mutated and generated articles applies cleanly and edits only its own range', () => {
  const stats: ActionStats = { actions: 0, withEdits: 0, commandsOnly: 0 };
  const params = fcParams(120);
  fc.assert(
    fc.property(hostileArticleArb(bases), fc.array(fc.nat(), { maxLength: 3 }), (text, cursors) => {
      checkAllCodeActions(analyzeArticle(text), stats, cursors);
    }),
    params,
  );
  console.log(`  (${params.numRuns} runs, seed ${params.seed}: ${stats.actions} actions checked, ${stats.withEdits} with edits)`);
});

/** An article with caption lines repeated at random places (each caption line copied 1–3 times). */
const captionedArb = fc
  .tuple(fc.constantFrom(...OWN_ARTICLES, ...bases.filter((b) => /^\((?:[^)\n]{1,30})\)|^Photo:|^Caption:/m.test(b))), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('\n', '\r\n', '\n\n')), { minLength: 1, maxLength: 4 }))
  .map(([text, copies]) => {
    const lines = text.split(/\r?\n|\r/);
    const captions = lines.filter((l) => /^\s*(\([^)]{1,30}\)|Photo:|Caption:)/.test(l));
    if (!captions.length) return text;
    let out = text;
    for (const [which, where, brk] of copies) {
      const caption = captions[which % captions.length];
      const breaks = [...out.matchAll(/\n/g)].map((m) => m.index! + 1);
      const at = breaks.length ? breaks[where % breaks.length] : out.length;
      out = out.slice(0, at) + caption + brk + out.slice(at);
    }
    return out;
  });

test('"Delete all duplicate captions", applied, leaves no duplicate caption', () => {
  let applied = 0;
  let offered = 0;
  fc.assert(
    fc.property(captionedArb, (text) => {
      const article = analyzeArticle(text);
      const duplicates = article.findings.filter((f) => f.code === 'duplicate-caption');
      if (!duplicates.length) return;
      const diagnostics = toDiagnostics(article, ACTION_URI, {}, 'en').filter((d) => d.code === 'duplicate-caption');
      offered += diagnostics.reduce((n, d) => n + codeActions(article, { uri: ACTION_URI, range: d.range, diagnostics: [d] }, 'en').length, 0);
      const action = deleteAllDuplicateCaptions(article);
      if (!action) {
        // Until the caption fixes land nothing is offered; once any fix is offered, "all" must be among them.
        assert.equal(offered, 0, 'fixes are offered for duplicate captions but none deletes all of them');
        return;
      }
      const edits = toOffsetEdits(article, editsFor(action.edit!, ACTION_URI, action.title), action.title);
      const result = applyEdits(text, edits, action.title);
      const after = analyzeArticle(result);
      assert.deepEqual(after.findings.filter((f) => f.code === 'duplicate-caption'), [], `duplicate captions remain after "${action.title}"`);
      assert.equal(after.captions.length, article.captions.length - duplicates.length, 'exactly the duplicates were deleted');
      applied++;
    }),
    fcParams(60),
  );
  console.log(`  ("delete all" applied on ${applied} generated articles)`);
});
