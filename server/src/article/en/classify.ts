// Speech or term? A quote is read as speech unless its context says it names something:
// an introducing word (`so-called`, `the term for`, `dubbed`), a short title-case name mid-sentence
// (`the "Grey Vote"`), or a fragment that no cue, speaker or preceding speech governs (a scare quote).
import type { Token } from './tokens';
import { lexiconEn } from '../lexicon/en';
import { isWord } from './words';

const INTRODUCERS = lexiconEn.termIntroducers;

/** True when the words right before token `k` introduce a name or a term. */
export function introducedAsTerm(tokens: Token[], from: number, k: number): boolean {
  for (const phrase of INTRODUCERS) {
    const start = k - phrase.length;
    if (start < from) continue;
    let ok = true;
    for (let i = 0; i < phrase.length && ok; i++) ok = isWord(tokens[start + i]) && tokens[start + i].lower === phrase[i];
    if (ok) return true;
  }
  return false;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A whole sentence (or more) of speech: a capital first letter and either a closing punctuation or enough words. */
export function isFullQuote(text: string): boolean {
  const t = text.trim().replace(/^[[(…."'‘“]+/, '');
  if (!t || !/^[\p{Lu}\p{N}]/u.test(t)) return false;
  return /[.!?,…;:]["'’”]?$/.test(t) || words(t).length >= 6;
}

/** `"Grey Vote"`, `"Club Foot"`: a short name in title case, not a sentence. */
export function isTitleCaseName(text: string): boolean {
  const ws = words(text.trim());
  if (ws.length === 0 || ws.length > 5 || /[.!?,;:]$/.test(text.trim())) return false;
  const content = ws.filter((w) => w.length > 3);
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
