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
