// English attribution, second round of general rules from articles written for this file: nationality
// nouns (`the Spaniard`, `the Brazilian`) stand for the person just named, sports roles before a name,
// and relations (`her son Tom`) give a gender so a later `she` skips him.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';
import { GENDERED_ROLES, HONORIFICS, PRONOUNS } from '../../server/src/article/en/words';


test('`the Brazilian said`, `the Dane told reporters`: a nationality is the person just named', () => {
  const a = en(`Brazilian winger seals title

Joao Silva scored twice as Ferndale clinched the title on Saturday. "This is the best day of my life," the Brazilian said.

Midfielder Anders Holm, who set up both goals, was also delighted. "We deserved it," the Dane told reporters.
`);
  assert.equal(who(a, 'This is the best day'), 'Joao Silva');
  assert.equal(who(a, 'We deserved it'), 'Anders Holm');
  assert.ok(!a.speakers.some((s) => /Brazilian|Dane|Midfielder/.test(s.name)), a.speakers.map((s) => s.name).join(', '));
});

test('`the Spaniard told BBC Sport` after the Spaniard is named as a subject', () => {
  const a = en(`Rovers snatch late win

Diego Morales struck in stoppage time as Blackburn Rovers beat Bristol City 2-1.

"It was a special moment for me and for the fans," the Spaniard told BBC Sport.
`);
  assert.equal(who(a, 'It was a special moment'), 'Diego Morales');
});

test('`the Guardian said` stays a paper: only nationality nouns are people', () => {
  const a = en(`Paper stands by story

The Guardian said it stood by its reporting. "We checked every fact," the Guardian said.
`);
  const name = who(a, 'We checked every fact');
  assert.ok(name && /Guardian/.test(name), String(name));
  assert.equal(a.speakers.find((s) => s.name === name)?.type, 'organization');
});

test('`her son Tom` is male: a later `she adds` goes back to the woman', () => {
  const a = en(`The last lighthouse keeper

Margaret Hale has lived on the island for forty years.

Hale, now 81, says she never thought of leaving. "Where would I go?" she says.

As her son Tom put it, "Mum is part of the rock."

"People think it's romantic," she adds. "It's mostly cleaning."
`);
  assert.equal(who(a, 'Mum is part of the rock'), 'Tom');
  assert.equal(who(a, "People think it's romantic"), 'Margaret Hale');
  assert.equal(who(a, "It's mostly cleaning"), 'Margaret Hale');
});

test('`"…," she adds` with no woman named: never the man quoted before, nor the next bare quote', () => {
  const a = en(`The last lighthouse keeper

As her son Tom put it, "Mum is part of the rock."

"People think it's romantic," she adds. "It's mostly cleaning."
`);
  assert.equal(who(a, 'Mum is part of the rock'), 'Tom');
  assert.notEqual(who(a, "People think it's romantic"), 'Tom');
  assert.notEqual(who(a, "It's mostly cleaning"), 'Tom');
});

test('`Hale, now 81, says`: an age written with `now` or `aged` between commas leaves the name as subject', () => {
  const a = en(`Keeper's tale

Hale, now 81, says: "Where would I go?"

Peter Quinn, aged 23, said the plan was "reckless".
`);
  assert.equal(who(a, 'Where would I go?'), 'Hale');
  assert.equal(who(a, 'reckless'), 'Peter Quinn');
});

test('`the complaint said`: court papers speak, they are not a continuation of the last source', () => {
  const a = en(`Lawsuit filed

NEW YORK, March 4 (Reuters) - Investors sued the bank on Monday, according to a court filing. "The bank misled its shareholders," the complaint said.

"We are reviewing the claims," a bank official told Reuters on condition of anonymity.
`);
  const q = a.quotes.find((x) => x.text.startsWith('The bank misled'));
  assert.equal(q?.cue, 'said');
  assert.equal(who(a, 'The bank misled'), 'the complaint');
  assert.equal(who(a, 'We are reviewing'), 'a bank official');
});

test('`said the 23-year-old` is the person written with that age, not the manager quoted last', () => {
  const a = en(`Rovers snatch late win

Diego Morales, 23, struck in stoppage time. Manager Liam Doyle, 51, praised his side. "We never stopped believing," Doyle said.

"I'm just happy to help the team," said the 23-year-old.

"He is a special talent," added the 51-year-old.
`);
  assert.equal(who(a, "I'm just happy"), 'Diego Morales');
  assert.equal(who(a, 'He is a special talent'), 'Liam Doyle');
});

test('`… after a report warned of a "significant" shortfall`: the subordinate clause has its own speaker', () => {
  const a = en(`PM faces backlash over housing target

The prime minister has defended his housing plans after a think tank report warned of a "significant" shortfall in new homes.

Opposition MPs said the plans were "in tatters" because the housing minister had admitted defeat.
`);
  const name = who(a, 'significant');
  assert.ok(name && /report/.test(name), String(name));
  assert.equal(who(a, 'in tatters'), 'Opposition MPs');
});

test('a football club (`Blackburn Rovers`) is a body: never the person a nationality stands for', () => {
  const a = en(`Rovers snatch late win

Blackburn Rovers came from behind to beat Bristol City 2-1 with a stoppage-time winner.

"It was a special moment for me and for the fans," the Spaniard told BBC Sport.
`);
  assert.notEqual(who(a, 'It was a special moment'), 'Blackburn Rovers');
  assert.equal(a.speakers.find((s) => s.name === 'Blackburn Rovers')?.type ?? 'organization', 'organization');
});

test('regression: names a plain object inherits (constructor, toString) are no pronouns, honorifics or roles of the English lexicon', () => {
  for (const name of ['constructor', 'tostring', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
    assert.equal(PRONOUNS.has(name), false, `pronoun ${name}`);
    assert.equal(HONORIFICS.has(name), false, `honorific ${name}`);
    assert.equal(GENDERED_ROLES.has(name), false, `role ${name}`);
  }
  assert.ok(PRONOUNS.has('he') && HONORIFICS.has('mr'), 'the lexicon itself is there');
});

test('a passive cue speaks through its agent: `was described as "…" by X`', () => {
  const a = en(`Budget plan criticised

Finance minister Tom Hale said the plan would balance the books. "We have made hard choices," he said.

The plan was described as "a reckless gamble with public money" by opposition leader Anna Reed.
`);
  assert.equal(who(a, 'a reckless gamble'), 'Anna Reed');
  assert.equal(who(a, 'We have made'), 'Tom Hale');
});

test('`X was quoted as saying "…"`: in the passive the one quoted is the subject', () => {
  const a = en(`Port deal in doubt

Transport minister Carl Mendes met the port's owners on Monday.

Mr Mendes was quoted as saying the deal was "as good as dead".
`);
  assert.equal(who(a, 'as good as dead'), 'Carl Mendes');
});
