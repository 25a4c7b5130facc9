// English attribution, a twenty-third round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, quoteStarting, who } from '../support/englishQueries';

test('`spokesman` says nothing of gender (agencies call women spokesman too): `she said` goes on with the spokesman just quoted', () => {
  const a = en(`Talks resume

Prime Minister Kenji Sato said his country backed a "firm" stance on the islands.

Foreign Ministry spokesman Mei Lin, in response to Sato's comments, said the situation was "already very tense". "We hope all sides will show restraint," she said.
`);
  assert.equal(who(a, 'firm'), 'Kenji Sato');
  assert.equal(who(a, 'already very tense'), 'Mei Lin');
  assert.equal(who(a, 'We hope all sides'), 'Mei Lin');
});

test('`states` reports only after the quote and a document or `it` (`"…," the lawsuit states.`); `member states said` keeps its noun', () => {
  const a = en(`Suit filed

Pat Moore filed the suit in Denver on Friday and is seeking damages. "The company locked its customers into one player," the lawsuit states.

The member states said the deal was "a good start".
`);
  assert.equal(who(a, 'The company locked its customers'), 'the lawsuit');
  assert.notEqual(who(a, 'a good start'), 'member states');
});

test('`spoke of "…"`, `talked of "…"`: the phrase is the speaker\'s words', () => {
  const a = en(`Rift denied

Union leader Jonathan Bale, of the civil servants' union, spoke of "competing agendas" between the two ministers.

Residents talked of "a night of terror" after the storm.
`);
  assert.equal(who(a, 'competing agendas'), 'Jonathan Bale');
  assert.equal(who(a, 'a night of terror'), 'Residents');
});

test('an unclosed quote ends at the attribution inside it (`…, that this has to stop, she said. While …`), still reported unclosed', () => {
  const a = en(`Caucus formed

Lawmaker Heather Stone formed a new caucus on Monday. "There is a lot of anger coming forward, that this just has to stop, she said. While harassment claims are not new, the pushback is.
`);
  const q = quoteStarting(a, 'There is a lot of anger');
  assert.equal(q.text, 'There is a lot of anger coming forward, that this just has to stop,');
  assert.equal(q.kind, 'direct');
  assert.equal(who(a, 'There is a lot of anger'), 'Heather Stone');
  assert.ok(a.findings.some((f) => f.code === 'unclosed-quote'));
});

test('a cue\'s past participle between a possessive and a noun (`Mr Houston\'s reported views`) is an adjective: no cue, no speaker met', () => {
  const a = en(`Candidate suspended

UKIP spokesman Mark Crowther said the party had acted quickly. "We acted," Mr Crowther said.

Mr Crowther said the main issue would be that Mr Huston's reported views had been presented as party policy. He said they might have been submissions to a committee. He told BBC News: "He appears to have said these things."
`);
  assert.equal(who(a, 'He appears to have said'), 'Mark Crowther');
});

test('a participle right before `by X as "…"` with no auxiliary (`agencies described by one union as a "…"`) is passive: X said it', () => {
  const a = en(`Budget cuts

Chancellor Gordon Black announced plans to merge 35 agencies into nine described by one civil service union as a "bonfire of the quangos".
`);
  assert.equal(who(a, 'bonfire of the quangos'), 'one civil service union');
});

test('a sentence about a thing that `came as` someone acted is about that someone: the next `he said` is theirs', () => {
  const a = en(`Abortion row

Mr Blair's spokesman said: "The church has a well known position on this issue." His words came as Cardinal Cormac Murphy, the Archbishop of Westminster, backed Mr Howard's stance and distanced himself from Labour. In a statement, he said abortion was a "very key issue", saying: "The policy supported by Mr Howard is one that we would commend."
`);
  assert.equal(who(a, 'very key issue'), 'Cormac Murphy');
  assert.equal(who(a, 'The policy supported by Mr Howard'), 'Cormac Murphy');
});

test('the one a passive `was asked` puts a question to answers next: `Mr Johnson was asked why …. He replied: "…"`', () => {
  const a = en(`Agency chief

The MPs published a report on the agency. On that day's Today programme Mr Jonson was asked why Mr Smith had been allowed to resign. He replied: "The chief executive decided it was time to move on."
`);
  assert.equal(who(a, 'The chief executive decided'), 'Jonson');
});

test('a cue inside a `when` clause of reported speech, its subject pronoun resumed after it, does not take the words: the outer speaker does', () => {
  const a = en(`Agency chief

Sir Archie Kirkby, chairman of the committee, said that when Mr Jonson had announced Mr Smith was going he got the "clear impression" the chief was retiring. He added his committee was "duty bound" to act.

Ms Reed said Mr Jonson had announced "a fresh start" for the agency.
`);
  assert.equal(who(a, 'clear impression'), 'Archie Kirkby');
  assert.equal(who(a, 'duty bound'), 'Archie Kirkby');
  assert.equal(who(a, 'a fresh start'), 'Jonson');
});

test('an indirect question\'s subject starts after its wh-word: `he asked why ministers attacked` has `ministers` for the subject, no `he asked why ministers`', () => {
  const a = en(`Budget row

Citing that record, he asked why ministers attacked the plans as "reckless".
`);
  assert.equal(who(a, 'reckless'), 'ministers');
});

test('an unclosed quote with another opened inside it is not cut at an attribution: the quotes still nest', () => {
  const a = en(`Talks end

Jane Roe spoke after the meeting. "The chief told us, "we are done here, she said. Everyone left the room at once.
`);
  for (const x of a.quotes) for (const y of a.quotes) {
    assert.ok(!(x.span.start < y.span.start && y.span.start < x.span.end && x.span.end < y.span.end), `${JSON.stringify(x.span)} straddles ${JSON.stringify(y.span)}`);
  }
});

test('a `, he said.` closing words about the man the sentence opens with is another man\'s report of him: the one met before', () => {
  const a = en(`Blair to fight on

Mr Blair will stand for a full third term, Alan Mills, Labour's election strategist, told the Today programme on Saturday. Mr Blair has "the same passion for the job" as when Labour came to power in 1997, he said.

Ms Donnelly later visited the ward, where she said the staff were "heroes".
`);
  assert.equal(who(a, 'the same passion for the job'), 'Alan Mills');
  assert.equal(who(a, 'heroes'), 'Donnelly');
});
