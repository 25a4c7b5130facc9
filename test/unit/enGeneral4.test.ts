// English attribution, a fourth round of general rules, found by the seventh blind batch and by
// real wire copy labelled blind; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, quoteStarting, who } from '../support/englishQueries';

test('`In a statement read to the court, Jane Doe said`: an adjunct is no role of the name after it, and she stays a woman', () => {
  const a = en(`Landlord jailed

Judge Peter Rowe said the landlord had shown "no remorse at all".

In a letter read to the court, Helen Marsh, whose son was injured, said the fire had "changed everything".

"We lost our home in one night," she said.
`);
  assert.equal(who(a, 'changed everything'), 'Helen Marsh');
  const s = a.speakers.find((x) => x.name === 'Helen Marsh');
  assert.equal(s?.type, 'person');
  assert.equal(s?.role ?? null, null);
  assert.equal(who(a, 'We lost our home'), 'Helen Marsh');
});

test('`Coach Dan Ellis felt his striker, Joe Platt, had been fouled and said`: the verb joined by `and` keeps the sentence subject', () => {
  const a = en(`Late penalty decides derby

Harbour Town manager Dan Ellis felt his striker, Joe Platt, was pushed before the goal and said the referee had "made a huge mistake".
`);
  assert.equal(who(a, 'made a huge mistake'), 'Dan Ellis');
});

test('`retailer Hart & Co rose 4% after it said`: `it` is the body the sentence opens with, also after an opening adjunct', () => {
  const a = en(`Shares rally

Against the trend, retailer Hollins Group rose 4%, the biggest gain of the day, after it said Christmas sales were "well ahead of plan".

"Demand was strong," said analyst Mia Dunn.
`);
  assert.equal(who(a, 'well ahead of plan'), 'Hollins Group');
});

test('`Aviation analyst Nick Van den Brul of BNP Paribas described … as "…"`: a role, a name with a particle, then its body', () => {
  const a = en(`Airline profits fall

Transport analyst Jan van der Berg of Kestrel Securities described the results as "a little disappointing".

Economist Rosa Lind at Fairport Bank said the outlook was "uncertain".
`);
  assert.equal(who(a, 'a little disappointing'), 'Jan van der Berg');
  assert.equal(who(a, 'uncertain'), 'Rosa Lind');
});

test('a newspaper is a body: the `he` after `the Evening Herald quoted Mr Stone telling …` is Mr Stone', () => {
  const a = en(`Minister's remarks

Transport Secretary Alan Stone has been quoted as saying he wants more trains.

London's Evening Herald quoted Mr Stone telling a meeting in Leeds that he wanted cheaper fares. "It is the least we can do," he said.
`);
  assert.equal(who(a, 'It is the least'), 'Alan Stone');
  assert.ok(!a.speakers.some((s) => s.name.includes('Herald') && s.type === 'person'));
});

test('`The remaining members of Kestrel said`: the name after `members of` is a group, never the `he` of the next quote', () => {
  const a = en(`Guitarist quits band

Guitarist Sam Reid has left the rock band Kestrel after 12 years.

The remaining members of Kestrel, who are touring in Japan, said they wished Reid "every success".

The 41-year-old spoke about his decision on local radio. "It was time to go," he told the station.
`);
  const band = a.speakers.find((s) => s.name === 'Kestrel');
  assert.equal(band?.type, 'organization');
  assert.equal(who(a, 'It was time to go'), 'Sam Reid');
});

test('`In a statement, the Department of Health said`: the opening adjunct is no speaker', () => {
  const a = en(`Waiting lists

In a statement, the Department of Health said there had been a "steady fall" in waiting times.
`);
  assert.match(who(a, 'steady fall') ?? '', /Department of Health/);
});

test('`have been branded "…" by X`: a partial cue in the passive takes its agent', () => {
  const a = en(`Budget plans

Plans to close three libraries have been branded "short-sighted" by the Green Party.
`);
  assert.equal(quoteStarting(a, 'short-sighted').kind, 'direct');
  assert.match(who(a, 'short-sighted') ?? '', /Green Party/);
});

