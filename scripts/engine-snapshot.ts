// Guards refactors that must not change what the engine finds (speed work, moving code):
//   npm run snapshot -- write     records the model of every input below in .cache/engine-snapshot.json
//   npm run snapshot -- check     analyses them again and names every input whose model changed
// Inputs: every .txt / .article under ../shared/corpus, ../shared/seed, test/heldout and samples,
// each read as detected and forced into the other language (so both analysers meet all text), and
// each corpus article joined to the next one (a document holding two articles), and per folder a
// document of each language's articles over 250 000 characters (read in parts). The snapshot holds
// models lives in .cache/ (ignored), so nothing of the shared corpus enters the repository; for each
// changed input, check prints the first place where the model differs.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/article/analyze';
import type { Article, Language } from '../server/src/article/model';

const ROOT = path.resolve(__dirname, '..');
const SNAPSHOT = path.join(ROOT, '.cache', 'engine-snapshot.json');
const MODELS = path.join(ROOT, '.cache', 'engine-snapshot-models.json');
const DIRS = ['../shared/corpus', '../shared/seed', 'test/heldout', 'samples'].map((d) => path.resolve(ROOT, d));

interface Input {
  name: string;
  text: string;
  language?: Language;
}

function inputs(): Input[] {
  const out: Input[] = [];
  for (const dir of DIRS) {
    if (!fs.existsSync(dir)) continue;
    const texts = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.txt') || n.endsWith('.article'))
      .sort()
      .map((n) => ({ name: `${path.basename(dir)}/${n}`, text: fs.readFileSync(path.join(dir, n), 'utf8') }));
    for (const t of texts) {
      out.push(t);
      const detected = analyzeArticle(t.text).language;
      out.push({ ...t, name: `${t.name} as ${detected === 'ar' ? 'en' : 'ar'}`, language: detected === 'ar' ? 'en' : 'ar' });
    }
    texts.forEach((t, i) => {
      const next = texts[(i + 1) % texts.length];
      if (texts.length > 1) out.push({ name: `${t.name} + ${next.name}`, text: `${t.text}\n\n${next.text}` });
    });
    // a long document of each language, read in parts (as a book-length file is): the paths that
    // only long texts take (the parts and their join, word tables built for long texts)
    for (const language of ['ar', 'en'] as const) {
      const same = texts.filter((t) => analyzeArticle(t.text).language === language);
      if (same.length > 0) out.push({ name: `${path.basename(dir)}: ${language} articles joined past ${LONG} characters`, text: joinedPast(same.map((t) => t.text), LONG) });
    }
  }
  return out;
}

/** Long enough to be read in parts (PARTS_FROM is 200 000) */
const LONG = 250_000;

/** The texts in turn, joined by blank lines, until the document is `length` long. */
function joinedPast(texts: string[], length: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    const text = texts[i % texts.length].replace(/^\ufeff/, '');
    parts.push(text);
    total += text.length + 2;
  }
  return parts.join('\n\n');
}

/** The model without its text, in a stable form. */
function modelOf(article: Article): string {
  const { text: _text, ...rest } = article;
  return JSON.stringify(rest);
}

/** The path to the first value that differs, with both values (shortened). */
function firstDifference(a: unknown, b: unknown, at: string): string {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
    return '';
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 160);
  return `${at}: was ${show(a)}, now ${show(b)}`;
}

function hash(s: string): string {
  return crypto.createHash('sha1').update(s).digest('hex');
}

function main(): void {
  const mode = process.argv[2];
  if (mode !== 'write' && mode !== 'check') {
    console.error('usage: npm run snapshot -- write|check');
    process.exit(2);
  }
  const started = performance.now();
  const now: Record<string, string> = {};
  const models: Record<string, string> = {};
  for (const input of inputs()) {
    models[input.name] = modelOf(analyzeArticle(input.text, { language: input.language }));
    now[input.name] = hash(models[input.name]);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (mode === 'write') {
    fs.mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
    fs.writeFileSync(SNAPSHOT, JSON.stringify(now, null, 1));
    fs.writeFileSync(MODELS, JSON.stringify(models));
    console.log(`snapshot of ${Object.keys(now).length} models written to ${path.relative(ROOT, SNAPSHOT)} (${seconds} s)`);
    return;
  }
  if (!fs.existsSync(SNAPSHOT)) {
    console.error(`no snapshot yet: run npm run snapshot -- write first (on the code to compare with)`);
    process.exit(2);
  }
  const before: Record<string, string> = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8'));
  const changed = Object.keys(now).filter((k) => before[k] !== now[k]);
  const gone = Object.keys(before).filter((k) => !(k in now));
  const oldModels: Record<string, string> = fs.existsSync(MODELS) ? JSON.parse(fs.readFileSync(MODELS, 'utf8')) : {};
  for (const k of changed) {
    console.log(`changed: ${k}${before[k] ? '' : ' (new input)'}`);
    if (oldModels[k]) console.log(`  first difference: ${firstDifference(JSON.parse(oldModels[k]), JSON.parse(models[k]), '')}`);
  }
  for (const k of gone) console.log(`missing: ${k}`);
  console.log(`${Object.keys(now).length} models, ${changed.length} changed, ${gone.length} missing (${seconds} s)`);
  process.exit(changed.length + gone.length > 0 ? 1 : 0);
}

main();
