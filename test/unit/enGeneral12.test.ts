// English attribution, a twelfth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`she said` after a person met by surname alone: the given name written before that surname elsewhere gives the gender (Democrat Doug Hale is no she)', () => {
  const a = en(`Candidate accused

WASHINGTON (Reuters) - Mary Ellen Cobb said the candidate harassed her at a fundraiser in 2009. The candidate faces Democrat Doug Hale in the December vote. Hale, a former judge, leads in two polls. While giving her account, Cobb showed reporters a letter he had sent her. “I was shaking,” she said.
`);
  assert.equal(who(a, 'I was shaking'), 'Mary Ellen Cobb');
});

test('`While doing X, Name did Y.`: a subordinate clause before the subject is skipped, and the subject is met last', () => {
  const a = en(`Inquiry opens

Former minister Alexis Grant gave evidence for three hours. While holding up a folder of contracts, Hannah Ode faced the panel. “Nothing was hidden,” she said.
`);
  assert.equal(who(a, 'Nothing was hidden'), 'Hannah Ode');
});

test('`Obama’s former top Asia adviser, Evan Reyes, is …`: capitals between the role’s words belong to the role, and the name in apposition is the subject a later `he` means', () => {
  const a = en(`Rights policy

National security adviser Tom Baird defended the plan on Thursday. Obama’s former top Asia adviser, Evan Reyes, is one of its critics. “It’s a false choice,” he said.
`);
  assert.equal(who(a, 'It’s a false choice'), 'Evan Reyes');
});

test('an infinitive after a quote (`"like-minded" partners to respond`) reports nothing: the sentence’s own cue speaks', () => {
  const a = en(`Port attack

The Foreign Office condemned the attack on Saturday. It said Britain would keep working with other “like-minded” partners to respond to such attacks.
`);
  assert.equal(who(a, 'like-minded'), 'Foreign Office');
});

test('`X told reporters that … "…," the paper reported`: the outlet relays the words of the one who told', () => {
  const a = en(`Candidate denies claims

At a rally in Dover on Monday night, Clarke told reporters that the accusations are “completely untrue,” the Kent Messenger reported.
`);
  assert.equal(who(a, 'completely untrue'), 'Clarke');
});

test('initials keep their full stop inside a name (`George W. Bush`, `H.R. McMaster`), and `Nov. 3` ends no sentence', () => {
  const a = en(`Asia trip

National security adviser H.R. McMaster defended the plan on his Nov. 3-14 trip, saying the president would speak out “about the importance of individual rights.” Former President George W. Bush said he agreed. “It is the right call,” Bush said.
`);
  assert.equal(who(a, 'about the importance'), 'H.R. McMaster');
  assert.equal(who(a, 'It is the right call'), 'George W. Bush');
});
