// Speech or term? A quote is read as speech unless its context says it names something:
// an introducing word (`so-called`, `the term for`, `dubbed`), a short title-case name mid-sentence
// (`the "Grey Vote"`), or a fragment that no cue, speaker or preceding speech governs (a scare quote).
import type { Token } from './tokens';
import { lexiconEn } from '../lexicon/en';
import { NAMING_VERBS, W_POSSESSIVE_PRONOUN, countWords, flagAt, isLetterOrDigit, isWord } from './words';
import { isJsSpace } from '../text';
import { charClass } from '../charClasses';

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
  // (`would respond to the group "through the proper channels."`: words opening on a preposition name nothing)
  if (PREPOSITION_FIRST.test(tokens[k].text)) return false;
  for (const phrase of INTRODUCERS.get(last.lower) ?? []) if (endsWith(tokens, from, k, phrase)) return true;
  // (`said on NBC’s "Meet the Press."`: a broadcaster's programme after `on`, its title capitalised)
  if (last.possessive && last.cap && k - 2 >= from && isWord(tokens[k - 2]) && tokens[k - 2].lower === 'on' && TITLE_START.test(tokens[k].text)) return true;
  // (`he told "Fox News Sunday."`, `told ABC's "This Week."`: the programme told, its title capitalised word by word)
  const teller = last.possessive && last.cap && k - 2 >= from ? tokens[k - 2] : last;
  if (isWord(teller) && TELL_WORDS.has(teller.lower) && programmeTitle(tokens[k].text)) return true;
  // (a title is capitalised: `Suh's play "ridiculous."` is a word said of a move in a game)
  if (WORK_NOUNS.has(last.lower) && TITLE_START.test(tokens[k].text) && ownedWork(tokens, from, k - 1)) return true;
  // (`Labour's slogan would be "Britain is working"`: a name's noun, a copula, then the name)
  if (COPULAS.has(last.lower) && namingNounBefore(tokens, from, k - 1)) return true;
  const beforeDet = k - 2 >= from ? tokens[k - 2] : undefined;
  if (k - 1 > from && isDeterminer(last) && isWord(beforeDet)) for (const phrase of BEFORE_DETERMINER.get(beforeDet.lower) ?? []) if (endsWith(tokens, from, k - 1, phrase)) return true;
  return false;
}

const WORK_NOUNS = new Set(lexiconEn.workNouns);
/** the copula between a name's noun and the name (`slogan would be`, `motto is`) */
const COPULAS = new Set(['is', 'was', 'be', 'will', 'remains']);
/** nouns whose complement after a copula is the name itself */
const NAMING_NOUNS = new Set(['slogan', 'motto', 'catchphrase', 'tagline', 'hashtag', 'nickname', 'title', 'headline', 'codename']);

/** A naming noun right before the copula at `copula` (`slogan is`), or before `would` / `will` and it (`slogan would be`). */
function namingNounBefore(tokens: Token[], from: number, copula: number): boolean {
  let n = copula - 1;
  if (n > from && isWord(tokens[n]) && (tokens[n].lower === 'would' || tokens[n].lower === 'will')) n--;
  return n >= from && isWord(tokens[n]) && NAMING_NOUNS.has(tokens[n].lower);
}
/** Most lower-case words between a work's owner and its noun (`her long-awaited new album`). */
const MAX_WORK_ADJECTIVES = 2;

/**
 * The work noun at `noun` has its owner before it, a possessive name or pronoun, with at most
 * MAX_WORK_ADJECTIVES lower-case words between (`Brazile's book`, `his latest film`): the quote after it is its title.
 */
function ownedWork(tokens: Token[], from: number, noun: number): boolean {
  for (let i = noun - 1; i >= from && noun - i <= MAX_WORK_ADJECTIVES + 1; i--) {
    const t = tokens[i];
    if (!isWord(t)) return false;
    // (the lexicon's possessive pronouns, and `my`, which it leaves out: no speaker's phrase opens on it)
    if (t.possessive || (flagAt(tokens, i) & W_POSSESSIVE_PRONOUN) !== 0 || t.lower === 'my') return true;
    if (t.cap) return false;
  }
  return false;
}

const TELL_WORDS = new Set(['told', 'tells', 'tell', 'telling']);
/** small words a title leaves in lower case */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'on', 'a', 'an', 'for', 'to', 'at', 'with']);

