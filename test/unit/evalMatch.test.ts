// The evaluation's matching rules (scripts/evalMatch.ts): near-equal quote texts, in-order pairing, speaker names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyNamesAgree, boundedEditDistance, namesAgree, normalizeQuoteText, pairInOrder, quoteTextsAgree } from '../../scripts/evalMatch';

test('quote texts agree after normalisation, by containment at 90% length, or within a small edit distance', () => {
  const n = normalizeQuoteText;
  assert.equal(n('  "We  need, to act!" '), 'we need to act');
  assert.equal(n('قالَ إنّ الأمرَ'), n('قال ان الامر'));
  assert.ok(quoteTextsAgree(n('The status quo is not an option.'), n('the status quo is not an option')));
  assert.ok(quoteTextsAgree(n('a long sentence of many words here'), n('a long sentence of many words her')));
  assert.ok(!quoteTextsAgree(n('grey areas'), n('grey areas of the law and more')));
  assert.ok(!quoteTextsAgree(n('balanced approach'), n('tough measures')));
  assert.equal(boundedEditDistance('kitten', 'sitting', 3), 3);
  assert.equal(boundedEditDistance('kitten', 'sitting', 2), 3);
});

test('pairing is one to one and in order: a repeated text pairs with its own occurrence', () => {
  const gold = ['a b', 'c d', 'a b'];
  assert.deepEqual(pairInOrder(gold, ['a b', 'x y', 'a b']), [0, -1, 2]);
  assert.deepEqual(pairInOrder(['a b'], []), [-1]);
});

test('speaker names agree when one’s words are among the other’s, honorifics aside', () => {
  assert.ok(namesAgree('Mr Clarke', 'Charles Clarke'));
  assert.ok(namesAgree('Dr Vancheshwar', 'Vancheshwar'));
  assert.ok(!namesAgree('Andy Clarke', 'Charles Clarke'));
  assert.ok(!namesAgree('Mr', 'Mr Clarke'));
  assert.ok(namesAgree('السيد جون كيري', 'كيري'));
  assert.ok(anyNamesAgree(['Radio 1', 'the radio station'], ['BBC Radio 1']));
});
