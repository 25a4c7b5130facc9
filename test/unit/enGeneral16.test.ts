// English attribution, a sixteenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('a clause of its own before `, said X` (`the dollar will probably slide, said …`) is what was said, not the subject', () => {
  const a = en(`Dollar outlook

In the long run, the pound will probably keep falling, said Maria Lopez, chief strategist at Acme Bank. Exports would suffer, she said.

"We are selling sterling," she said.
`);
  assert.equal(who(a, 'We are selling sterling'), 'Maria Lopez');
  assert.ok(!a.speakers.some((s) => s.name.includes('keep falling')));
});

test('a participant or attendee at an event is an unnamed source (`a participant at the lunch said`)', () => {
  const a = en(`Summit lunch

Prime Minister John Carter told the president that the talks were vital.

"Carter said the deal is within reach," a participant at the lunch said. "They want it done."

"It went well," an attendee at the dinner said.
`);
  assert.equal(who(a, 'Carter said the deal'), 'a participant at the lunch');
  assert.equal(who(a, 'They want it done'), 'a participant at the lunch');
  assert.equal(who(a, 'It went well'), 'an attendee at the dinner');
});

test('a clause about a person after their name (`a man who lost his mother`) gives neither their gender nor their role', () => {
  const a = en(`Families meet leader

"It seemed fine," said Ryoji Ikeda, a man who lost his mother in the raid. "But it is not enough," he said.

"It hurts," said Koichi Arai, an infant abandoned when his aunt, Emi Arai, was taken. The families can do little, said Hana’s aunt. "Please help us," she said.
`);
  assert.equal(who(a, 'But it is not enough'), 'Ryoji Ikeda');
  assert.equal(who(a, 'Please help us'), "Hana’s aunt");
  assert.ok(!a.speakers.some((s) => s.role?.includes('when')));
});

test('a document to someone (`The letter to Lowell also said`) is the document speaking, not an unattributed quote', () => {
  const a = en(`Senators press lawyer

The committee wrote to Mark Lowell, the family's lawyer, on Thursday.

The letter to Lowell also said he had failed to hand over "emails with two bankers."
`);
  assert.equal(who(a, 'emails with two bankers'), 'The letter');
});

test('right after `who`, the subject of the cue is the noun phrase before it (`spoke to a crowd of students who shouted`), not the clause', () => {
  const a = en(`Rally in Leeds

"We must vote," Mayor Ann Hale said.

Hale then spoke to a crowd of students who shouted: "Four more years."
`);
  assert.equal(who(a, 'Four more years'), 'a crowd of students');
});

test('`A statement after the meeting said`: after a document opening the clause, `after` begins an adjunct of time, not a clause with its own subject', () => {
  const a = en(`Leaders meet

"We get along," the prime minister said.

A statement after the meeting said the two sides "agreed to keep talking."
`);
  assert.equal(who(a, 'agreed to keep talking'), 'A statement');
});

test('a passive verb joined by `and` to a passive one (`was criticized by experts and attacked as "…" by Democrats`) has its agent for speaker', () => {
  const a = en(`Budget row

The ministry published a plan that was quickly questioned by several economists and attacked as "pure fantasy" by Labour.
`);
  assert.equal(who(a, "pure fantasy"), "Labour");
});

test('the words after `told` name whom it was said to, never its subject (`The assistant told Reuters:`); an assistant is a source', () => {
  const a = en(`Interview

Walid Haddad was interviewed by the committee on Monday.

The assistant told Reuters: "Dr. Haddad is not making any comments."
`);
  assert.equal(who(a, 'Dr. Haddad'), 'The assistant');
});

test('what a document is in support of or about is no part of its name (`according to the government’s memorandum in support of the conditions of release`)', () => {
  const a = en(`Bail hearing

The judge set bail on Monday.

"Both men have ties abroad," according to the government's memorandum in support of the conditions of release.

"Growth will slow," according to a report on the economy by the IMF.
`);
  assert.equal(who(a, 'Both men have ties'), 'memorandum');
  assert.equal(who(a, 'Growth will slow'), 'IMF');
});

test('a few words between an article and the noun they qualify, with no cue of their own, are a term (`the "individual mandate" fee`)', () => {
  const a = en(`Health bill

"We will fix it," Senator Ann Reed said on Monday.

The bill would also end the "individual health mandate" fee from next year.
`);
  assert.equal(a.quotes.find((q) => q.text === "individual health mandate")?.kind, 'term');
});

test('a clause reported after `he added` is his statement: words quoted in it (`He added the council had pledged "…"`) are his', () => {
  const a = en(`School sport

Mayor Tom Hale praised the schools on Monday. He added the council had originally pledged "two hours of sport for every pupil" a week.
`);
  assert.equal(who(a, 'two hours of sport'), 'Tom Hale');
});
