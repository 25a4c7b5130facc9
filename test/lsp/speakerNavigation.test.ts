// Speaker navigation through the bundled server: highlights, references, definition, rename (an
// Arabic proclitic stays attached), prepareRename refusals, workspace symbols; on our own Arabic
// article (with `لبوريل`) and on the seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentHighlight, Location, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import { TestClient } from '../support/lspClient';
import { readSeed } from '../support/fixtures';
import { applyEdits, rangeOf } from '../support/articleText';
import { AR_NEWS, EN_PROBLEMS } from '../support/speakerArticles';

const byPosition = (a: { range: Range }, b: { range: Range }) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/** Every written mention of Borrell in AR_NEWS, name only (the ل of لبوريل left out). */
const BORRELL_MENTIONS: Range[] = [
  rangeOf(AR_NEWS, 'بوريل يدعو', 0, 'بوريل'),
  rangeOf(AR_NEWS, 'جوزيب بوريل'),
  rangeOf(AR_NEWS, 'وأضاف بوريل', 0, 'بوريل'),
  rangeOf(AR_NEWS, 'لبوريل', 0, 'بوريل'),
];

test('highlights, references and definition from a clitic-prefixed mention (لبوريل)', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const uri = await client.openAndWait('ar-news.article', AR_NEWS);
  const onClitic = { textDocument: { uri }, position: rangeOf(AR_NEWS, 'لبوريل', 0, 'وريل').start };

  const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', onClitic);
  assert.deepEqual(highlights.map((h) => h.range).sort((a, b) => byPosition({ range: a }, { range: b })), BORRELL_MENTIONS);

  const refs = await client.request<Location[]>('textDocument/references', { ...onClitic, context: { includeDeclaration: true } });
  assert.deepEqual(refs.map((r) => r.range).sort((a, b) => byPosition({ range: a }, { range: b })), BORRELL_MENTIONS);
  assert.ok(refs.every((r) => r.uri === uri));
  const withoutDeclaration = await client.request<Location[]>('textDocument/references', { ...onClitic, context: { includeDeclaration: false } });
  assert.deepEqual(withoutDeclaration.map((r) => r.range).sort((a, b) => byPosition({ range: a }, { range: b })), BORRELL_MENTIONS.filter((_r, i) => i !== 1));

  const def = await client.request<Location>('textDocument/definition', onClitic);
  assert.deepEqual(def, { uri, range: rangeOf(AR_NEWS, 'جوزيب بوريل') }, 'the fullest first mention');
  const fromQuote = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: rangeOf(AR_NEWS, 'العقوبات ستبقى').start });
  assert.deepEqual(fromQuote, { uri, range: rangeOf(AR_NEWS, 'جوزيب بوريل') }, 'from a quote to its speaker');

  // On a word that is no name: nothing.
  const nothing = { textDocument: { uri }, position: rangeOf(AR_NEWS, 'الجوار').start };
  assert.deepEqual(await client.request('textDocument/documentHighlight', nothing), []);
  assert.equal(await client.request('textDocument/definition', nothing), null);
});

test('rename keeps the attached proclitic: لبوريل → لبوريلو; the re-analysed speaker has the new name', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const uri = await client.openAndWait('ar-rename.article', AR_NEWS);
  const position = rangeOf(AR_NEWS, 'لبوريل', 0, 'وريل').start;

  const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position });
  assert.deepEqual(prepared, { range: rangeOf(AR_NEWS, 'لبوريل', 0, 'بوريل'), placeholder: 'بوريل' });
  // the cursor on the proclitic itself still names the speaker
  const onPrefix = await client.request<{ range: Range }>('textDocument/prepareRename', { textDocument: { uri }, position: rangeOf(AR_NEWS, 'لبوريل').start });
  assert.deepEqual(onPrefix.range, rangeOf(AR_NEWS, 'لبوريل', 0, 'بوريل'));

  const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position, newName: 'بوريلو' });
  const edits = edit.changes![uri];
  // word by word: in `جوزيب بوريل` only the surname changes
  const surnames = BORRELL_MENTIONS.map((r, i) => (i === 1 ? rangeOf(AR_NEWS, 'جوزيب بوريل', 0, 'بوريل') : r));
  assert.deepEqual(edits.map((e) => e.range).sort((a, b) => byPosition({ range: a }, { range: b })), surnames);
  assert.ok(edits.every((e) => e.newText === 'بوريلو'));
  const renamed = applyEdits(AR_NEWS, edits);
  assert.ok(renamed.includes('وجه لبوريلو حول'), 'ل stays attached');
  assert.ok(renamed.includes('جوزيب بوريلو الثلاثاء'));
  assert.ok(!/بوريل[^و]/.test(renamed), 'no old spelling left');

  const version = client.change(uri, [{ text: renamed }]);
  await client.waitForVersion(uri, version);
  const def = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: rangeOf(renamed, 'لبوريلو', 0, 'وريلو').start });
  assert.deepEqual(def.range, rangeOf(renamed, 'جوزيب بوريلو'));
});

