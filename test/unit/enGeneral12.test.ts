// English attribution, a twelfth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';

test('`she said` after a person met by surname alone: the given name written before that surname elsewhere gives the gender (Democrat Doug Hale is no she)', () => {
  const a = en(`Candidate accused

WASHINGTON (Reuters) - Mary Ellen Cobb said the candidate harassed her at a fundraiser in 2009. The candidate faces Democrat Doug Hale in the December vote. Hale, a former judge, leads in two polls. While giving her account, Cobb showed reporters a letter he had sent her. “I was shaking,” she said.
`);
  assert.equal(who(a, 'I was shaking'), 'Mary Ellen Cobb');
});

test('`While doing X, Name did Y.`: a subordinate clause before the subject is skipped, and the subject is met last', () => {
  const a = en(`Inquiry opens

Former minister Alexis Grant gave evidence for three hours. While holding up a folder of contracts, Hannah Ode faced the panel. “Nothing was hidden,” she said.
`);
  assert.equal(who(a, 'Nothing was hidden'), 'Hannah Ode');
});

test('`Obama’s former top Asia adviser, Evan Reyes, is …`: capitals between the role’s words belong to the role, and the name in apposition is the subject a later `he` means', () => {
  const a = en(`Rights policy

National security adviser Tom Baird defended the plan on Thursday. Obama’s former top Asia adviser, Evan Reyes, is one of its critics. “It’s a false choice,” he said.
`);
  assert.equal(who(a, 'It’s a false choice'), 'Evan Reyes');
});

test('an infinitive after a quote (`"like-minded" partners to respond`) reports nothing: the sentence’s own cue speaks', () => {
  const a = en(`Port attack

The Foreign Office condemned the attack on Saturday. It said Britain would keep working with other “like-minded” partners to respond to such attacks.
`);
  assert.equal(who(a, 'like-minded'), 'Foreign Office');
});

test('`X told reporters that … "…," the paper reported`: the outlet relays the words of the one who told', () => {
  const a = en(`Candidate denies claims

At a rally in Dover on Monday night, Clarke told reporters that the accusations are “completely untrue,” the Kent Messenger reported.
`);
  assert.equal(who(a, 'completely untrue'), 'Clarke');
});

test('initials keep their full stop inside a name (`George W. Bush`, `H.R. McMaster`), and `Nov. 3` ends no sentence', () => {
  const a = en(`Asia trip

National security adviser H.R. McMaster defended the plan on his Nov. 3-14 trip, saying the president would speak out “about the importance of individual rights.” Former President George W. Bush said he agreed. “It is the right call,” Bush said.
`);
  assert.equal(who(a, 'about the importance'), 'H.R. McMaster');
  assert.equal(who(a, 'It is the right call'), 'George W. Bush');
});

test('`Tony Blair had in 1997 complained about "…"`: a year between the auxiliary and the cue is no part of the subject; `Beach Boys veteran Brian Wilson`: veteran is a role', () => {
  const a = en(`Poster row

Mr Howard spoke on Monday. He pointed to how Gordon Brown had in 2001 complained about "personal smears" in campaigns.

Soul veteran Aretha Long was another first-time winner. "It represents triumph," she said.
`);
  assert.equal(who(a, 'personal smears'), 'Gordon Brown');
  assert.equal(who(a, 'It represents triumph'), 'Aretha Long');
});

test('`"…," Senator Jane Roe of Ohio wrote on Twitter`: a title and a name, then the state after `of`, is the name', () => {
  const a = en(`Pressure grows

Several colleagues called on him to quit. “I consider him a friend,” Senator Jane Roe of Ohio wrote on Twitter.
`);
  assert.equal(who(a, 'I consider him a friend'), 'Jane Roe');
});

test('`During the 2016 campaign he said … and promised "…"`: an adjunct with no comma, then the subject pronoun', () => {
  const a = en(`Refugees

President Donald Trump took office in January. During the 2016 presidential campaign he said refugees could be dangerous and promised “extreme vetting” of applicants.
`);
  assert.equal(who(a, 'extreme vetting'), 'Donald Trump');
});

test('`On Speaker Paul Ryan’s website, he said …. High tax rates, he said, "…"`: the possessor in an opening adjunct is the he; a capitalised common word opening a sentence is no one', () => {
  const a = en(`Tax bill

The House voted on Tuesday. On House Speaker Paul Ryan’s website, he said small firms employed half of all workers. High tax rates, he said, “discourage investment and job creation.”
`);
  assert.equal(who(a, 'discourage investment'), 'Paul Ryan');
  assert.ok(!a.speakers.some((s) => s.name === 'High'));
});

test('`"…," said New York University School of Law Professor Daniel Shaviro`: after an inverted cue, the name is the run after the last role word', () => {
  const a = en(`Tax bill

The formula drew criticism. “The idea is to use the sum of both rules,” said New York University School of Law Professor Daniel Shaviro, a tax specialist.
`);
  assert.equal(who(a, 'The idea is to use'), 'Daniel Shaviro');
});

test('`…, as former member Jo Kent once declared? "No. …"`: one an `as` clause recalls is not the speaker of the bare quote after it; `a very American analogy` names no one', () => {
  const a = en(`Party's secret weapon

Campaign adviser Dick Moran is back in London. "I think the greatest threat to democracy is bureaucracy," he said. Possibly a very American analogy, but another great soundbite. So is the party's job to destroy the Tories, as former member Jo Kent once declared? "No. The aim of the party is to leave the union."

"Look, we are not going to be forming the next government," he said.
`);
  assert.equal(who(a, 'No. The aim of the party'), 'Dick Moran');
  assert.equal(who(a, 'Look, we are not going'), 'Dick Moran');
  assert.ok(!a.speakers.some((s) => s.name === 'American'));
});

test('`described it as "…" while X said …`: a clause of its own after the quote does not take it', () => {
  const a = en(`Awards night

Band singer Chester Hale described their prize for best rock band as "quite an honour" while Muse said their win was "a real surprise for us".
`);
  assert.equal(who(a, 'quite an honour'), 'Chester Hale');
});

test('a programme named after `the CBS program` or `on NBC’s` is a title, no one’s words', () => {
  const a = en(`Russia probe

“You tweet at your own peril,” Graham said on the CBS program “Face the Nation.” “It is obstruction,” Feinstein said on NBC’s “Meet the Press.”
`);
  assert.equal(a.quotes.find((q) => q.text.startsWith('Face the Nation'))?.kind, 'term');
  assert.equal(a.quotes.find((q) => q.text.startsWith('Meet the Press'))?.kind, 'term');
  assert.equal(who(a, 'It is obstruction'), 'Feinstein');
});

test('`"…," the letter states, according to a copy seen by Reuters`: who saw the copy is not the source', () => {
  const a = en(`Flood reform

A coalition of insurers and green groups wrote to lawmakers on Monday. “This package moves the program in the right direction,” the letter states, according to a copy seen by Reuters.
`);
  assert.notEqual(who(a, 'This package moves'), 'Reuters');
});
