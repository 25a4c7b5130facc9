// English attribution, a twenty-sixth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('a post with a body after its `of` (`Director of television Jana Bennett`, `Head of the union Jo Hart`) names a person, whom `she` then takes up', () => {
  const a = en(`Comedy budget

Director of television Jana Bennett said the changes were about "getting the best ideas on screen". "The new structure is designed to ensure that happens," she said.

Head of the union Jo Hart said: "We will fight these cuts." "Our members are angry," she added.
`);
  assert.equal(who(a, 'The new structure'), 'Jana Bennett');
  assert.equal(who(a, 'Our members'), 'Jo Hart');
  assert.equal(a.speakers.find((s) => s.name === 'Jana Bennett')?.type, 'person');
  // (a body's word that heads the role still makes the name a body's, as before)
  const b = en(`Aid

The charity Oxfam said: "We need more help."
`);
  assert.equal(b.speakers.find((s) => s.name === 'Oxfam')?.type, 'organization');
});

test('a name, then its post in lower case and where it is held, with no commas (`Dr Mark Tuffy games systems director at digital content firm THX told`), is the speaker, not the body', () => {
  const a = en(`HD gaming

"In the next generation HD support is mandatory," Dr Mark Tuffy games systems director at digital content firm THX told the BBC News website.
`);
  assert.equal(who(a, 'In the next generation'), 'Mark Tuffy');
  // (a body named at the end of a subject with no name before it still speaks, as before)
  const b = en(`HD gaming

"In the next generation HD support is mandatory," digital content firm THX told the BBC News website.
`);
  assert.equal(who(b, 'In the next generation'), 'THX');
});

test('words quoted right after a name that opens the sentence (`Mr Sullivan "made accounting decisions," he told the court`) say what that person did: the he after them is someone else', () => {
  const a = en(`Ebbers trial

Former WorldCom chief Bernie Ebbers told the court he had not known of the fraud. Mr Sullivan "made accounting decisions," he told the federal court.
`);
  assert.equal(who(a, 'made accounting decisions'), 'Bernie Ebbers');
  // (a name, its cue, then the words: the name is the one speaking, as before)
  const b = en(`Ebbers trial

Former WorldCom chief Bernie Ebbers told the court he had not known of the fraud. Finance chief Scott Sullivan said he "made accounting decisions" alone.
`);
  assert.equal(who(b, 'made accounting decisions'), 'Scott Sullivan');
});

test('a verb of saying right after a comma with a name closed by a comma or the sentence end after it (`…, or other parts of the body, says Ian Pearson, BT\'s futurologist`, `The ministers\' comments, said Junya Tanase of JPMorgan, were "…"`) has that name for subject, not the phrase before the comma', () => {
  const a = en(`Wearable future

By then phones will be printed directly on to wrists, or other parts of the body, says Ian Pearson, BT's resident futurologist.

It is all part of a world where "chips are everywhere", he says.
`);
  assert.equal(who(a, 'chips are everywhere'), 'Ian Pearson');
  assert.ok(!a.speakers.some((s) => s.name.includes('parts of the body')));
  const b = en(`Dollar

The European ministers' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were "generally too weak to produce a market reaction".
`);
  assert.equal(who(b, 'generally too weak'), 'Junya Tanase');
  // (a name after the verb that goes on into a clause is that clause's subject: the one before the comma speaks, as before)
  const c = en(`Row

Mr Smith, the chairman, said Jones was "completely wrong" about the plan.
`);
  assert.equal(who(c, 'completely wrong'), 'Smith');
});

test('a he / she goes to a man or woman named by a given name of its gender after the last mention of someone of no known gender (`Yahoo … For Jupiter analyst Olivier Beauvillain, … "…," he said`)', () => {
  const a = en(`Can Yahoo dominate?

Yahoo has reached the grand old age of 10. In 2000, when Yahoo chose Google to power its search facility, it was Yahoo that commanded attention.

For Jupiter analyst Olivier Beauvillain, the decision was an error. "They made a big mistake in outsourcing search to Google," he said.
`);
  assert.equal(who(a, 'They made a big mistake'), 'Olivier Beauvillain');
  // (one known to be a man keeps the he, whoever is named after him, as before)
  const b = en(`Summit

Tony Blair said he would meet Jacques Chirac in Paris. "We will talk about the budget," he said.
`);
  assert.equal(who(b, 'We will talk'), 'Tony Blair');
});

test('a French article elided before a capital (`Conseil Superieur de l\'Audiovisuel`, `d\'Estaing`) is a word of the name, which speaks, not the description after it', () => {
  const a = en(`Digital TV

The Conseil Superieur de l'Audiovisuel (CSA), the French broadcasting regulator, said: "Some manufacturers are optimistic about the market."
`);
  assert.equal(who(a, 'Some manufacturers'), "Conseil Superieur de l'Audiovisuel");
});

test('a he / she opening the sentence after one that opened with a person of no known gender (`But Parry, speaking to BBC Sport, also admits Gerrard …. He told BBC Five Live:`) is that person', () => {
  const a = en(`Parry firm over Gerrard

Listen to the full interview on Sport on Five.

But Parry, speaking exclusively to BBC Sport, also admits Gerrard, who has been linked with Chelsea, will have the final say on his future. He told BBC Five Live: "Steven is above money. He is the future of Liverpool."
`);
  assert.equal(who(a, 'Steven is above money'), 'Parry');
});

test('words after a quote that open on `from` (`told MPs that "every independent expert" from the IMF to the Institute of Fiscal Studies had suggested`) are a range, no subject: the quote is the teller\'s', () => {
  const a = en(`Tax clash

Mr Howard told MPs that "every independent expert" from the International Monetary Fund to the Institute of Fiscal Studies had suggested the "government was spending more than it is raising".
`);
  assert.equal(who(a, 'every independent expert'), 'Howard');
  assert.ok(!a.speakers.some((s) => s.name.includes('Fiscal Studies')));
});
