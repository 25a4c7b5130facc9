// English attribution, a seventh round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, quoteStarting, who } from '../support/englishQueries';

test('`Michael Jackson\'s mother` first, `His mother Katherine Jackson` later: one person, named', () => {
  const a = en(`Mother backs singer

Meanwhile Michael Jackson's mother has said she is "100% certain" her son did not commit the charges.

Mr Jackson, 46, denies the charges. His mother Katherine Jackson told Fox News that her son was innocent. "I know his character," she said.
`);
  assert.equal(who(a, '100% certain'), 'Katherine Jackson');
  assert.equal(who(a, 'I know his character'), 'Katherine Jackson');
  assert.equal(a.speakers.length, 1, a.speakers.map((s) => s.name).join(' | '));
});

test('`But William Hill\'s "overwhelming evidence" came …`: words after a named source\'s possessive, the source speaking before, are its', () => {
  const a = en(`Bets off after leak

A bookmaker has stopped taking bets on the show after claiming "sensitive information" had been leaked.

Green Hill made the move after four people tried to place bets. "This is unlikely to be a guess," Green Hill spokesman Tom Adams said.

The bookmaker said its suspicions had been aroused by betting on the last evictions. But Green Hill's "overwhelming evidence" came on Friday when four callers asked to place bets.
`);
  assert.equal(quoteStarting(a, 'overwhelming evidence').kind, 'direct');
  assert.equal(who(a, 'overwhelming evidence'), 'Green Hill');
});

test('`The health arguments far outweighed …, he told MSPs`: a determiner alone is no one, and `he` stays the First Minister', () => {
  const a = en(`Smoking ban set out

Smoke-free areas will save lives, First Minister Jack McConnell has insisted.

Mr McConnell said the health rates were "lamentable". In a statement to parliament, Mr McConnell said that the licensed trade would be asked to join a committee.

The health arguments far outweighed lingering public disquiet about a complete ban and claims by the licensed trade that jobs would be lost, he told MSPs. He said there would be a campaign whereby "tourists can enjoy smoke free air".
`);
  assert.equal(who(a, 'tourists can enjoy'), 'Jack McConnell');
  assert.ok(!a.speakers.some((s) => s.name === 'The'), a.speakers.map((s) => s.name).join(' | '));
});

test('`X was quoted by The Australian newspaper as saying … "…"`: X speaks, not the paper that quotes', () => {
  const a = en(`Airline may move jobs

Qantas chief executive Geoff Dixon was quoted by The Australian newspaper as saying the carrier could no longer afford to remain "all-Australian".
`);
  assert.equal(who(a, 'all-Australian'), 'Geoff Dixon');
});

test('`Transport & General Worker\'s Union general secretary Tony Woodley` opens a subject: `&` inside a body\'s name', () => {
  const a = en(`Union warns on jobs

MG Rover said "talks continue".

Transport & General Worker's Union general secretary Tony Woodley repeated his view on Friday that all mergers led to some job cuts. He said investment in new models was needed. "This is a crucial time," he said.
`);
  assert.equal(who(a, 'This is a crucial time'), 'Tony Woodley');
});

test('`the brainchild of IBM researcher Jim Levine who developed …` (no comma) introduces the `he` of the quotes after it', () => {
  const a = en(`Mouse stops shakes

"We are delighted," said Karen Walsh, from the National Tremor Foundation.

The adapter is the brainchild of IBM researcher Jim Levine who developed the prototype after seeing his uncle struggle. "I knew that there must be a way to improve the situation.

"The number of elderly computer users will increase," he said.
`);
  assert.equal(who(a, 'I knew that'), 'Jim Levine');
  assert.equal(who(a, 'The number of elderly'), 'Jim Levine');
});