test('`said Mark Hale, reviews editor at Byte magazine`: a role word keeps a person though the role ends on a body; `He added` is him', () => {
  const a = en(`A small computer

Let us start with the price. "It is a neat machine," said Mark Hale, technical and reviews editor at Byte Format magazine. He added: "It will sell well."
`);
  const s = a.speakers.find((x) => x.name === 'Mark Hale');
  assert.equal(s?.type, 'person');
  assert.equal(who(a, 'It will sell well'), 'Mark Hale');
});

test('`with judges calling it "…"`: a bare plural of a role word before a participle cue is the group that speaks', () => {
  const a = en(`Poetry prize

Teacher Ann Lyle won the Meridian Poetry Prize on Monday, with judges calling her collection "fierce and tender."

The festival closed, with critics describing it as "the best in years".
`);
  assert.equal(who(a, 'fierce and tender'), 'judges');
  assert.equal(who(a, 'the best in years'), 'critics');
});

test('`included "Salt Roads," a historical novel by …`: a title the appositive after it calls a work is a term', () => {
  const a = en(`Shortlist announced

The shortlist also included "Winter Orchard," a debut novel by the poet Ruth Kell, and "Tidewater" by Sam Orme.

She is best known for "Northern Lights", a BBC drama set in Shetland.
`);
  assert.equal(quoteStarting(a, 'Winter Orchard').kind, 'term');
  assert.equal(quoteStarting(a, 'Northern Lights').kind, 'term');
});

test('`He apologised for his "…"`, `with many saying it was "…"`, `was described by Jobs as the "…"`', () => {
  const a = en(`Actor sorry

Actor Tom Reeve was suspended after a row on set. He apologised for his "foolish behaviour".

The new tax drew protests, with many saying it was "unfair".

The phone was described by Ms Lane as the "best we have made" so far.
`);
  assert.equal(who(a, 'foolish behaviour'), 'Tom Reeve');
  assert.equal(who(a, 'unfair'), 'many');
  assert.equal(who(a, 'best we have made'), 'Lane');
});

test('`Ms Hale said she thought Mr Cole\'s comments were "…"`: what is said of the words is the speaker\'s own; `X\'s praise was …` still quotes X', () => {
  const a = en(`Row over remarks

Deputy leader Anna Hale said she thought Mr Cole's comments were "unhelpful" but not malicious.

Praising it as "a rare and brilliant debut", the Herald's praise was typical of the reception.
`);
  assert.equal(who(a, 'unhelpful'), 'Anna Hale');
  assert.match(who(a, 'a rare and brilliant debut') ?? '', /Herald/);
});

test('an opening adjunct with no comma runs into the name: `In a speech to the Trade Council Mr Hunt said`, `After it was announced Jo Park, leader of …, said`', () => {
  const a = en(`Speeches

Tory leader Ben Carr spoke first. In a speech to the Trade Council Mr Hunt said of the Tory leader: "He has no plan."

After the inquiry was announced Jo Park, leader of the council's Labour group, said: "This is overdue."
`);
  assert.equal(who(a, 'He has no plan'), 'Hunt');
  assert.equal(who(a, 'This is overdue'), 'Jo Park');
});

test('`For Rick Dean, director of … at THX, …` introduces the `he` of the quotes after it; a named subject stays the `he` over a person a `who` clause adds', () => {
  const a = en(`The future of film

For Mark Olsen, head of restoration at Lumen Studios, digital film is a gift. He has worked on dozens of classics. "We can finally see what the directors saw," he told the BBC.

After the match, Hart spoke with Bath prop Lee Dunn, who broke his arm last year. "Lee told me it heals fast," he said.
`);
  assert.equal(who(a, 'We can finally see'), 'Mark Olsen');
  assert.equal(who(a, 'Lee told me'), 'Hart');
});

test('inverted cues: `said awards pundit Tom Hale`, `"…", Rabbi Ben Cole, founder of the … Centre said`, `"…," AP quoted prosecutor Jo Finn as saying`', () => {
  const a = en(`Awards and courts

The film leads the field. "If you look at the race, it should be ahead," said awards pundit Tom Hale.

The prince apologised. He should visit the camp to see "the results of what he chose to wear", Rabbi Ben Cole, founder of the human rights group the Lantern Education Centre said.

"He has been ripping people off for years," AP quoted prosecutor Jo Finn as saying.
`);
  assert.equal(who(a, 'If you look at the race'), 'Tom Hale');
  assert.equal(who(a, 'the results of what'), 'Ben Cole');
  assert.equal(who(a, 'He has been ripping'), 'Jo Finn');
});

