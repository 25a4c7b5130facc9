// The bundled CLI under bad input: one clear line on stderr per bad input, never a stack trace,
// exit 2 only when nothing could be checked, and every readable file still reported.
// (The basic missing/binary/invalid cases in a directory are in cli.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/lspClient';
import fc from 'fast-check';
import { OWN_ARTICLES, baseArticles } from '../support/robustnessArticles';
import { hostileArticleArb } from '../support/articleArbitraries';
import { checkRangesIn } from '../support/articleInvariants';
import { computeLineStarts } from '../../server/src/article/text';
import { tempDir } from '../support/tempDirs';

const CLI = path.join(ROOT, 'bin', 'article-annotator.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20000 });

const GOOD_AR = OWN_ARTICLES[0];
const GOOD_EN = OWN_ARTICLES[1];

function tmp(): string {
  return tempDir('aa-cli-input-');
}

/** stderr lines, each one clear line: the program name, the path, a reason; no stack trace. */
function stderrLines(r: ReturnType<typeof run>): string[] {
  assert.doesNotMatch(r.stderr, /^\s+at .*:\d+:\d+\)?$/m, `no stack trace:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /internal error/, `no internal error:\n${r.stderr}`);
  return r.stderr.split('\n').filter((l) => l !== '');
}

test('each bad input gets exactly one stderr line and the readable files are all still checked', () => {
  const dir = tmp();
  const good1 = path.join(dir, 'good-ar.txt');
  const good2 = path.join(dir, 'good-en.article');
  fs.writeFileSync(good1, GOOD_AR);
  fs.writeFileSync(good2, GOOD_EN);
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const blank = path.join(dir, 'blank.txt');
  fs.writeFileSync(blank, '\ufeff \r\n\t\n');
  const binary = path.join(dir, 'image.txt');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const truncated = path.join(dir, 'truncated.txt');
  fs.writeFileSync(truncated, Buffer.concat([Buffer.from('عنوان', 'utf8'), Buffer.from([0xd8])])); // cut inside a character
  const overlong = path.join(dir, 'overlong.txt');
  fs.writeFileSync(overlong, Buffer.from([0x41, 0xc0, 0xaf, 0x42])); // overlong "/"
  const surrogate = path.join(dir, 'cesu.txt');
  fs.writeFileSync(surrogate, Buffer.from([0x41, 0xed, 0xa0, 0x80, 0x42])); // an encoded lone surrogate
  const utf16 = path.join(dir, 'utf16.txt');
  fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\n', 'utf16le')]));
  const missing = path.join(dir, 'missing.txt');
  const noArticles = path.join(dir, 'no-articles');
  fs.mkdirSync(noArticles);
  fs.writeFileSync(path.join(noArticles, 'notes.md'), '# not an article');

  const bad = [empty, blank, binary, truncated, overlong, surrogate, utf16, missing, noArticles];
  const r = run('check', good1, ...bad, good2);
  assert.equal(r.status, 1, `findings in the good files give exit 1, not 2 (stderr: ${r.stderr})`);
  const lines = stderrLines(r);
  assert.equal(lines.length, bad.length, `one line per bad input:\n${r.stderr}`);
  for (const p of bad) assert.equal(lines.filter((l) => l.includes(p + ':')).length, 1, `exactly one line for ${p}:\n${r.stderr}`);
  assert.match(r.stderr, /empty\.txt: empty file/);
  assert.match(r.stderr, /blank\.txt: empty file/);
  assert.match(r.stderr, /image\.txt: binary file/);
  assert.match(r.stderr, /truncated\.txt: not valid UTF-8/);
  assert.match(r.stderr, /overlong\.txt: not valid UTF-8/);
  assert.match(r.stderr, /cesu\.txt: not valid UTF-8/);
  assert.match(r.stderr, /utf16\.txt: not valid UTF-8 text \(it looks like UTF-16/);
  assert.match(r.stderr, /missing\.txt: no such file or directory/);
  assert.match(r.stderr, /no-articles: no \.article or \.txt files/);
  for (const line of lines) assert.match(line, /^article-annotator: .+: .+$/, `a clear line: ${line}`);
  // Both readable files are reported (the seed-like Arabic article has a duplicate caption, the English one too).
  const json = run('analyze', '--format', 'json', good1, ...bad, good2);
  assert.equal(json.status, 0, json.stderr);
  assert.deepEqual(
    JSON.parse(json.stdout).map((d: { file: string }) => d.file),
    [good1, good2],
  );
  assert.equal(stderrLines(json).length, bad.length);
});

test('nothing checkable exits 2 with one line per input: missing path, empty file, empty directory, binary', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'empty.article'), '');
  fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3]));
  const emptyDir = path.join(dir, 'nothing-here');
  fs.mkdirSync(emptyDir);
  for (const args of [[path.join(dir, 'nope.txt')], [path.join(dir, 'empty.article')], [emptyDir], [path.join(dir, 'bin.txt')], [path.join(dir, 'nope.txt'), emptyDir, path.join(dir, 'empty.article')]]) {
    for (const command of [['check'], ['analyze', '--format', 'json']]) {
      const r = run(...command, ...args);
      assert.equal(r.status, 2, `${command[0]} ${args.join(' ')}: exit 2 (stderr: ${r.stderr})`);
      assert.equal(stderrLines(r).length, args.length, `${command[0]} ${args.join(' ')}: one line per input:\n${r.stderr}`);
      assert.equal(r.stdout, '', 'nothing on stdout when nothing was checked');
    }
  }
});

test('a directory: readable articles are checked, a broken link and a link loop each get one line', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'a.txt'), GOOD_EN);
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'b.article'), GOOD_AR);
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
  fs.symlinkSync(path.join(dir, 'loop.txt'), path.join(dir, 'loop.txt'));
  fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'linked.txt'));
  fs.symlinkSync(dir, path.join(dir, 'sub', 'cycle')); // a link back up the tree is not followed
  const r = run('analyze', '--format', 'json', dir);
  assert.equal(r.status, 0, r.stderr);
  const files = JSON.parse(r.stdout).map((d: { file: string }) => path.relative(dir, d.file));
  assert.deepEqual(files, ['a.txt', 'linked.txt', path.join('sub', 'b.article')]);
  const lines = stderrLines(r);
  assert.equal(lines.length, 2, r.stderr);
  assert.match(r.stderr, /dangling\.txt: no such file or directory/);
  assert.match(r.stderr, /loop\.txt: too many levels of symbolic links/);
});

test('a FIFO named like an article is refused at once instead of blocking', (t) => {
  const dir = tmp();
  const fifo = path.join(dir, 'pipe.txt');
  try {
    execFileSync('mkfifo', [fifo]);
  } catch {
    t.skip('mkfifo is not available on this system');
    return;
  }
  fs.writeFileSync(path.join(dir, 'a.txt'), GOOD_EN);
  const r = run('check', fifo, path.join(dir, 'a.txt'));
  assert.equal(r.error, undefined, 'the CLI finished (no timeout)');
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /pipe\.txt: not a regular file/);
  assert.equal(stderrLines(r).length, 1);
  // Inside a directory a FIFO is not an article file at all: skipped, and the directory still checked.
  const rd = run('check', dir);
  assert.equal(rd.error, undefined, 'the CLI finished (no timeout)');
  assert.equal(rd.status, 1, rd.stderr);
});

test('an unreadable file (chmod 000) is one line and the others are still checked', (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root: chmod 000 does not stop root from reading (the broken-link case above covers an entry that fails to read)');
    return;
  }
  const dir = tmp();
  const locked = path.join(dir, 'locked.txt');
  fs.writeFileSync(locked, GOOD_EN);
  fs.chmodSync(locked, 0o000);
  const lockedDir = path.join(dir, 'locked-dir');
  fs.mkdirSync(lockedDir);
  fs.writeFileSync(path.join(lockedDir, 'x.txt'), GOOD_EN);
  fs.chmodSync(lockedDir, 0o000);
  fs.writeFileSync(path.join(dir, 'ok.txt'), GOOD_AR);
  try {
    const r = run('analyze', '--format', 'json', dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).map((d: { file: string }) => path.basename(d.file)), ['ok.txt']);
    assert.match(r.stderr, /locked\.txt: permission denied/);
    assert.match(r.stderr, /locked-dir: permission denied/);
    assert.equal(stderrLines(r).length, 2);
  } finally {
    fs.chmodSync(lockedDir, 0o755);
  }
});

test('a reader that closes the pipe early (| head -1) ends the CLI quietly', () => {
  const dir = tmp();
  // one finding per paragraph: far more output than a pipe buffers (64 KB)
  fs.writeFileSync(path.join(dir, 'many.txt'), 'Headline\n\n' + '"This is a long quoted sentence that nobody said."\n\n'.repeat(4000));
  const full = run('check', dir);
  assert.ok(full.stdout.length > 200_000, `enough output to fill a pipe (${full.stdout.length} bytes)`);
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" check "${dir}" | head -1`], { encoding: 'utf8', timeout: 20000 });
  assert.equal(r.error, undefined);
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|Error|at .*:\d+/, `no stack trace on a closed pipe:\n${r.stderr}`);
});

