// The production build mangles the engine's own property names (scripts/minify.cjs ENGINE_PROPERTIES):
// safe only while no bundled code reads one from a string and no message, model or library shares one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ENGINE_PROPERTIES } = require('../../scripts/minify.cjs') as { ENGINE_PROPERTIES: string[] };
const ROOT = path.resolve(__dirname, '../..');

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(entry.name)) out.push(p);
  }
  return out;
}

test('no server source writes a mangled property name as a string (`t["norm"]`, `\'lower\' in t`)', () => {
  const names = new Set(ENGINE_PROPERTIES);
  const found: string[] = [];
  for (const file of filesUnder(path.join(ROOT, 'server/src'), /\.ts$/)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && names.has(node.text)) found.push(`${path.relative(ROOT, file)}: ${node.text}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.deepEqual(found, []);
});

test('no field of the Article model or the wire between threads is a mangled name', () => {
  const fields = new Set<string>();
  for (const file of ['server/src/article/model.ts', 'server/src/article/parts/wire.ts']) {
    for (const m of fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^\s+(?:readonly\s+)?([A-Za-z_]\w*)\??:/gm)) fields.add(m[1]);
  }
  assert.ok(fields.has('speakers') && fields.has('quotes'), 'the model was read');
  assert.deepEqual(ENGINE_PROPERTIES.filter((n) => fields.has(n)), []);
});

test('the bundled LSP libraries use none of the mangled names', () => {
  const found: string[] = [];
  for (const lib of ['vscode-jsonrpc', 'vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-languageserver-textdocument']) {
    for (const file of filesUnder(path.join(ROOT, 'node_modules', lib, 'lib'), /\.js$/)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const name of ENGINE_PROPERTIES) if (new RegExp(`[.]${name}\\b|\\b${name}\\s*:|['"]${name}['"]`).test(text)) found.push(`${lib}/${path.basename(file)}: ${name}`);
    }
  }
  assert.deepEqual(found, []);
});
