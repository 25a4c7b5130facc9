// English attribution: general rules found on unseen articles — datelines, absolute participles,
// terms after an article, `what X calls "…"`, pronouns that mean the sentence's own subject, places
// that never speak, ages and roles in appositives. Every sentence here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article, Quote } from '../../server/src/article/model';

const en = (text: string) => analyzeArticle(text, { language: 'en' });

function quote(a: Article, startsWith: string): Quote {
  const q = a.quotes.find((x) => x.text.startsWith(startsWith));
  assert.ok(q, `no quote starting ${startsWith}: ${a.quotes.map((x) => x.text).join(' | ')}`);
  return q;
}

/** The speaker's canonical name, or null. */
function who(a: Article, startsWith: string): string | null {
  const q = quote(a, startsWith);
  assert.equal(q.kind, 'direct', `"${startsWith}" should be speech`);
  return q.speakerId ? a.speakers.find((s) => s.id === q.speakerId)?.name ?? null : null;
}

function names(a: Article): string[] {
  return a.speakers.map((s) => s.name);
}

test('a dateline is never a speaker; `with X saying "…"` names the participle\'s own subject', () => {
  const a = en(`Bank of England holds rates

LONDON (Reuters) - The Bank of England kept borrowing costs on hold on Thursday, with Governor Andrew Bailey saying policymakers wanted to see "more evidence" before moving.

"We are not in a hurry," he told a news conference.
`);
  assert.equal(who(a, 'more evidence'), 'Andrew Bailey');
  assert.equal(who(a, 'We are not in a hurry'), 'Andrew Bailey');
  assert.ok(!names(a).some((n) => /LONDON|Reuters/.test(n)), names(a).join(', '));
});

test('a dateline with a date and an agency is not the `he` of a quote', () => {
  const a = en(`Car sales

Kyiv, March 2 (Reuters) - Grain prices fell sharply on Tuesday. "Buyers are waiting for prices to fall," he said.
`);
  const q = quote(a, 'Buyers are waiting');
  const name = q.speakerId ? a.speakers.find((s) => s.id === q.speakerId)?.name : null;
  assert.ok(!name || !/Kyiv|Reuters/.test(name), String(name));
});

test('`…, the minister adding "…"` after a comma: a definite role is the participle\'s subject', () => {
  const a = en(`Fuel duty

Fuel duty will rise in April, the chancellor adding that the increase was "modest and fair".
`);
  assert.equal(who(a, 'modest and fair'), 'the chancellor');
});

test('an article or possessive between an introducer and its quote still makes a term', () => {
  const a = en(`Markets

Traders said the central bank's move, dubbed a "dovish pause", had lifted bonds. The tower, billed as the "tallest in Europe", opens in May.

Mr Reed said the mood was "cautious".
`);
  assert.equal(quote(a, 'dovish pause').kind, 'term');
  assert.equal(quote(a, 'tallest in Europe').kind, 'term');
  assert.equal(who(a, 'cautious'), 'Reed');
});

test('`what X calls a "…"`: an institution names a thing (term); a person is quoted (speech)', () => {
  const a = en(`Plans for the riverside

Residents objected to what the company calls a "community hub" beside the old docks.

Councillor Ruth Baines toured the estate on Friday. She later praised what she called their "endless patience".
`);
  assert.equal(quote(a, 'community hub').kind, 'term');
  assert.equal(who(a, 'endless patience'), 'Ruth Baines');
});

test('`it` in `what it called` is a body already met, not a description built from the clause', () => {
  const a = en(`Strike

Unions objected to what the company calls a "flexible rota".

The ministry condemned the stoppage on Monday. It denounced what it called an "act of sabotage".
`);
  assert.equal(who(a, 'act of sabotage'), 'The ministry');
});

test('`she` later in a sentence means the person the sentence opens with, not the last speaker or a place', () => {
  const a = en(`Flood clean-up

"The water came in so fast," said Moira Lennox, a shop owner. "We lost everything."

First Minister Fiona Hart later went to the village of Ballater, where she thanked crews for what she described as their "tireless work".
`);
  assert.equal(who(a, 'The water came in'), 'Moira Lennox');
  assert.equal(who(a, 'tireless work'), 'Fiona Hart');
  assert.ok(!names(a).includes('Ballater'), names(a).join(', '));
});

