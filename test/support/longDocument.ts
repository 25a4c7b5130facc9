// Book-length documents made of our own articles (the seed, the held-out set, the samples), for the
// tests of reading in parts. Never the shared corpus: tests do not depend on files outside the seed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lspClient';
import { readSeed } from './fixtures';

function ownArticles(language: 'ar' | 'en'): string[] {
  const heldout = path.join(ROOT, 'test', 'heldout');
  const texts = fs
    .readdirSync(heldout)
    .filter((n) => n.startsWith(`${language}-`) && n.endsWith('.txt'))
    .sort()
    .map((n) => fs.readFileSync(path.join(heldout, n), 'utf8'));
  const sample = language === 'ar' ? 'kerry-paris.article' : 'clarke-detentions.article';
  texts.push(fs.readFileSync(path.join(ROOT, 'samples', sample), 'utf8'));
  if (language === 'ar') texts.push(readSeed());
  return texts;
}

/** Our articles in `language`, cycled and joined by blank lines until the text is `minLength` long. */
export function longDocument(language: 'ar' | 'en', minLength: number): string {
  const articles = ownArticles(language);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < minLength; i++) {
    const a = articles[i % articles.length];
    parts.push(a.trim());
    length += a.length + 2;
  }
  return parts.join('\n\n');
}
