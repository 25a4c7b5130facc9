// English attribution, a twenty-second round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, quoteStarting, who } from '../support/englishQueries';

test('`testified` is a verb of saying: a partial quote in the clause it governs is the witness\'s', () => {
  const a = en(`Bridge inquiry

The transport agency has faced questions about the bridge for a year.

Agency chief Ruth Hale testified before a House panel on Wednesday that the inspectors had been warned "months before the collapse" about the cracks.

"We acted on every report we received," Hale testified.
`);
  assert.equal(quoteStarting(a, 'months before the collapse').kind, 'direct');
  assert.equal(who(a, 'months before the collapse'), 'Ruth Hale');
  assert.equal(who(a, 'We acted on every report'), 'Ruth Hale');
});

test('a count of a group opening a sentence (`Dozens of residents`, `Hundreds of nurses`) is the group, not a name', () => {
  const a = en(`Hospital closure

The health board voted on Monday to close the ward.

Dozens of residents said the decision was "a betrayal of the town."

Hundreds of nurses said: "We were never consulted."
`);
  assert.equal(who(a, 'a betrayal of the town.'), 'Dozens of residents');
  assert.equal(who(a, 'We were never consulted.'), 'Hundreds of nurses');
});

test('`they` after a sentence that opens with a counted group (`Thousands of nurses marched …`) is that group, not a body met before', () => {
  const a = en(`Pay dispute

The health union said on Monday it would ballot its members.

Thousands of nurses marched through the city centre on Saturday.

"We cannot go on like this," they said.

More than 200 doctors, nurses and midwives signed a letter to Health Secretary Tom Reed last week.

"Patients are already paying the price," they wrote.
`);
  assert.equal(who(a, 'We cannot go on like this'), 'Thousands of nurses');
  assert.equal(who(a, 'Patients are already paying'), 'More than 200 doctors, nurses and midwives');
});

test('a short span quoted three times stays words said wherever a cue of its own governs it; the others are a term', () => {
  const a = en(`Party row

Former chair Ann Cole said in a newspaper column that the primary had been "rigged" against her candidate.

Senator Mark Reyes told reporters on Tuesday the contest was "rigged" from the start.

The party's lawyers rejected the "rigged" claims in a letter.
`);
  const rigged = a.quotes.filter((q) => q.text === 'rigged');
  assert.equal(rigged.length, 3);
  assert.deepEqual(rigged.map((q) => q.kind), ['direct', 'direct', 'term']);
  assert.deepEqual(rigged.slice(0, 2).map((q) => a.speakers.find((s) => s.id === q.speakerId)?.name), ['Ann Cole', 'Mark Reyes']);
});

test('a quote right after a work noun its owner\'s possessive opens (`Cole\'s memoir "…"`, `his new album "…"`) is the title', () => {
  const a = en(`New releases

Former minister Ann Cole said she would not stand again.

Cole's memoir "Out of Step: My Years in Government," is published on Thursday.

In his new album "Northern Lights," singer Tom Reed returns to folk.

Cole said her memoir was "an honest account of a hard job."
`);
  assert.equal(quoteStarting(a, 'Out of Step').kind, 'term');
  assert.equal(quoteStarting(a, 'Northern Lights').kind, 'term');
  assert.equal(who(a, 'an honest account'), 'Ann Cole');
});

test('an opening adjunct with no comma after it (`In a statement on Monday the minister said`) is no part of the subject', () => {
  const a = en(`Rail strike

Transport Minister Ruth Hale met union leaders on Sunday.

In a statement issued after the talks the minister said: "We are closer than we have been for months."

In an interview with the BBC the union's general secretary said the offer was "an insult to our members."
`);
  assert.equal(who(a, 'We are closer'), 'Ruth Hale');
  assert.equal(who(a, 'an insult to our members.'), "the union's general secretary");
});

test('an adjunct that a comma closes leaves the subject to the words after the comma (`In a statement read to the court, Jo Hart, whose … the victims, said`)', () => {
  const a = en(`Sentencing

A builder who defrauded pensioners was jailed on Friday.

In a statement read to the court, Jo Hart, whose mother was among the victims, said the fraud had "broken her heart."
`);
  assert.equal(who(a, 'broken her heart.'), 'Jo Hart');
});

test('`our correspondent` is the outlet\'s correspondent named before (`our` is a possessive that makes a definite description)', () => {
  const a = en(`Budget day

BBC political correspondent Ruth Hale said the budget would be "a careful one".

"The chancellor will stress stability above all," our correspondent said.
`);
  assert.equal(who(a, 'The chancellor will stress'), 'Ruth Hale');
});

