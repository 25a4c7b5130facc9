// English quotes: speech vs term, cues before/after/colon, speaker phrases, continuation, entities.
// The articles are written for these tests (never copied from the corpus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article, Quote, Speaker } from '../../server/src/article/model';

const en = (text: string) => analyzeArticle(text, { language: 'en' });

function quote(a: Article, startsWith: string): Quote {
  const q = a.quotes.find((x) => x.text.startsWith(startsWith));
  assert.ok(q, `no quote starting ${startsWith}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return q;
}

function speakerOf(a: Article, startsWith: string): Speaker | null {
  const q = quote(a, startsWith);
  return q.speakerId ? a.speakers.find((s) => s.id === q.speakerId) ?? null : null;
}

const MEALS = `Ministers face revolt over school meals

Plans to cut free school meals face a revolt from backbench MPs, the BBC understands.

Education Secretary Jane Porter said on Monday that the savings were "unavoidable". "We have looked at every other option," she told the Commons. "There is no money left."

But Labour MP Tom Fielding, chairman of the education committee, warned the plans would hit "the poorest families first". He added: "This is a policy written by people who have never been hungry."

"We will fight this all the way," a Downing Street spokesman said. A spokeswoman for the Treasury said: "The figures speak for themselves."

The so-called "meals tax" has been dubbed "the lunchbox levy" by campaigners. The film "Hungry Britain" opens next week.

"Is this really the best we can do?" asked Mrs Porter's predecessor, Dame Alice Grant. "I doubt it."

According to the Institute for Fiscal Studies, the cuts would save "barely £40m a year". The institute's director, Paul Green, said: "That is a rounding error."

"We are," said Mr Fielding, "ready to vote against it." Ms Porter, 52, said she would listen. "My door is open," she said.
`;

test('role + name before the cue, pronouns by gender, continuation, colon after an object', () => {
  const a = en(MEALS);
  const porter = speakerOf(a, 'unavoidable');
  assert.equal(porter?.name, 'Jane Porter');
  assert.equal(porter?.role, 'Education Secretary');
  assert.equal(porter?.gender, 'female');
  assert.equal(quote(a, 'unavoidable').kind, 'direct', 'a partial quote governed by "said" is speech');
  assert.equal(speakerOf(a, 'We have looked')?.name, 'Jane Porter', '"she told" refers back to the woman');
  const cont = quote(a, 'There is no money');
  assert.equal(cont.attribution, 'continuation');
  assert.equal(speakerOf(a, 'There is no money')?.name, 'Jane Porter');

  const fielding = speakerOf(a, 'the poorest families');
  assert.equal(fielding?.name, 'Tom Fielding');
  assert.equal(fielding?.role, 'Labour MP');
  assert.equal(speakerOf(a, 'This is a policy')?.name, 'Tom Fielding', '"He added:" is the last man named');
  assert.equal(quote(a, 'This is a policy').cue, 'added');
});

test('unnamed sources and bodies: a Downing Street spokesman, a spokeswoman for the Treasury, according to', () => {
  const a = en(MEALS);
  assert.equal(speakerOf(a, 'We will fight')?.name, 'a Downing Street spokesman');
  assert.equal(speakerOf(a, 'We will fight')?.type, 'anonymous');
  assert.equal(speakerOf(a, 'The figures')?.name, 'A spokeswoman for the Treasury');
  const ifs = quote(a, 'barely');
  assert.equal(ifs.attribution, 'according-to');
  assert.equal(speakerOf(a, 'barely')?.name, 'Institute for Fiscal Studies');
  assert.equal(speakerOf(a, 'barely')?.type, 'organization');
  assert.equal(speakerOf(a, 'That is a rounding')?.name, 'Paul Green');
});

test('terms: so-called, dubbed, a title after "the film" — never speech, never a speaker', () => {
  const a = en(MEALS);
  for (const t of ['meals tax', 'the lunchbox levy', 'Hungry Britain']) {
    assert.equal(quote(a, t).kind, 'term', t);
    assert.equal(quote(a, t).speakerId, null, t);
  }
  assert.ok(!a.findings.some((f) => f.code === 'unattributed-quote' && a.quotes.some((q) => q.kind === 'term' && q.span.start === f.span.start)));
});

test('inverted cue with a described speaker, a quote split around its cue, an age between commas', () => {
  const a = en(MEALS);
  const grant = speakerOf(a, 'Is this really');
  assert.equal(grant?.name, 'Alice Grant');
  assert.equal(speakerOf(a, 'I doubt it')?.name, 'Alice Grant');
  assert.equal(speakerOf(a, 'We are')?.name, 'Tom Fielding');
  assert.equal(speakerOf(a, 'ready to vote')?.name, 'Tom Fielding', 'the second half of a split quote');
  assert.equal(speakerOf(a, 'My door is open')?.name, 'Jane Porter');
});

test('one entity per speaker: fullest name, aliases, every mention, ids in order of first mention', () => {
  const a = en(MEALS);
  const porter = a.speakers.find((s) => s.name === 'Jane Porter')!;
  assert.ok(porter.aliases.includes('Ms Porter'), porter.aliases.join(', '));
  const written = porter.mentions.map((m) => a.text.slice(m.span.start, m.span.end));
  assert.ok(written.includes('Jane Porter') && written.filter((w) => w === 'Porter').length >= 1, written.join(', '));
  for (const m of porter.mentions) assert.equal(a.text.slice(m.span.start, m.span.end), m.text);
  assert.deepEqual(a.speakers.map((s) => s.id), a.speakers.map((_, i) => `s${i + 1}`));
  const firsts = a.speakers.map((s) => Math.min(...s.mentions.map((m) => m.span.start)));
  assert.deepEqual([...firsts].sort((x, y) => x - y), firsts);
  for (const s of a.speakers) for (const qi of s.quotes) assert.equal(a.quotes[qi].speakerId, s.id);
});

const BAND = `Band rises from the farm

Indie band The Moles have been named the best new act of the year.

"People said we were mad to record in a barn," said singer Kate Moody. "We didn't care. "It sounded right to us."

The group's bassist, Ray Dunn, said the prize was "a massive honour". "We got lucky," added Dunn. Coincidentally their name is also the local word for "trouble".

The band played a series of "secret shows" in pubs last summer. Moody says the next album will be "darker". The magazine's editor, Joe Platt, said: "They are the real thing."
`;

test('run-on quotes flattened onto one line, inverted cues, scare quotes with no speaker near are terms', () => {
  const a = en(BAND);
  assert.equal(speakerOf(a, 'People said')?.name, 'Kate Moody');
  assert.equal(speakerOf(a, 'We didn')?.name, 'Kate Moody');
  assert.equal(speakerOf(a, 'It sounded right')?.name, 'Kate Moody');
  assert.equal(speakerOf(a, 'a massive honour')?.name, 'Ray Dunn');
  assert.equal(speakerOf(a, 'We got lucky')?.name, 'Ray Dunn');
  assert.equal(quote(a, 'trouble').kind, 'term', 'the word for "…"');
  assert.equal(quote(a, 'secret shows').kind, 'term', 'a scare quote no cue governs');
  assert.equal(speakerOf(a, 'darker')?.name, 'Kate Moody', 'surname alone refers back');
  assert.equal(speakerOf(a, 'They are the real')?.name, 'Joe Platt');
});

const REPORT = `Report attacks pension plans

The pension reforms are "too timid", according to a report by the Fiscal Council.

"Nothing short of a new system will do," the report said. "Savers deserve better." It also recommends a "flat-rate pension" for all. The council's chairman, Sir Ian Hale, said: "We stand by every word."

Mr Hale said afterwards that ministers had offered some "movement". Professor Ann Roe, an economist at the University of Leeds, said she agreed. "It is a fair analysis," she said.
`;

test('documents speak (the report said), "It" refers to the body, titles kept out of the name', () => {
  const a = en(REPORT);
  const report = speakerOf(a, 'Nothing short');
  assert.equal(report?.type, 'organization');
  assert.equal(speakerOf(a, 'Savers deserve')?.name, report?.name);
  assert.equal(speakerOf(a, 'flat-rate pension')?.name, report?.name, '"It also recommends" is the report');
  assert.equal(speakerOf(a, 'We stand by')?.name, 'Ian Hale');
  assert.equal(speakerOf(a, 'movement')?.name, 'Ian Hale');
  const roe = speakerOf(a, 'It is a fair');
  assert.equal(roe?.name, 'Ann Roe');
  assert.equal(roe?.gender, 'female');
});

test('a quote with no cue and no speaker before it stays direct (and unattributed) only when it is a sentence', () => {
  const a = en(`Storm hits coast\n\n"We lost everything in one night." Residents were still counting the damage on Sunday.\n`);
  const q = quote(a, 'We lost');
  assert.equal(q.kind, 'direct');
  assert.equal(q.speakerId, null);
  assert.ok(a.findings.some((f) => f.code === 'unattributed-quote' && f.span.start === q.span.start));
  const b = en(`Storm hits coast\n\nThe "storm of the century" hit the coast on Sunday.\n`);
  assert.equal(quote(b, 'storm of').kind, 'term');
});

test('speech analysis stays linear: a long article of quotes and cues', () => {
  const para = 'Mr Smith said the plan was "bold". "We will see," he added. The so-called "reform" is "a start", according to Jane Doe. ';
  const small = para.repeat(200);
  const big = para.repeat(1600);
  en('Title\n\n' + small); // warm-up
  const t0 = performance.now();
  en('Title\n\n' + small);
  const t1 = performance.now();
  en('Title\n\n' + big);
  const t2 = performance.now();
  assert.ok(t2 - t1 < Math.max(50, (t1 - t0) * 8 * 4), `small ${(t1 - t0).toFixed(0)} ms, 8× bigger ${(t2 - t1).toFixed(0)} ms`);
});

const CLUB = `United sack manager after cup exit

Manchester United have sacked manager Phil Barnes after Saturday's defeat.

The club said in a statement: "We thank Phil for his work." Chief executive David Gill added that the decision had been "painful".

"This is a sad day.

"Phil gave everything to the club," said captain Roy Keane.

Sarah Lee has followed the club for 30 years. "I cried when I heard," she said. Her husband Tom Lee is more cautious.

"Let's wait and see."

The minister said the plan would "transform" sport, but critics called it "a gimmick". Fans' group Shareholders United warned against a "quick fix".
`;

test('a quote running over paragraphs takes the speaker named at its end; a quote after a sentence about someone is theirs', () => {
  const a = en(CLUB);
  const first = quote(a, 'This is a sad day');
  assert.equal(first.runsOn, true);
  assert.equal(speakerOf(a, 'This is a sad day')?.name, 'Roy Keane');
  assert.equal(speakerOf(a, 'Phil gave')?.name, 'Roy Keane');
  assert.equal(speakerOf(a, 'I cried')?.name, 'Sarah Lee');
  assert.equal(speakerOf(a, "Let's wait")?.name, 'Tom Lee');
  assert.equal(speakerOf(a, 'We thank')?.type, 'organization');
});

test('each clause its own cue: "the minister said …, but critics called it …"; a group named after a possessive', () => {
  const a = en(CLUB);
  const minister = speakerOf(a, 'transform');
  assert.equal(minister?.name, 'The minister');
  assert.notEqual(minister?.name, 'Tom Lee', 'a role no one holds yet is someone new');
  assert.equal(speakerOf(a, 'a gimmick')?.name, 'critics');
  assert.equal(speakerOf(a, 'quick fix')?.name, 'Shareholders United');
});

test('quoted him as saying: the one quoted speaks (nested); a name and a colon attribute without a verb', () => {
  const a = en(`Title\n\nPeter Hain spoke to the paper on Sunday. The Times quoted him as saying: "I will not resign."\n\nAt the hearing, the transcript ran as follows. Jane Doe: "We carry on."\n`);
  const q = quote(a, 'I will not resign');
  assert.equal(q.attribution, 'nested');
  assert.equal(speakerOf(a, 'I will not resign')?.name, 'Peter Hain');
  const c = quote(a, 'We carry on');
  assert.equal(c.attribution, 'colon');
  assert.equal(speakerOf(a, 'We carry on')?.name, 'Jane Doe');
});

test('given names decide he and she when no title does; a word or two set off after a determiner is a scare quote', () => {
  const a = en(`Title\n\nDavid Bell said the plan was sound. Ruth Kelly said she would study it. "We will move quickly," he added. "I agree," she said.\n\nThe "reforms" were announced in March.\n`);
  assert.equal(speakerOf(a, 'We will move')?.name, 'David Bell');
  assert.equal(speakerOf(a, 'I agree')?.name, 'Ruth Kelly');
  assert.equal(quote(a, 'reforms').kind, 'term');
});

test('a fragment a reporting verb governs is speech even when its subject is unknown; a passive "is said to" is not', () => {
  const a = en(`Title\n\nThe band's hits were "great", he said. The plan is said to be "ambitious".\n`);
  assert.equal(quote(a, 'great').kind, 'direct');
  assert.equal(quote(a, 'great').speakerId, null);
  assert.equal(quote(a, 'ambitious').kind, 'term');
});

test('a subheading on the first line of its block is no part of the next sentence; a quoted name inside a relative clause stays in the subject', () => {
  const a = en(`Clarke stands by detentions

Home Secretary Charles Clarke said he would not release the suspects, despite the ruling.

Opposition response
Liberal Democrat spokesman David Heath said the judgement was "an unprecedented condemnation".

The campaign group, which calls itself "Liberty Watch", welcomed the ruling. "Detention without trial has no place in a democracy."
`);
  const heath = speakerOf(a, 'an unprecedented');
  assert.equal(heath?.name, 'David Heath');
  assert.equal(heath?.role, 'Liberal Democrat spokesman');
  assert.equal(quote(a, 'Liberty Watch').kind, 'term');
  assert.equal(speakerOf(a, 'Detention without')?.name, 'The campaign group', '"welcomed the ruling": the ruling is the object, not the speaker');
});
