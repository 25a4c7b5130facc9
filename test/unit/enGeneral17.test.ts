// English attribution, a seventeenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`on condition of anonymity` after an inverted cue says how, not who (`said one official on condition of anonymity`)', () => {
  const a = en(`Budget row

The ministry faces deep cuts this year. "Nobody here can work like this," said one senior official on condition of anonymity, adding that morale was low.

"We were not consulted," said a regional manager on the condition that he not be named.
`);
  assert.equal(who(a, 'Nobody here can work like this'), 'one senior official');
  assert.equal(who(a, 'We were not consulted'), 'a regional manager');
});

test('the narrator of an ad, a lawmaker, a journalist or a negotiator is someone who speaks (`the narrator says`)', () => {
  const a = en(`Campaign ads

The campaign has launched a new television spot. "Our town deserves better," the narrator says in the ad as pictures of the harbour pass.

"This bill will not pass," a lawmaker said. "We are close to a deal," one negotiator told reporters. "I saw it happen," the journalist said.
`);
  assert.equal(who(a, 'Our town deserves better'), 'the narrator');
  assert.equal(who(a, 'This bill will not pass'), 'a lawmaker');
  assert.equal(who(a, 'We are close to a deal'), 'one negotiator');
  assert.equal(who(a, 'I saw it happen'), 'the journalist');
});

test('`the Republican lawmaker` with no such role met stands for the person just named, as `the champion` does', () => {
  const a = en(`Tax bill

"The bill will be ready next week," committee chairman Kevin Brady said in a statement. "We remain on schedule," the Republican lawmaker added.
`);
  assert.equal(who(a, 'We remain on schedule'), 'Kevin Brady');
});

test('a person named as a speaker earlier in the sentence is its later he, not the unnamed source of the sentence before', () => {
  const a = en(`Allies meet

Ministers were open about their differences, Hammond said. One EU diplomat said it was "fairly predictable" given the tensions.

"Allies have been very frank today," Hammond said, although he said it was "important" to be honest.
`);
  assert.equal(who(a, 'important'), 'Hammond');
});

test('a clause with a name in it before `, said X` (`candidates like Smith have little reason to …, said X`) is what was said', () => {
  const a = en(`Texas race

"He is far too liberal to win," Jones said. In an era of stark differences, candidates like O’Rourke have little reason to moderate their views, said James Henson, director of a polling project. There is little downside for him.

"I think you can expect more of that," he said.
`);
  assert.equal(who(a, 'I think you can expect more of that'), 'James Henson');
  assert.ok(!a.speakers.some((s) => s.name.includes('little reason')));
});
