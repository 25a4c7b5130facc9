// English attribution, a sixth round of general rules: a role's lower-case complement (`minister of
// sport`) and two roles joined by `and` before a name; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`Spain\'s minister of sport Jaime Lissavetzky` opening a sentence is the `he` of the quote after it', () => {
  const a = en(`Minister backs ban

Coach Luis Aragones said: "I never intended to offend anyone."

Spain's minister of sport Jaime Lissavetzky was quick to give his backing to the decision. "Everyone has to consider their declarations," he said.
`);
  assert.equal(who(a, 'Everyone has to consider'), 'Jaime Lissavetzky');
  assert.equal(a.speakers.find((s) => s.name === 'Jaime Lissavetzky')?.role, "Spain's minister of sport");
});

test('`Writer and producer Debra Hill`: two roles joined by `and`, the second also a body\'s word, describe a person', () => {
  const a = en(`Film pioneer dies

Coach Luis Aragones said: "I never intended to offend anyone."

Screenwriter and producer Debra Hill has died aged 54. "Back when I started, there were very few women," she said in 2003.
`);
  assert.equal(who(a, 'Back when I started'), 'Debra Hill');
  const hill = a.speakers.find((s) => s.name === 'Debra Hill');
  assert.equal(hill?.type, 'person');
  assert.equal(hill?.role, 'Screenwriter and producer');
});

test('`the Tory co-chairman`: a role word after co- / vice- / ex- is a role, and the description is the person holding it', () => {
  const a = en(`Pledges attacked

Tory co-chairman Liam Fox said: "This is spin."

The Tory co-chairman attacked the pledges as "vacuous".
`);
  assert.equal(who(a, 'vacuous'), 'Liam Fox');
});

test('a phrase opened by `by` is no subject: the name after an inverted `said` is', () => {
  const a = en(`Broadcaster cuts scenes

It is not worth showing such scenes when complaints are "aggressively pursued" by US TV watchdogs, said broadcaster Jacoba Atlas.
`);
  assert.equal(who(a, 'aggressively pursued'), 'Jacoba Atlas');
});

test('`X repeated his call for a "…"`: the one whose call it is, the clause\'s subject, is the speaker', () => {
  const a = en(`Leaders clash over bill

Home Secretary Charles Clarke said: "The bill is needed."

On Sunday, Lib Dem leader Charles Kennedy repeated his call for a "pause" in considering the legislation.

The minister rejected his call for "urgent talks".
`);
  assert.equal(who(a, 'pause'), 'Charles Kennedy');
  assert.equal(a.speakers.find((s) => s.name === 'Charles Kennedy')?.role, 'Lib Dem leader');
  // (`The minister … his call`: `his` is not the minister's own; the description is read as no speaker)
  const talks = a.quotes.find((q) => q.text === 'urgent talks');
  assert.ok(talks && !(talks.kind === 'direct' && a.speakers.find((s) => s.id === talks.speakerId)?.name === 'The minister'));
});

test('`chairman` says no gender: a woman chairman is the `she` of the next quote', () => {
  const a = en(`Federation opposes powers

Police Federation chairman Jan Berry said civilian officers should act as "eyes and ears" for the police.

"They should not be placed in potentially confrontational situations," she said.
`);
  assert.equal(who(a, 'They should not be placed'), 'Jan Berry');
});
