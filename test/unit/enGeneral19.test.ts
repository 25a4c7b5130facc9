// English attribution, a nineteenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('a verb joined by `and` takes the subject of the clause right before it that `but` opens, not the sentence\'s first', () => {
  const a = en(`Court case

Prosecutors claimed Mr Dale ran the scheme but his brother, Colin Dale, told the court it was nonsense and added: "He never touched the money."
`);
  assert.equal(who(a, 'He never touched the money'), 'Colin Dale');
});

test('a document and what it is about (`A report on the trial said`) is the subject: the words are the document\'s', () => {
  const a = en(`School trial

Teacher Anne Holt led the trial. "The pupils loved it," she said.

A report on the trial said: "Reading scores rose in every class."

A study into the closure found: "Nobody was consulted."
`);
  assert.match(who(a, 'Reading scores rose') ?? '', /report/i);
  assert.match(who(a, 'Nobody was consulted') ?? '', /study/i);
});

test('a capitalised post no one holds (`The Home Secretary`) is the speaker just named with no role; a `Shadow` post is another', () => {
  const a = en(`Police powers

Shadow home secretary David Lane said: "The plans go too far."

In a speech Mr Pryce said of the bill: "It protects the public." The Home Secretary told the BBC: "We will not back down."
`);
  assert.equal(who(a, 'The plans go too far'), 'David Lane');
  assert.equal(who(a, 'We will not back down'), 'Pryce');
});

test('a body\'s possessive before two plain capitalised words (`The Howard League\'s Ravi Menon`) names a person who works there', () => {
  const a = en(`Prison reform

The Howard League's Ravi Menon said the plan was "a step backwards".

He added that ministers had "ignored the evidence".
`);
  const s = a.speakers.find((x) => x.name === 'Ravi Menon');
  assert.equal(s?.type, 'person');
  assert.equal(who(a, 'ignored the evidence'), 'Ravi Menon');
});

test('`He said the man shouted: "…"`: a verb of saying inside his report, with its own colon, gives its own subject\'s words', () => {
  const a = en(`Market brawl

Trader Sam Hill said he was shaken. He said a customer shouted: "I want my money back."

He added the council had promised "proper security" at the market.
`);
  assert.match(who(a, 'I want my money back') ?? '', /customer/);
  // (no colon: the words quoted in his report are still his)
  assert.equal(who(a, 'proper security'), 'Sam Hill');
});

test('a post in a body named by its kind (`the charity\'s director`) is the speaker just named as that body\'s', () => {
  const a = en(`Aid report

"Rich countries must do more," Shelter's Maria Lowe said.

"The year will end in failure," the charity's director added.
`);
  assert.equal(who(a, 'The year will end in failure'), 'Maria Lowe');
});

test('`according to X` before a clause with no comma ends X at the gerund opening the clause\'s subject', () => {
  const a = en(`Fishing rules

Anglers were confused. They were told that according to Natural England's lawyers netting the river was "perfectly legal in winter".
`);
  assert.match(who(a, 'perfectly legal in winter') ?? '', /Natural England/);
});
