// Speech or term? A quote is read as speech unless its context says it names something:
// an introducing word (`so-called`, `the term for`, `dubbed`), a short title-case name mid-sentence
// (`the "Grey Vote"`), or a fragment that no cue, speaker or preceding speech governs (a scare quote).
import type { Token } from './tokens';
import { lexiconEn } from '../lexicon/en';
import { countWords, isWord } from './words';

/** Introducing phrases indexed by their last word: a quote looks up only the phrases its previous word can end. */
function byLastWord(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const last = p[p.length - 1];
    const list = map.get(last);
    if (list) list.push(p);
    else map.set(last, [p]);
  }
  return map;
}

const INTRODUCERS = byLastWord(lexiconEn.termIntroducers);
const BEFORE_DETERMINER = byLastWord(lexiconEn.termIntroducersBeforeDeterminer);
const NAMING_VERBS = new Set(lexiconEn.namingVerbs);
/** articles and possessives that can stand between an introducer and its quote (`dubbed a "…"`) */
const INTRODUCED_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this']);
/** Most words between `what` and its naming verb (`what the city council calls`). */
const MAX_NAMER_WORDS = 6;
/** `described on social media as`, `called in a statement as`: the words a place phrase may take before `as` */
const MAX_PLACE_PHRASE = 5;
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'to', 'online']);

function endsWith(tokens: Token[], from: number, k: number, phrase: string[]): boolean {
  const start = k - phrase.length;
  if (start < from) return false;
  for (let i = 0; i < phrase.length; i++) if (!isWord(tokens[start + i]) || tokens[start + i].lower !== phrase[i]) return false;
  return true;
}

function isDeterminer(t: Token | undefined): boolean {
  return isWord(t) && INTRODUCED_DETERMINERS.has(t.lower);
}

/** True when the words right before token `k` introduce a name or a term (`so-called "…"`, `dubbed a "…"`). */
export function introducedAsTerm(tokens: Token[], from: number, k: number): boolean {
  const last = k - 1 >= from ? tokens[k - 1] : undefined;
  if (!isWord(last)) return false;
  for (const phrase of INTRODUCERS.get(last.lower) ?? []) if (endsWith(tokens, from, k, phrase)) return true;
  const beforeDet = k - 2 >= from ? tokens[k - 2] : undefined;
  if (k - 1 > from && isDeterminer(last) && isWord(beforeDet)) for (const phrase of BEFORE_DETERMINER.get(beforeDet.lower) ?? []) if (endsWith(tokens, from, k - 1, phrase)) return true;
  return false;
}

/**
 * `what X calls [a] "…"`, `what X described as "…"`: the token range of X, else null. Whether the
 * quote is X's words or a name for a thing depends on who X is (see readSentence).
 */
export function whatXCalls(tokens: Token[], from: number, k: number): { from: number; to: number } | null {
  let v = k - 1;
  if (v > from && isDeterminer(tokens[v])) v--;
  if (v > from && isWord(tokens[v]) && tokens[v].lower === 'as') {
    v--;
    // `what X described on social media as "…"`: a short place phrase between the verb and `as`
    for (let j = v - 1; j > from && v - j < MAX_PLACE_PHRASE && isWord(tokens[j]); j--) {
      if (NAMING_VERBS.has(tokens[j].lower) && PLACE_PREPOSITIONS.has(tokens[j + 1].lower)) {
        v = j;
        break;
      }
    }
  }
  if (v <= from || !isWord(tokens[v]) || !NAMING_VERBS.has(tokens[v].lower)) return null;
  for (let i = v - 1; i >= from && v - i <= MAX_NAMER_WORDS + 1; i--) {
    const t = tokens[i];
    if (!isWord(t)) return null;
    // (`a defeat that Vellani later called "…"`: `that`/`which` with a subject of its own after it does the same)
    if (t.lower === 'what' || t.lower === 'that' || t.lower === 'which') return i + 1 < v ? { from: i + 1, to: v } : null;
  }
  return null;
}

/** A short noun phrase naming a thing (`green corridor`, `a safe zone`), not a clause or a sentence. */
export function isShortNounPhrase(text: string): boolean {
  const t = text.trim();
  const n = countWords(t, 5);
  return n > 0 && n <= 4 && !/[.!?,;:]$/.test(t) && !isFullQuote(t);
}

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A whole sentence (or more) of speech: a capital first letter and either a closing punctuation or enough words. */
export function isFullQuote(text: string): boolean {
  const t = text.trim().replace(/^[[(…."'‘“]+/, '');
  if (!t || !/^[\p{Lu}\p{N}]/u.test(t)) return false;
  return /[.!?,…;:]["'’”]?$/.test(t) || countWords(t, 6) >= 6;
}

/** `"Grey Vote"`, `"Club Foot"`: a short name in title case, not a sentence. */
export function isTitleCaseName(text: string): boolean {
  const ws = words(text.trim());
  if (ws.length === 0 || ws.length > 5 || /[.!?,;:]$/.test(text.trim())) return false;
  const content = ws.filter((w) => w.length > 3);
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