test('countries are places, never the one a first-person quote goes on with; `One-time` opening a sentence is no name', () => {
  const a = en(`Irish hopes

"We can win the group," said the defender Sean Flynn. Switzerland, Ireland, France and Israel are all tied on five points.

"In Basel we did not play great football, but we earned a point."

Prices rose 0.8%, but one economist said the figures were less alarming than they looked. One-time increases in fuel prices, which "are no sign of lasting pressure", were responsible for the rise, he said.
`);
  assert.equal(who(a, 'In Basel we did not'), 'Sean Flynn');
  assert.ok(!a.speakers.some((s) => s.name === 'One-time'), a.speakers.map((s) => s.name).join(', '));
});

test('`dubbed "pioneers" and "materialists"`: a short quote listed right after a term is a term; after speech it stays speech', () => {
  const a = en(`Phone tribes

Dr Lena Berg said groups dubbed "pioneers" and "materialists" were the most eager buyers. She said the plan was "bold" and "overdue".
`);
  assert.equal(quoteStarting(a, 'pioneers').kind, 'term');
  assert.equal(quoteStarting(a, 'materialists').kind, 'term');
  assert.equal(who(a, 'overdue'), 'Lena Berg');
});

test('`Mr Wilson, who …, as well as the Happy Mondays, said`; `Mr Lane is alleged to have said that … "…"`; `Feminist icon Jo Hart`', () => {
  const a = en(`Film news

Mr Wilson, who also worked with the band New Order, as well as the Fall, said he would "rather not" appear in the film.

Mr Lane is alleged to have said that the money should be "returned to the taxpayer" at once.

Feminist icon Jo Hart quit the panel over what she called "bullying" by the producers.
`);
  assert.equal(who(a, 'rather not'), 'Wilson');
  assert.equal(who(a, 'returned to the taxpayer'), 'Lane');
  assert.equal(who(a, 'bullying'), 'Jo Hart');
});

test('`"…?" Holmes asked`, `agreed Cram`, `points out BBC pundit Steve Cram`, `according to Gartner analyst X is "…"`, `David Graham from the FDA\'s Office told`', () => {
  const a = en(`Athletics

She has doubts. "Will I have the energy?" Holmes asked in the New Year.

"It is a fantastic feeling," agreed Coe. "It is a lot easier to be champion," points out former Olympian and BBC pundit Steve Ovett.

Sales fell in a quarter that, according to Gartner analyst Maria Lind is "seldom strong".

On Thursday, Dan Reid from the FDA's Office of Drug Safety told the panel that "there is no need" for the drug.
`);
  assert.equal(who(a, 'Will I have the energy'), 'Holmes');
  assert.equal(who(a, 'It is a fantastic feeling'), 'Coe');
  assert.equal(who(a, 'It is a lot easier'), 'Steve Ovett');
  assert.equal(who(a, 'seldom strong'), 'Maria Lind');
  assert.equal(who(a, 'there is no need'), 'Dan Reid');
});

test('a country is never a he or an it: `Britain was "uniquely placed" …, he suggested`; `…, it added` after the OECD and the US', () => {
  const a = en(`Summit

Prime Minister Tony Blair spoke in Davos. Britain was "uniquely placed" to bridge the gap, he suggested.

Growth will be "robust" next year, the OECD said. The US economy remains strong. "Profits are high," it added.
`);
  assert.equal(who(a, 'uniquely placed'), 'Tony Blair');
  assert.equal(who(a, 'Profits are high'), 'OECD');
});

test('`Mike McGuire, research director at analyst Gartner, told`: a name after a preposition in the appositive is the body, the person speaks', () => {
  const a = en(`Music players

Jo Park, research director at analyst Forrest Labs, told the BBC that the firm had done well in "closing the market" so far.
`);
  assert.equal(who(a, 'closing the market'), 'Jo Park');
});

