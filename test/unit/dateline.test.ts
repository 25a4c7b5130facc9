// Datelines read as pure functions: where the place (and date) before the lead's dash ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineEnd } from '../../server/src/article/structure/dateline';

const end = (line: string): string | null => {
  const at = datelineEnd(line, { start: 0, end: line.length });
  return at === null ? null : line.slice(0, at);
};

test('a dateline ends at its dash, with or without an agency in brackets', () => {
  assert.equal(end('WASHINGTON (Reuters) - The Senate voted.'), 'WASHINGTON (Reuters) -');
  assert.equal(end('القاهرة - قال الوزير'), 'القاهرة -');
});

test('a short capitalised abbreviation may stand in a dateline (`SACRAMENTO, Calif.`, `Jan.`, `D.C.`)', () => {
  assert.equal(end('SACRAMENTO, Calif. (Reuters) - Laura Russo is a voter.'), 'SACRAMENTO, Calif. (Reuters) -');
  assert.equal(end('WASHINGTON, D.C., Jan. 5 (AP) - Lawmakers met.'), 'WASHINGTON, D.C., Jan. 5 (AP) -');
});

test('a full stop after a sentence\'s word is no dateline (`He left. Then - …`)', () => {
  assert.equal(end('He left. Then - nothing.'), null);
  assert.equal(end('The vote failed. Why - nobody knows.'), null);
});
