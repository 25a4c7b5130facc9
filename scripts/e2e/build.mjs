// Builds the e2e layer into out/e2e (ignored): the extension-host suite (one file per test file,
// `vscode` and `mocha` left external: the editor and the repository provide them) and the test-runner
// extension with its manifest, ready for `vsce package`.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'out', 'e2e');
const suiteDir = path.join(root, 'test', 'e2e', 'suite');

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning', external: ['vscode', 'mocha'] };

fs.rmSync(out, { recursive: true, force: true });
const suiteEntries = fs.readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(suiteDir, f));
await esbuild.build({ ...common, entryPoints: suiteEntries, outdir: path.join(out, 'suite') });
await esbuild.build({ ...common, entryPoints: { extension: path.join(root, 'test/e2e/runner/src/extension.ts') }, outdir: path.join(out, 'runner', 'dist') });
fs.copyFileSync(path.join(root, 'test/e2e/runner/package.json'), path.join(out, 'runner', 'package.json'));
fs.writeFileSync(path.join(out, 'runner', 'README.md'), '# Article Annotator e2e test runner\n\nTest-only extension; see test/e2e in the repository.\n');
fs.writeFileSync(path.join(out, 'runner', 'LICENSE'), fs.readFileSync(path.join(root, 'LICENSE')));
console.log(`e2e: built the suite (${suiteEntries.length} files) and the runner into ${path.relative(root, out)}`);