test('`An angry Lee initially said:`, a `- role Name:` heading, and `Only 10% of …` (no name) before `he said`', () => {
  const a = en(`Derby report

Coach Dan Ross said it was "a fair result".

An angry Lee initially said: "He would have stayed down longer."

The game ended 2-0. - City manager Sam Dale: "It was a fantastic performance by us."

Analyst Mia Ford spoke to us. Only 10% of machines are replaced each year. "Most banks simply wait," she said.
`);
  assert.equal(who(a, 'He would have stayed'), 'Lee');
  assert.equal(who(a, 'It was a fantastic'), 'Sam Dale');
  assert.equal(who(a, 'Most banks simply'), 'Mia Ford');
});

test('`"…," Orange said` names the firm though the article writes `orange` in lower case; `Earlier this week, the local Arab News said`', () => {
  const a = en(`Colour row

The dispute is over the colour orange, which the firm says customers link to it.

"Our brand is extremely important to us," Orange said in a statement.

Earlier this week, the local Gulf Times said the minister had "caused uproar" with his remarks.
`);
  assert.equal(who(a, 'Our brand is'), 'Orange');
  assert.match(who(a, 'caused uproar') ?? '', /Gulf Times/);
});

test('`said Paul King, chief security architect at Cisco`: the body after `at` is no name; `the venue\'s Promotions Coordinator` is a role', () => {
  const a = en(`Net attacks

Attacks are rising. "Firms are realising it is not just about firewalls," said Paul King, chief security architect at Nettle Systems.

Tickets sold out. Mike Ross, the venue's Promotions Coordinator, said: "Sales went mad."
`);
  assert.match(who(a, 'Firms are realising') ?? '', /Paul King/);
  assert.equal(who(a, 'Sales went mad'), 'Mike Ross');
});

test('`As one hugely-disgruntled backbencher said before the meeting: "…"`: `as` opens the clause; the unnamed source speaks', () => {
  const a = en(`Labour worries

The rebels met on Monday. As one deeply worried backbencher said before the meeting: "It is time they realised the seat is at risk."
`);
  assert.equal(who(a, 'It is time they realised'), 'one deeply worried backbencher');
});

test('`Mr Hirsch from Retail Banking Research said …` with no quote is still the `he` of the next quote; a capitalised `Research` ends a body name', () => {
  const a = en(`Cash machines

Incidents happen, said Mr Dale. "This could mean trouble," he said.

But Mr Hart from Retail Banking Research said the number of machines at risk was low.

"Windows cash machines have been around for years," he said.
`);
  assert.equal(who(a, 'Windows cash machines'), 'Hart');
});

test('`"…?" Mr Kashyap\'s lawyer Mihir Desai said` stays one sentence; `Dr Mike Watts head of exploration said` (no comma) names Watts', () => {
  const a = en(`Film and oil

Director Ravi Nair said the film should go ahead. "If you have not banned the book, then how can you ban the movie?" Mr Nair's lawyer Amit Rao said.

The group said the find was good. "This area looks very strong," Dr Paul Lind head of exploration said.
`);
  assert.equal(who(a, 'If you have not banned'), 'Amit Rao');
  assert.equal(who(a, 'This area looks'), 'Paul Lind');
});

test('`Vireo` where the text wrote `Vireo Technologies` is a body: its later `it` is Vireo, not the last description', () => {
  const a = en(`Vireo shares slide

Shares in Vireo Technologies fell by 9% after the software firm said spending had eaten into its profits.

The California-based company reported revenue of $6.2bn.

Chief executive Marcus Lindqvist said the company was at "the start of a very long road".

Vireo also confirmed it would cut about 1,200 jobs, as part of what it described as a "simplification" of the business.
`);
  assert.equal(who(a, 'simplification'), 'Vireo');
  // a one-word name never written with such a word stays a person
  const b = en(`Talks

Talks ended. "We are close to a deal," said Okafor.
`);
  assert.equal(b.speakers.find((s) => s.name === 'Okafor')?.type, 'person');
});

test('`inspectors found that … was "…"`, `The report also found that … "…"`: a finding reports the words of whoever found it', () => {
  const a = en(`School rated inadequate

A school has been rated inadequate by Ofsted after inspectors found that pupils' behaviour was "too often out of control".

In its report, Ofsted said: "Staff do not apply the behaviour policy consistently."

The report also found that the school's sixth form was "a strength", with good careers advice.
`);
  assert.equal(quoteStarting(a, 'too often').kind, 'direct');
  assert.equal(who(a, 'too often'), 'inspectors');
  assert.equal(quoteStarting(a, 'a strength').kind, 'direct');
  assert.equal(who(a, 'a strength'), 'The report');
});

