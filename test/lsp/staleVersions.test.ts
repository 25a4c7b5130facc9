// A burst of edits: the server analyses the newest text, skips versions already superseded when
// their turn comes, never publishes an older version after a newer one, and ends with exactly
// the diagnostics a fresh analysis of the final text gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient, fileUri } from '../support/lspClient';
import { readSample } from '../support/fixtures';

const EDITS = 100;

test('a burst of edits is published once for the newest version, as a fresh analysis would', async (t) => {
  const client = new TestClient({ settings: { debounceMs: 0 } });
  t.after(() => client.stop());
  await client.initialize();
  const uri = fileUri('burst.article');
  // long enough that each analysis takes a while, as a book-length file does: without skipping,
  // every superseded version would be analysed and published in turn
  const sample = readSample('clarke-detentions.article');
  const text = Array.from({ length: 80 }, () => sample).join('\n\n');
  const opened = client.waitForVersion(uri, 1);
  client.open(uri, text);
  await opened;

  // Every publish for the document until the last version's (the predicate sees each one).
  const published: PublishDiagnosticsParams[] = [];
  const lastVersion = 1 + EDITS;
  const settled = client.waitForDiagnostics(uri, (p) => published.push(p) > 0 && p.version === lastVersion, 20000);
  // Mirror the edits locally: typing at the end of line 2, now and then a quotation mark that
  // opens a quote (so the findings really change between versions).
  const lines = text.split('\n');
  let line2 = lines[2];
  for (let i = 0; i < EDITS; i++) {
    const insert = i % 17 === 5 ? ' "' : 'x';
    client.change(uri, [{ range: { start: { line: 2, character: line2.length }, end: { line: 2, character: line2.length } }, text: insert }]);
    line2 += insert;
  }
  lines[2] = line2;
  const final = await settled;

  const versions = published.map((p) => p.version ?? -1);
  for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `published v${versions[i]} after v${versions[i - 1]}`);
  assert.ok(published.length <= EDITS / 10, `superseded versions are skipped: ${published.length} publishes for ${EDITS} edits`);

  // The same final text opened fresh gives the same diagnostics.
  const freshUri = fileUri('fresh.article');
  const fresh = client.waitForVersion(freshUri, 1);
  client.open(freshUri, lines.join('\n'));
  const expected = (await fresh).diagnostics.map((d) =>
    d.relatedInformation ? { ...d, relatedInformation: d.relatedInformation.map((r) => ({ ...r, location: { ...r.location, uri } })) } : d,
  );
  assert.ok(final.diagnostics.length > 0, 'the opened quotes are reported');
  assert.deepEqual(final.diagnostics, expected);
});
