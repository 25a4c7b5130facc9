// English attribution, a tenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`Head of the division, Andrew Burke, spoke about …` makes Burke the subject: the `he said` after his quote is he, not the last speaker', () => {
  const a = en(`Broadband television

Lord Currie said: "We will act when the boundaries blur," at the conference.

BT has set up an entertainment division. Head of the division, Andrew Burke, spoke about the possibility of creating content for all platforms. "How risque can I be in this new age?" he said.
`);
  assert.equal(who(a, 'How risque'), 'Andrew Burke');
});

test('`"…!" Sanders recently told supporters.`: an adverb between the name and its verb keeps the sentence on the quote, which is Sanders’s', () => {
  const a = en(`Primary day

Donald Trump said: "We will win New York."

"We have won eight out of the last nine primaries!" Sanders recently told supporters. The polls close at nine.

"It is a great day!" Cruz also said at a rally.
`);
  assert.equal(who(a, 'We have won eight'), 'Sanders');
  assert.equal(who(a, 'It is a great day'), 'Cruz');
});

test('`a daily podcast called The Daily Source Code`: `called` after a thing’s noun names it, no one speaks; the `he` after it is still Curry', () => {
  const a = en(`Podcasts mark rise of DIY radio

Its strongest proponent is former MTV host Adam Curry.

Mr Curry records, hosts, edits and produces a daily, 40 minute podcast called The Daily Source Code. He wants to make podcasting "the Next Big Thing" and says it is an extension of his love of radio. "I was always into technologies and wires," he explains.
`);
  assert.equal(who(a, 'I was always into'), 'Adam Curry');
  assert.ok(!a.speakers.some((s) => s.name === 'hosts'), a.speakers.map((s) => s.name).join(' | '));
});

test('`An Apple iPod or other players can hold …`: a name after `a` / `an` with a common noun after it is a brand, no person; in a list the subject comes after it (`…, a Mercedes convertible and a cheque, Federer addressed the crowd`)', () => {
  const a = en(`Federer wins in Houston

An Apple iPod or other digital music players can hold anything up to 10,000 songs.

Mr Curry records a daily podcast. He wants more listeners. "I was always into wires," he explains.

Shortly after collecting a crystal trophy, a Mercedes convertible and a cheque for $1.5m, Federer addressed the crowd and concluded by saying "thanks for having me".
`);
  assert.equal(who(a, 'I was always into'), 'Curry');
  assert.equal(who(a, 'thanks for having me'), 'Federer');
  assert.ok(!a.speakers.some((s) => s.name === 'Apple' || s.name === 'Mercedes'), a.speakers.map((s) => s.name).join(' | '));
});

test('`said the 30 year old, who …`: an age written without hyphens stands for the person just named, as `the 30-year-old` does', () => {
  const a = en(`El Guerrouj targets cross country

Double Olympic champion Hicham El Guerrouj is set to make a rare appearance at the championships in France.

But the Moroccan, who has not raced over cross country for 15 years, will not decide until two weeks before the event. "If I am to compete in it, it is only if I feel I can win," said the 30 year old, who is retiring in 2006.
`);
  assert.equal(who(a, 'If I am to compete'), 'Hicham El Guerrouj');
});

test('`Manchester City`, `Newcastle United`: a club, never the person a later `he added` stands for', () => {
  const a = en(`Mancini on City

Roberto Mancini says he carries Manchester City's supporters in his heart. Mancini, the man who led Manchester City to its first Premier League title in 44 years back in 2012 says Pellegrini is "lucky" to have inherited the side.

Mancini enjoyed great success during his tenure. In the 12 Champions League ties under his stewardship, City managed just three victories. At the time of his sacking, the club said that Mancini failed to hit "stated targets". "I had a fantastic time in England," he added.
`);
  assert.equal(who(a, 'I had a fantastic time'), 'Roberto Mancini');
  assert.ok(!a.speakers.some((s) => /City/.test(s.name) && s.type === 'person'));
});

test('`a man wearing a Hogwarts jumper asked Watson … She answered:` — she is not the man: the description’s own gendered word rules her out', () => {
  const a = en(`Watson on equality

"Why are women not directing their own stories?" said Emma Watson.

In the audience, a man wearing a Hogwarts jumper asked Watson whether women should be paid the same as men. She answered: "I do not think maternity leave is going to hinder a woman."
`);
  assert.equal(who(a, 'I do not think maternity'), 'Emma Watson');
});

test('`The Pentagon rejected these accusations as "patently false,"`: rejecting words as something reports the rejecter’s words', () => {
  const a = en(`Camp accusations

Russia said the United States was blocking the evacuation of the camp. The Pentagon rejected these accusations as "patently false," and analysts agreed.
`);
  assert.equal(who(a, 'patently false'), 'Pentagon');
});

test('`Steenburgen’s son, filmmaker Charlie McDowell ("The Discovery," "The One I Love"), also remembers …`: titles alone in brackets are terms, the appositive name behind its role word is the subject, a son is a he', () => {
  const a = en(`A head full of music

Steenburgen said: “I could not focus.”

Steenburgen’s son, filmmaker Charlie McDowell (“The Discovery,” “The One I Love”), also remembers it as a trying time. “If your mom comes to you after surgery, she has problems,” he said.

The actress was not itching to do something else. “I had been somebody who really liked music,” she said.
`);
  for (const t of ['The Discovery,', 'The One I Love']) assert.equal(a.quotes.find((q) => q.text === t)?.kind, 'term', t);
  assert.equal(who(a, 'If your mom'), 'Charlie McDowell');
  assert.equal(who(a, 'I had been somebody'), 'Steenburgen');
});

test('`Green Bay coach Mike McCarthy was much less diplomatic, going so far as to call Suh’s play "ridiculous."`: the clause’s subject is McCarthy, not `Green Bay` with the rest for a role', () => {
  const a = en(`Suh stamp row

Lions coach Jim Caldwell defended the player.

Green Bay coach Mike McCarthy was much less diplomatic, going so far as to call Suh's play "ridiculous." "There is no place for that," McCarthy said.
`);
  assert.equal(who(a, 'ridiculous'), 'Mike McCarthy');
  assert.ok(!a.speakers.some((s) => s.name === 'Green Bay'), a.speakers.map((s) => s.name).join(' | '));
});

test('a sentence of 50 000 brand-led segments (`an Apple iPod, an Apple iPod, …`) is read past three of them at most: no stack overflow', () => {
  const a = en('Gadgets\n\n' + 'an Apple iPod, '.repeat(50_000) + 'he said "hi".\n');
  assert.equal(a.quotes.length, 1);
});

test('`would respond to the group "through the proper channels."`: words opening on a preposition are no name the group is given; `the group "Fathers 4 Justice"` still names one', () => {
  const a = en(`Biofuel letter

An EPA spokesman said in an email that the agency would respond to the group “through the proper channels.” The letter was signed by 64 lawmakers.

Protesters from the group "Fathers 4 Justice" climbed the palace wall.
`);
  assert.equal(a.quotes.find((q) => q.text.startsWith('through'))?.kind, 'direct');
  assert.equal(a.quotes.find((q) => q.text === 'Fathers 4 Justice')?.kind, 'term');
});
