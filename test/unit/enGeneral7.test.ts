// English attribution, a seventh round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`Michael Jackson\'s mother` first, `His mother Katherine Jackson` later: one person, named', () => {
  const a = en(`Mother backs singer

Meanwhile Michael Jackson's mother has said she is "100% certain" her son did not commit the charges.

Mr Jackson, 46, denies the charges. His mother Katherine Jackson told Fox News that her son was innocent. "I know his character," she said.
`);
  assert.equal(who(a, '100% certain'), 'Katherine Jackson');
  assert.equal(who(a, 'I know his character'), 'Katherine Jackson');
  assert.equal(a.speakers.length, 1, a.speakers.map((s) => s.name).join(' | '));
});
