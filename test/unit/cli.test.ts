// The bundled CLI, run as users run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';
import { SEED_PATH } from '../support/fixtures';
import { tempDir } from '../support/tempDirs';

const CLI = path.join(ROOT, 'bin', 'article-annotator.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

test('analyze --format json prints the model with the headline', () => {
  const r = run('analyze', '--format', 'json', SEED_PATH);
  assert.equal(r.status, 0, r.stderr);
  const [doc] = JSON.parse(r.stdout);
  assert.equal(doc.file, SEED_PATH);
  assert.equal(doc.language, 'ar');
  assert.equal(doc.title.text, 'كيري يرفض الجدل مع إيران بشأن التنسيق معها');
  assert.deepEqual(doc.title.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 42 } });
  for (const key of ['sections', 'captions', 'quotes', 'speakers', 'diagnostics']) assert.ok(Array.isArray(doc[key]), key);
  assert.ok('source' in doc);
});

test('usage errors exit 2 with one clear line', () => {
  const r = run('analyze', SEED_PATH);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /analyze needs --format json/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  assert.equal(run('frobnicate').status, 2);
  assert.equal(run('check', '--help').status, 0);
});

test('a missing file is reported and the other files are still processed', () => {
  const r = run('analyze', '--format', 'json', '/nonexistent/x.article', SEED_PATH);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /\/nonexistent\/x\.article: no such file or directory/);
  assert.equal(JSON.parse(r.stdout).length, 1);
});

test('binary and invalid UTF-8 input are refused with one line each; nothing readable exits 2', () => {
  const dir = tempDir('aa-cli-');
  fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x50, 0x00, 0x01]));
  fs.writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x41]));
  const r = run('check', dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bin\.txt: binary file/);
  assert.match(r.stderr, /bad\.txt: not valid UTF-8/);
  const empty = tempDir('aa-cli-empty-');
  const r2 = run('check', empty);
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /no \.article or \.txt files/);
});