test('a place after a preposition never speaks; the people before it do', () => {
  const a = en(`Prices

Shoppers in Dundee said the rise was "impossible to keep up with". A man from Perth said prices were "a scandal".

Paul Dunmore of the Retail Council said the figures were "worrying".
`);
  assert.equal(who(a, 'impossible to keep up'), 'Shoppers in Dundee');
  assert.equal(who(a, 'a scandal'), 'A man from Perth');
  assert.equal(who(a, 'worrying'), 'Paul Dunmore');
  for (const place of ['Dundee', 'Perth', 'Retail Council']) assert.ok(!names(a).includes(place), names(a).join(', '));
});

test('appositives: an age is no role, a role or age before a name names the speaker, a given name makes a person', () => {
  const a = en(`Waiting lists

Keith Hall, 58, a bus driver from Hull, said the wait had been "unbearable".

One patient, 71-year-old Doreen Walsh, said: "The staff could not have been kinder."

Another resident, retired postman Alan Royle, said: "Nobody told us anything."
`);
  assert.equal(who(a, 'unbearable'), 'Keith Hall');
  const hall = a.speakers.find((s) => s.name === 'Keith Hall');
  assert.equal(hall?.type, 'person');
  assert.notEqual(hall?.role, '58');
  assert.equal(who(a, 'The staff could not'), 'Doreen Walsh');
  assert.equal(who(a, 'Nobody told us'), 'Alan Royle');
});

test('a relative clause written without commas is no part of the subject; the verb after it is the cue', () => {
  const a = en(`Budget leak

A senior aide who asked not to be named told the Guardian the budget had been "rewritten twice" in a week.
`);
  assert.equal(who(a, 'rewritten twice'), 'A senior aide');
  assert.equal(a.speakers.find((s) => s.name === 'A senior aide')?.type, 'anonymous');
});

test('a lower-case modifier before an organisation word belongs to the subject (`The transport ministry …, saying`)', () => {
  const a = en(`Rail fares

The transport ministry on Monday announced a fare freeze, saying the move would "help millions of commuters".
`);
  assert.equal(who(a, 'help millions'), 'The transport ministry');
});

test('after an inverted cue, an article and any noun name an unnamed speaker; a relative clause after a name is no role', () => {
  const a = en(`Factory closure

Chief executive Sam Okafor announced the closure on Tuesday. "It was the hardest decision of my career," he said.

"Nobody saw this coming," said one longtime machinist, who asked not to be identified.

"We have mortgages to pay," said Lorna Vickers, whose husband also works at the plant.
`);
  assert.equal(who(a, 'Nobody saw this'), 'one longtime machinist');
  assert.equal(who(a, 'We have mortgages'), 'Lorna Vickers');
  const lorna = a.speakers.find((s) => s.name === 'Lorna Vickers');
  assert.equal(lorna?.type, 'person');
  assert.ok(!lorna?.role || !/whose/.test(lorna.role), String(lorna?.role));
});

test('`a person familiar with the talks`: the role word heads the description', () => {
  const a = en(`Merger

"The price is too low," said Anna Berg, an analyst at Nordbank.

A person familiar with the negotiations said the two boards were "close to a deal".
`);
  assert.equal(who(a, 'close to a deal'), 'A person familiar with the negotiations');
});

test('`with the union warning of "…"`: a participle of a reporting verb governs the fragment', () => {
  const a = en(`Strike threat

Negotiations broke down late on Thursday, with the union warning of "months of disruption" at the ports.
`);
  assert.equal(who(a, 'months of disruption'), 'the union');
});

test('`"…." So says Jane Doe, …`: the inverted cue after a closed quote attributes it, and `says` is no role', () => {
  const a = en(`Allotments

The waiting list for allotments has doubled in five years.

"Everyone wants to grow their own food now." So says Brenda Yates, secretary of the Fenwick Allotment Society.
`);
  assert.equal(who(a, 'Everyone wants to grow'), 'Brenda Yates');
  const role = a.speakers.find((s) => s.name === 'Brenda Yates')?.role ?? '';
  assert.ok(!/\bsays\b/.test(role), role);
});