test('`the party\'s presidential nominee`, a post no one was named with, stands for the person just named (an epithet, as `the champion` does)', () => {
  const a = en(`Tax vote

Senator John Reyes, who lost the 2012 race, backed the tax bill on Friday. While "far from perfect," the party's 2012 presidential nominee said it would help families.
`);
  assert.equal(who(a, 'far from perfect'), 'John Reyes');
});

test('`agree` / `agrees` is a verb of saying: the body that agrees is met, and `the organisation said` after it is that body', () => {
  const a = en(`Web addresses

Security firm Netguard warned users on Monday, said its founder Tom Reed.

DOMREG, the European Domain Registries Council, agrees. "Browsers must warn users at once," the organisation said in a statement.
`);
  assert.equal(who(a, 'Browsers must warn users'), 'DOMREG');
});

test('`its authors` / `its developers` speak as the body `its` means (`according to its authors`)', () => {
  const a = en(`New browser

Norwegian firm Vela has released a new version of its browser.

The browser will be "the fastest on the market", according to its authors.
`);
  assert.equal(who(a, 'the fastest on the market'), 'Vela');
});

test('an appositive that opens on a body\'s possessive (`Ian Reed, BT\'s futurologist,`) leaves the name before it the subject, whatever the noun', () => {
  const a = en(`Lab closure

The research lab in Dublin will close next month, its owners said.

Ian Reed, BT's futurologist, told the BBC that the closure was a "real shame".
`);
  assert.equal(who(a, 'real shame'), 'Ian Reed');
});

test('a group followed by `he` after its cue (`Officials now say he did not resign`) is given no gender: a later `he said` is not the group', () => {
  const a = en(`Agency chief

Agency head Tom Reed was said to have resigned in November. Officials now say he did not resign.

"The job is not finished," he said on Monday.
`);
  assert.equal(who(a, 'The job is not finished'), 'Tom Reed');
});

test('one lower-case word in quotes between `the` and a noun, a cue after it (`the "failing" Child Support Agency widely reported to`), is a scare quote', () => {
  const a = en(`Agency chief

The head of the "troubled" Patent Office widely reported to have resigned is still in his post.

MPs published a critical report into the "troubled" office, noting its chief "has now left".
`);
  assert.deepEqual(a.quotes.filter((q) => q.text === 'troubled').map((q) => q.kind), ['term', 'term']);
  assert.equal(quoteStarting(a, 'has now left').kind, 'direct');
});

test('a social-media handle alone in quotes (`"@Jo_Hart"`) is a name, whatever cue is near', () => {
  const a = en(`Wrong account

Mayor Tom Reed said on Monday he had tagged the wrong account. He later posted again with the minister's correct handle, "@Jo_Hart".
`);
  assert.equal(quoteStarting(a, '@Jo_Hart').kind, 'term');
});

test('a name\'s noun and a copula before the quote (`the party\'s slogan would be "…"`) make it the name; a few lower-case words between `a` and a noun, a cue after them, are a term', () => {
  const a = en(`Campaign launch

Campaign chief Ruth Hale said the party's slogan would be "Forward, not back."

It will not be a "whistle stop" style tour either, she said.

She said the old plan had been "a nuclear option" which nobody wanted.
`);
  assert.equal(quoteStarting(a, 'Forward, not back').kind, 'term');
  assert.equal(quoteStarting(a, 'whistle stop').kind, 'term');
  assert.equal(who(a, 'a nuclear option'), 'Ruth Hale');
});

test('a broadcaster\'s possessive in an opening adjunct (`Speaking on BBC One\'s Breakfast, he said`) is no `he`', () => {
  const a = en(`Migration plan

Home Secretary Tom Reed defended the plan on Sunday.

Speaking on BBC One's Sunday Politics, he said skilled migrants were "of great value to this country".
`);
  assert.equal(who(a, 'of great value'), 'Tom Reed');
});

test('guidelines, a leaflet, a code of practice speak as documents do (`"…", new guidelines say`)', () => {
  const a = en(`Self-defence

Householders who tackle intruders are unlikely to face charges if they acted "honestly and instinctively", new guidelines say.
`);
  assert.equal(quoteStarting(a, 'honestly and instinctively').kind, 'direct');
  assert.equal(who(a, 'honestly and instinctively'), 'guidelines');
});
