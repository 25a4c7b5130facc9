// English attribution, an eighth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('Korean given names written with a hyphen (`Yoo Chang-geun`, `Moon Jae-in`) are names; `Long-term` stays a word', () => {
  const a = en(`Factory owners worried

"I am nervous about the situation," said Yoo Chang-geun, the South Korean head of a parts maker.

Moon Jae-in said: "We will talk to the North."

"The Long-term plan is clear," said Kim Hye-jin.
`);
  assert.equal(who(a, 'I am nervous'), 'Yoo Chang-geun');
  assert.equal(who(a, 'We will talk'), 'Moon Jae-in');
  assert.equal(who(a, 'The Long-term plan'), 'Kim Hye-jin');
  assert.ok(!a.speakers.some((s) => /Long-term/.test(s.name)), a.speakers.map((s) => s.name).join(' | '));
});

test('`screamed`, `chimed in` report words; `according to` after a speaker’s own `said` only relays them', () => {
  const a = en(`Pilot locked out

"For God's sake, open the door!" Capt. Patrick Sondenheimer screamed as he banged on the cockpit door.

"So wrong," Twitter user Karson Lee chimed in.

"Friends!" President Vladimir Putin said in Red Square on Wednesday, according to his website, "Exactly one year ago, Russia showed amazing togetherness."
`);
  assert.equal(who(a, "For God's sake"), 'Patrick Sondenheimer');
  assert.equal(who(a, 'So wrong'), 'Karson Lee');
  assert.equal(who(a, 'Exactly one year ago'), 'Vladimir Putin');
});

test('scientists’ trades are roles (`said geologist Rosaly Lopes of NASA`), and `in California` after the body ends the phrase', () => {
  const a = en(`Life on Titan

"Organics are very important," said geologist Rosaly Lopes of NASA.

"They can reach the ocean," said astronomer Jane Hill of the Jet Propulsion Laboratory in Pasadena, California.
`);
  assert.equal(who(a, 'Organics are'), 'Rosaly Lopes');
  assert.equal(who(a, 'They can reach'), 'Jane Hill');
});

test('`X agreed:` before a quote and `weighed in` report words', () => {
  const a = en(`Songs for others

Caitlyn Smith wrote songs for years. "It is hard," Kate York said.

Smith agreed: "It is a different job altogether."

"We all miss Steve so much," Marc Benioff weighed in.
`);
  assert.equal(who(a, 'It is a different job'), 'Caitlyn Smith');
  assert.equal(who(a, 'We all miss Steve'), 'Marc Benioff');
});

test('a handle after `<Platform> user` is a name though written in lower case (`Twitter user karsonwithak`, `Reddit user z3k3`)', () => {
  const a = en(`Children on the memorial

"So wrong," Twitter user karsonwithak chimed in.

"I fully take why people can get annoyed," Reddit user z3k3 wrote.

A user said the photos were old.
`);
  assert.equal(who(a, 'So wrong'), 'karsonwithak');
  assert.equal(who(a, 'I fully take'), 'z3k3');
});

test('a country after a city (`in Cambridge, United Kingdom,`, `in Dunedin, New Zealand,`) is no name; `Back at Clearwater Valley, Farrow said` names Farrow', () => {
  const a = en(`Penguins at risk

Norman Ratcliffe, an Antarctic ecologist from the Antarctic Survey in Cambridge, United Kingdom, told New Scientist the evidence was lacking. "The tour companies are careful," he said.

"The effects will not be without consequences," Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said to New Scientist.

Back at Clearwater Valley, Farrow said the change was unexpected. "Kids are reading again," she said.
`);
  assert.equal(who(a, 'The tour companies'), 'Norman Ratcliffe');
  assert.equal(who(a, 'The effects will not'), 'Wray Grimaldi');
  assert.equal(who(a, 'Kids are reading'), 'Farrow');
});

test('a sentence with no cue that leads to a colon and the words is its named subject’s, spoken before or not', () => {
  const a = en(`Police union angry

"It was a cheap shot," Pat Lynch said.

Former mayor Rudy Giuliani echoed the sentiment, but laid blame on President Obama: "We have had four months of propaganda."
`);
  assert.equal(who(a, 'We have had four months'), 'Rudy Giuliani');
});

test('more verbs of saying: countered, reiterated, cautioned, thundered, chided', () => {
  const a = en(`Talks stall

"Trump Defies the World," thundered Al-Ayyam.

"Here we are revolutionaries!" one old lady chided a recent group.

"We will not move," Jo Hart countered.

Sam Lee reiterated: "Nothing has changed."

"It could take years," Ann Marsh cautioned.
`);
  assert.equal(who(a, 'We will not move'), 'Jo Hart');
  assert.equal(who(a, 'Nothing has changed'), 'Sam Lee');
  assert.equal(who(a, 'It could take years'), 'Ann Marsh');
  assert.equal(who(a, 'Trump Defies'), 'Al-Ayyam');
  assert.equal(who(a, 'Here we are'), 'one old lady');
});

test('an abbreviated title stands for its word: `Capt. Patrick Sondenheimer` … `the captain says`', () => {
  const a = en(`Cockpit recording

"For God's sake, open the door!" Capt. Patrick Sondenheimer screamed.

There is the sound of a seat being pushed back, after which the captain says, "You can take over."
`);
  assert.equal(who(a, 'You can take over'), 'Patrick Sondenheimer');
});

test('`with X, a role, saying:` gives the participle its own subject, the role between commas', () => {
  const a = en(`Russia banned

"There are positive sides," Alexander Zhukov said.

Other Russians were more forthright, with Alexei Kravtsov, president of the Russian Skating Union, saying: "The decision is offensive."
`);
  assert.equal(who(a, 'The decision is offensive'), 'Alexei Kravtsov');
});

test('a word in capitals is a short name, not the function word its lower case spells (`WHO representative`); a given name after `in Syria,` is no country', () => {
  const a = en(`Malnutrition in Ghouta

"It is dire," the UN representative in Syria, Elizabeth Hoff, said.

"We need access," WHO spokesman Tarik Jasarevic said.
`);
  assert.equal(who(a, 'It is dire'), 'Elizabeth Hoff');
  assert.equal(who(a, 'We need access'), 'Tarik Jasarevic');
});

test('a straight mark between spaces opens a quote when another closes it in the paragraph (`said, " It will mean …"`); a lone one stays a stray mark', () => {
  const a = en(`Court to decide

Asked what it would mean, Jim Obergefell said, " It will mean John and I matter. It will mean we have the same rights."

He paused " and then left.
`);
  assert.equal(who(a, ' It will mean'), 'Jim Obergefell');
  assert.equal(a.quotes.length, 1);
  assert.ok(!a.findings.some((f) => f.code === 'unclosed-quote'));
});

test('a list of three or more quoted words is words mentioned, not said: `prohibited words: "vulnerable," "entitlement," "diversity" …`', () => {
  const a = en(`Words banned at health agency

The newspaper said one of the agencies, the U.S. Centers for Disease Control and Prevention, was given a list of seven prohibited words or phrases: "vulnerable," "entitlement," "diversity," "transgender," "fetus," "evidence-based" and "science-based."

"We were stunned," one official said.
`);
  for (const w of ['vulnerable,', 'entitlement,', 'science-based.']) assert.equal(a.quotes.find((q) => q.text === w)?.kind, 'term', w);
  assert.equal(who(a, 'We were stunned'), 'one official');
});
