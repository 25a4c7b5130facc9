// quote findings on articles analysed by the engine: unclosed vs English run-on quotes, terms never
// unattributed, ranges and message arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { message } from '../../server/src/article/messages';
import { readSeed } from '../support/fixtures';
import { attributeByHand } from '../support/handAttribution';

const mine = (text: string) =>
  analyzeArticle(text)
    .findings.filter((f) => f.code !== 'duplicate-caption')
    .map((f) => `${f.code} ${JSON.stringify(text.slice(f.span.start, f.span.end))}: ${message(f.code, f.args)}`);

test('an English quote run over paragraphs (reopened, closed at the end) is not unclosed', () => {
  const text = 'Minister speaks\n\nThe minister said: "We will build the road this year. It is a promise.\n\n"We will also build the school," she added.\n';
  assert.deepEqual(mine(text), []);
});

test('a quote left open at the end of its last paragraph is unclosed; the range is the mark', () => {
  const text = 'Minister speaks\n\nThe minister said the road "will be built this year.\n\nSource: Reuters\n';
  assert.deepEqual(mine(text), ['unclosed-quote "\\"": Quotation mark " before "will be built this…" is never closed; the quote seems to end after "…be built this year." (line 3).']);
});

test('Arabic: a quote left open is unclosed even when the next paragraph opens with a quote', () => {
  const text = 'عنوان الخبر\n\nوقال الوزير إن الحكومة "ستبني الطريق هذا العام.\n\n"ولن يوقفنا أحد"، أضاف الوزير.\n';
  const found = mine(text);
  assert.equal(found.length, 1, found.join('\n'));
  assert.equal(found[0], 'unclosed-quote "\\"": Quotation mark " before "ستبني الطريق هذا العام." is never closed; the quote seems to end after "ستبني الطريق هذا العام" (line 3).');
});

test('the seed has no quote finding at all; "الإرهاب" is a term', () => {
  const seed = readSeed();
  assert.deepEqual(mine(seed), []);
  const a = analyzeArticle(seed);
  assert.equal(a.quotes.find((q) => q.text === 'الإرهاب')?.kind, 'term');
});

test('a quote inside an attributed quote is not flagged as unattributed (even when read as speech)', () => {
  const text = 'Minister speaks\n\nThe minister said: "They told me \u2018we will never pay\u2019 and I believed them."\n\n"Nobody else was there."\n';
  // both inner and outer quotes read as speech, only the outer one attributed: the nested one is the minister's report
  const a = attributeByHand(text, [{ name: 'The minister', mentions: [], quotes: [{ starts: 'They told', cue: 'said' }] }]);
  assert.equal(a.quotes.filter((q) => q.kind === 'direct' && q.speakerId === null).length, 2, 'the nested quote and the standalone one');
  assert.deepEqual(
    a.findings.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`),
    ['unattributed-quote "Nobody else was there."'],
  );
});
