// Short spans quoted three times or more are names, not words said, in either language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, quote } from '../support/arabicQueries';
import { en, who } from '../support/englishQueries';

test('Arabic: a short span quoted three times is a name each time; one quoted twice keeps its reading', () => {
  const a = analyzeArticle(article(
    'انطلقت أمس في جدة منافسات "سباق الصحراء"، وقال المدير التنفيذي علي حسن إن "الموسم سيكون قويا".',
    'وستعود سلسلة "سباق الصحراء" إلى جدة، وأضاف أن "سباق الصحراء" يجذب الجماهير.',
    'وقال الوزير محمد علي إن القرار "خطوة مهمة"، ووصفه الخبير سامي العمر بأنه "خطوة مهمة".',
  ));
  const spans = a.quotes.filter((q) => q.text === 'سباق الصحراء');
  assert.equal(spans.length, 3);
  for (const q of spans) {
    assert.equal(q.kind, 'term');
    assert.equal(q.speakerId, null);
  }
  assert.equal(quote(a, 'الموسم سيكون').kind, 'direct');
  assert.equal(a.quotes.filter((q) => q.text === 'خطوة مهمة' && q.kind === 'direct').length, 2);
});

test('English: a phrase quoted three times names the thing after the first time, where a cue with its subject governed it', () => {
  const a = en(`Council unveils plan

Council leader John Smith said the town needed "a fresh start" after the floods.

The "a fresh start" scheme will cost 2m. Critics said "a fresh start" was only a slogan, and Mr Smith said: "We will deliver."
`);
  const spans = a.quotes.filter((q) => q.text === 'a fresh start');
  assert.deepEqual(spans.map((q) => q.kind), ['direct', 'term', 'term']);
  assert.equal(who(a, 'a fresh start'), 'John Smith');
  assert.equal(who(a, 'We will deliver'), 'John Smith');
});
