// A dateline is never a speaker, also when an opening quote stands alone before the lead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';

test('the dateline of a lead that follows a stand-alone opening quote is not a speaker', () => {
  const text = [
    'Mayor defends bus cuts',
    '',
    '"We cannot run buses nobody uses."',
    '',
    'LEEDS (PA) - Mayor Tracy Brabin on Tuesday defended the cuts, telling councillors that the routes were "simply not viable".',
  ].join('\n');
  const a = analyzeArticle(text);
  const names = a.speakers.map((s) => s.name);
  assert.ok(!names.includes('LEEDS'), `speakers: ${names.join(', ')}`);
  const partial = a.quotes.find((q) => q.text === 'simply not viable');
  assert.equal(a.speakers.find((s) => s.id === partial?.speakerId)?.name, 'Tracy Brabin');
});

test('a body paragraph with a dash after a name keeps its subject', () => {
  const text = ['Budget row', '', 'The minister spoke on Monday.', '', 'Mr Patel - who chairs the committee - said the plan was "a mess".'].join('\n');
  const a = analyzeArticle(text);
  const q = a.quotes.find((x) => x.text === 'a mess');
  assert.match(a.speakers.find((s) => s.id === q?.speakerId)?.name ?? '', /Patel/);
});
