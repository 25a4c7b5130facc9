// Measures the quote engine against labelled articles:
//   npm run eval -- DIR [--lang en|ar] [--verbose] [--json [FILE]]
// Reads every NAME.txt that has a NAME.gold.json in DIR (format: ../shared/corpus/README.md), runs
// analyzeArticle on the text alone (no file name, no label), and prints per language:
// direct-quote precision/recall/F1, terms taken for speech and speech taken for terms, speaker
// accuracy on matched direct quotes, and unattributed-quote findings on labelled quotes.
// Single-quoted spans (‘…’) are not labelled, so the engine's single-quoted quotes are left out.
// Matching rules: scripts/evalMatch.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/article/analyze';
import type { Article, Quote } from '../server/src/article/model';
import { anyNamesAgree, normalizeQuoteText, pairInOrder } from './evalMatch';

interface GoldQuote {
  text: string;
  kind: 'direct' | 'term';
  speaker: string | null;
}
interface GoldSpeaker {
  name: string;
  role: string | null;
  aliases: string[];
  type: string;
}
interface Gold {
  file: string;
  lang: 'ar' | 'en';
  quotes: GoldQuote[];
  speakers: GoldSpeaker[];
}

interface Counts {
  files: number;
  goldDirect: number;
  goldTerms: number;
  systemDirect: number;
  matchedDirect: number;
  termsAsSpeech: number;
  speechAsTerms: number;
  speakerRight: number;
  unattributedOnLabelled: number;
  seconds: number;
}

const emptyCounts = (): Counts => ({
  files: 0, goldDirect: 0, goldTerms: 0, systemDirect: 0, matchedDirect: 0,
  termsAsSpeech: 0, speechAsTerms: 0, speakerRight: 0, unattributedOnLabelled: 0, seconds: 0,
});

interface Options {
  dir: string;
  lang: 'ar' | 'en' | null;
  verbose: boolean;
  json: string | true | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { dir: '', lang: null, verbose: false, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--lang') opts.lang = argv[++i] as 'ar' | 'en';
    else if (a.startsWith('--lang=')) opts.lang = a.slice(7) as 'ar' | 'en';
    else if (a === '--json') opts.json = argv[i + 1]?.endsWith('.json') ? argv[++i] : true;
    else if (a.startsWith('--json=')) opts.json = a.slice(7);
    else if (a === '-h' || a === '--help') usage(0);
    else if (a.startsWith('-')) usage(2, `unknown option ${a}`);
    else opts.dir = a;
  }
  if (!opts.dir) usage(2, 'missing DIR');
  if (opts.lang && opts.lang !== 'ar' && opts.lang !== 'en') usage(2, '--lang takes en or ar');
  return opts;
}

function usage(code: number, problem?: string): never {
  if (problem) console.error(`eval: ${problem}`);
  console.error('Usage: npm run eval -- DIR [--lang en|ar] [--verbose] [--json [FILE.json]]');
  process.exit(code);
}

function readText(file: string): string {
  // Editors drop the BOM when they open a file; the engine sees what the editor holds.
  return fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
}

