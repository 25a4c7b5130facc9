// esbuild plugin for the server and CLI bundles: the English lexicon's word lists, deflated.
// lexicon/en.ts is data: about 260 string literals of English words (17.5 KB of the bundle). As it is
// bundled, every string literal of its top level (read once, as the module loads) of MIN_LENGTH
// characters or more is taken out, the lot joined by NUL and deflated into one base64 string, and
// each literal is replaced by its place in the array that string inflates to (node:zlib, once, as
// the module loads, well under a millisecond): the same strings at run time, about 5 KB less bundle.
// The Arabic lexicon (lexicon/ar.ts) is deflated the same way by arabicLiterals.cjs, which then packs
// the short Arabic literals left (about 2 KB less again).
// Literals inside functions and classes, short ones, keys and module paths are left as written. The
// source stays as it is: this is done to the bundle's copy only. (Arabic sources are packed by
// arabicLiterals.cjs instead, one byte a letter.)
const fs = require('node:fs/promises');
const zlib = require('node:zlib');
const ts = require('typescript');
const { inExpression } = require('./arabicLiterals.cjs');

/** shorter literals cost more as a reference into the array (`x[123]`) than they save */
const MIN_LENGTH = 12;
const DECODER_MODULE = 'deflated-literals:inflate';
const DECODER = `import { inflateRawSync } from 'node:zlib';
export const inflateLiterals = (s) => inflateRawSync(Buffer.from(s, 'base64')).toString('utf8').split('\\0');`;
/** the sources deflated: data modules, no Arabic letter in them */
const DEFLATED = /[\\/]server[\\/]src[\\/]article[\\/]lexicon[\\/]en\.ts$/;

/** `source` with its top-level literals of MIN_LENGTH or more read from one deflated string, or null when it has none. */
function withLiteralsDeflated(source, path) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const texts = [];
  const visit = (node) => {
    // (a function's or a class's literals are read at every call: left as written)
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isStringLiteral(node) && node.text.length >= MIN_LENGTH && !node.text.includes('\0') && inExpression(node)) {
      edits.push([node.getStart(file), node.end, `__literals[${texts.length}]`]);
      texts.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return null;
  let out = source;
  for (let i = edits.length - 1; i >= 0; i--) out = out.slice(0, edits[i][0]) + edits[i][2] + out.slice(edits[i][1]);
  const packed = zlib.deflateRawSync(Buffer.from(texts.join('\0'), 'utf8'), { level: 9 }).toString('base64');
  return `import { inflateLiterals as __inflate } from '${DECODER_MODULE}';\nconst __literals = __inflate('${packed}');\n${out}`;
}

/** @type {import('esbuild').Plugin} */
const literalsDeflated = {
  name: 'literals-deflated',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${DECODER_MODULE}$`) }, () => ({ path: DECODER_MODULE, namespace: 'deflated-literals' }));
    build.onLoad({ filter: /.*/, namespace: 'deflated-literals' }, () => ({ contents: DECODER, loader: 'js' }));
    build.onLoad({ filter: DEFLATED }, async (args) => {
      const contents = withLiteralsDeflated(await fs.readFile(args.path, 'utf8'), args.path);
      return contents === null ? undefined : { contents, loader: 'ts' };
    });
  },
};

module.exports = { literalsDeflated, withLiteralsDeflated, MIN_LENGTH };