test('`a spokeswoman for the bank, Northgate plc,`: the person speaking for the body is the source, not the body\'s name', () => {
  const a = en(`Branch closures

"Customers will be offered alternatives," a spokeswoman for the bank, Northgate plc, said.
`);
  assert.equal(who(a, 'Customers will be offered'), 'a spokeswoman for the bank');
});

test('a definite description with a capitalised modifier is a new body; `the source` is the source met before', () => {
  const a = en(`Reshuffle

Whitehall declined to comment. The Liberal party said the reshuffle was "overdue".

The new cabinet will meet on Tuesday, a senior party source said. "Nobody is safe," the source added.
`);
  assert.equal(who(a, 'overdue'), 'The Liberal party');
  assert.equal(who(a, 'Nobody is safe'), 'a senior party source');
});

test('a reporting verb joined by `and` shares its subject and does not report the quote before it', () => {
  const a = en(`Heatwave

Health officials are bracing for a busy week.

Regional health director Amir Haddad said hospitals faced "unprecedented demand" and urged residents to stay indoors when asked.
`);
  const q = quote(a, 'unprecedented demand');
  assert.equal(who(a, 'unprecedented demand'), 'Amir Haddad');
  assert.equal(q.cue, 'said');
  assert.ok(!names(a).some((n) => /residents/.test(n)), names(a).join(', '));
});

test('US wire titles with a full stop (`Gov.`, `Sgt.`) are honorifics, not part of the name', () => {
  const a = en(`Storm

Gov. Rita Alvarez said the state would "spare no expense" on repairs. Sgt. Dan Kowalski said roads were "impassable".
`);
  assert.equal(who(a, 'spare no expense'), 'Rita Alvarez');
  assert.equal(who(a, 'impassable'), 'Dan Kowalski');
});

test('`As one nurse put it, "…"`: `put it` is a reporting cue', () => {
  const a = en(`Ward closures

Nurse Paul Evans said the ward was "stretched". As one junior doctor put it, "We are held together by tape."
`);
  assert.equal(who(a, 'We are held together'), 'one junior doctor');
});

test('`with X calling it "…"` attributes the fragment to X; `X hit back, saying "…"` to the clause subject', () => {
  const a = en(`Bypass approved

Planners approved the bypass on Friday, with county leader Owen Parry calling it "long overdue".

Green councillor Nia Jones hit back, saying the road was "a disaster for wildlife".
`);
  assert.equal(who(a, 'long overdue'), 'Owen Parry');
  assert.equal(who(a, 'a disaster for wildlife'), 'Nia Jones');
});

test('`Sources close to Downing Street`: the people before the preposition speak, not the place; `, analysts saying "…"`', () => {
  const a = en(`Memo

Sources close to the Treasury said the memo was "out of date". Officials at City Hall said it was "accurate".

Shares in the builder fell, analysts saying its results were "disappointing".
`);
  assert.equal(who(a, 'out of date'), 'Sources close to the Treasury');
  assert.equal(who(a, 'accurate'), 'Officials at City Hall');
  assert.equal(who(a, 'disappointing'), 'analysts');
});

test('after an inverted cue, `a fund manager at X in Y` is the role of the name before it', () => {
  const a = en(`Markets

"Nobody expected this," said Lena Fischer, a portfolio manager at Nordbank in Hamburg.
`);
  assert.equal(who(a, 'Nobody expected'), 'Lena Fischer');
  assert.equal(a.speakers.find((s) => s.name === 'Lena Fischer')?.role, 'a portfolio manager at Nordbank in Hamburg');
});

test('a name the article writes as a place (`in Tobermory`) is never the `she` of a later quote', () => {
  const a = en(`Ferry cancelled

Ms Rennie spent Monday in Tobermory. Tobermory was cut off for a third day.

"People are running out of medicine," she said.
`);
  assert.equal(who(a, 'People are running out'), 'Rennie');
});
