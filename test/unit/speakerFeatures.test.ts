// The speaker-aware features as pure functions (Article, params) → LSP result, on our own articles
// with who-said-what written in by hand (test/support/handAttribution.ts), so they are tested apart
// from the attribution engine. test/lsp/* runs the same features on the real engine's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../server/src/article/model';
import { hover } from '../../server/src/features/hover';
import { documentHighlights } from '../../server/src/features/highlights';
import { references } from '../../server/src/features/references';
import { definition } from '../../server/src/features/definition';
import { prepareRename, rename, RenameRefusal } from '../../server/src/features/rename';
import { inlayHints } from '../../server/src/features/inlayHints';
import { semanticTokens, semanticTokensLegend } from '../../server/src/features/semanticTokens';
import { codeLenses } from '../../server/src/features/codeLens';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { attributeByHand } from '../support/handAttribution';
import { applyEdits, decodeSemanticTokens, indexOfNth, rangeOf } from '../support/articleText';
import { AR_NEWS, AR_PROBLEMS, EN_PROBLEMS } from '../support/speakerArticles';

const URI = 'file:///t/a.article';

function arNews(): Article {
  return attributeByHand(
    AR_NEWS,
    [
      {
        name: 'جوزيب بوريل',
        role: 'وزير الخارجية الإسباني',
        gender: 'male',
        mentions: ['جوزيب بوريل', 'بوريل'],
        quotes: [
          { starts: 'لن يتخلى', cue: 'قال' },
          { starts: 'الحوار هو', cue: 'وأضاف' },
          { starts: 'العقوبات ستبقى', cue: 'قال', attribution: 'continuation' },
        ],
      },
      { name: 'نبيلة مصرالي', role: 'المتحدثة باسم المفوضية الأوروبية', gender: 'female', mentions: ['نبيلة مصرالي'], quotes: [{ starts: 'ستواصل', cue: 'وقالت' }] },
    ],
    ['الشراكة الشرقية'],
  );
}

function enProblems(): Article {
  return attributeByHand(
    EN_PROBLEMS,
    [
      {
        name: 'Philip Hammond',
        role: 'Foreign Secretary',
        mentions: ['Philip Hammond', 'Hammond'],
        quotes: [
          { starts: 'will not negotiate', cue: 'said' },
          { starts: 'We have made', cue: 'told' },
        ],
      },
      { name: 'Emily Thornberry', role: 'Labour spokeswoman', gender: 'female', mentions: ['Emily Thornberry'], quotes: [{ starts: 'a dangerous', cue: 'said' }] },
      { name: 'Mr Hamond', mentions: ['Mr Hamond'], quotes: [{ starts: 'would resume', cue: 'added' }] },
    ],
    ['Peace Now'],
  );
}

const at = (text: string, needle: string, occurrence = 0, delta = 1) => indexOfNth(text, needle, occurrence) + delta;
const value = (h: ReturnType<typeof hover>) => ((h?.contents as { value: string }).value ?? '').replace(/[\u2068\u2069]/g, '');

test('findings on the hand-attributed English article: exact spans, the term left alone', () => {
  const a = enProblems();
  const diags = toDiagnostics(a, URI, {}, 'en').filter((d) => d.code !== 'duplicate-caption');
  assert.deepEqual(
    diags.map((d) => [d.code, d.range, d.message]),
    [
      ['unattributed-quote', rangeOf(EN_PROBLEMS, '"Nobody wants a long war."'), 'Direct quote "Nobody wants a long war." has no speaker.'],
      ['inconsistent-name', rangeOf(EN_PROBLEMS, 'Mr Hamond', 0, 'Hamond'), 'Speaker "Philip Hammond" is spelled "Hamond" here but "Hammond" elsewhere.'],
      ['unclosed-quote', rangeOf(EN_PROBLEMS, 'talks "would', 0, '"'), 'Quotation mark " before "would resume in the…" is never closed; the quote seems to end after "…resume in the spring." (line 13).'],
    ],
  );
  assert.deepEqual(diags[1].relatedInformation?.map((r) => r.message), ['Spelled "Hammond" here', 'Spelled "Hammond" here', 'Spelled "Hammond" here']);
});

