// Regression tests for what the property tests and the fuzzer found, each named after the bug.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { checkArticle, checkFeatures } from '../support/articleInvariants';
import { applyEdits, checkAllCodeActions, deleteAllDuplicateCaptions, editsFor, toOffsetEdits, ACTION_URI } from '../support/codeActionChecks';

test('regression: "delete all duplicate captions" with the last duplicate after blank lines at the end sent overlapping edits', () => {
  // Found by propertyCodeActions: the run that ends the document reached back over the blank lines
  // into the deletion of the duplicate before it (edits 309..360 and 359..412).
  const text =
    'Talks stall over "fair share" of costs\nCaption: Delegates leave the conference hall (AFP)\n\n' +
    'GENEVA - Negotiators failed to agree on Friday. "There is no deal," one diplomat said, "and there may not be one this year."\n\n' +
    '"The gap is narrowing, but slowly.\n\n"We will meet again in March," the chair, Ms Ito, said.\n' +
    'Caption: Delegates leave the conference hall (AFP)\n\n\nCaption: Delegates leave the conference hall (AFP)';
  const article = analyzeArticle(text);
  assert.equal(article.captions.filter((c) => c.duplicateOf !== null).length, 2, 'two duplicates');
  const action = deleteAllDuplicateCaptions(article);
  assert.ok(action, '"delete all" is offered');
  const edits = toOffsetEdits(article, editsFor(action.edit!, ACTION_URI, action.title), action.title); // throws on overlap
  const after = analyzeArticle(applyEdits(text, edits, action.title));
  assert.deepEqual(after.captions.map((c) => c.duplicateOf), [null]);
  checkAllCodeActions(article, { actions: 0, withEdits: 0, commandsOnly: 0 });
});

test('regression: duplicate captions separated by CRLF blank lines, the last one ending the document without a line break', () => {
  const text = 'Headline here\r\n\r\nBody text of the lead.\r\n\r\nPhoto: A crowd outside\r\n\r\n\r\nPhoto: A crowd outside\r\n\r\nPhoto: A crowd outside';
  const article = analyzeArticle(text);
  checkArticle(text, article);
  checkFeatures(article);
  checkAllCodeActions(article, { actions: 0, withEdits: 0, commandsOnly: 0 });
  const action = deleteAllDuplicateCaptions(article);
  if (action) {
    const after = analyzeArticle(applyEdits(text, toOffsetEdits(article, editsFor(action.edit!, ACTION_URI, action.title), action.title), action.title));
    assert.equal(after.findings.filter((f) => f.code === 'duplicate-caption').length, 0);
  }
});

test('regression: a quote followed by a speaker phrase ending the text crashed Arabic attribution (reading "word" of undefined)', () => {
  // Found by `npm run fuzz` (seed 424242): the phrase after the quote ran to the last token, and the
  // cue lookup after it read one token past the end.
  for (const text of ['" " وزير الخارجية\n', '" " وزير الخارجية', '«نعم» وزير الخارجية', 'عنوان\n\n"كلام طويل هنا" قال وزير الخارجية']) {
    for (const language of ['auto', 'ar', 'en'] as const) {
      const article = analyzeArticle(text, { language });
      checkArticle(text, article);
      checkFeatures(article);
    }
  }
});

test('regression: a relative pronoun opening the text, a quote after its verb, crashed Arabic attribution (reading "word" of undefined)', () => {
  // Found by `npm run fuzz` (deepMutation, seed 572381), shrunk: the antecedent of `الذي` was looked
  // for before the first token, and a speaker phrase read at index -1.
  for (const text of ['الذي أكد""" "', 'الذي قال: "نعم"', '، الذي أكد "كلام" هنا']) {
    for (const language of ['auto', 'ar'] as const) {
      const article = analyzeArticle(text, { language });
      checkArticle(text, article);
      checkFeatures(article);
    }
  }
});