/** Two to five words, each capitalised but the small ones, ending the sentence or not: `"Meet the Press."` */
function programmeTitle(quote: string): boolean {
  const words = quote.replace(/^["“‘']+|["”’']+$/g, '').replace(/[.,]$/, '').split(' ');
  if (words.length < 2 || words.length > 5) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '' || !(TITLE_CAPITAL.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)))) return false;
  }
  return true;
}
const TITLE_CAPITAL = /^[A-Z][A-Za-z'’-]*$/;

/** a quote's words opening on a capital letter (after the opening mark) */
const TITLE_START = /^["“‘']?[A-Z]/;

/** a quote's words opening on a lower-case preposition (after the opening mark) */
const PREPOSITION_FIRST = /^["“‘']?(?:through|to|with|by|for|in|on|at|from|into|under|over|after|before|without) /;

const RATINGS = new Set(lexiconEn.ratings);
/** prepositions before a rating: `upgraded … to "buy"`, `cut from "overweight"`, `rated at "hold"` */
const RATING_PREPOSITIONS = new Set(['to', 'from', 'at', 'as']);

/** An analyst's rating (`upgraded two of the sector's names to "buy"`): a term, not words said. */
export function ratingTerm(text: string, tokens: Token[], from: number, k: number): boolean {
  const last = k - 1 >= from ? tokens[k - 1] : undefined;
  return isWord(last) && RATING_PREPOSITIONS.has(last.lower) && RATINGS.has(text.trim().replace(/[.,;:!?]+$/, '').toLowerCase());
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

/** The quote's words without the white space around them, as `text.trim()` leaves them: [from, to). */
function trimmedStart(text: string): number {
  let from = 0;
  while (from < text.length && isJsSpace(text.charCodeAt(from))) from++;
  return from;
}
function trimmedEnd(text: string, from: number): number {
  let to = text.length;
  while (to > from && isJsSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

/** `.` `!` `?` `,` `;` `:`: a last character that ends a clause, not a name */
function endsClause(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 58;
}

/** A short noun phrase naming a thing (`green corridor`, `a safe zone`), not a clause or a sentence. */
export function isShortNounPhrase(text: string): boolean {
  const from = trimmedStart(text);
  const to = trimmedEnd(text, from);
  const n = countWords(text, 5);
  return n > 0 && n <= 4 && !endsClause(text.charCodeAt(to - 1)) && !isFullQuote(text);
}

const isCapitalOrDigit = charClass(/[\p{Lu}\p{N}]/u);
/** `[`, `(`, `…`, `.`, `"`, `'`, `‘`, `“`: marks a sentence of speech may open with */
function isOpening(c: number): boolean {
  return c === 91 || c === 40 || c === 0x2026 || c === 46 || c === 34 || c === 39 || c === 0x2018 || c === 0x201c;
}
/** `.` `!` `?` `,` `…` `;` `:`: a last character that closes a sentence of speech */
function closesSpeech(c: number): boolean {
  return endsClause(c) || c === 0x2026;
}
/** `"` `'` `’` `”`: a closing mark after that character */
function isClosingMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d;
}

/** A whole sentence (or more) of speech: a capital first letter and either a closing punctuation or enough words. */
export function isFullQuote(text: string): boolean {
  // read in place, as `text.trim()` with the opening marks removed would read
  let from = trimmedStart(text);
  const to = trimmedEnd(text, from);
  while (from < to && isOpening(text.charCodeAt(from))) from++;
  if (from >= to || isCapitalOrDigit(text, from) === 0) return false;
  const last = text.charCodeAt(to - 1);
  if (closesSpeech(last) || (isClosingMark(last) && to - 2 >= from && closesSpeech(text.charCodeAt(to - 2)))) return true;
  // (the opening marks removed were part of the first word: the count is the same on the whole text)
  return countWords(text, 6) >= 6;
}

/** Most words in a title-case name. */
const MAX_NAME_WORDS = 5;

/** `"Grey Vote"`, `"Club Foot"`: a short name in title case, not a sentence. */
export function isTitleCaseName(text: string): boolean {
  const from = trimmedStart(text);
  const to = trimmedEnd(text, from);
  if (to <= from || endsClause(text.charCodeAt(to - 1))) return false;
  // the pieces between white space that hold a letter or a digit: at most five, and every one of
  // more than three characters starts with a capital or a digit
  let words = 0;
  let content = 0;
  for (let i = from; i < to; ) {
    let end = i;
    let hasLetter = false;
    while (end < to && !isJsSpace(text.charCodeAt(end))) {
      if (!hasLetter && isLetterOrDigit(text, end) > 0) hasLetter = true;
      end++;
    }
    if (hasLetter) {
      if (++words > MAX_NAME_WORDS) return false;
      // (`let the Tories in`: a name opens on a capital, `the` aside; a short word in lower case first is a verb's or a phrase's)
      if (words === 1 && isCapitalOrDigit(text, i) === 0 && !text.startsWith('the ', i)) return false;
      if (end - i > 3) {
        if (isCapitalOrDigit(text, i) === 0) return false;
        content++;
      }
    }
    i = end;
    while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  }
  return content > 0;
}

/**
 * `A few carried signs: "IMAGINE JUSTICE," "BLACK LIVES MATTER,"`: words all in capitals, six at
 * most, are a sign's, a banner's or a headline's, no one's speech.
 */
export function isInCapitals(text: string): boolean {
  let letters = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    const letter = c >= 65 && c <= 90;
    if (letter) letters++;
    else if (c > 127 && text[i].toLowerCase() !== text[i].toUpperCase() && text[i] === text[i].toLowerCase()) return false;
    if (c === 32) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > 6) return false;
    }
  }
  return letters >= 4;
}
