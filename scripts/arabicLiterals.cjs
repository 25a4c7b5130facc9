// esbuild plugin for the server and CLI bundles: the engine's Arabic words, written one byte a letter.
// UTF-8 takes two bytes for each Arabic letter, and the lexicons and word sets hold about 13,000 of
// them (26 KB of the bundle). As each engine source is bundled, every string literal of its top level
// (read once, as the module loads: lexicons, `new Set([...])`, `words('…')`) that holds Arabic letters
// and nothing else but spaces and `|` is written with each letter shifted into ASCII (U+0621–U+065F
// to `0`–`n`) and handed to a decoder that shifts it back: the same strings at run time, about 8 KB
// less bundle. Literals inside functions are left as written (they would be decoded at every call),
// and so is every other literal. The sources stay as they are: this is done to the bundle's copy only.
const fs = require('node:fs/promises');
const ts = require('typescript');

const FIRST = 0x0621;
const LAST = 0x065f;
/** U+0621 is written `0` (0x30); U+065F is written `n` (0x6e): no quote mark among them, one backslash (U+064D) */
const SHIFT = FIRST - 0x30;
const DECODER_MODULE = 'arabic-literals:decode';
const ARABIC_LETTER = /[\u0621-\u065f]/;
/** the Arabic data module whose long literals are deflated before the rest are packed */
const DEFLATED_TOO = /[\\/]server[\\/]src[\\/]article[\\/]lexicon[\\/]ar\.ts$/;
// (a loop over char codes: about half the time of a replace with a callback in a cold process, ~2 ms for all)
const DECODER = `export const unpackArabic = (s) => {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    codes[i] = c >= 0x30 && c <= 0x6e ? c + ${SHIFT} : c;
  }
  return String.fromCharCode.apply(null, codes);
};`;

/** Arabic letters (and harakat) and nothing else but spaces and `|`, at least one letter. */
function packable(text) {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST && c <= LAST) letters++;
    else if (c !== 0x20 && c !== 0x7c) return false;
  }
  return letters > 0;
}

/** The literal's text shifted into ASCII, as a JS string literal. */
function packed(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = c >= FIRST && c <= LAST ? String.fromCharCode(c - SHIFT) : text[i];
    out += ch === '\\' ? '\\\\' : ch;
  }
  return `'${out}'`;
}

/** A string literal where an expression stands (not a property's name, a module's path or a type). */
function inExpression(node) {
  const p = node.parent;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p) || ts.isLiteralTypeNode(p)) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isEnumMember(p)) && p.name === node) return false;
  return true;
}

/** `source` with its top-level Arabic literals packed (and the decoder imported), or null when it has none. */
function withArabicPacked(source, path) {
  // (most engine sources hold no Arabic letter: they are not parsed)
  if (!ARABIC_LETTER.test(source)) return null;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    // (a function's or a class's literals are read at every call: left as written)
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isStringLiteral(node) && packable(node.text) && inExpression(node)) edits.push([node.getStart(file), node.end, `__arabic(${packed(node.text)})`]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return null;
  let out = source;
  for (let i = edits.length - 1; i >= 0; i--) out = out.slice(0, edits[i][0]) + edits[i][2] + out.slice(edits[i][1]);
  return `import { unpackArabic as __arabic } from '${DECODER_MODULE}';\n${out}`;
}

/** @type {import('esbuild').Plugin} */
const arabicLiteralsPacked = {
  name: 'arabic-literals-packed',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${DECODER_MODULE}$`) }, () => ({ path: DECODER_MODULE, namespace: 'arabic-literals' }));
    build.onLoad({ filter: /.*/, namespace: 'arabic-literals' }, () => ({ contents: DECODER, loader: 'js' }));
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]article[\\/].*\.ts$/ }, async (args) => {
      const source = await fs.readFile(args.path, 'utf8');
      // (the Arabic lexicon's long literals are deflated first, deflatedLiterals.cjs: its word lists
      // deflate to less than one byte a letter; the short ones left are packed here)
      const deflated = DEFLATED_TOO.test(args.path) ? (require('./deflatedLiterals.cjs').withLiteralsDeflated(source, args.path) ?? source) : source;
      const contents = withArabicPacked(deflated, args.path) ?? (deflated !== source ? deflated : null);
      return contents === null ? undefined : { contents, loader: 'ts' };
    });
  },
};

module.exports = { arabicLiteralsPacked, withArabicPacked, inExpression };
