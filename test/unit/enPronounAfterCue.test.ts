// `X said she …`: the pronoun after the cue gives an unnamed speaker's gender, so a later `she said` finds them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';

test('an unnamed source who "said she …" is the "she" of the next quote, not an earlier woman', () => {
  const text = [
    'Teachers warn of cuts',
    '',
    'Union leader Mary Bousted said schools were "at breaking point".',
    '',
    'One teacher, who did not want to be named, said she had bought books for her pupils with her own money. "I do it because nobody else will," she said.',
  ].join('\n');
  const a = analyzeArticle(text);
  const q = a.quotes.find((x) => x.text.startsWith('I do it'));
  const speaker = a.speakers.find((s) => s.id === q?.speakerId);
  assert.match(speaker?.name ?? '(none)', /teacher/i);
  assert.equal(speaker?.gender, 'female');
});
