// English attribution, a twenty-fourth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('a clause that ends on a name after its `that`, then the name\'s appositive: the name speaks, not its role alone', () => {
  const a = en(`Campaign adviser quits

Journalist Dan Gallo said on Twitter that Brett Doster, a Moore campaign adviser, told him: "Unfortunately John just did not have the experience."
`);
  assert.equal(who(a, 'Unfortunately John'), 'Brett Doster');
  // (a name before the comma with no clause: as before)
  const b = en(`Campaign adviser quits

Brett Doster, a Moore campaign adviser, told reporters: "He did not have the experience."
`);
  assert.equal(who(b, 'He did not'), 'Brett Doster');
});

test('a clause before `, who …` is no antecedent: the noun phrase it ends on is (no junk name `The White House defended the retweets by …`)', () => {
  const a = en(`Retweets defended

The White House defended the retweets by the Republican president, who during the campaign called for "a total and complete shutdown of Muslims entering the United States," saying that he was raising security issues.
`);
  assert.equal(who(a, 'a total and complete'), 'the Republican president');
  assert.ok(a.speakers.every((s) => !s.name.includes('defended')));
});

test('a passive cue names its agent after quotes joined by `and` (`described as "irresponsible" and "outrageous" by the IHRC`): both are the agent words', () => {
  const a = en(`Police stops row

Her comments have been described as "irresponsible" and "outrageous" by the Islamic Human Rights Commission (IHRC).
`);
  assert.equal(who(a, 'irresponsible'), 'Islamic Human Rights Commission');
  assert.equal(who(a, 'outrageous'), 'Islamic Human Rights Commission');
});

test('a cue after a modal, inside the clause an earlier speech cue reports, reports nothing: the reporting speaker says the words (`said the agency would respond "…"`)', () => {
  const a = en(`Agency replies

An EPA spokesman said in an email that the agency would respond to the group "through the proper channels."
`);
  assert.equal(who(a, 'through the proper'), 'An EPA spokesman');
  // (no speech cue before it: the modal cue is still the one)
  const b = en(`Agency replies

The agency will respond to the group "through the proper channels," the statement added.
`);
  assert.notEqual(who(b, 'through the proper'), null);
});

test('`committed itself to "…"`: a pledge in the words of the one committing, not the last speaker', () => {
  const a = en(`Childcare pledge

Education minister Jane Doe said the plan was "a good start". The Green party has committed itself to "free, local and flexible" childcare.
`);
  assert.equal(who(a, 'free, local'), 'The Green party');
});

test('`which` after a body plural with no article, a preposition before it, is that body: `pressure from exporter organisations which have publicly stated`', () => {
  const a = en(`Dollar slides

The government has faced pressure from farming organisations which have publicly stated the currency must fall from "dangerous heights" soon.
`);
  assert.equal(who(a, 'dangerous heights'), 'farming organisations');
});
