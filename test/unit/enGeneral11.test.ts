// English attribution, an eleventh round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`X met Y on Monday and the prime minister later said …`: after a clause of its own and `and`, the subject is the phrase its determiner opens, not the whole clause', () => {
  const a = en(`Summit in Lisbon

Prime Minister Anna Keller arrived in Lisbon on Sunday for the summit.

Keller avoided the trade row when she met the Portuguese leader on Monday and the prime minister later said the talks had been "warm and useful".
`);
  assert.equal(who(a, 'warm and useful'), 'Anna Keller');
  assert.ok(a.speakers.every((s) => !s.name.includes(' met ')), a.speakers.map((s) => s.name).join(' | '));
});

test('`He is described as "a devoted father"`: a passive cue and `as`, no agent, describes; the words are no one’s', () => {
  const a = en(`New commissioner named

The new commissioner, Dr Peter Lowe, said he was "delighted" to take the post.

He is described as "a devoted father" of three. "I will listen first," he said.
`);
  const q = a.quotes.find((x) => x.text === 'a devoted father');
  assert.equal(q?.kind, 'term');
  assert.equal(who(a, 'I will listen first'), 'Peter Lowe');
});

test('`Keller met Empress Masako, … before talks with Ito. She also met …, calling it a "…"`: a past verb is no part of a role (no `Keller met Emperor`), and the opening she is whom the sentence before opened with', () => {
  const a = en(`Visit to Tokyo

Chancellor Maria Keller arrived on Sunday.

Foreign Minister Kenji Ito said: "We welcome our guest."

Keller met Empress Masako, exchanging gifts, before her lunch and talks with Ito. She also met families of missing fishermen, calling their loss a "national wound".
`);
  assert.equal(who(a, 'national wound'), 'Maria Keller');
  assert.ok(a.speakers.every((s) => !(s.role ?? '').includes(' met ')), a.speakers.map((s) => `${s.name} (${s.role})`).join(' | '));
});

test('`A rogue trader who cheated pensioners, telling them "…", has been jailed`: `who` ends the subject, a person described, later named', () => {
  const a = en(`Trader jailed

A rogue trader who cheated pensioners across two counties, telling them their savings were "completely safe", has been jailed for six years. Daniel Price, 44, of Swindon, admitted nine counts of fraud.
`);
  const q = a.quotes.find((x) => x.text === 'completely safe');
  assert.equal(q?.kind, 'direct');
  const s = a.speakers.find((x) => x.id === q?.speakerId);
  assert.ok(s && !/who|pensioners/.test(s.name), s?.name);
});

test('`said Congress should "buy in" to military conflicts by exerting its authority to declare war`: a phrase opening on a preposition is no subject of the cue after it', () => {
  const a = en(`War powers

Republican Senator Jeff Flake, who proposed an authorization with Senator Tim Kaine, said Congress should "buy in" to military conflicts by exerting its constitutional authority to declare war.
`);
  assert.equal(who(a, 'buy in'), 'Jeff Flake');
});

test('`and see written on it, "Are you strong enough?"`: words written on a surface are an inscription, a term and no alarm', () => {
  const a = en(`Marathon

Every runner will hit the wall at some stage and see written on it, "Are you strong enough to finish?" The question could hit the champion hard.
`);
  assert.equal(a.quotes[0].kind, 'term');
});

test('`The top Democrat on the committee, responding to …, said … it "…"`: a party member is a person described, the speaker', () => {
  const a = en(`Oversight

The top Democrat on the House Oversight Committee, responding to attacks on the inquiry, said on Wednesday that if the president fires the investigator, it "has the potential to provoke a crisis."
`);
  const q = a.quotes[0];
  const s = a.speakers.find((x) => x.id === q.speakerId);
  assert.match(s?.name ?? '', /Democrat/);
});

test('`signed off as "acting director."`, `that he also signed "acting director."`: a short title signed is a term', () => {
  const a = en(`Agency leadership

Earlier on Monday, Harper welcomed staff back in a morning email and signed off as "acting director." Around the same time, Dan Mills arrived at the office.

"Please disregard any instructions you receive from Ms. Harper," he wrote in an email that he also signed "acting director."
`);
  const signed = a.quotes.filter((x) => x.text.startsWith('acting director'));
  assert.equal(signed.length, 2);
  for (const q of signed) assert.equal(q.kind, 'term');
  assert.equal(a.quotes.find((x) => x.text.startsWith('Please disregard'))?.kind, 'direct');
});

test('`Ann Lee, a professor at the University of Texas, Austin School of Law, said …`: the rest of a body’s name after a comma is the affiliation; the name before the role speaks', () => {
  const a = en(`Tax deduction

"Nothing prevents the government from changing the rule," said Tom Reid, a professor of tax law at Indiana University's Maurer School of Law.

Ann Lee, a professor of tax law at the University of Texas, Austin School of Law, said there is a slight chance the argument could gain traction. "Courts create new law all the time," she said.
`);
  assert.equal(who(a, 'Courts create'), 'Ann Lee');
});
