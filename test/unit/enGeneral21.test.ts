// English attribution, a twenty-first round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('a year after a date and its comma is no name: the role after it is the subject (`on May 4, 2019, the White House said`)', () => {
  const a = en(`Files to be released

The archive opened its reading room on Monday.

The last files will be released "in full" on May 4, 2019, the White House said in a statement.

The papers will follow "in small batches" by the end of the review on June 9, 2019, the National Archives said.
`);
  assert.equal(who(a, 'in full'), 'White House');
  assert.equal(who(a, 'in small batches'), 'National Archives');
});

test('a time phrase with `the` or `that` before the subject (`The next day, Trump …, telling X he was "…"`) leaves the subject to the participle', () => {
  const a = en(`Mayor and council

Mayor Ruth Hale has run the city since 2019. The council voted to cut the parks budget on Tuesday.

The next day, Hale appeared to dismiss the vote in a radio interview, telling the council it was "wasting everyone's time."
`);
  assert.equal(who(a, "wasting everyone's time."), 'Ruth Hale');
});

test('words joined by `and` to a quote its cue governs from before share that cue, not a later cue', () => {
  const a = en(`Senator on the crisis

Senator Joan Ellis, who called the shortage a "national disgrace" and "a failure of planning," was introduced by her husband, Tom, who said she had worked on it for years.
`);
  assert.equal(who(a, 'national disgrace'), 'Joan Ellis');
  assert.equal(who(a, 'a failure of planning,'), 'Joan Ellis');
});

test('`"…," X, a role of a body, was quoted as saying`: the one quoted is the speaker of the quote before', () => {
  const a = en(`Charges in bribery case

Two men were arrested on Saturday in New York.

"The defendants allegedly sought business through bribes," Peter Lowe, acting attorney for the district, was quoted as saying.
`);
  assert.equal(who(a, 'The defendants allegedly sought business through bribes'), 'Peter Lowe');
});

test('a participle after a document `in` governs (`said in a statement posted on its website that:`) reports nothing', () => {
  const a = en(`Company denies role

Northgate Energy said in a statement posted on its website late on Tuesday that: "The fund is not involved in any of our business."
`);
  assert.equal(who(a, 'The fund is not involved in any of our business.'), 'Northgate Energy');
});

test('`the opposition said` names a body as the source', () => {
  const a = en(`Election delayed

The electoral commission set the vote for next year, a delay that the opposition said would lead people to "take matters into their own hands."
`);
  assert.equal(who(a, 'take matters into their own hands.'), 'the opposition');
});

test('a participle clause between commas with a day or month in it (`appearing before cameras on Monday,`) describes the subject, no source', () => {
  const a = en(`Lawyer speaks

Defense lawyer Tom Downing spoke to reporters outside the court.

Downing, appearing before television cameras on Monday, said the charges were "absurd" and would be dropped.
`);
  assert.equal(who(a, 'absurd'), 'Tom Downing');
});

test('a participle opening the sentence (`Noting that …, X apologized`) has the subject of the clause after its comma', () => {
  const a = en(`Senator returns

Senator Ann Lee returned to the chamber on Monday.

Noting that her voters had "trusted me to fight for them," Lee apologized again for the delay.
`);
  assert.equal(who(a, 'trusted me to fight for them,'), 'Ann Lee');
});

test('a relative clause between dashes (`A report by X - which …, Y and Z - said`) is no part of the subject', () => {
  const a = en(`Coal outlook

A report by the Federal Reserve Bank of Dallas - which has two large producers in its district, Alpha Mining and Delta Coal Inc - said older plants "may soon close."
`);
  assert.equal(who(a, 'may soon close.'), 'Federal Reserve Bank of Dallas');
});

test('a post opening its clause after an opening adjunct (`Speaking in Leeds, the prime minister said`) is the speaker just before it who may hold it', () => {
  const a = en(`Leader on his future

Tony Harlow said he would stay on as long as he had something to offer.

"I have work to do," Mr Harlow said.

Speaking amid a flurry of campaigning, the prime minister said: "I am an issue, and I always will be."
`);
  assert.equal(who(a, 'I am an issue, and I always will be.'), 'Tony Harlow');
});
