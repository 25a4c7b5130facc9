// `npm run sentences:ab -- OTHER_ROOT [--lang ar|en]`
// Reads every sentence that holds a quote mark, in the labelled articles of ../shared/corpus and
// test/heldout, on its own, with this checkout's engine and with the engine of another checkout (a git
// worktree of the commit to compare with), and prints each sentence whose quotes' kinds or speakers
// differ. A rule met only in the context of its own article passes the snapshot (scripts/engine-snapshot.ts)
// while misfiring elsewhere; read alone, with no speaker before it, a sentence puts each rule in
// another context, and every difference is either the change intended or a rule misfiring.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article, Language } from '../server/src/article/model';

type Engine = { analyzeArticle: (text: string, options?: { language?: Language }) => Article };

const ROOT = path.resolve(__dirname, '..');
const DIRS = ['../shared/corpus', 'test/heldout'].map((d) => path.resolve(ROOT, d));
/** longer pieces are two sentences the splitter could not part: skipped */
const LONGEST = 600;

function args(): { other: string; lang: Language } {
  const argv = process.argv.slice(2);
  const other = argv.find((a) => !a.startsWith('--'));
  const i = argv.indexOf('--lang');
  const lang = i >= 0 ? argv[i + 1] : 'ar';
  if (!other || !fs.existsSync(path.join(other, 'server/src/article/analyze.ts')) || (lang !== 'ar' && lang !== 'en')) {
    console.error('usage: npm run sentences:ab -- OTHER_ROOT [--lang ar|en]   (OTHER_ROOT: a checkout, e.g. `git worktree add /tmp/base HEAD~3`)');
    process.exit(2);
  }
  return { other: path.resolve(other), lang };
}

/** The quoted sentences of the labelled articles in `lang` (a gold file names the language). */
function quotedSentences(lang: Language): string[] {
  const out: string[] = [];
  for (const dir of DIRS) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const gold = path.join(dir, name.replace(/\.txt$/, '.gold.json'));
      if (!fs.existsSync(gold) || JSON.parse(fs.readFileSync(gold, 'utf8')).lang !== lang) continue;
      for (const paragraph of fs.readFileSync(path.join(dir, name), 'utf8').split(/\n\s*\n/)) {
        for (const s of paragraph.split(/(?<=[.!?؟])\s+(?=[^\s"«“”»])/)) if (/["«“”»]/.test(s) && s.length < LONGEST) out.push(s.trim());
      }
    }
  }
  return out;
}

/**
 * A headline to stand above the sentence: the first line of an article is its headline, read by
 * headline rules (a quote there speaks for no one after it), so a sentence alone would not be read as body copy.
 */
const HEADLINES: Record<Language, string> = { ar: 'عنوان الخبر', en: 'Headline of the story' };

/** Each quote's kind and speaker, in order, the sentence read as the body of an article of its own. */
function reading(engine: Engine, text: string, lang: Language): string {
  const a = engine.analyzeArticle(`${HEADLINES[lang]}\n\n${text}\n`, { language: lang });
  return a.quotes.map((q) => `${q.kind}:${a.speakers.find((s) => s.id === q.speakerId)?.name ?? '-'}`).join(' | ');
}

function main(): void {
  const { other, lang } = args();
  const here = require(path.join(ROOT, 'server/src/article/analyze')) as Engine;
  const there = require(path.join(other, 'server/src/article/analyze')) as Engine;
  const sentences = quotedSentences(lang);
  let differ = 0;
  for (const s of sentences) {
    const now = reading(here, s, lang);
    const before = reading(there, s, lang);
    if (now === before) continue;
    differ++;
    console.log(`---\n${s}\n  other: ${before}\n  here:  ${now}`);
  }
  console.log(`${sentences.length} quoted ${lang} sentences read alone, ${differ} read differently here`);
}

main();
