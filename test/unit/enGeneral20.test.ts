// English attribution, a twentieth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('a role, the name, then its court or body with `of the …` inside (`Judge Ann Lee of the Eastern District of Texas wrote`) is the subject', () => {
  const a = en(`Ruling on border order

The governor signed the order in March.

"The state has shown that the order harms it," U.S. District Judge Ann Lee for the Eastern District of Texas wrote in her ruling.

"We will appeal at once," Attorney General Mark Dunn of the State of Texas said.
`);
  assert.equal(who(a, 'The state has shown that the order harms it'), 'Ann Lee');
  assert.equal(who(a, 'We will appeal at once'), 'Mark Dunn');
});
