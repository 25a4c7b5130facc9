// The server bundle as packaged (bench/bundle.ts builds it as `npm run package` does) stays within the
// 400 KB the benchmark's target sets: rules and lexicons grow it a little at a time, and a build past
// the budget should fail here, not be found in a later benchmark run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildServerBundle } from '../../bench/bundle';

const BUDGET = 400 * 1024;

test('the minified server bundle is at most 400 KB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-bundle-'));
  try {
    const bundle = await buildServerBundle(dir);
    const largest = bundle.largest.map((x) => `${x.input} ${(x.bytes / 1024).toFixed(1)} KB`).join(', ');
    assert.ok(bundle.bytes <= BUDGET, `${(bundle.bytes / 1024).toFixed(1)} KB, over the 400 KB budget; largest: ${largest}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
