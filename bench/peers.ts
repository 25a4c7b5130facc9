// Peers on the same English articles in the same run: textlint + textlint-rule-write-good
// (lintText through the textlint 15 createLinter API) and harper.js LocalLinter.lint (its WASM
// binary loaded from the npm package). Both are English-only, so only English articles are used.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article } from '../server/src/article/model';
import type { CorpusArticle } from './corpus';
import { median } from './stats';
import { ROOT } from './bundle';

export interface PeerRow {
  name: string;
  version: string;
  msPerArticle: number;
  setupMs: number;
  /** ours ÷ theirs per article: below 1 means we are faster; target ≤ 1/3 */
  ratioOursToTheirs: number;
  findings: number;
}

export interface PeersResult {
  articles: number;
  language: 'en';
  passes: number;
  oursMsPerArticle: number;
  peers: PeerRow[];
  errors: string[];
}

type Lint = (text: string) => Promise<number>;

/** Read from node_modules directly: harper.js's `exports` map hides its package.json. */
function packageVersion(name: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

async function textlintPeer(): Promise<Lint> {
  const { createLinter } = require('textlint');
  const { TextlintKernelDescriptor } = require('@textlint/kernel');
  const writeGood = require('textlint-rule-write-good');
  const textPlugin = require('@textlint/textlint-plugin-text');
  const descriptor = new TextlintKernelDescriptor({
    rules: [{ ruleId: 'write-good', rule: writeGood.default ?? writeGood }],
    plugins: [{ pluginId: 'text', plugin: textPlugin.default ?? textPlugin }],
    filterRules: [],
  });
  const linter = createLinter({ descriptor });
  return async (text) => (await linter.lintText(text, 'article.txt')).messages.length;
}

async function harperPeer(): Promise<Lint> {
  // ESM-only package: the Node build reads harper_wasm_bg.wasm next to its module (`harper.js/binary`).
  const harper = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const linter = new harper.LocalLinter({ binary, dialect: harper.Dialect.British });
  await linter.setup();
  return async (text) => (await linter.lint(text, { language: 'plaintext' })).length;
}

export async function benchPeers(analyzeArticle: (text: string) => Article, corpus: CorpusArticle[], passes: number): Promise<PeersResult> {
  const articles = corpus.filter((a) => a.language === 'en');
  const errors: string[] = [];
  const candidates: { name: string; pkg: string; make: () => Promise<Lint> }[] = [
    { name: 'textlint + write-good', pkg: 'textlint', make: textlintPeer },
    { name: 'harper.js', pkg: 'harper.js', make: harperPeer },
  ];
  const ready: { name: string; version: string; setupMs: number; lint: Lint; passMs: number[]; findings: number }[] = [];
  for (const c of candidates) {
    const t0 = performance.now();
    try {
      const lint = await c.make();
      await lint('Warm up. This is a sentence.');
      ready.push({ name: c.name, version: packageVersion(c.pkg), setupMs: performance.now() - t0, lint, passMs: [], findings: 0 });
    } catch (err) {
      errors.push(`${c.name}: ${(err as Error).message}`);
    }
  }

  const oursPassMs: number[] = [];
  // our engine warms up on a few passes of its own (the JIT needs more than one to settle)
  for (let w = 0; w < 5; w++) for (const a of articles) analyzeArticle(a.text);
  // pass 0 is the warm-up; the others are timed. Ours and theirs alternate within each pass,
  // so background load hits every tool alike.
  for (let pass = 0; pass <= passes; pass++) {
    let t0 = performance.now();
    for (const a of articles) analyzeArticle(a.text);
    if (pass > 0) oursPassMs.push(performance.now() - t0);
    for (const peer of ready) {
      let findings = 0;
      t0 = performance.now();
      for (const a of articles) findings += await peer.lint(a.text);
      if (pass > 0) peer.passMs.push(performance.now() - t0);
      peer.findings = findings;
    }
  }
  const ours = median(oursPassMs) / articles.length;
  return {
    articles: articles.length,
    language: 'en',
    passes,
    oursMsPerArticle: ours,
    peers: ready.map((p) => {
      const theirs = median(p.passMs) / articles.length;
      return { name: p.name, version: p.version, msPerArticle: theirs, setupMs: p.setupMs, ratioOursToTheirs: ours / theirs, findings: p.findings };
    }),
    errors,
  };
}
