// English attribution, an eighteenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, quoteStarting, who } from '../support/englishQueries';

test('a programme told (`he told "Good Morning America."`, `told CBS\'s "Face the Nation."`) is a term, its title capitalised word by word', () => {
  const a = en(`Senate vote

The senator said the bill would pass. "We have the votes," she told "Good Morning America." Her colleague disagreed. "It is far from settled," he told CBS's "Face the Nation."

The aide told reporters "Stop asking." Later he told a crowd "we will win this."
`);
  assert.equal(quoteStarting(a, 'Good Morning America').kind, 'term');
  assert.equal(quoteStarting(a, 'Face the Nation').kind, 'term');
  assert.equal(who(a, 'We have the votes'), 'The senator');
  // (words said to someone stay speech: `Stop asking.` is not every word capitalised; nor is `we will win this.`)
  assert.equal(quoteStarting(a, 'Stop asking').kind, 'direct');
  assert.equal(quoteStarting(a, 'we will win this').kind, 'direct');
});

test('`General Assembly` is a body, no person `Assembly` with the title General: a later `she said` is not its', () => {
  const a = en(`Budget talks

NEW YORK (Reuters) - U.S. envoy Jane Ortiz toured the camp on Monday, where she also visited a school. The 193-member U.N. General Assembly agreed in June to a smaller budget.

"They are learning fast," she said.
`);
  assert.equal(who(a, 'They are learning fast'), 'Jane Ortiz');
  assert.ok(!a.speakers.some((s) => s.name === 'Assembly'));
});

test('a name after a role held at a body (`Ambassador to the United Nations Nikki Haley`) does not take the body\'s last word', () => {
  const a = en(`Envoy visit

WASHINGTON (Reuters) - British Ambassador to the European Union Maria Lopez was in Brussels on Friday. "We are ready to talk," Lopez said.
`);
  assert.equal(who(a, 'We are ready to talk'), 'Maria Lopez');
});

test('a document right before the cue (`…, the memo said`) is its subject, no appositive of the name before the comma', () => {
  const a = en(`Lobbying plan

The proposal included placing op-eds and getting the former minister on Sky News and the BBC, the memo said.

"The fee for this work will be $2 million," it said.
`);
  assert.equal(who(a, 'The fee for this work'), 'the memo');
});

test('a sentence opening on a post with `of` / `to the` and its body, then a name, has that name as its subject (`U.S. Ambassador to the United Nations Nikki Haley … insisted`)', () => {
  const a = en(`Camp visit

GOMA, Congo (Reuters) - British Minister for Africa Harriett Baldwin visited a camp on Monday and insisted there had to be "a lasting peace for these families."

Earlier, U.S. Ambassador to the African Union Mary Beth Leonard toured a clinic and said the staff needed "more support from donors."
`);
  assert.equal(who(a, 'a lasting peace'), 'Harriett Baldwin');
  assert.equal(who(a, 'more support from donors'), 'Mary Beth Leonard');
});
