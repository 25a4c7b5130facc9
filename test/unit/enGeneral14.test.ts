// English attribution, a fourteenth round of general rules; every article here is written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, who } from '../support/englishQueries';
import { tokenize } from '../../server/src/article/en/tokens';

test('a stock’s ticker in brackets inside an appositive (`a former Acme Corp (ACME.N) banker`) leaves the name before it the speaker', () => {
  const a = en(`Budget row

"We are confident in these numbers," Finance Minister Laura Chen, a former Morgan Stanley (MS.N) banker, said in a statement.
`);
  assert.equal(who(a, 'We are confident'), 'Laura Chen');
});

test('`<Body> of <Place> <Post> <Name>` names the person holding the post, not the body', () => {
  const a = en(`Recount ends

"We will be back next year," Democratic Party of Ohio Chairman Peter Walsh said in a statement.
`);
  assert.equal(who(a, 'We will be back'), 'Peter Walsh');
});

test('a surname the lexicon reads as a month (`May told reporters`) is the person the article names with it', () => {
  const a = en(`Leaders clash

The president attacked Prime Minister Theresa May on Twitter. Activist Jane Holt said "he is right".

"I am clear that sharing those videos was wrong," May told reporters in Amman.
`);
  assert.equal(who(a, 'I am clear'), 'Theresa May');
});

test('a month never written after a given name (`In May`) is no surname: `May said` names no one', () => {
  const a = en(`Plans delayed

In May the ministry announced cuts to the programme. "The plan is on hold for now," May said.
`);
  const q = a.quotes.find((x) => x.text.startsWith('The plan'));
  assert.ok(q);
  assert.ok(!a.speakers.some((s) => s.name === 'May' && s.id === q.speakerId));
});

test('a participle joined by `and` to a passive one (`was criticized by … and attacked as "…" by X`) takes its agent as the speaker', () => {
  const a = en(`Tax plan

The Finance Department said the plan would pay for itself. The plan was quickly criticized by several economists and dismissed as "voodoo economics" by opposition leaders.
`);
  assert.equal(who(a, 'voodoo economics'), 'opposition leaders');
});

test('`quoted <Name>’s statement as saying`: a person’s statement is that person speaking', () => {
  const a = en(`Senate aide quits

The Boston Globe reported allegations against Bryon Hefner on Thursday. "I was shocked to learn of these hurtful allegations," the newspaper quoted Hefner's attorney-issued statement as saying.
`);
  assert.equal(who(a, 'I was shocked'), 'Bryon Hefner');
});

test('a diplomatic cable is a document that speaks (`An unclassified State Department cable, seen by Reuters, said:`)', () => {
  const a = en(`Russia policy

Officials said the new strategy is tough on Moscow. An unclassified State Department cable, seen by Reuters, said: "Russia tries to weaken the credibility of our commitment to Europe."
`);
  assert.equal(who(a, 'Russia tries'), 'State Department cable');
});

test('an en dash between two capitalised words joins them (`Carnegie–Tsinghua Center`): the appositive before `said` stays whole', () => {
  const a = en(`Trade talks

China may change course soon, Paul Haenle, Director of the Carnegie–Tsinghua Center for Global Policy in Beijing, said. "My concern is you may see a shift towards a much harder line."
`);
  assert.equal(who(a, 'My concern'), 'Paul Haenle');
});

test('`lauded X as "…"`: the one who lauds speaks', () => {
  const a = en(`Visit ends

BEIJING (Reuters) - President Maria Lopez lauded her meetings on trade as "very productive", ending a three-day visit.
`);
  assert.equal(who(a, 'very productive'), 'Maria Lopez');
});

test('a character outside the BMP glued to a word (`foster𝐀 carers`) is one token: no token, and so no phrase, starts inside its surrogate pair', () => {
  const text = 'But ADSS supports proper pay for valued foster\u{1D400} carers and looks forward to working with ministers \u{1F600}.';
  const tokens = tokenize(text, 0, text.length, []);
  for (const t of tokens) {
    const c = text.charCodeAt(t.start);
    assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `a token starts inside a surrogate pair at ${t.start}`);
  }
  assert.ok(tokens.some((t) => t.text === '\u{1D400}'));
});

test('`said the <epithet>` (champion, singer, striker …) no one holds by name is the person just named; an office (`the minister`) may be someone new', () => {
  const a = en(`Team news

Squad member Laura Penn said the team would cope if Smith missed the race. "It would be great to have Jo with us," said the world indoor champion.

Lord Black said the plan was sound. "We will not support it," said the minister.
`);
  assert.equal(who(a, 'It would be great'), 'Laura Penn');
  assert.notEqual(who(a, 'We will not support'), 'Lord Black');
});

test('`X has denied … and Y has called it "…"`: after a clause with an auxiliary and `and`, a name opens the next clause and is its subject', () => {
  const a = en(`Inquiry widens

Moscow has repeatedly denied any interference and Smith has called the inquiry a "political circus" in several interviews.
`);
  assert.equal(who(a, 'political circus'), 'Smith');
});
