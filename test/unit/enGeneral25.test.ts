// English attribution, a twenty-fifth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, quoteStarting, who } from '../support/englishQueries';

test('a role with a nationality before it (`the Uruguayan born researcher`, `the Brazilian-born professor`) is an epithet for the person just named', () => {
  const a = en(`Political games

Games are evolving fast, said Gonzalo Frasca, a games specialist at the University of Copenhagen. "I was the first person to be surprised," added the Uruguayan born researcher, who has made games for two campaigns.

"It is up to us to explore," said the Brazilian-born professor.
`);
  assert.equal(who(a, 'I was the first'), 'Gonzalo Frasca');
  assert.equal(who(a, 'It is up to us'), 'Gonzalo Frasca');
  // (a role alone may be someone new, as before)
  const b = en(`Political games

Games are evolving fast, said Gonzalo Frasca, a games specialist at the University of Copenhagen. "I was the first person to be surprised," added the researcher.
`);
  assert.notEqual(who(b, 'I was the first'), 'Gonzalo Frasca');
});

test('a quote run on after a sentence that ended inside a single-quoted phrase (`… saying \'what do you want?\' "To not …`) starts a new quote there', () => {
  const a = en(`Row

"He told them to leave," Ferguson said on Saturday. "He ran at me with hands raised saying 'what do you want?' "To not apologise is unthinkable." Those allegations were put to Wenger.
`);
  assert.ok(a.quotes.some((q) => q.text === "He ran at me with hands raised saying 'what do you want?'"));
  assert.ok(a.quotes.some((q) => q.text === 'To not apologise is unthinkable.'));
  // (a single-quoted phrase that ends no sentence leaves the mark after it a nested quote, as before)
  const b = en(`Row

"He ran at me saying 'go away' "now" and left," Ferguson said.
`);
  assert.ok(b.quotes.some((q) => q.text.startsWith('He ran at me') && q.text.endsWith('and left,')));
});

test('a quote right after `X called him` keeps that cue when the cue after it ends on a colon that opens the next quote', () => {
  const a = en(`Row

Arsene Wenger said he loved football. Reminded that Ferguson called him "a disgrace", Wenger added: "I do not respond."
`);
  assert.equal(who(a, 'a disgrace'), 'Ferguson');
  assert.equal(who(a, 'I do not respond'), 'Arsene Wenger');
  // (with no cue before it, the quote before such a cue is still its speaker's)
  const b = en(`Row

Arsene Wenger said he loved football. "I love it," Wenger said: "It is great."
`);
  assert.equal(who(b, 'I love it'), 'Arsene Wenger');
});

test('a `he` or `she` that finds no one is no plural group or body: the words are not `some fans`\'s', () => {
  const a = en(`Savage row

Birmingham made a bid for Robbie Savage. His future has been the source of speculation, with some fans criticising his performances. "The crowd gave me a standing ovation," he said.
`);
  assert.notEqual(who(a, 'The crowd gave me'), 'some fans');
  // (a bare quote with no pronoun still goes on with the last source)
  const b = en(`Savage row

Some fans criticised his performances, saying "he is finished". "He should go," they added.
`);
  assert.equal(who(b, 'He should go'), 'Some fans');
});

test('a `he` or `she` that finds no one met means the person the prose named last with a given name of that gender (`a bid for Robbie Savage`)', () => {
  const a = en(`Savage row

Blackburn made a bid for Robbie Savage, but Birmingham managing director Karen Brady has called it "derisory". She added: "He is not for sale." His future has been the source of speculation, with some fans criticising his performances. "The crowd gave me a standing ovation," he said.
`);
  assert.equal(who(a, 'The crowd gave me'), 'Robbie Savage');
  assert.equal(who(a, 'He is not for sale'), 'Karen Brady');
  // (someone met still comes first: the man who spoke before is the `he`)
  const b = en(`Savage row

Birmingham manager Steve Bruce said the club made a bid for Robbie Savage. "We will see," he said.
`);
  assert.equal(who(b, 'We will see'), 'Steve Bruce');
});

test('`with X quoted as saying`: quoted with no object and no auxiliary has the one after `with` for subject, who speaks', () => {
  const a = en(`Qantas profit

Qantas chief executive Geoff Dixon said profits rose. Last month, the company warned it may move 7,000 jobs out of Australia, with Mr Dixon quoted as saying that the carrier could no longer remain "all-Australian".
`);
  assert.equal(who(a, 'all-Australian'), 'Geoff Dixon');
  // (`Mr Khan was quoted as saying`: the passive, as before)
  const b = en(`Khan row

Mr Khan was quoted as saying the plan was "a disgrace".
`);
  assert.equal(who(b, 'a disgrace'), 'Khan');
});

