// The bundled server over stdio, driven as an editor drives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, fileUri } from '../support/lspClient';
import { readSeed } from '../support/fixtures';

test('initialize advertises the features; diagnostics, symbols and hover work on an opened document', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  const init = await client.initialize();
  const caps = init.capabilities;
  assert.equal(typeof caps.textDocumentSync === 'object' && caps.textDocumentSync.change, 2, 'incremental sync');
  assert.ok(caps.documentSymbolProvider);
  assert.ok(caps.hoverProvider);
  assert.ok(caps.codeActionProvider);
  assert.ok(caps.foldingRangeProvider);

  const uri = fileUri('seed.article');
  const published = client.waitForDiagnostics(uri);
  client.open(uri, readSeed());
  const diags = await published;
  assert.equal(diags.version, 1);
  for (const d of diags.diagnostics) assert.equal(d.source, 'article');

  const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols[0].name, 'كيري يرفض الجدل مع إيران بشأن التنسيق معها');

  // An edit (incremental) is analysed and published for its version.
  const v2 = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, text: 'بساكي' }]);
  await client.waitForVersion(uri, v2);
  const after = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(after[0].name, 'بساكي يرفض الجدل مع إيران بشأن التنسيق معها');

  // Closing clears the document's diagnostics.
  const cleared = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
  client.close(uri);
  await cleared;
});

test('requests for unknown documents, bad positions and unknown methods get answers, not a crash', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nope.article' } }), []);
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nope.article' }, position: { line: 0, character: 0 } }), null);
  const uri = fileUri('x.article');
  const published = client.waitForDiagnostics(uri);
  client.open(uri, 'Headline\n\nBody "quoted" text.');
  await published;
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } }), null);
  assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: null }), []);
  await assert.rejects(client.request('article/noSuchMethod', {}), /Unhandled method|not found/i);
  assert.equal(client.exited, null, 'server still running');
  const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols.length, 1);
});
