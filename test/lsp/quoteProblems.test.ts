// Quote problems and their quick fixes through the bundled server: exact ranges and messages, each
// fix's exact edit, and the document re-analysed after the fix (English UI and Arabic UI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-types';
import { TestClient, fileUri } from '../support/lspClient';
import { readSeed } from '../support/fixtures';
import { applyEdits, positionAt, rangeOf } from '../support/articleText';
import { AR_PROBLEMS, EN_PROBLEMS } from '../support/speakerArticles';

const mine = (d: Diagnostic) => ['unattributed-quote', 'unclosed-quote', 'inconsistent-name'].includes(String(d.code));

async function openArticle(client: TestClient, name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = fileUri(name);
  const published = client.waitForVersion(uri, 1);
  client.open(uri, text);
  return { uri, diagnostics: (await published).diagnostics };
}

async function fixesFor(client: TestClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
}

const editsOf = (a: CodeAction, uri: string): TextEdit[] => a.edit?.changes?.[uri] ?? [];

/** Applies a fix as the editor would (full text change) and returns the diagnostics of the new version. */
async function applyFix(client: TestClient, uri: string, text: string, a: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const next = applyEdits(text, editsOf(a, uri));
  const version = client.change(uri, [{ text: next }]);
  return { text: next, diagnostics: (await client.waitForVersion(uri, version)).diagnostics };
}

test('English article: unattributed quote, unclosed quote and a name spelled two ways, each with its exact range and message', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const { diagnostics } = await openArticle(client, 'en-problems.article', EN_PROBLEMS);
  const got = diagnostics.filter(mine).map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message, source: d.source }));
  assert.deepEqual(got, [
    { code: 'unattributed-quote', severity: 2, source: 'article', range: rangeOf(EN_PROBLEMS, '"Nobody wants a long war."'), message: 'Direct quote "Nobody wants a long war." has no speaker.' },
    { code: 'inconsistent-name', severity: 3, source: 'article', range: rangeOf(EN_PROBLEMS, 'Mr Hamond', 0, 'Hamond'), message: 'Speaker "Philip Hammond" is spelled "Hamond" here but "Hammond" elsewhere.' },
    {
      code: 'unclosed-quote',
      severity: 2,
      source: 'article',
      range: rangeOf(EN_PROBLEMS, 'talks "would', 0, '"'),
      message: 'Quotation mark " before "would resume in the…" is never closed; the quote seems to end after "…resume in the spring." (line 13).',
    },
  ]);
  assert.ok(!diagnostics.some((d) => d.code === 'unattributed-quote' && d.range.start.line === rangeOf(EN_PROBLEMS, '"Peace Now"').start.line), 'a term is never an unattributed quote');
});

test('English fixes: attribute (nearest speaker first, grammatical comma), template, close the quote, replace the rare spelling', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const { uri, diagnostics } = await openArticle(client, 'en-fixes.article', EN_PROBLEMS);
  const byCode = (ds: Diagnostic[], code: string) => ds.find((d) => d.code === code);

  // Attribute: one action per known speaker, nearest mention first, then the template.
  const unattributed = byCode(diagnostics, 'unattributed-quote')!;
  assert.ok(unattributed, 'unattributed-quote reported');
  const attribute = await fixesFor(client, uri, unattributed);
  const titles = attribute.map((a) => a.title);
  assert.equal(titles[0], 'Attribute to Philip Hammond');
  assert.ok(titles.includes('Attribute to Emily Thornberry'), titles.join(' | '));
  assert.equal(titles[titles.length - 1], 'Insert an attribution to fill in: [speaker] said');
  const quote = rangeOf(EN_PROBLEMS, '"Nobody wants a long war."');
  assert.deepEqual(editsOf(attribute[0], uri), [
    { range: rangeOf(EN_PROBLEMS, 'war."', 0, '.'), newText: ',' },
    { range: { start: quote.end, end: quote.end }, newText: ' Hammond said.' },
  ]);
  assert.deepEqual(editsOf(attribute[titles.length - 1], uri)[1], { range: { start: quote.end, end: quote.end }, newText: ' [speaker] said.' });
  const attributed = await applyFix(client, uri, EN_PROBLEMS, attribute[0]);
  assert.match(attributed.text, /\n"Nobody wants a long war," Hammond said\.\n/);
  assert.equal(byCode(attributed.diagnostics, 'unattributed-quote'), undefined, 're-analysed: the quote now has a speaker');
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
  assert.match(JSON.stringify(hover.contents), /Philip Hammond/);

  // Close the quote where it plainly ends: after the final period (English puts it inside).
  const unclosed = byCode(attributed.diagnostics, 'unclosed-quote')!;
  const [close] = await fixesFor(client, uri, unclosed);
  assert.equal(close.title, 'Close the quote after "…resume in the spring."');
  const spring = rangeOf(attributed.text, 'in the spring.');
  assert.deepEqual(editsOf(close, uri), [{ range: { start: spring.end, end: spring.end }, newText: '"' }]);
  const closed = await applyFix(client, uri, attributed.text, close);
  assert.match(closed.text, /talks "would resume in the spring\."\n/);
  assert.equal(byCode(closed.diagnostics, 'unclosed-quote'), undefined, 're-analysed: no unclosed quote');

  // Replace the rare spelling with the common one: only that word changes.
  const name = byCode(closed.diagnostics, 'inconsistent-name')!;
  const [replace] = await fixesFor(client, uri, name);
  assert.equal(replace.title, 'Replace "Hamond" with "Hammond"');
  assert.deepEqual(editsOf(replace, uri), [{ range: rangeOf(closed.text, 'Mr Hamond', 0, 'Hamond'), newText: 'Hammond' }]);
  const renamed = await applyFix(client, uri, closed.text, replace);
  assert.ok(renamed.text.includes('Later, Mr Hammond added'));
  assert.deepEqual(renamed.diagnostics.filter(mine), [], 're-analysed: no quote or name problem left');
});

