// English attribution, a tenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`Head of the division, Andrew Burke, spoke about …` makes Burke the subject: the `he said` after his quote is he, not the last speaker', () => {
  const a = en(`Broadband television

Lord Currie said: "We will act when the boundaries blur," at the conference.

BT has set up an entertainment division. Head of the division, Andrew Burke, spoke about the possibility of creating content for all platforms. "How risque can I be in this new age?" he said.
`);
  assert.equal(who(a, 'How risque'), 'Andrew Burke');
});

test('`"…!" Sanders recently told supporters.`: an adverb between the name and its verb keeps the sentence on the quote, which is Sanders’s', () => {
  const a = en(`Primary day

Donald Trump said: "We will win New York."

"We have won eight out of the last nine primaries!" Sanders recently told supporters. The polls close at nine.

"It is a great day!" Cruz also said at a rally.
`);
  assert.equal(who(a, 'We have won eight'), 'Sanders');
  assert.equal(who(a, 'It is a great day'), 'Cruz');
});