test('quick fixes: attribute (nearest first, English comma inside), template, close, replace', () => {
  const a = enProblems();
  const diags = toDiagnostics(a, URI, {}, 'en');
  const fix = (code: string) => codeActions(a, { uri: URI, range: diags.find((d) => d.code === code)!.range, diagnostics: diags.filter((d) => d.code === code) }, 'en');
  const attribute = fix('unattributed-quote');
  assert.deepEqual(attribute.map((x) => x.title), ['Attribute to Philip Hammond', 'Attribute to Emily Thornberry', 'Insert an attribution to fill in: [speaker] said']);
  const after = applyEdits(EN_PROBLEMS, attribute[0].edit!.changes![URI]);
  assert.ok(after.includes('\n"Nobody wants a long war," Hammond said.\n'));
  assert.ok(applyEdits(EN_PROBLEMS, attribute[2].edit!.changes![URI]).includes('\n"Nobody wants a long war," [speaker] said.\n'));
  const [close] = fix('unclosed-quote');
  assert.ok(applyEdits(EN_PROBLEMS, close.edit!.changes![URI]).includes('talks "would resume in the spring."\n'));
  const [replace] = fix('inconsistent-name');
  assert.equal(replace.title, 'Replace "Hamond" with "Hammond"');
  assert.ok(applyEdits(EN_PROBLEMS, replace.edit!.changes![URI]).includes('Later, Mr Hammond added'));
  assert.deepEqual(codeActions(a, { uri: URI, range: diags[0].range, diagnostics: diags, only: ['refactor'] }, 'en'), [], 'only quick fixes');
});

test('Arabic fixes: قالت for a woman, the phrase before the period, the mark before the period', () => {
  const a = attributeByHand(AR_PROBLEMS, [
    { name: 'نبيلة مصرالي', gender: 'female', mentions: ['نبيلة مصرالي'], quotes: [{ starts: 'ستواصل', cue: 'وقالت' }] },
    { name: 'جوزيب بوريل', gender: 'male', mentions: ['جوزيب بوريل'], quotes: [{ starts: 'لن يتخلى', cue: 'وقال' }, { starts: 'سيعقد', cue: 'وأكد' }] },
  ]);
  const diags = toDiagnostics(a, URI, {}, 'ar');
  assert.deepEqual(diags.map((d) => d.code), ['unattributed-quote', 'inconsistent-name', 'unclosed-quote']);
  const actions = codeActions(a, { uri: URI, range: diags[0].range, diagnostics: diags }, 'ar');
  assert.deepEqual(actions.map((x) => x.title), [
    'إسناد إلى نبيلة مصرالي',
    'إسناد إلى جوزيب بوريل',
    'إدراج إسناد لإكماله: قال [اسم المتحدث]',
    'استبدال "بوريال" بـ "بوريل"',
    'إغلاق الاقتباس بعد "سيعقد في الربيع"',
  ]);
  let text = applyEdits(AR_PROBLEMS, actions[0].edit!.changes![URI]);
  assert.ok(text.includes('\n"لا أحد يريد حربا طويلة، وعلى الجميع أن يعودوا إلى طاولة المفاوضات"، قالت مصرالي.\n'));
  text = applyEdits(AR_PROBLEMS, actions[4].edit!.changes![URI]);
  assert.ok(text.includes('"سيعقد في الربيع".'));
});

