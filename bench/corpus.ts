// The documents the benchmark measures, built at run time from the shared corpus (never copied
// into the repository): one ~5 KB article, 100 articles concatenated, a 5 MB document.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KB, MB } from './stats';

export interface CorpusArticle {
  name: string;
  text: string;
  bytes: number;
  language: 'ar' | 'en';
}

export interface BenchDocument {
  label: string;
  /** for a single article: its language (a concatenation mixes them) */
  language?: 'ar' | 'en';
  text: string;
  bytes: number;
  articles: number;
}

export function loadCorpus(dir: string): CorpusArticle[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(`corpus folder not found: ${dir} (pass it as the first argument: npm run bench -- DIR)`);
  }
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt articles in ${dir}`);
  return names.map((name) => {
    const buffer = fs.readFileSync(path.join(dir, name));
    const text = buffer.toString('utf8');
    return { name, text, bytes: buffer.length, language: languageOf(dir, name, text) };
  });
}

/** From the gold labels when present, else by script (more Arabic letters than Latin ones). */
function languageOf(dir: string, name: string, text: string): 'ar' | 'en' {
  const gold = path.join(dir, name.replace(/\.txt$/, '.gold.json'));
  if (fs.existsSync(gold)) {
    try {
      const lang = JSON.parse(fs.readFileSync(gold, 'utf8')).lang;
      if (lang === 'ar' || lang === 'en') return lang;
    } catch {
      // fall through to detection
    }
  }
  let ar = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) ar++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
  }
  return ar > latin ? 'ar' : 'en';
}

/** Per language, the article whose size is closest to 5 KB. */
export function fiveKbArticles(corpus: CorpusArticle[]): CorpusArticle[] {
  const best = new Map<string, CorpusArticle>();
  for (const a of corpus) {
    const b = best.get(a.language);
    if (!b || Math.abs(a.bytes - 5 * KB) < Math.abs(b.bytes - 5 * KB)) best.set(a.language, a);
  }
  return [...best.values()].sort((a, b) => a.language.localeCompare(b.language));
}

/** Articles cycled in corpus order and joined by a blank line, until `count` articles or `minBytes`. */
export function concatenate(corpus: CorpusArticle[], label: string, limit: { count?: number; minBytes?: number }): BenchDocument {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; (limit.count === undefined || i < limit.count) && (limit.minBytes === undefined || bytes < limit.minBytes); i++) {
    // a BOM only belongs at the very start of a file
    const text = corpus[i % corpus.length].text.replace(/^\ufeff/, '');
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
    if (i > 1_000_000) break;
  }
  const text = parts.join('\n\n');
  return { label, text, bytes: Buffer.byteLength(text), articles: parts.length };
}

/** One ~5 KB article per language (the smallest documents), 100 articles, 5 MB (the largest). */
export function benchDocuments(corpus: CorpusArticle[]): BenchDocument[] {
  return [
    ...fiveKbArticles(corpus).map((a) => ({ label: `5 KB article (${a.language})`, text: a.text, bytes: a.bytes, articles: 1, language: a.language })),
    concatenate(corpus, '100 articles', { count: 100 }),
    concatenate(corpus, '5 MB document', { minBytes: 5 * MB }),
  ];
}
