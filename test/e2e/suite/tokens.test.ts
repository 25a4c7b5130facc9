// colours: the TextMate grammar's scopes (tokenised by VS Code's own vscode-textmate + oniguruma,
// loaded from the running editor) and the server's semantic tokens, decoded back to words.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openArticle, rangeOf } from './helpers';

/** Loads a module that ships inside the running VS Code (code-server and desktop alike). */
function requireFromEditor<T>(name: string): { module: T; dir: string } {
  const tried: string[] = [];
  for (const folder of ['node_modules', 'node_modules.asar', 'node_modules.asar.unpacked']) {
    const dir = path.join(vscode.env.appRoot, folder, name);
    tried.push(dir);
    if (!fs.existsSync(dir)) continue;
    // A computed path: the editor's own copy, not one bundled with the test.
    return { module: require(dir) as T, dir };
  }
  throw new Error(`grammar: cannot load ${name} from the editor (tried ${tried.join(', ')})`);
}

interface TextmateToken {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}

type Tokenize = (line: string) => TextmateToken[];

async function loadArticleGrammar(): Promise<Tokenize> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, 'grammar: extension not installed');
  const contributed = (ext.packageJSON.contributes?.grammars ?? []) as { language?: string; scopeName: string; path: string }[];
  const entry = contributed.find((g) => g.language === 'article');
  assert.ok(entry, 'grammar: the manifest contributes no grammar for the article language');
  assert.equal(entry.scopeName, 'text.article');
  const grammarPath = path.join(ext.extensionPath, entry.path);
  const grammarJson = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));

  /* eslint-disable @typescript-eslint/no-explicit-any */
  const onig = requireFromEditor<any>('vscode-oniguruma');
  const textmate = requireFromEditor<any>('vscode-textmate').module;
  const wasm = fs.readFileSync(path.join(onig.dir, 'release', 'onig.wasm'));
  await onig.module.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new onig.module.OnigScanner(sources),
      createOnigString: (s: string) => new onig.module.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => (scopeName === 'text.article' ? textmate.parseRawGrammar(JSON.stringify(grammarJson), 'article.tmLanguage.json') : null),
  });
  const grammar = await registry.loadGrammar('text.article');
  assert.ok(grammar, 'grammar: vscode-textmate could not load syntaxes/article.tmLanguage.json');
  return (text: string) => {
    // Tokenise the whole document line by line, carrying the rule stack as VS Code does.
    let stack = textmate.INITIAL;
    const out: TextmateToken[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      const r = grammar.tokenizeLine(line, stack);
      for (const t of r.tokens) out.push({ startIndex: offset + t.startIndex, endIndex: offset + Math.min(t.endIndex, line.length), scopes: t.scopes });
      stack = r.ruleStack;
      offset += line.length + 1;
    }
    return out;
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

function scopesAt(tokens: TextmateToken[], offset: number): string[] {
  return tokens.find((t) => t.startIndex <= offset && offset < t.endIndex)?.scopes ?? [];
}

interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
}

function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  const d = tokens.data;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    character = d[i] === 0 ? character + d[i + 1] : d[i + 1];
    out.push({ line, character, length: d[i + 2], type: legend.tokenTypes[d[i + 3]] ?? `#${d[i + 3]}` });
  }
  return out;
}

describe('colours', () => {
  it('grammar: headline, caption credit, subheading, quotes and source line get their TextMate scopes', async () => {
    const { doc } = await openArticle('kerry-paris-ar.article');
    const tokenize = await loadArticleGrammar();
    const text = doc.getText();
    const tokens = tokenize(text);
    const expect = (needle: string, scope: string) => {
      const at = doc.offsetAt(rangeOf(doc, needle).start) + 1;
      const scopes = scopesAt(tokens, at);
      assert.ok(scopes.some((s) => s.split(' ').includes(scope) || s.startsWith(scope)), `grammar: "${needle}" has scopes [${scopes.join(', ')}], expected ${scope}`);
    };
    expect('كيري يرفض الخوض', 'markup.heading.1.article');
    expect('الجزيرة', 'entity.name.tag.credit.article');
    expect('مواقف متباينة', 'markup.heading.2.article');
    expect('"لن ندخل', 'string.quoted.double.straight.article');
    expect('المصدر : وكالات', 'meta.source-line.article');
  });

  it('semantic tokens: speakers, quotes, cues and caption credits are tokens of distinct types', async () => {
    const { doc } = await openArticle('kerry-paris-ar.article');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend && legend.tokenTypes.length > 0, 'semantic tokens: the server provides no semantic tokens legend');
    const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.ok(result && result.data.length > 0, 'semantic tokens: the server returned no semantic tokens');
    const decoded = decode(result, legend);
    const at = (needle: string, what: string): string => {
      const r = rangeOf(doc, needle);
      const token = decoded.find((t) => t.line === r.start.line && t.character <= r.start.character + 1 && r.start.character + 1 < t.character + t.length);
      assert.ok(token, `semantic tokens: no token on the ${what} "${needle}"; tokens: ${decoded.map((t) => `${t.line}:${t.character}+${t.length}=${t.type}`).join(' ')}`);
      return token.type;
    };
    const speaker = at('جون كيري', 'speaker');
    const quote = at('لن ندخل في هذا الجدل', 'direct quote');
    const cue = at('وقال للصحفيين', 'cue');
    const credit = at('الجزيرة', 'caption credit');
    assert.equal(new Set([speaker, quote, cue, credit]).size, 4, `semantic tokens: speaker (${speaker}), quote (${quote}), cue (${cue}) and credit (${credit}) should have distinct types`);
  });
});