test('hostile generated articles through the CLI: every file reported once, JSON ranges inside each file', () => {
  const dir = tmp();
  const texts = fc.sample(hostileArticleArb(baseArticles()), { numRuns: 25, seed: 77 });
  const expected = new Map<string, string>();
  let binary = 0;
  let empty = 0;
  texts.forEach((t, i) => {
    const file = path.join(dir, `h${String(i).padStart(2, '0')}.txt`);
    fs.writeFileSync(file, t, 'utf8'); // lone surrogates become U+FFFD on the way to UTF-8, as in any editor
    const read = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    if (t.includes('\u0000')) binary++;
    else if (read.trim() === '') empty++;
    else expected.set(file, read);
  });
  const r = run('analyze', '--format', 'json', dir);
  assert.equal(r.status, expected.size ? 0 : 2, r.stderr);
  const lines = stderrLines(r);
  assert.equal(lines.length, binary + empty, `one line per refused file:\n${r.stderr}`);
  const docs = JSON.parse(r.stdout) as { file: string }[];
  assert.deepEqual(docs.map((d) => d.file), [...expected.keys()]);
  for (const doc of docs) {
    const text = expected.get(doc.file)!;
    checkRangesIn(text, computeLineStarts(text), doc, doc.file);
  }
  const check = run('check', dir);
  assert.ok(check.status === 0 || check.status === 1, `check exit ${check.status}: ${check.stderr}`);
  for (const line of check.stdout.split('\n').filter(Boolean)) assert.match(line, /^.+\.txt:\d+:\d+: (error|warning|information|hint) [a-z-]+: .+$/, `compiler-style line: ${line}`);
});