test('hover: quote (cue, line link, count), continuation, term, speaker card, caption', () => {
  const a = arNews();
  assert.equal(
    value(hover(a, at(AR_NEWS, 'الحوار هو'), 'en', URI)),
    ['**جوزيب بوريل**', 'وزير الخارجية الإسباني', `Attributed by \`وأضاف\` on [line 5](${URI}#L5,1)`, 'Quote 2 of 3 by this speaker'].join('\n\n'),
  );
  assert.match(value(hover(a, at(AR_NEWS, 'العقوبات ستبقى'), 'ar', URI)), /يكمل كلام المتحدث السابق \(\[السطر 7\]\(file:\/\/\/t\/a\.article#L7,\d+\)\)/);
  assert.equal(value(hover(a, at(AR_NEWS, 'الشراكة'), 'en', URI)), '**Term** — not reported speech');
  const card = value(hover(a, at(AR_NEWS, 'لبوريل', 0, 0), 'ar', URI));
  assert.ok(card.startsWith('**جوزيب بوريل**\n\nوزير الخارجية الإسباني\n\nيُكتب أيضا: بوريل\n\nالاقتباسات:\n\n- [السطر 3]'), card);
  assert.equal(card.split('\n- ').length - 1, 3);
  assert.equal(value(hover(a, at(AR_NEWS, 'وزراء'), 'en', URI)), '**Photo caption**\n\nCredit: الجزيرة');
});

test('highlights, references, definition from لبوريل; rename keeps the proclitic; refusals', () => {
  const a = arNews();
  const offset = at(AR_NEWS, 'لبوريل', 0, 2);
  const mentions = [rangeOf(AR_NEWS, 'بوريل يدعو', 0, 'بوريل'), rangeOf(AR_NEWS, 'جوزيب بوريل'), rangeOf(AR_NEWS, 'وأضاف بوريل', 0, 'بوريل'), rangeOf(AR_NEWS, 'لبوريل', 0, 'بوريل')];
  assert.deepEqual(documentHighlights(a, offset).map((h) => h.range), mentions);
  assert.deepEqual(references(a, URI, offset, false).map((l) => l.range), mentions.filter((_m, i) => i !== 1));
  assert.deepEqual(definition(a, URI, offset)?.range, rangeOf(AR_NEWS, 'جوزيب بوريل'));
  assert.deepEqual(prepareRename(a, offset, 'en'), { range: mentions[3], placeholder: 'بوريل' });
  const edit = rename(a, URI, offset, 'بوريلو', 'en');
  const renamed = applyEdits(AR_NEWS, edit.changes![URI]);
  assert.ok(renamed.includes('لبوريلو حول') && renamed.includes('جوزيب بوريلو الثلاثاء') && renamed.startsWith('بوريلو يدعو'));
  // renaming the full name word by word renames the short mentions too
  const full = applyEdits(AR_NEWS, rename(a, URI, at(AR_NEWS, 'جوزيب'), 'خوسيه بوريلو', 'en').changes![URI]);
  assert.ok(full.includes('خوسيه بوريلو الثلاثاء') && full.includes('لبوريلو حول') && full.includes('وأضاف بوريلو'));
  assert.throws(() => prepareRename(a, at(AR_NEWS, 'الجوار'), 'ar'), (e: Error) => e instanceof RenameRefusal && e.message === 'لا يُعاد تسمية إلا اسم متحدث: ضع المؤشر على اسم مثل "بوريل".');
  assert.throws(() => rename(a, URI, offset, 'a\nb', 'en'), RenameRefusal);
  assert.throws(() => rename(a, URI, offset, '«x»', 'en'), RenameRefusal);
});

test('inlay hints, semantic tokens (no overlap, split per line), code lens, workspace symbols', () => {
  const a = arNews();
  assert.deepEqual(inlayHints(a, undefined, true).map((h) => h.label), ['— بوريل', '— بوريل', '— بوريل', '— مصرالي']);
  assert.deepEqual(inlayHints(a, undefined, false), []);
  const tokens = decodeSemanticTokens(AR_NEWS, semanticTokens(a).data, semanticTokensLegend).map((t) => `${t.type}:${t.text}`);
  assert.deepEqual(tokens.slice(0, 4), ['variable:بوريل', 'keyword:قال', 'variable:جوزيب بوريل', 'string:"لن يتخلى عن الحل السياسي"']);
  assert.ok(tokens.includes('decorator:الجزيرة') && tokens.includes('enumMember:"الشراكة الشرقية"') && tokens.includes('keyword:وقالت'));
  assert.deepEqual(codeLenses(a, {}, 'en').map((l) => l.command?.title), ['2 speakers · 4 quotes · 1 term · 0 problems']);
  assert.deepEqual(codeLenses(a, {}, 'ar').map((l) => l.command?.title), ['متحدثان · 4 اقتباسات · مصطلح واحد · لا مشكلات']);
  const en = enProblems();
  assert.equal(codeLenses(en, {}, 'en')[0].command?.title, '2 speakers · 5 quotes · 1 term · 3 problems', 'Mr Hamond is Philip Hammond spelled differently');
  assert.equal(codeLenses(en, { 'inconsistent-name': 'off' }, 'en')[0].command?.title, '2 speakers · 5 quotes · 1 term · 2 problems');
  const symbols = workspaceSymbols([{ uri: URI, article: a }, { uri: 'file:///t/b.article', article: en }], 'hammond', 'en');
  assert.deepEqual(symbols.map((s) => s.name), ['Philip Hammond', 'Hammond rules out talks with armed groups'].sort((x, y) => (x.startsWith('Ham') ? -1 : 1) - (y.startsWith('Ham') ? -1 : 1)));
});

test('a quote over several lines: one semantic token per line, line breaks left out', () => {
  const text = 'Headline\n\nShe said "first line\nsecond line" today.\n';
  const a = attributeByHand(text, [{ name: 'She', mentions: [], quotes: [{ starts: 'first', cue: 'said' }] }]);
  const tokens = decodeSemanticTokens(text, semanticTokens(a).data, semanticTokensLegend).map((t) => `${t.line}:${t.type}:${t.text}`);
  assert.deepEqual(tokens, ['2:keyword:said', '2:string:"first line', '3:string:second line"']);
});

test('hover on a quote introduced by `Name: "…"` says so, with the line', () => {
  const text = 'Talks resume\n\nKerry: "We will not negotiate with armed groups."\n';
  const a = attributeByHand(text, [{ name: 'John Kerry', mentions: ['Kerry'], quotes: [{ starts: 'We will', cue: null, attribution: 'colon' }] }]);
  assert.equal(value(hover(a, at(text, 'We will'), 'en', URI)), `**John Kerry**\n\nIntroduced by the speaker's name and a colon on [line 3](${URI}#L3,8)\n\nQuote 1 of 1 by this speaker`);
});
