// The TextMate grammar, tokenised by the same engine VS Code uses (vscode-textmate + Oniguruma).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { Registry, INITIAL, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { ROOT } from '../support/lspClient';
import { readSeed } from '../support/fixtures';

async function loadGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => {
      const file = path.join(ROOT, 'syntaxes', 'article.tmLanguage.json');
      return parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('text.article');
  assert.ok(grammar, 'grammar loads');
  return grammar;
}

/** Each token's text with its innermost scope, line by line. */
function tokenize(grammar: IGrammar, text: string): { line: number; text: string; scopes: string[] }[] {
  let state = INITIAL;
  const out: { line: number; text: string; scopes: string[] }[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ line: n, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}

const scopeOf = (tokens: ReturnType<typeof tokenize>, words: string) => tokens.find((t) => t.text.includes(words))?.scopes.join(' ') ?? '(not found)';

test('the grammar colours the seed: headline, subheading, caption credit and text, source line, quotes, terms', async () => {
  const tokens = tokenize(await loadGrammar(), readSeed());
  assert.match(scopeOf(tokens, 'كيري يرفض الجدل'), /markup\.heading\.1/);
  assert.match(scopeOf(tokens, 'أبواب مواربة'), /markup\.heading\.2/);
  assert.match(scopeOf(tokens, 'الجزيرة'), /entity\.name\.tag\.credit/);
  assert.match(scopeOf(tokens, 'مؤتمر باريس حول تنظيم'), /markup\.italic\.caption/);
  assert.match(scopeOf(tokens, 'المصدر : وكالات'), /comment\.line\.source/);
  assert.match(scopeOf(tokens, 'لن أخوض في الشد والجذب'), /string\.quoted\.double/);
  assert.match(scopeOf(tokens, 'الإرهاب'), /string\.quoted\.double/);
  assert.doesNotMatch(scopeOf(tokens, 'رفض وزير الخارجية'), /heading|caption|string/, 'body text stays plain');
});

test('the grammar reads English wire copy: every quote style, Photo: captions, apostrophes are not quotes', async () => {
  const text = [
    'Minister defends plan',
    '',
    'LONDON (Reuters) - The minister said it was "the right plan" and added: “We will not wait.”',
    'Critics called it «a gamble» and „ein Fehler“; one said ‘never’ — it isn\'t Kerry’s idea.',
    'Photo: The minister in London',
    '(AP) The minister leaves Downing Street',
    'Source: Reuters',
  ].join('\n');
  const tokens = tokenize(await loadGrammar(), text);
  assert.match(scopeOf(tokens, 'Minister defends plan'), /markup\.heading\.1/);
  assert.doesNotMatch(scopeOf(tokens, 'LONDON'), /caption|credit/, 'a dateline is not a caption');
  for (const q of ['the right plan', 'We will not wait.', 'a gamble', 'ein Fehler', 'never']) assert.match(scopeOf(tokens, q), /string\.quoted/, q);
  assert.doesNotMatch(scopeOf(tokens, 's idea'), /string\.quoted/, 'an apostrophe opens no quote');
  assert.match(scopeOf(tokens, 'Photo:'), /entity\.name\.tag\.credit/);
  assert.match(scopeOf(tokens, 'The minister in London'), /markup\.italic\.caption/);
  assert.match(scopeOf(tokens, 'AP'), /entity\.name\.tag\.credit/);
  assert.match(scopeOf(tokens, 'Source: Reuters'), /comment\.line\.source/);
});
