// The server bundle as packaged (bench/bundle.ts builds it as `npm run package` does) stays within the
// 400 KB the benchmark's target sets: rules and lexicons grow it a little at a time, and a build past
// the budget should fail here, not be found in a later benchmark run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServerBundle } from '../../bench/bundle';
import { tempDir } from '../support/tempDirs';

const BUDGET = 400 * 1024;

test('the minified server bundle is at most 400 KB', async () => {
  const bundle = await buildServerBundle(tempDir('article-bundle-'));
  const largest = bundle.largest.map((x) => `${x.input} ${(x.bytes / 1024).toFixed(1)} KB`).join(', ');
  assert.ok(bundle.bytes <= BUDGET, `${(bundle.bytes / 1024).toFixed(1)} KB, over the 400 KB budget; largest: ${largest}`);
});
