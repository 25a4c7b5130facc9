// The CLI honours the same rule configuration as the editor: --config FILE, or the nearest
// .articlerc.json above each file. Run as users run it (the bundled bin).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';

const CLI = path.join(ROOT, 'bin', 'article-annotator.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

const ARTICLE = `Minister defends plan

LONDON (Reuters) - The minister said on Monday the plan would go ahead.

Photo: Workers at the site on Monday
Photo: Workers at the site on Monday

Later, she insisted that the plan "was lawful at every stage.
`;

function tree(t: { after: (fn: () => void) => void }, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-config-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const codes = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => l.replace(/^.*?:\d+:\d+: /, ''));

test('without configuration the rules keep their default severities', (t) => {
  const dir = tree(t, { 'a.article': ARTICLE });
  const r = run('check', path.join(dir, 'a.article'));
  assert.equal(r.status, 1, r.stderr);
  assert.ok(codes(r.stdout).some((l) => l.startsWith('warning duplicate-caption:')), r.stdout);
  assert.ok(codes(r.stdout).some((l) => l.startsWith('warning unclosed-quote:')), r.stdout);
});

test('the nearest .articlerc.json above each file applies: rules switched off or given another severity', (t) => {
  const dir = tree(t, {
    '.articlerc.json': JSON.stringify({ rules: { 'duplicate-caption': 'off', 'unclosed-quote': 'error' } }),
    'desk/a.article': ARTICLE,
    'desk/quiet/.articlerc.json': JSON.stringify({ rules: { 'duplicate-caption': 'off', 'unclosed-quote': 'off', 'unattributed-quote': 'off', 'inconsistent-name': 'off' } }),
    'desk/quiet/b.article': ARTICLE,
  });
  const r = run('check', path.join(dir, 'desk'));
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.every((l) => l.startsWith(path.join(dir, 'desk', 'a.article') + ':')), 'b.article is silenced by its own, nearer configuration');
  assert.ok(!lines.some((l) => l.includes('duplicate-caption')));
  assert.ok(lines.some((l) => /: error unclosed-quote: Quotation mark " before "was lawful at every…" is never closed/.test(l)), r.stdout);
});

test('--config FILE applies to every file, and the command line still wins for --language', (t) => {
  const dir = tree(t, {
    'a.article': ARTICLE,
    'all-off.json': JSON.stringify({ rules: { 'duplicate-caption': 'off', 'unclosed-quote': 'off', 'unattributed-quote': 'off', 'inconsistent-name': 'off' }, language: 'ar' }),
  });
  const quiet = run('check', '--config', path.join(dir, 'all-off.json'), path.join(dir, 'a.article'));
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.equal(quiet.stdout, '');
  const json = JSON.parse(run('analyze', '--format', 'json', `--config=${path.join(dir, 'all-off.json')}`, path.join(dir, 'a.article')).stdout);
  assert.equal(json[0].language, 'ar', 'language from the configuration');
  assert.deepEqual(json[0].diagnostics, []);
  const forced = JSON.parse(run('analyze', '--format', 'json', '--config', path.join(dir, 'all-off.json'), '--language', 'en', path.join(dir, 'a.article')).stdout);
  assert.equal(forced[0].language, 'en', '--language overrides the file');
});

test('a broken configuration is one clear line naming the file and the problem, exit 2', (t) => {
  const dir = tree(t, {
    'typo/.articlerc.json': JSON.stringify({ rules: { 'unatributed-quote': 'off' } }),
    'typo/a.article': ARTICLE,
    'level/.articlerc.json': JSON.stringify({ rules: { 'unclosed-quote': 'loud' } }),
    'level/a.article': ARTICLE,
    'json/.articlerc.json': '{ "rules": ',
    'json/a.article': ARTICLE,
  });
  const typo = run('check', path.join(dir, 'typo', 'a.article'));
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /\.articlerc\.json: unknown rule "unatributed-quote"/);
  const level = run('check', path.join(dir, 'level', 'a.article'));
  assert.equal(level.status, 2);
  assert.match(level.stderr, /rule "unclosed-quote" must be one of error, warning, information, hint, off/);
  const json = run('check', path.join(dir, 'json', 'a.article'));
  assert.equal(json.status, 2);
  assert.match(json.stderr, /\.articlerc\.json: not valid JSON/);
  const missing = run('check', '--config', path.join(dir, 'nope.json'), path.join(dir, 'typo', 'a.article'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.json: no such configuration file/);
  for (const r of [typo, level, json, missing]) assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
