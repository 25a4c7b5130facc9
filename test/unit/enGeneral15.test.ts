// English attribution, a fifteenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('an epithet whose own words are not all in an earlier champion’s role (`the three time champion`) is the person just named', () => {
  const a = en(`Cross country entries

World champion Anna Berg will race in Madrid next month. "I feel strong," said the 25 year old.

Kenya's Ruth Otieno has also entered. "This race means a lot to me," said the three time champion.

"I will be watching her closely," said the world champion.
`);
  assert.equal(who(a, 'This race means'), 'Ruth Otieno');
  assert.equal(who(a, 'I will be watching'), 'Anna Berg');
});

test('`called X’s argument "…"`: the words are the subject’s, said of X’s argument, not X’s', () => {
  const a = en(`Court fight

Lawyer Peter Hale said the law was "clearly on our side".

Mary Cole, a law professor at Yale, dismissed Hale's argument as "wishful thinking" and called Hale's claim "a stretch".
`);
  assert.equal(who(a, 'wishful thinking'), 'Mary Cole');
  assert.equal(who(a, 'a stretch'), 'Mary Cole');
});

test('an opening time phrase with no comma (`Last week the group said`, `In February the lobby criticized`) is no part of the subject', () => {
  const a = en(`Patent row

The National Retail Federation said the board was "good for shoppers."

In February the same trade group criticized the courts for "endless delays." Last week the group said it was "not done yet." Earlier this month Senator Joan Park said the bill was "dead."
`);
  assert.equal(who(a, 'endless delays'), 'National Retail Federation');
  assert.equal(who(a, 'not done yet'), 'National Retail Federation');
  assert.equal(who(a, 'dead.'), 'Joan Park');
});

test('a cue word after a possessive (`the president’s tweet`) is a noun, and a cue inside a relative clause after a quote (`in which Trump said`) reports other words', () => {
  const a = en(`Lawyer explains tweet

Lawyer John Dowd told reporters on Sunday that he drafted and "messed up" the president's tweet in which Trump said he had fired his adviser.
`);
  assert.equal(who(a, 'messed up'), 'John Dowd');
});

test('a cue farther after a quote than usual still reports it when an appositive closed by a comma ends right before it', () => {
  const a = en(`Talks go on

Senator Ann Miles said on Monday that talks were going well. Her rival, Governor Tom Reed, disagreed.

"We are still working, we are very close" to an agreement, Miles, one of a handful of senators from both parties in the chamber leading the effort, told reporters.

The plan had a "capital element" in its formula for firms beyond the thresholds, presenting a large tax break for some of the wealthiest owners of commercial property, said tax experts.
`);
  assert.equal(who(a, 'We are still working'), 'Ann Miles');
  assert.equal(a.quotes.find((q) => q.text === 'capital element')?.kind, 'term');
});

test('a quote ending in `!` goes with the name and cue after it, a place after `of` within the name (`Gerald Connolly of Virginia told`)', () => {
  const a = en(`Election night

Ann Reed won her race on Tuesday. "This is a great night. Thank you all!" Democratic U.S. Representative Mark Dale of Ohio told supporters at a rally.
`);
  assert.equal(who(a, 'This is a great night'), 'Mark Dale');
});

test('an adverb like `meanwhile` between the subject and its verb (`Mr Hale meanwhile told the BBC:`) leaves the subject the speaker, not the one told', () => {
  const a = en(`Party split

Party leader Joan Fox said the vote was "a mistake".

Mr Hale meanwhile told the BBC: "I believe we can do better than this."
`);
  assert.equal(who(a, 'I believe we can'), 'Hale');
});

test('a summary is a document that speaks for its author (`the bill’s summary stated`)', () => {
  const a = en(`Bond rules

Senator Amy Lord said the change was "overdue."

"Current rules let cities issue two sets of debt," the House bill's summary stated.
`);
  assert.notEqual(who(a, 'Current rules'), 'Amy Lord');
});

test('a party word after a determiner in an appositive (`Rand Paul, another Republican who …,`) describes the name before it', () => {
  const a = en(`Vote split

Senator John Hale said the nominee was "qualified." Senator Ann Cole, another Republican who opposed the nominee, said on Twitter "he should not get the job."
`);
  assert.equal(who(a, 'he should not get'), 'Ann Cole');
});

test('a confidant is a source (`A Trump confidante said:`), and `posted` reports', () => {
  const a = en(`Probe widens

Lawyer John Dowd said the probe was "a witch hunt."

A White House confidante said: "This is nothing for the president."

"The market is a mess," trader Ken Lowe posted on Twitter.
`);
  assert.equal(who(a, 'This is nothing'), 'A White House confidante');
  assert.equal(who(a, 'The market is a mess'), 'Ken Lowe');
});

test('a name after a role word and a preposition and an organisation’s word (`analyst at risk consultancy Verisk Maplecroft`) is the body, the person before it speaks', () => {
  const a = en(`Trade deals

"These deals are for show," Mary Stone, Asia analyst at risk consultancy Harbor Grey, said in a note.
`);
  assert.equal(who(a, 'These deals'), 'Mary Stone');
});

test('a sentence opened by a time phrase and a comma (`Early last week, Tillerson, …, delivered`) opens on its subject, whom the next `he` means', () => {
  const a = en(`Allies worry

Trump called the reports "fake news." Early last week, Hart, a former oil executive, delivered a long address in Washington. "The United States remains committed to Europe," he told a think tank.
`);
  assert.equal(who(a, 'The United States remains'), 'Hart');
});

test('`pleaded guilty` reports nothing; `advised X that "…"` and `The senators, however, said` report; a name after a capitalised possessive in an appositive is the body', () => {
  const a = en(`Probe widens

One of the sources described Mr Hale as "another domino" after former aide Tom Reed pleaded guilty to lying.

An unnamed campaign official advised Reed in May that the candidate himself "is not doing these trips."

Senators Ann Cole and Bob Dane wrote to the agency. The agency said it could match 96 percent of faces. The senators, however, said this meant "one in 25 travelers would be wrongly stopped."

"The measure is negative for state finances," Nick Lowe, Vice President at Moody's Investors Service, said in a statement.
`);
  assert.equal(who(a, 'another domino'), 'One of the sources');
  assert.equal(who(a, 'is not doing'), 'An unnamed campaign official');
  assert.equal(who(a, 'one in 25'), 'The senators');
  assert.equal(who(a, 'The measure is negative'), 'Nick Lowe');
});

test('`the jurist` is an epithet for the judge just named', () => {
  const a = en(`Court row

Justice Neil Gorsuch spoke on Tuesday. Critics were angry after the jurist said the attacks were "disheartening."
`);
  assert.equal(who(a, 'disheartening'), 'Justice Neil Gorsuch');
});
