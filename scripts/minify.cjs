// A second minification of a bundle esbuild has already minified, with terser: its compressor and
// top-level mangling take about 7 KB more off the server bundle (400 → 393 KB), which keeps it inside
// the benchmark's 400 KB budget as rules and lexicons grow; function expressions that read neither
// `this` nor `arguments` written as arrows (unsafe_arrows: no bundled code constructs one with `new`;
// the LSP tests run on this bundle) take 5 KB more (402 → 397 KB); property reads taken as free of
// side effects (pure_getters: no bundled code reads a property for a getter's side effect or to throw
// on null; the production CLI's JSON of the corpus is the same byte for byte) 0.7 KB more. A third
// pass and function declarations hoisted to the top of their scope (hoist_funs: where the language
// puts them anyway; the bundle is strict code) 0.7 KB more. The source map esbuild wrote is carried
// through, so stack traces still name the TypeScript sources. Used by scripts/build.mjs --production
// and by bench/bundle.ts, which builds the bundle the same way.
// `underscoreProperties` (the server and the CLI): properties whose names start with `_` are mangled
// too. Only vscode-jsonrpc and vscode-languageserver name their own fields so (`this._callbacks`,
// `_totalLength`; our sources have none), always with a dot, never from a string or a message, and
// none is one Node calls (no stream subclass): 2.2 KB less. Not the extension, which hands objects to
// VS Code's API.
const fs = require('node:fs');
const path = require('node:path');
const { minify } = require('terser');

/**
 * Property names mangled in the server and CLI bundles: the libraries' `_` fields, and the engine's
 * own fields and getters of tokens and speaker phrases, read in every loop (`t.norm`, `t.lower`,
 * `t.word`). None is a name of the Article model, an LSP message, a setting or a Node API, and none is
 * ever read from a string (test/unit/minify.test.ts checks the sources for that).
 */
const ENGINE_PROPERTIES = ['lower', 'norm', 'isQuote', 'isWord', 'isPunct', 'cap', 'possessive', 'newLine', 'sentenceEnd', 'word', 'nameSpan', 'namePrefix', 'honorific', 'forms', 'key_', 'firstOffset', 'touchedAt', 'termFacts', 'acronym', 'withObject', 'appositive', 'governed', 'weak', 'conj', 'lemma', 'owner'];
const MANGLED_PROPERTIES = new RegExp(`^(?:_[a-zA-Z]|(?:${ENGINE_PROPERTIES.join('|')})$)`);

/**
 * Rewrites `file` (a CommonJS bundle with `file.map` beside it) in place, minified again.
 * @param {string} file @param {{ underscoreProperties?: boolean }} [options]
 */
async function minifyBundle(file, options = {}) {
  const code = fs.readFileSync(file, 'utf8');
  const mapFile = `${file}.map`;
  const map = fs.existsSync(mapFile) ? fs.readFileSync(mapFile, 'utf8') : null;
  const result = await minify(code, {
    // (a CommonJS module's top level is its own scope: its names can be mangled too)
    toplevel: true,
    compress: { passes: 3, ecma: 2020, unsafe_arrows: true, pure_getters: true, hoist_funs: true },
    mangle: options.underscoreProperties ? { properties: { regex: MANGLED_PROPERTIES } } : true,
    // (Arabic lexicon text stays UTF-8, as esbuild's charset: 'utf8' wrote it)
    format: { ascii_only: false },
    sourceMap: map ? { content: map, url: path.basename(mapFile) } : false,
  });
  if (result.code === undefined) throw new Error(`terser returned no code for ${file}`);
  fs.writeFileSync(file, result.code);
  if (map && typeof result.map === 'string') fs.writeFileSync(mapFile, result.map);
}

module.exports = { minifyBundle, ENGINE_PROPERTIES };
