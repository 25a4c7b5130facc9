// The build's packing of the engine's Arabic literals (scripts/arabicLiterals.cjs): what it packs,
// what it leaves, and that the decoder gives back the very strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { build } from 'esbuild';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { arabicLiteralsPacked, withArabicPacked } = require('../../scripts/arabicLiterals.cjs') as {
  arabicLiteralsPacked: import('esbuild').Plugin;
  withArabicPacked: (source: string, path: string) => string | null;
};

const SOURCE = [
  "export const WORDS = new Set(['قال', 'أضاف', 'صرّح']);",
  "export const PHRASES = 'على حد تعبيره|كما وصفها';",
  "export const MIXED = 'قال CNN';",
  "export const KEYED = { 'قال': 1 };",
  "export function isSaid(w: string): boolean { return w === 'قال'; }",
].join('\n');

test('top-level literals of Arabic letters, spaces and `|` are packed; literals in functions, keys and mixed ones are not', () => {
  const out = withArabicPacked(SOURCE, 'x.ts');
  assert.ok(out !== null);
  assert.equal((out.match(/__arabic\(/g) ?? []).length, 4, out);
  assert.ok(out.includes("'قال CNN'"));
  assert.ok(out.includes("{ 'قال': 1 }"));
  assert.ok(out.includes("return w === 'قال'"));
  assert.equal(withArabicPacked("export const A = 'abc';", 'y.ts'), null);
});

test('the bundle decodes every packed literal to the string written in the source', async () => {
  // (the plugin's filter takes files under server/src/article/: a stdin module is packed as it would pack one)
  const bundled = await build({
    stdin: { contents: withArabicPacked(SOURCE, 'sample.ts')!, loader: 'ts', resolveDir: process.cwd() },
    bundle: true, write: false, format: 'cjs', platform: 'node', charset: 'utf8', logLevel: 'silent', plugins: [arabicLiteralsPacked],
  });
  const code = bundled.outputFiles[0].text;
  // the packed words are no longer written in Arabic letters
  assert.ok(!code.includes('أضاف') && !code.includes('تعبيره'));
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(code, { module, exports: module.exports, require });
  assert.deepEqual([...(module.exports.WORDS as Set<string>)], ['قال', 'أضاف', 'صرّح']);
  assert.equal(module.exports.PHRASES, 'على حد تعبيره|كما وصفها');
  assert.equal(module.exports.MIXED, 'قال CNN');
  assert.equal(JSON.stringify(module.exports.KEYED), JSON.stringify({ قال: 1 }));
});

test('the bundled Arabic lexicon is the source\'s, value for value: its long word lists deflated first, the short literals left packed', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { literalsDeflated } = require('../../scripts/deflatedLiterals.cjs') as { literalsDeflated: import('esbuild').Plugin };
  const source = path.join(__dirname, '../../server/src/article/lexicon/ar.ts');
  const bundled = await build({
    entryPoints: [source],
    bundle: true, write: false, format: 'cjs', platform: 'node', charset: 'utf8', logLevel: 'silent', plugins: [arabicLiteralsPacked, literalsDeflated],
  });
  const code = bundled.outputFiles[0].text;
  // (a long list is deflated: written neither in Arabic letters nor packed one byte a letter)
  const list = "'محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد سالم سلمان'";
  assert.ok(!code.includes(list.slice(1, -1)) && !code.includes(withArabicPacked(`export const A = ${list};`, 'a.ts')!.split('__arabic(')[1].slice(0, 40)), 'a word list is still written out');
  assert.ok(code.includes('inflateRawSync') && code.includes('unpackArabic'));
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(code, { module, exports: module.exports, require, Buffer });
  const lexicon = await import(source);
  for (const [name, value] of Object.entries(lexicon)) {
    if (typeof value === 'function') continue;
    assert.deepEqual(JSON.parse(JSON.stringify(module.exports[name])), JSON.parse(JSON.stringify(value)), name);
  }
});
