// English attribution, a seventeenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, quoteStarting, who } from '../support/englishQueries';

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

test('a body\'s word that is also an adjective names no body in lower case (`former independent MP Martin Bell`)', () => {
  const a = en(`Poll show

"Any of them would make good MPs," former independent MP Martin Bell insisted on the radio.

Mr Bell argues the show will engage voters. "If it gets more people voting, there is no harm in that," he said. "We need international observers," said independent candidate Jane Hope.
`);
  const bell = a.speakers.find((s) => s.name === 'Martin Bell');
  assert.ok(bell, 'Martin Bell is a speaker');
  assert.equal(bell.type, 'person');
  assert.equal(bell.role, 'former independent MP');
  assert.equal(who(a, 'If it gets more people voting'), 'Martin Bell');
  assert.equal(who(a, 'We need international observers'), 'Jane Hope');
});

test('`implored` and `confided` report words said (`"…", implored campaigner Barry Lim`)', () => {
  const a = en(`Talent show

"Don't you care about the Inuit?", implored guitar-toting campaigner Barry Lim. "I don't care about them," replied Mr MacKenzie. "That was a total disaster," a crestfallen Mr Lim confided to the presenter.
`);
  assert.equal(who(a, "Don't you care about the Inuit?"), 'Barry Lim');
  assert.equal(who(a, 'That was a total disaster'), 'Barry Lim');
});

test('the one a question is put to (`X was asked: "…"`) is no speaker of it', () => {
  const a = en(`Talent show

The panel was led by Kelvin MacKenzie, who traded insults with the hopefuls. Wheelchair user Kevin Donnellon was asked: "Why on earth do you want to be elected?"
`);
  assert.notEqual(who(a, 'Why on earth do you want to be elected?'), 'Kevin Donnellon');
});

test('a capital standing for its government is a place, never a he, even after words that name no post (`something Pyongyang has vowed`)', () => {
  const a = en(`Trump in Seoul

President Donald Trump offered a diplomatic opening to Pyongyang. He urged North Korea to accept "complete and total denuclearization" – something Pyongyang has vowed never to do. "We will not be intimidated," he told lawmakers.
`);
  assert.equal(who(a, 'We will not be intimidated'), 'Donald Trump');
});

test('a dateline with an abbreviated state (`SACRAMENTO, Calif. (Reuters) -`) is no part of the lead sentence', () => {
  const a = en(`Tax cuts could cost votes

SACRAMENTO, Calif. (Reuters) - Laura Russo is just the kind of voter the party needs, but the plan is pushing her away. "I would be dramatically affected," she said.
`);
  assert.equal(who(a, 'I would be dramatically affected'), 'Laura Russo');
  assert.ok(!a.speakers.some((s) => s.name === 'Reuters'));
});

test('lower-case words in quotes before `, said X` are what X said, not a name inside the subject (`the percentage "hardly changed at all", said its chief executive, Sir Howard Newby`)', () => {
  const a = en(`University access

More people went to university. But the percentage of poorer students "hardly changed at all", said its chief executive, Sir Howard Newby.

Matthews, who played despite admitting she had not kicked a ball "since school", said: "My legs have gone."
`);
  assert.equal(who(a, 'hardly changed at all'), 'Howard Newby');
  assert.equal(who(a, 'My legs have gone'), 'Matthews');
  assert.equal(quoteStarting(a, 'My legs have gone').cue, 'said');
});

test('a post with `to the` inside it (`Chief Secretary to the Treasury Paul Boateng`) is a role, the name after it the person\'s', () => {
  const a = en(`Spending row

The Tories say they can cut spending, Michael Howard said. But Chief Secretary to the Treasury Paul Boateng attacked the Tory plans. "The Conservatives are committed to cutting our plans," he said.
`);
  assert.equal(who(a, 'The Conservatives are committed'), 'Paul Boateng');
  assert.equal(a.speakers.find((s) => s.name === 'Paul Boateng')?.role, 'Chief Secretary to the Treasury');
});

test('a name before `, which …,` is no name of the source after it (`… in New York, which led to his return, the source said`)', () => {
  const a = en(`Envoy talks

A source in Washington said the talks were secret. Once she learned of it she was "shocked by all of it" and Yun met a diplomat in New York, which quickly led to his return home, the source said.
`);
  assert.ok(!a.speakers.some((s) => s.name === 'New York'));
  assert.equal(who(a, 'shocked by all of it'), 'A source in Washington');
});

test('a sentence ending on a reaction from a named person (`That prompted a backlash from Sessions.`) names whose uncued words come next', () => {
  const a = en(`Hearing

Attorney General Jeff Sessions testified on Tuesday. "You ruined his life," Jefferies said. That prompted an angry backlash from Sessions. "Nobody! Nobody should be prosecuted for that."
`);
  assert.equal(who(a, 'Nobody! Nobody should'), 'Jeff Sessions');
});

test('more common given names give a gender (`Leeann`, `Heather`, `Raymond`): she is the woman named, not the man named after her', () => {
  const a = en(`Senator accused

Anchor Leeann Tweeden related her experience on Thursday. Tweeden said Franken wrote a skit and said he insisted upon rehearsing it. "He repeated that we must practice the kiss," she wrote.

Raymond Hill said his daughter Heather had left. "She is safe now," he said.
`);
  assert.equal(who(a, 'He repeated that we must practice'), 'Leeann Tweeden');
  assert.equal(who(a, 'She is safe now'), 'Raymond Hill');
});
