// English attribution, third round of general rules, from articles written for this file: a bracketed
// aside after a name, a subject introduced with a lower-case noun before the name, a passive agent
// with a name in apposition, `who` after an unnamed person, a participle clause after the subject,
// `in what X called "…"`, a quote followed by `, according to X`, and two kinds of term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../server/src/article/model';
import { en, who } from '../support/englishQueries';


function kindOf(a: Article, startsWith: string): string {
  const q = a.quotes.find((x) => x.text.startsWith(startsWith));
  assert.ok(q, `no quote starting ${startsWith}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return q.kind;
}

test('`Sarah Whitcombe (Conservative, Ashdown and Fell) said`: a bracketed party and seat belong to the person before them', () => {
  const a = en(`Bypass plan shelved

The county council has shelved plans for a bypass around Ashdown.

Local MP Sarah Whitcombe (Conservative, Ashdown and Fell) said she was "deeply disappointed". "Residents were told this road would be built," she said.

Parish clerk Tom Baxter (62) said the village had "waited long enough".
`);
  assert.equal(who(a, 'deeply disappointed'), 'Sarah Whitcombe');
  assert.equal(who(a, 'Residents were told'), 'Sarah Whitcombe');
  assert.equal(who(a, 'waited long enough'), 'Tom Baxter');
  assert.ok(!a.speakers.some((s) => /Fell|Conservative|62/.test(s.name)), a.speakers.map((s) => s.name).join(', '));
});

test('`His teammate Omar Lindqvist, 19, was more cautious. "…," he said.`: the subject just introduced is the `he`', () => {
  const a = en(`Juniors reach the final

Coach Peter Graham was delighted with the win. "That was the best we have played all season," he said.

His teammate Omar Lindqvist, 19, was more cautious. "We have not won anything yet," he said. "The final is a different game."
`);
  assert.equal(who(a, 'That was the best'), 'Peter Graham');
  assert.equal(who(a, 'We have not won'), 'Omar Lindqvist');
  assert.equal(who(a, 'The final is'), 'Omar Lindqvist');
});

test('`by the engineer who oversaw the project, Dr Helen Price`: a passive agent named in apposition speaks', () => {
  const a = en(`Budget plan criticised

Finance chief Alan Burke defended the budget. "It balances the books," he said.

The plan was described as "reckless and unaffordable" by the engineer who oversaw the project, Dr Helen Price.
`);
  assert.equal(who(a, 'reckless and unaffordable'), 'Helen Price');
});

test('`described as "…" by the economist who wrote the review, Dr Helen Price`: a cue inside the agent\'s relative clause reports nothing', () => {
  const a = en(`Budget plan criticised

Finance chief Alan Burke defended the budget. "It balances the books," he said.

The plan was described as "reckless and unaffordable" by the economist who wrote the independent review, Dr Helen Price.
`);
  assert.equal(who(a, 'reckless and unaffordable'), 'Helen Price');
});

test('`One cyclist, who did not give her name, said`: `who` makes the unnamed person the subject', () => {
  const a = en(`Cycle lane removed

Transport chief Gary Hughes defended the decision. "The lane was barely used," he said.

One cyclist, who did not give her name, said she now rode on the pavement "because the road is simply too dangerous".

A pedestrian who asked not to be identified said the change had made crossing "a nightmare".
`);
  assert.equal(who(a, 'because the road is simply'), 'One cyclist');
  assert.equal(who(a, 'a nightmare'), 'A pedestrian');
});

test('`The report, signed by 120 doctors, said`: a participle clause between commas is not the subject', () => {
  const a = en(`Doctors warn over waiting times

The report, signed by 120 doctors, said patients were waiting "far longer than is safe".

Jane Moss, managing director, said the figures were "no surprise".
`);
  const name = who(a, 'far longer than is safe');
  assert.ok(name && /report/i.test(name) && !/signed|doctors/.test(name), String(name));
  const moss = a.speakers.find((s) => s.name === who(a, 'no surprise'));
  assert.equal(moss?.name, 'Jane Moss');
  assert.match(moss?.role ?? '', /managing director/);
});

test('`in what the pressure group Save Our Libraries called "…"`: a named subject of `called` is quoted', () => {
  const a = en(`Libraries to close

Six branch libraries will close next year, in what the pressure group Save Our Libraries called "an act of cultural vandalism" by the council.

Council leader Ruth Adams said the savings were needed. Opening hours at the central library will grow, in what she called "a fair deal for every reader".
`);
  assert.equal(kindOf(a, 'an act of cultural vandalism'), 'direct');
  assert.match(who(a, 'an act of cultural vandalism') ?? '', /Save Our Libraries/);
  assert.equal(who(a, 'a fair deal for every reader'), 'Ruth Adams');
});

test('`"…", according to property research firm Homeview Data`: the body after `according to` speaks', () => {
  const a = en(`House prices slip

Buyers remain "cautious and slow to commit", according to property research firm Homeview Data.
`);
  assert.equal(kindOf(a, 'cautious and slow to commit'), 'direct');
  assert.match(who(a, 'cautious and slow to commit') ?? '', /Homeview Data/);
});

test('`the words "free parking" had been removed`: words named as words quote no one', () => {
  const a = en(`Parking signs changed

Council leader Ruth Adams defended the changes. "Drivers were confused," she said.

Inspectors said the words "free parking" had been removed from every sign.
`);
  assert.equal(kindOf(a, 'free parking'), 'term');
});

test('`what it calls a "no-quibble" refund policy`: a body naming a thing with an article before the words', () => {
  const a = en(`Refunds made easier

The Northgate Retail Group said in a statement: "Customers come first."

The group, which owns 40 stores in the region, has launched what it calls a "no-quibble" refund policy this spring.
`);
  assert.match(who(a, 'Customers come first') ?? '', /Northgate/);
  assert.equal(kindOf(a, 'no-quibble'), 'term');
});

test('`Dame X, who starred in "Title", used her speech to warn of "…"`: a quoted title closing a relative clause leaves the subject to the verb after it', () => {
  const a = en(`Theatre awards

The evening closed with a tribute to Dame Olive Harker, who has acted for sixty years.

Dame Olive, who first found fame in the radio serial “The Larkspur Years”, used her speech to warn of “a slow death for regional theatre” across the country.

She called for “an end to the cuts that are closing stages every month” and thanked the crowd.
`);
  assert.equal(kindOf(a, 'The Larkspur Years'), 'term');
  assert.match(who(a, 'a slow death') ?? '', /Olive Harker/);
  assert.match(who(a, 'an end to the cuts') ?? '', /Olive Harker/);
});

test('`"…" - that was the verdict of the panel\'s chairman, Dr Y, on …`: the owner of the speech noun after `of` speaks', () => {
  const a = en(`Bakery wins prize

Baker Tom Ellis said winning was "a dream come true".

"Crisp, generous and utterly honest" - that was the verdict of the panel's chairman, food writer Dr Ian Moss, on the winning loaf.

He told the crowd the judges had agreed "before the second slice".
`);
  assert.equal(who(a, 'Crisp, generous'), 'Ian Moss');
  assert.equal(who(a, 'before the second slice'), 'Ian Moss');
});

test('`Questioned about the delay, she said: "…"`: a leading participle clause is no subject; the pronoun is', () => {
  const a = en(`Ferry delays

The operator's chief executive, Ruth Allen, appeared before the council on Monday.

Questioned about the cancelled sailings, she said: "We have let our passengers down and I apologise."

Pressed on whether fares would rise, she said: "Not this year."
`);
  assert.equal(who(a, 'We have let'), 'Ruth Allen');
  assert.equal(who(a, 'Not this year'), 'Ruth Allen');
  assert.ok(!a.speakers.some((s) => /Questioned|Pressed/.test(s.name)), a.speakers.map((s) => s.name).join(', '));
});

test('`Later the panel heard from Insp Jo Hart, who …`: a person a `who` clause introduces is the `she` after, not the woman before', () => {
  const a = en(`Inquiry into flood response

Councillor Mary Dean asked why the warnings came so late. "Who decided to wait?" she said.

Later the panel heard from Insp Joanna Hart, who led the rescue teams in the town.

She told the panel that boats had arrived hours late. "We were rowing past houses with people on the roofs," she said.
`);
  assert.equal(who(a, 'Who decided'), 'Mary Dean');
  assert.equal(who(a, 'We were rowing'), 'Joanna Hart');
});

test('`went to 24-year-old Leeds-born Amy Cole, who …` … `said the 24-year-old`: the age and the place of birth describe the person named', () => {
  const a = en(`Music prize

The band's singer, Dan Reeve, said the night had been "unforgettable".

Best newcomer went to 24-year-old Leeds-born Amy Cole, who wrote her first songs in a bedroom.

"I still can't believe it," said the 24-year-old.
`);
  assert.equal(who(a, "I still can't"), 'Amy Cole');
});

test('`Her trainer, the Canadian Mark Doyle, said …`: a nationality before a given name and surname makes a person, who is the `he` after', () => {
  const a = en(`Swimmer misses trials

World number four Emma Price has withdrawn from the national trials with a shoulder injury.

"It is the hardest decision I have ever made," said the 22-year-old.

Her trainer, the Canadian Mark Doyle, said the choice had been made "for the long term".

"She could have swum through the pain, but we would have paid for it later," he told reporters. "There is a world championship next year."

He said the pair would now aim at the autumn meets, which he described as "a fresh start".
`);
  assert.equal(who(a, 'It is the hardest'), 'Emma Price');
  assert.equal(who(a, 'for the long term'), 'Mark Doyle');
  assert.equal(who(a, 'She could have swum'), 'Mark Doyle');
  assert.equal(who(a, 'There is a world'), 'Mark Doyle');
  assert.equal(who(a, 'a fresh start'), 'Mark Doyle');
});

test('`the American Dental Association said`: a nationality before a body\'s name stays the body', () => {
  const a = en(`Sugar tax backed

The American Dental Association said the tax would "save thousands of teeth".
`);
  assert.equal(who(a, 'save thousands'), 'American Dental Association');
});

test('`Which? called for "…" and said …`: a capitalised name with its own question mark is a subject', () => {
  const a = en(`Banks urged to act on fraud

A spokesman for the banks said: "Customers should never share their passwords."

Campaigners say lenders must do more. Which? called for "faster refunds for victims" and said customers were being "left in limbo".
`);
  assert.equal(who(a, 'faster refunds'), 'Which?');
  assert.equal(who(a, 'left in limbo'), 'Which?');
});

test('`with the subject line "…"`: the words of an e-mail\'s subject line quote no one', () => {
  const a = en(`Tax scam warning

Officials said fraudsters were sending e-mails with the subject line "Your tax refund is ready to be claimed today" to thousands of people.

"Never click on the link," said tax office spokeswoman Jane Ogden.
`);
  assert.equal(kindOf(a, 'Your tax refund'), 'term');
  assert.equal(who(a, 'Never click'), 'Jane Ogden');
});

test('a subheading with a cue word and no quote (`Funding warning`) names no one the `He` after it means', () => {
  const a = en(`Film festival closes

Festival director Tom Hale said the week had been "the best in our history".

Funding warning

He called for "a fund for first-time directors" and thanked the sponsors.
`);
  assert.equal(who(a, 'a fund for first-time'), 'Tom Hale');
});

test('`Asked about the figures, he smiled.`: a sentence whose only cue has no speaker still names the one the bare quote after it continues', () => {
  const a = en(`Budget row at county hall

Council leader Mark Dunn presented the budget on Tuesday. Opposition leader Ruth Avery called it "a fantasy".

Asked about the figures later, he smiled. "Ruth has never run anything bigger than a committee."

Practice nurse Joan Bell opened the new clinic. Health board chair Alan Price said it had been "years overdue".

When asked whether she would stay on, she laughed. "I have been waiting for this building since 2015."
`);
  assert.equal(who(a, 'Ruth has never run'), 'Mark Dunn');
  assert.equal(who(a, 'I have been waiting'), 'Joan Bell');
});

test('`Lee Carradine, now a pundit for BBC Radio,`: a time adverb before an appositive role leaves the name before it the speaker', () => {
  const a = en(`Cup tie preview

Manager Paul Grant said his side were ready.

Former captain Dave Morley, now a pundit for BBC Radio Leeds, said the tie was "too close to call". "Cup games do strange things to people," he said.

Ellen Shaw, formerly the club's secretary, said the ground would be "full to the rafters".
`);
  assert.equal(who(a, 'too close to call'), 'Dave Morley');
  assert.equal(who(a, 'Cup games do strange'), 'Dave Morley');
  assert.equal(who(a, 'full to the rafters'), 'Ellen Shaw');
});

test('`Another worker, who asked not to be named, said …. "…," she said`: the `she` of the next sentence is the unnamed source, not a woman named earlier', () => {
  const a = en(`Rail cuts anger commuters

Transport campaigner Karen Doyle said the cuts were "a slap in the face". Station manager Peter Quinn said the timetable had been "rewritten in a hurry".

One passenger, who did not want to be named, said the 07:40 service had been cancelled three times this month.

"I have missed two job interviews because of it," she said.

A regular commuter, who gave only his first name, said he now drove to work. "It costs me twice as much, but at least I get there," he said.
`);
  assert.equal(who(a, 'I have missed two'), 'One passenger');
  assert.equal(who(a, 'It costs me'), 'A regular commuter');
});

test('`Green Party candidate Tom Reyes came fourth. He said …`: a candidate is a role, so the name after it is the one the `He` means', () => {
  const a = en(`Council seat result

Dan Hughes, who won the seat, said the result was "a vote for the high street".

Green Party candidate Tom Reyes came fourth with 812 votes. He said his campaign had been "drowned out" by national politics.

Ella Stone, the Liberal Democrat nominee, finished second. She said voters had been "let down again".
`);
  assert.equal(who(a, 'drowned out'), 'Tom Reyes');
  assert.equal(who(a, 'let down again'), 'Ella Stone');
});

test('`in what one fan described on Twitter as "…"`: an unnamed source after `what`, with a place phrase before `as`, is the speaker', () => {
  const a = en(`Stadium queues

Thousands of supporters missed kick-off, in what one fan described on Twitter as "the worst organised game I have ever been to".

Prices at the kiosks rose again, in what one shopper called "daylight robbery".
`);
  assert.equal(who(a, 'the worst organised game'), 'one fan');
  assert.equal(who(a, 'daylight robbery'), 'one shopper');
});

test('`a defeat that Hart later called "…"`: `that`/`which` with a subject of its own before `called` quotes that subject', () => {
  const a = en(`Relegation battle

Coach Jenny Hart has a point to prove. Her side lost 4-0 at home in March, a result that Hart later called "the lowest point of my time here".

The club's plan for a new stand, which critics called "a waste of money", has been shelved.
`);
  assert.equal(who(a, 'the lowest point'), 'Jenny Hart');
  assert.equal(kindOf(a, 'a waste of money'), 'direct');
});

test('`a button labelled "…"`: the words on a label are a term, not speech', () => {
  const a = en(`Bank app change

The bank said customers could opt out. Those who wish to do so must tap a button labelled "Share my data with partners" in the app's settings.

Boxes labeled "do not open until checked" were found at the depot, police said.
`);
  assert.equal(kindOf(a, 'Share my data'), 'term');
  assert.equal(kindOf(a, 'do not open'), 'term');
});

test('`relying on "legitimate interests", a legal basis …` and `what it called "bed blocking" - patients …`: words a gloss then defines are a term', () => {
  const a = en(`Care report

The watchdog said councils were "failing the most vulnerable". It says councils are acting under "reasonable adjustments", a duty set out in the Equality Act, when they refuse some requests.

The report also highlighted what it called "bed blocking" - patients well enough to leave hospital but with nowhere to go.

Council leader Sam Ford said the findings were "deeply unfair", a view shared by other councils.
`);
  assert.equal(kindOf(a, 'reasonable adjustments'), 'term');
  assert.equal(kindOf(a, 'bed blocking'), 'term');
  assert.equal(who(a, 'deeply unfair'), 'Sam Ford');
});