test('Arabic UI: the same problems on an Arabic article, messages and fix titles in Arabic, Arabic punctuation in the edits', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize({ locale: 'ar' });
  const { uri, diagnostics } = await openArticle(client, 'ar-problems.article', AR_PROBLEMS);
  const got = diagnostics.filter(mine).map((d) => ({ code: d.code, range: d.range, message: d.message }));
  assert.deepEqual(got, [
    { code: 'unattributed-quote', range: rangeOf(AR_PROBLEMS, '"لا أحد يريد حربا طويلة، وعلى الجميع أن يعودوا إلى طاولة المفاوضات"'), message: 'اقتباس مباشر "لا أحد يريد حربا طويلة، وعلى…" بلا قائل.' },
    { code: 'inconsistent-name', range: rangeOf(AR_PROBLEMS, 'بوريال'), message: 'اسم المتحدث "جوزيب بوريل" مكتوب هنا "بوريال" وفي مواضع أخرى "بوريل".' },
    {
      code: 'unclosed-quote',
      range: rangeOf(AR_PROBLEMS, 'المقبل "', 0, '"'),
      message: 'علامة الاقتباس " قبل "سيعقد في الربيع." لم تُغلق؛ يبدو أن الاقتباس ينتهي بعد "سيعقد في الربيع" (السطر 9).',
    },
  ]);

  // Attribute: the nearest speaker is a woman, so the verb is قالت; the phrase goes before the period.
  const unattributed = diagnostics.find((d) => d.code === 'unattributed-quote')!;
  const attribute = await fixesFor(client, uri, unattributed);
  assert.deepEqual(attribute.map((a) => a.title), ['إسناد إلى نبيلة مصرالي', 'إسناد إلى جوزيب بوريل', 'إدراج إسناد لإكماله: قال [اسم المتحدث]']);
  const quote = rangeOf(AR_PROBLEMS, '"لا أحد يريد حربا طويلة، وعلى الجميع أن يعودوا إلى طاولة المفاوضات"');
  assert.deepEqual(editsOf(attribute[0], uri), [{ range: { start: quote.end, end: quote.end }, newText: '، قالت مصرالي' }]);
  assert.deepEqual(editsOf(attribute[1], uri), [{ range: { start: quote.end, end: quote.end }, newText: '، قال بوريل' }]);
  const attributed = await applyFix(client, uri, AR_PROBLEMS, attribute[0]);
  assert.ok(attributed.text.includes('\n"لا أحد يريد حربا طويلة، وعلى الجميع أن يعودوا إلى طاولة المفاوضات"، قالت مصرالي.\n'));
  assert.equal(attributed.diagnostics.find((d) => d.code === 'unattributed-quote'), undefined, 're-analysed: attributed');

  // Close: Arabic copy leaves the period outside the mark.
  const unclosed = attributed.diagnostics.find((d) => d.code === 'unclosed-quote')!;
  const [close] = await fixesFor(client, uri, unclosed);
  assert.equal(close.title, 'إغلاق الاقتباس بعد "سيعقد في الربيع"');
  const spring = rangeOf(attributed.text, 'في الربيع');
  assert.deepEqual(editsOf(close, uri), [{ range: { start: spring.end, end: spring.end }, newText: '"' }]);
  const closed = await applyFix(client, uri, attributed.text, close);
  assert.ok(closed.text.includes('"سيعقد في الربيع".'));
  assert.equal(closed.diagnostics.find((d) => d.code === 'unclosed-quote'), undefined);

  const name = closed.diagnostics.find((d) => d.code === 'inconsistent-name')!;
  const [replace] = await fixesFor(client, uri, name);
  assert.equal(replace.title, 'استبدال "بوريال" بـ "بوريل"');
  const fixed = await applyFix(client, uri, closed.text, replace);
  assert.ok(fixed.text.includes('وأكد بوريل أن'));
  assert.deepEqual(fixed.diagnostics.filter(mine), []);
});

test('the seed: only the duplicate caption is reported — no unattributed quote, "الإرهاب" is a term', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const seed = readSeed();
  const { diagnostics } = await openArticle(client, 'seed.article', seed);
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['duplicate-caption'],
    diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('\n'),
  );
  assert.equal(diagnostics[0].range.start.line, positionAt(seed, seed.lastIndexOf('(الجزيرة)')).line);
});

test('rules can be switched off or given another severity (articleAnnotator.rules)', async (t) => {
  const client = new TestClient({ settings: { rules: { 'unattributed-quote': 'error', 'inconsistent-name': 'off' } } });
  t.after(() => client.stop());
  await client.initialize();
  const { diagnostics } = await openArticle(client, 'en-rules.article', EN_PROBLEMS);
  assert.equal(diagnostics.find((d) => d.code === 'unattributed-quote')?.severity, 1, 'error');
  assert.equal(diagnostics.find((d) => d.code === 'unclosed-quote')?.severity, 2, 'warning by default');
  assert.equal(diagnostics.find((d) => d.code === 'inconsistent-name'), undefined, 'off');
});