test('prepareRename and rename refuse other positions and bad names with a clear message (English and Arabic UI)', async (t) => {
  const en = new TestClient();
  t.after(() => en.stop());
  await en.initialize();
  const enUri = await en.openAndWait('en-refuse.article', EN_PROBLEMS);
  await assert.rejects(
    en.request('textDocument/prepareRename', { textDocument: { uri: enUri }, position: rangeOf(EN_PROBLEMS, 'campaign').start }),
    (err: Error) => /Only a speaker's name can be renamed: put the cursor on a name such as "Hammond"\./.test(err.message),
  );
  await assert.rejects(
    en.request('textDocument/rename', { textDocument: { uri: enUri }, position: rangeOf(EN_PROBLEMS, 'Emily Thornberry').start, newName: 'Emily "E" Thornberry' }),
    (err: Error) => /The new name must be one line of text without quotation marks\./.test(err.message),
  );

  const ar = new TestClient();
  t.after(() => ar.stop());
  await ar.initialize({ locale: 'ar' });
  const arUri = await ar.openAndWait('ar-refuse.article', AR_NEWS);
  await assert.rejects(
    ar.request('textDocument/prepareRename', { textDocument: { uri: arUri }, position: rangeOf(AR_NEWS, 'الجوار').start }),
    (err: Error) => err.message === 'لا يُعاد تسمية إلا اسم متحدث: ضع المؤشر على اسم مثل "بوريل".',
  );
  assert.equal(ar.exited, null, 'the server keeps running');
});

test('the seed: every mention of Kerry, definition at جون كيري, rename across the article', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const seed = readSeed();
  const uri = await client.openAndWait('seed-nav.article', seed);
  const kerry: Range[] = [];
  for (let at = seed.indexOf('كيري'); at >= 0; at = seed.indexOf('كيري', at + 1)) kerry.push(rangeOf(seed.slice(0), 'كيري', kerry.length));
  assert.equal(kerry.length, 5, 'headline, جون كيري, and three later mentions');
  const position = rangeOf(seed, 'وقال كيري', 0, 'كيري').start;
  const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position });
  const expected = kerry.map((r, i) => (i === 1 ? rangeOf(seed, 'جون كيري') : r));
  assert.deepEqual(highlights.map((h) => h.range).sort((a, b) => byPosition({ range: a }, { range: b })), expected);
  const def = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position });
  assert.deepEqual(def.range, rangeOf(seed, 'جون كيري'));
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position, newName: 'كيريه' });
  assert.deepEqual(edit.changes![uri].map((e) => e.range).sort((a, b) => byPosition({ range: a }, { range: b })), kerry);
});

test('workspace symbols: speakers and headlines of every open article, filtered by the query', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const arUri = await client.openAndWait('ws-ar.article', AR_NEWS);
  const enUri = await client.openAndWait('ws-en.article', EN_PROBLEMS);
  const all = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
  const names = all.map((s) => `${s.location.uri === arUri ? 'ar' : s.location.uri === enUri ? 'en' : '?'}:${s.name}`);
  for (const n of ['ar:بوريل يدعو إلى حل سياسي في سوريا', 'ar:جوزيب بوريل', 'ar:نبيلة مصرالي', 'en:Hammond rules out talks with armed groups', 'en:Philip Hammond', 'en:Emily Thornberry']) {
    assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  }
  const borrell = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'بوريل' });
  const speaker = borrell.find((s) => s.name === 'جوزيب بوريل')!;
  assert.deepEqual(speaker.location, { uri: arUri, range: rangeOf(AR_NEWS, 'جوزيب بوريل') });
  assert.ok(borrell.every((s) => s.location.uri === arUri), 'only the Arabic article matches');
  assert.deepEqual((await client.request<SymbolInformation[]>('workspace/symbol', { query: 'thornb' })).map((s) => s.name), ['Emily Thornberry']);
});
