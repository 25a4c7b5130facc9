// Hovers, inlay hints, semantic tokens and the headline code lens through the bundled server, on our
// own Arabic and English articles and the seed; Arabic UI strings when the client asks for Arabic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, Hover, InlayHint, MarkupContent, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import { TestClient } from '../support/lspClient';
import { readSeed } from '../support/fixtures';
import { decodeSemanticTokens, positionAt, rangeOf } from '../support/articleText';
import { AR_NEWS, EN_PROBLEMS } from '../support/speakerArticles';

/** Hover markdown without the bidi isolates that wrap article text. */
const plain = (h: Hover | null) => ((h?.contents as MarkupContent | undefined)?.value ?? '').replace(/[\u2068\u2069]/g, '');

test('hover on a quote: speaker, role, cue with the line of attribution as a link, quote count', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const uri = await client.openAndWait('hover-ar.article', AR_NEWS);
  const q = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(AR_NEWS, 'الحوار هو').start });
  assert.equal(
    plain(q),
    ['**جوزيب بوريل**', 'وزير الخارجية الإسباني', `Attributed by \`وأضاف\` on [line 5](${uri}#L5,1)`, 'Quote 2 of 3 by this speaker'].join('\n\n'),
  );
  assert.deepEqual(q.range, rangeOf(AR_NEWS, '"الحوار هو الطريق الوحيد لإنهاء الأزمة"'));
  const continued = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(AR_NEWS, 'العقوبات ستبقى').start });
  assert.match(plain(continued), /^\*\*جوزيب بوريل\*\*/);
  assert.match(plain(continued), /Continues the previous speaker \(\[line 7\]/);
  const term = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(AR_NEWS, 'الشراكة الشرقية').start });
  assert.equal(plain(term), '**Term** — not reported speech');
});

test('hover on a name: the speaker card with role, aliases and every quote linked to its line', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const uri = await client.openAndWait('card-ar.article', AR_NEWS);
  const card = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(AR_NEWS, 'لبوريل', 0, 'وريل').start });
  const text = plain(card);
  assert.ok(text.startsWith('**جوزيب بوريل**\n\nوزير الخارجية الإسباني\n\nAlso written: بوريل'), text);
  assert.ok(text.includes(`Quotes:\n\n- [line 3](${uri}#L3,`), text);
  assert.ok(text.includes(`- [line 5](${uri}#L5,`), text);
  assert.ok(text.includes(`- [line 7](${uri}#L7,`), text);
  assert.ok(text.includes('«لن يتخلى عن الحل السياسي»'), text);
  assert.deepEqual(card.range, rangeOf(AR_NEWS, 'لبوريل', 0, 'بوريل'));
});

test('Arabic UI: hovers, caption hover and the code lens in Arabic', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize({ locale: 'ar' });
  const uri = await client.openAndWait('ui-ar.article', AR_NEWS);
  const q = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(AR_NEWS, 'ستواصل دعم').start });
  assert.equal(plain(q), ['**نبيلة مصرالي**', 'المتحدثة باسم المفوضية الأوروبية', `أسنده الفعل \`وقالت\` في [السطر 11](${uri}#L11,1)`, 'الاقتباس 1 من 1 لهذا المتحدث'].join('\n\n'));
  const caption = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(AR_NEWS, 'وزراء خارجية').start });
  assert.equal(plain(caption), '**تعليق صورة**\n\nالمصدر: الجزيرة');
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.deepEqual(lenses.map((l) => [l.range, l.command?.title]), [[rangeOf(AR_NEWS, 'بوريل يدعو إلى حل سياسي في سوريا'), 'متحدثان · 4 اقتباسات · مصطلح واحد · لا مشكلات']]);
});

test('caption hover names the credit and links the first occurrence of a repeated caption (seed)', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const seed = readSeed();
  const uri = await client.openAndWait('seed-caption.article', seed);
  const second = positionAt(seed, seed.lastIndexOf('مؤتمر باريس حول'));
  const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: second });
  assert.equal(plain(h), `**Photo caption**\n\nCredit: الجزيرة\n\nRepeats the caption on [line 17](${uri}#L17,1)`);
});

test('the seed: quote hover for "لن تكون مناسبة", the code lens, inlay hints after each direct quote', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const seed = readSeed();
  const uri = await client.openAndWait('seed-deco.article', seed);
  const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(seed, 'لن تكون مناسبة').start });
  const text = plain(h);
  assert.ok(text.startsWith('**جون كيري**\n\nوزير الخارجية الأميركي\n\nAttributed by `واعتبر` on [line 25]'), text);
  assert.ok(text.endsWith('Quote 3 of 4 by this speaker'), text);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].command?.title, '5 speakers · 9 quotes · 1 term · 1 problem');
  assert.equal(lenses[0].range.start.line, 0);
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } });
  const labels = hints.map((hint) => `${hint.position.line + 1}:${hint.label}`);
  assert.deepEqual(labels, ['5:— كيري', '7:— كيري', '11:— خامنئي', '15:— خامنئي', '23:— بساكي', '25:— كيري', '25:— كيري', '27:— هاموند', '31:— عبد اللهيان']);
});

