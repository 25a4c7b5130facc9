// A second minification of a bundle esbuild has already minified, with terser: its compressor and
// top-level mangling take about 7 KB more off the server bundle (400 → 393 KB), which keeps it inside
// the benchmark's 400 KB budget as rules and lexicons grow; function expressions that read neither
// `this` nor `arguments` written as arrows (unsafe_arrows: no bundled code constructs one with `new`;
// the LSP tests run on this bundle) take 5 KB more (402 → 397 KB); property reads taken as free of
// side effects (pure_getters: no bundled code reads a property for a getter's side effect or to throw
// on null; the production CLI's JSON of the corpus is the same byte for byte) 0.7 KB more. The source
// map esbuild wrote is carried through, so stack traces still name the TypeScript sources. Used by
// scripts/build.mjs --production and by bench/bundle.ts, which builds the bundle the same way.
const fs = require('node:fs');
const path = require('node:path');
const { minify } = require('terser');

/** Rewrites `file` (a CommonJS bundle with `file.map` beside it) in place, minified again. */
async function minifyBundle(file) {
  const code = fs.readFileSync(file, 'utf8');
  const mapFile = `${file}.map`;
  const map = fs.existsSync(mapFile) ? fs.readFileSync(mapFile, 'utf8') : null;
  const result = await minify(code, {
    // (a CommonJS module's top level is its own scope: its names can be mangled too)
    toplevel: true,
    compress: { passes: 2, ecma: 2020, unsafe_arrows: true, pure_getters: true },
    mangle: true,
    // (Arabic lexicon text stays UTF-8, as esbuild's charset: 'utf8' wrote it)
    format: { ascii_only: false },
    sourceMap: map ? { content: map, url: path.basename(mapFile) } : false,
  });
  if (result.code === undefined) throw new Error(`terser returned no code for ${file}`);
  fs.writeFileSync(file, result.code);
  if (map && typeof result.map === 'string') fs.writeFileSync(mapFile, result.map);
}

module.exports = { minifyBundle };