function context(text: string, start: number, end: number, width = 70): string {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  return (a > 0 ? '…' : '') + text.slice(a, start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, b) + (b < text.length ? '…' : '');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Where a gold quote sits in the text (for --verbose): its first words searched literally. */
function locateGold(text: string, quote: string): [number, number] {
  const probe = quote.slice(0, 40);
  const at = probe ? text.indexOf(probe) : -1;
  return at < 0 ? [0, 0] : [at, at + quote.length];
}

function speakerNames(article: Article, q: Quote): string[] {
  const s = q.speakerId ? article.speakers.find((sp) => sp.id === q.speakerId) : undefined;
  return s ? [s.name, ...s.aliases] : [];
}

function goldNames(gold: Gold, name: string): string[] {
  const s = gold.speakers.find((sp) => sp.name === name);
  return s ? [s.name, ...s.aliases] : [name];
}

function isUnattributedFinding(article: Article, q: Quote): boolean {
  if (q.kind === 'direct' && q.speakerId === null) return true;
  return article.findings.some((f) => f.code === 'unattributed-quote' && f.span.start < q.span.end && q.span.start < f.span.end);
}

function evaluateFile(name: string, text: string, gold: Gold, counts: Counts, log: string[] | null): void {
  const t0 = performance.now();
  const article = analyzeArticle(text);
  counts.seconds += (performance.now() - t0) / 1000;
  counts.files++;
  const system = article.quotes.filter((q) => q.openMark !== '‘');
  const pairs = pairInOrder(
    gold.quotes.map((g) => normalizeQuoteText(g.text)),
    system.map((q) => normalizeQuoteText(q.text)),
  );
  const paired = new Set(pairs.filter((j) => j >= 0));
  const say = (line: string) => log?.push(`  ${line}`);
  if (log) log.push(`${name} (${article.language}${article.language !== gold.lang ? ` ≠ gold ${gold.lang}` : ''})`);

  for (const q of system) if (q.kind === 'direct') counts.systemDirect++;
  gold.quotes.forEach((g, i) => {
    const j = pairs[i];
    const q = j >= 0 ? system[j] : null;
    if (g.kind === 'term') counts.goldTerms++;
    else counts.goldDirect++;
    if (q && isUnattributedFinding(article, q) && (g.kind === 'term' || g.speaker !== null)) {
      counts.unattributedOnLabelled++;
      say(`UNATTRIBUTED (${g.kind}) “${oneLine(g.text)}”: ${oneLine(context(text, q.span.start, q.span.end))}`);
    }
    if (!q) {
      if (g.kind === 'direct') {
        const [a, b] = locateGold(text, g.text);
        say(`MISS (not found) “${oneLine(g.text)}” [${g.speaker}]: ${oneLine(context(text, a, b))}`);
      }
      return;
    }
    if (g.kind === 'term' && q.kind === 'direct') {
      counts.termsAsSpeech++;
      say(`TERM TAKEN FOR SPEECH “${oneLine(g.text)}”: ${oneLine(context(text, q.span.start, q.span.end))}`);
      return;
    }
    if (g.kind === 'direct' && q.kind === 'term') {
      counts.speechAsTerms++;
      say(`SPEECH TAKEN FOR TERM “${oneLine(g.text)}” [${g.speaker}]: ${oneLine(context(text, q.span.start, q.span.end))}`);
      return;
    }
    if (g.kind !== 'direct') return;
    counts.matchedDirect++;
    const sys = speakerNames(article, q);
    if (g.speaker !== null && anyNamesAgree(sys, goldNames(gold, g.speaker))) counts.speakerRight++;
    else {
      const how = q.attribution ? `${q.attribution}${q.cue ? ` “${q.cue}”` : ''}` : 'no attribution';
      say(`WRONG SPEAKER gold [${g.speaker}] system [${sys[0] ?? 'none'}] (${how}) “${oneLine(g.text).slice(0, 80)}”: ${oneLine(context(text, q.span.start, q.span.end, 90))}`);
    }
  });
  system.forEach((q, j) => {
    if (paired.has(j) || q.kind !== 'direct') return;
    say(`FALSE POSITIVE “${oneLine(q.text).slice(0, 100)}”: ${oneLine(context(text, q.span.start, q.span.end))}`);
  });
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function figures(c: Counts) {
  const precision = ratio(c.matchedDirect, c.systemDirect);
  const recall = ratio(c.matchedDirect, c.goldDirect);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    files: c.files,
    goldDirect: c.goldDirect,
    goldTerms: c.goldTerms,
    systemDirect: c.systemDirect,
    matchedDirect: c.matchedDirect,
    precision,
    recall,
    f1,
    termsTakenForSpeech: c.termsAsSpeech,
    speechTakenForTerms: c.speechAsTerms,
    speakerAccuracy: ratio(c.speakerRight, c.matchedDirect),
    speakerRight: c.speakerRight,
    unattributedOnLabelled: c.unattributedOnLabelled,
    engineSeconds: c.seconds,
  };
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.dir) || !fs.statSync(opts.dir).isDirectory()) usage(2, `not a folder: ${opts.dir}`);
  const byLang: Record<string, Counts> = {};
  const log: string[] = [];
  const names = fs.readdirSync(opts.dir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of names) {
    const base = file.slice(0, -4);
    const goldPath = path.join(opts.dir, `${base}.gold.json`);
    if (!fs.existsSync(goldPath)) continue;
    const gold = JSON.parse(readText(goldPath)) as Gold;
    if (opts.lang && gold.lang !== opts.lang) continue;
    const counts = (byLang[gold.lang] ??= emptyCounts());
    const fileLog: string[] = [];
    evaluateFile(base, readText(path.join(opts.dir, file)), gold, counts, opts.verbose ? fileLog : null);
    if (fileLog.length > 1) log.push(...fileLog);
  }
  if (!Object.keys(byLang).length) usage(2, `no NAME.txt with NAME.gold.json in ${opts.dir}`);
  if (opts.verbose) console.log(log.join('\n') + '\n');

  const result: Record<string, ReturnType<typeof figures>> = {};
  const total = emptyCounts();
  for (const lang of Object.keys(byLang).sort()) {
    const c = byLang[lang];
    result[lang] = figures(c);
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
  }
  const pct = (x: number) => x.toFixed(3);
  for (const [lang, f] of Object.entries(result)) {
    console.log(
      `${lang}: ${f.files} files | direct quotes: gold ${f.goldDirect}, system ${f.systemDirect}, matched ${f.matchedDirect} | ` +
        `P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)} | terms taken for speech ${f.termsTakenForSpeech} (of ${f.goldTerms}), ` +
        `speech taken for terms ${f.speechTakenForTerms} | speaker accuracy ${pct(f.speakerAccuracy)} (${f.speakerRight}/${f.matchedDirect}) | ` +
        `unattributed-quote on labelled quotes ${f.unattributedOnLabelled} | engine ${f.engineSeconds.toFixed(2)} s`,
    );
  }
  console.log(`all: unattributed-quote on labelled quotes ${total.unattributedOnLabelled}`);
  if (opts.json) {
    const out = JSON.stringify({ languages: result, unattributedOnLabelled: total.unattributedOnLabelled }, null, 2);
    if (opts.json === true) console.log(out);
    else fs.writeFileSync(opts.json, out + '\n');
  }
}

main();
