// English attribution, a thirteenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('a person named with a role as the owner of a sentence’s subject is met: a later `the <role>` is them (Sacked MP Howard Flight’s association …; the MP said)', () => {
  const a = en(`Council row deepens

Former mayor Joan Pike's campaign team has said she will appeal against the decision. Her supporters met on Tuesday. The former mayor told local radio: "I was elected by the people of this town."

Suspended councillor Raj Mehta's office issued a statement on Monday. The councillor said: "I have done nothing wrong."
`);
  assert.equal(who(a, 'I was elected'), 'Joan Pike');
  assert.equal(who(a, 'I have done nothing wrong'), 'Raj Mehta');
});

test('a person met before who opens a clause after `but` is whom the sentence ends on: a later `He admitted` is them', () => {
  const a = en(`Title race heats up

"I am ready to win," said Maria Lopez after her heat on Friday.

Her rival Anna Berg won the same race last year and then claimed the title would be decided between herself and two others but Lopez is calm.

She admitted: "Berg is strong, but I have trained harder than ever."
`);
  assert.equal(who(a, 'Berg is strong'), 'Maria Lopez');
});

test('`… and used expressions like "…"`: the subject’s own words, by example, after another speaker was quoted', () => {
  const a = en(`Row over remarks

"This is reckless," said Senator Ann Cole on Monday.

The mayor, Tom Reyes, has traded insults with the council for months and used expressions like "total disgrace" to describe it.
`);
  assert.equal(who(a, 'total disgrace'), 'Tom Reyes');
});

test('after `how`, the clause’s own subject speaks (`he pointed to how X had in 1997 complained about "…"`)', () => {
  const a = en(`Poster row

Mr Clarke defended the poster on Monday. Instead, he pointed to how Dan Price had in 2001 complained about "cheap personal attacks".
`);
  assert.equal(who(a, 'cheap personal attacks'), 'Dan Price');
});

test('`X touted …"…"`: what one promotes, in one’s own words', () => {
  const a = en(`Tax plan

Speaker Paul Ryan has carried around a card that he said shows how easy filing will be. On Thursday Governor Ann Lee touted families being able to “file in ten minutes flat.”
`);
  assert.equal(who(a, 'file in ten minutes'), 'Ann Lee');
});

test('`it said` after a one-word name met as a speaker, with no honorific, role or gender, is that body, not a body met before it', () => {
  const a = en(`Games chart

Fifa 2005 is back at the top of the UK games charts, a week after losing it.

Fans of the series will have to wait. Nintendo has said that the European version will not be ready for Christmas. "The product is translated into 13 languages," it said.
`);
  assert.equal(who(a, 'The product is translated'), 'Nintendo');
});

test('a post with `of` inside it before a name (U.S. Secretary of State Rex Tillerson) is the role; the word after `of` is no given name', () => {
  const a = en(`Sanctions threatened

“The situation constitutes ethnic cleansing,” U.S. Secretary of State Mark Fenwick said in a statement. Minister of Health Ana Ruiz said: “We are ready.”
`);
  assert.equal(who(a, 'The situation constitutes'), 'Mark Fenwick');
  assert.equal(a.speakers.find((s) => s.name === 'Mark Fenwick')?.role, 'U.S. Secretary of State');
  assert.equal(who(a, 'We are ready'), 'Ana Ruiz');
});

test('`The authorities said` names an unnamed source, as `Officials said` does', () => {
  const a = en(`Land reform

The Vestey Group said it would fight the move in court.

The authorities said landowners whose titles were in order had "nothing to fear".
`);
  assert.equal(who(a, 'nothing to fear'), 'The authorities');
});

test('`X thanked Y "for …"` quotes X; a plural source (`by many critics`) is never the next `he`', () => {
  const a = en(`Awards night

Their third album was hailed as the record of the year by many critics. Singer Mark Vance thanked fans "for sticking with us through the lean years". "We owe you everything," he said.
`);
  assert.equal(who(a, 'for sticking with us'), 'Mark Vance');
  assert.equal(who(a, 'We owe you everything'), 'Mark Vance');
});

test('a plural unnamed source opening the sentence before (`Many critics said …`) is no `he`', () => {
  const a = en(`Cup final

Coach Tom Reyes watched from the stands. Many critics said the team was tired. "We were not tired," he said.
`);
  assert.equal(who(a, 'We were not tired'), 'Tom Reyes');
});

test('`It` opening a sentence that reports no words keeps to bodies: a one-word name met as a speaker is no `it` there', () => {
  const a = en(`Town budgets

Steve Walsh, finance officer for Conroe, Texas, said growth demanded new roads. "We will be losers," Walsh said. In Pataskala, city finance director Jamie Nicholson said the police needed a new station. It now works out of an old building with no cells. "They get handcuffed to a chair," he said.
`);
  assert.equal(who(a, 'They get handcuffed'), 'Jamie Nicholson');
});

test('`the former <post>` no one holds by that name is the person met last whose role is a former one', () => {
  const a = en(`Chief speaks out

Former police chief Sir Ian Blake has criticised the new guidance. Sir Ian said the rules were unclear. The former commissioner said in an interview: "Officers need clear rules."
`);
  assert.equal(who(a, 'Officers need clear rules'), 'Ian Blake');
});