test('a party before a role (`The Tory spokesman`) makes an epithet for the person just named', () => {
  const b = en(`EU propaganda

Shadow foreign secretary Michael Ancram told MPs a new White Paper was propaganda. "Who are they trying to kid?" he asked. The Tory spokesman also criticised the government. "It is 500 pages long," he said.
`);
  assert.equal(who(b, 'It is 500 pages'), 'Michael Ancram');
  // (`the Home Office minister`: a post with a body's capitalised words still needs them in the role)
  const c = en(`Visas

Foreign Office minister Bill Rammell said visas were checked. "It takes eleven minutes," said the Home Office minister.
`);
  assert.notEqual(who(c, 'It takes eleven'), 'Bill Rammell');
});

test('a noun of speech with a possessive right before it (`unmoved by Mr Blair\'s promise to produce an "…"`) is owned by that name; after the quote (`"very disappointed" with Robinson\'s remarks`) it speaks only where no cue does', () => {
  const a = en(`Donor row

Robin Cook said voters were unmoved by Mr Blair's promise to produce an "unremittingly New Labour" manifesto.
`);
  assert.equal(who(a, 'unremittingly'), 'Blair');
  const b = en(`Referee row

England coach Andy Robinson criticised the referee. Jonathan Kaplan has defended his performance and admitted he was "very disappointed" with Robinson's remarks.
`);
  assert.equal(who(b, 'very disappointed'), 'Jonathan Kaplan');
});

test('a connective before a sentence\'s unnamed subject (`But a spokesman said …`) still makes it the `he` of the next sentence', () => {
  const a = en(`Video relay

Guido Gybels, director of new technologies at RNID, said the service was vital. "It is a lifeline," he said. Ofcom is consulting. But a spokesman said its powers were limited by legislation. "Any proposals would be for government to consider," he said.
`);
  assert.equal(who(a, 'Any proposals'), 'a spokesman');
  assert.equal(who(a, 'It is a lifeline'), 'Guido Gybels');
});

test('a lower-case phrase with one capitalised word (`let the Tories in`) is no title-case name; a cue after `, while` opens a clause of its own', () => {
  const a = en(`By-election

Labour say a Lib Dem vote could "let the Tories in", while the Tories say the Lib Dems would mean "higher taxes, soft crime".
`);
  assert.equal(quoteStarting(a, 'let the Tories').kind, 'direct');
  assert.equal(who(a, 'let the Tories'), 'Labour');
  assert.equal(who(a, 'higher taxes'), 'Tories');
  // (a name in title case is still a name: `the Lib Dems' "Operation Orange"` campaign)
  const b = en(`By-election

The party launched its "Operation Orange" campaign on Monday.
`);
  assert.equal(quoteStarting(b, 'Operation Orange').kind, 'term');
});

test('an epithet or a post in capitals means the person the prose named since the one met last (`backed Michael Howard\'s stance. The Tory leader has said …`)', () => {
  const a = en(`Abortion not a poll issue

Tony Blair does not believe abortion should be an election issue, arguing it is a matter for conscience.

The prime minister's spokesman set out Mr Blair's view after the Cardinal backed Michael Howard's stance on abortions. The Tory leader supports a reduction in the limit and has said current rules are "tantamount to abortion on demand".
`);
  assert.equal(who(a, 'tantamount'), 'Michael Howard');
  // (with no one named since, the one met last, as before)
  const b = en(`EU propaganda

Shadow foreign secretary Michael Ancram told MPs a new White Paper was propaganda. "Who are they trying to kid?" he asked. The Tory spokesman also criticised the government. "It is 500 pages long," he said.
`);
  assert.equal(who(b, 'It is 500 pages'), 'Michael Ancram');
});

test('a sentence opening on a party or group named in capitals (`The Liberal Democrats want …`) meets it as a body: the `they` that follows is theirs', () => {
  const a = en(`Council tax

John Prescott said he wanted "radical reform". The Tories say they can save money on "government waste".

The Liberal Democrats want to do away with the council tax altogether. The rate would be set locally, which they say would save money. They say the council tax puts a "ceiling" on what the richest pay.
`);
  assert.equal(who(a, 'ceiling'), 'Liberal Democrats');
  assert.equal(who(a, 'government waste'), 'Tories');
});
