// The build's deflating of the English lexicon's literals (scripts/deflatedLiterals.cjs): what it
// takes out, what it leaves, and that the bundle inflates them to the very strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { build } from 'esbuild';
import { lexiconEn } from '../../server/src/article/lexicon/en';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { literalsDeflated, withLiteralsDeflated, MIN_LENGTH } = require('../../scripts/deflatedLiterals.cjs') as {
  literalsDeflated: import('esbuild').Plugin;
  withLiteralsDeflated: (source: string, path: string) => string | null;
  MIN_LENGTH: number;
};

const SOURCE = [
  "export const WORDS = new Set('say says said saying tell told'.split(' '));",
  "export const PHRASES = ['according to', 'in a statement from'];",
  "export const SHORT = 'say';",
  "export const KEYED = { 'a long property name': 1 };",
  "export function isSaid(w: string): boolean { return w === 'said, as a long literal'; }",
].join('\n');

test(`top-level literals of ${MIN_LENGTH} characters or more are read from one deflated string; short ones, keys and literals in functions are not`, () => {
  const out = withLiteralsDeflated(SOURCE, 'x.ts');
  assert.ok(out !== null);
  assert.equal((out.match(/__literals\[\d+\]/g) ?? []).length, 3, out);
  assert.ok(!out.includes("'say says said saying tell told'") && !out.includes("'in a statement from'"));
  assert.ok(out.includes("'say'"));
  assert.ok(out.includes("{ 'a long property name': 1 }"));
  assert.ok(out.includes("return w === 'said, as a long literal'"));
  assert.equal(withLiteralsDeflated("export const A = 'abc';", 'y.ts'), null);
});

test('the bundled English lexicon is the source\'s, value for value, with its word lists no longer written out', async () => {
  const bundled = await build({
    entryPoints: [path.join(__dirname, '../../server/src/article/lexicon/en.ts')],
    bundle: true, write: false, format: 'cjs', platform: 'node', charset: 'utf8', logLevel: 'silent', plugins: [literalsDeflated],
  });
  const code = bundled.outputFiles[0].text;
  assert.ok(!code.includes('emphasise emphasises emphasised'), 'a word list is still written out');
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(code, { module, exports: module.exports, require, Buffer });
  assert.deepEqual(JSON.parse(JSON.stringify(module.exports.lexiconEn)), JSON.parse(JSON.stringify(lexiconEn)));
});
