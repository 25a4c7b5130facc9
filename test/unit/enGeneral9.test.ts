// English attribution, a ninth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`The musical’s British director is Matthew Warchus,` names the description: a later `he said` is Warchus', () => {
  const a = en(`Stage show planned

A musical of the book opens next year. The musical's British director is Matthew Warchus, best known for staging the hit Art.

"The production will be a hybrid of text and music," he said.
`);
  assert.equal(who(a, 'The production will be'), 'Matthew Warchus');
});

test('words all in capitals are a sign’s or a banner’s (A few carried signs: "IMAGINE JUSTICE," "BLACK LIVES MATTER,"): terms; words said in mixed case stay speech', () => {
  const a = en(`Marchers fill the streets

Thousands walked in silence on Sunday. A few carried signs: "IMAGINE JUSTICE," "BLACK LIVES MATTER," "CLAIM HUMANITY." But mostly they just walked.

"We are here for our children," said organiser Maria Lopez.
`);
  for (const text of ['IMAGINE JUSTICE,', 'BLACK LIVES MATTER,', 'CLAIM HUMANITY.']) assert.equal(a.quotes.find((q) => q.text === text)?.kind, 'term', text);
  assert.equal(who(a, 'We are here'), 'Maria Lopez');
});

test('`The mayor then says:` is the one the text titled `London mayor Ken Livingstone`, not the reporter who spoke just before; `the Metropolitan police chief` is not `Norfolk police chief Andy Hayman`', () => {
  const a = en(`Mayor told to apologise

Tony Blair has urged London mayor Ken Livingstone to apologise for his remarks to a reporter. Mr Livingstone says he is "standing by" his remarks.

Mr Finegold replies: "No, I am Jewish." The mayor then says: "Ah right, well you might be."

Norfolk police chief Andy Hayman said: "I feel that is a premature position." Among those who have criticised the plans is the UK's top policeman Sir John Stevens.

The Metropolitan police chief said the plans should be re examined because of a binge drinking "epidemic".
`);
  assert.equal(who(a, 'Ah right'), 'Ken Livingstone');
  assert.notEqual(who(a, 'epidemic'), 'Andy Hayman');
});