test('`A rogue builder who … "…", has been jailed. Darren Cole, 41, of …`: the person named with an age right after is the one described', () => {
  const a = en(`Builder jailed

A rogue builder who targeted elderly homeowners, telling them their roofs were "about to collapse", has been jailed for seven years.

Darren Cole, 41, of Kidderminster, admitted 14 counts of fraud.

The judge said Cole had "preyed on the vulnerable".
`);
  assert.equal(who(a, 'about to collapse'), 'Darren Cole');
  assert.equal(who(a, 'preyed on'), 'The judge');
  // someone already named is not taken for the one described
  const b = en(`Crash

Driver Tom Price, 52, was unhurt.

A witness said the car was "going very fast". Tom Price, 52, of Leeds, was later arrested.
`);
  assert.equal(who(b, 'going very fast'), 'A witness');
});

test('`a rise which its chief executive, Nadia Perl, put down to the "first real wave" of …`: the words are hers, not the company’s that reported', () => {
  const a = en(`Chip maker shares climb

The results come a week after rival Stackline reported a 22% rise in quarterly revenue, which its chief executive, Nadia Perl, put down to the "first real wave" of businesses paying for AI tools.

Analysts at Harbour Bank said the sector was "entering a long upswing".
`);
  assert.equal(who(a, 'first real wave'), 'Nadia Perl');
  assert.equal(who(a, 'entering a long upswing'), 'Analysts at Harbour Bank');
});

test('`the Labour MP Sarah Owen`: a role word and a given name inside a run after `the` describe a person, not a body', () => {
  const a = en(`Funding row

Writing on Twitter, the Labour MP Sarah Owen said the cuts were "a disgrace".

The Foreign Secretary David Lammy said: "We will act."

The Royal College of Nursing said the plan was "a disaster".
`);
  const mp = a.speakers.find((x) => x.name === 'Sarah Owen');
  assert.equal(who(a, 'a disgrace'), 'Sarah Owen');
  assert.equal(mp?.type, 'person');
  assert.equal(mp?.role, 'Labour MP');
  assert.equal(who(a, 'We will act'), 'David Lammy');
  assert.equal(a.speakers.find((x) => x.name === 'Royal College of Nursing')?.type, 'organization');
});

test('given names common in British copy today are known (`the Labour MP Jess Phillips`, a woman: `she added` is hers)', () => {
  const a = en(`Funding row

The Labour MP Jess Phillips said the cuts were "a disgrace".

Council leader Rhys Bevan said the budget was "balanced".

"We must act," she added.
`);
  const mp = a.speakers.find((x) => x.name === 'Jess Phillips');
  assert.equal(mp?.gender, 'female');
  assert.equal(mp?.role, 'Labour MP');
  assert.equal(a.speakers.find((x) => x.name === 'Rhys Bevan')?.gender, 'male');
  assert.equal(who(a, 'We must act'), 'Jess Phillips');
});

test('`A statement from the Department for Education said …`: a document speaks for the one it comes from', () => {
  const a = en(`School closures

Head teacher Ann Lee said the decision was "heartbreaking".

A statement from the Department for Education said it was "reviewing" the case.

A letter from Mr Smith said the school had been "failing for years".
`);
  assert.equal(who(a, 'reviewing'), 'Department for Education');
  assert.equal(who(a, 'failing for years'), 'Smith');
  assert.equal(who(a, 'heartbreaking'), 'Ann Lee');
});

test('a rank of two titles (`Lt. Col. Mark Brown`) is no part of the name, and the role before it stays the role', () => {
  const a = en(`Strike on depot

A Pentagon spokesman, Lt. Col. Mark Brown, said the strike was "precise".

Lt. Gen. John Reyes said the operation was "over".
`);
  const brown = a.speakers.find((x) => x.name === 'Mark Brown');
  assert.equal(who(a, 'precise'), 'Mark Brown');
  assert.equal(brown?.role, 'A Pentagon spokesman');
  assert.equal(who(a, 'over'), 'John Reyes');
});