test('inlay hints after each direct quote, at the closing mark; switched off by articleAnnotator.inlayHints', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const uri = await client.openAndWait('hints-ar.article', AR_NEWS);
  const whole = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
  const endOf = (q: string) => rangeOf(AR_NEWS, q).end;
  assert.deepEqual(
    hints.map((h) => ({ position: h.position, label: h.label })),
    [
      { position: endOf('"لن يتخلى عن الحل السياسي"'), label: '— بوريل' },
      { position: endOf('"الحوار هو الطريق الوحيد لإنهاء الأزمة"'), label: '— بوريل' },
      { position: endOf('"العقوبات ستبقى حتى يتغير السلوك"'), label: '— بوريل' },
      { position: endOf('"ستواصل دعم المفاوضات"'), label: '— مصرالي' },
    ],
  );
  const off = new TestClient({ settings: { inlayHints: false } });
  t.after(() => off.stop());
  await off.initialize();
  const offUri = await off.openAndWait('hints-off.article', AR_NEWS);
  assert.deepEqual(await off.request('textDocument/inlayHint', { textDocument: { uri: offUri }, range: whole }), []);
});

test('semantic tokens decode back to the speakers, quotes, terms, cues and credits', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  const init = await client.initialize();
  const legend = (init.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
  const uri = await client.openAndWait('tokens-ar.article', AR_NEWS);
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const decoded = decodeSemanticTokens(AR_NEWS, tokens.data, legend).map((tk) => `${tk.type}${tk.modifiers.length ? '.' + tk.modifiers.join('.') : ''}:${tk.text}`);
  assert.deepEqual(decoded, [
    'variable:بوريل',
    'keyword:قال',
    'variable.declaration:جوزيب بوريل',
    'string:"لن يتخلى عن الحل السياسي"',
    'keyword:وأضاف',
    'variable:بوريل',
    'string:"الحوار هو الطريق الوحيد لإنهاء الأزمة"',
    'variable:بوريل',
    'keyword:قال',
    'string:"العقوبات ستبقى حتى يتغير السلوك"',
    'decorator:الجزيرة',
    'keyword:وقالت',
    'variable.declaration:نبيلة مصرالي',
    'string:"ستواصل دعم المفاوضات"',
    'enumMember:"الشراكة الشرقية"',
  ]);
});

test('English: code lens and inlay hints on our English article', async (t) => {
  const client = new TestClient();
  t.after(() => client.stop());
  await client.initialize();
  const uri = await client.openAndWait('deco-en.article', EN_PROBLEMS);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.equal(lenses[0].command?.title, '2 speakers · 5 quotes · 1 term · 3 problems');
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
  assert.deepEqual(hints.slice(0, 3).map((h) => [h.position, h.label]), [
    [rangeOf(EN_PROBLEMS, '"will not negotiate with armed groups"').end, '— Hammond'],
    [rangeOf(EN_PROBLEMS, '"We have made our position clear,"').end, '— Hammond'],
    [rangeOf(EN_PROBLEMS, '"a dangerous gamble"').end, '— Thornberry'],
  ]);
  // the unclosed quote ends where its text plainly ends; its speaker is written `Mr Hamond` there
  assert.equal(hints.length, 4);
  assert.deepEqual(hints[3].position, rangeOf(EN_PROBLEMS, '"would resume in the spring.').end);
  assert.match(String(hints[3].label), /^— Ham+ond$/);
});

test('a change of settings asks the client to refresh inlay hints, code lenses and colours (when it can)', async (t) => {
  const client = new TestClient({ settings: { inlayHints: true } });
  t.after(() => client.stop());
  const asked: string[] = [];
  const all = new Promise<void>((resolve) => {
    for (const method of ['workspace/inlayHint/refresh', 'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']) {
      client.connection.onRequest(method, () => {
        asked.push(method);
        if (asked.length === 3) resolve();
        return null;
      });
    }
  });
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true }, semanticTokens: { refreshSupport: true } },
    },
  });
  await client.connection.sendNotification('initialized', {});
  const uri = await client.openAndWait('refresh.article', AR_NEWS);
  client.settings = { inlayHints: false };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`refresh requests within 10 s: ${asked.join(', ') || 'none'}`)), 10000);
  });
  await Promise.race([all, timeout]).finally(() => clearTimeout(timer));
  assert.deepEqual([...asked].sort(), ['workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']);
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
  assert.deepEqual(hints, [], 'the new setting applies');
});
