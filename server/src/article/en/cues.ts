// Reporting cues in a sentence's tokens (never inside quotes: a quote is one token).
import type { Token } from './tokens';
import { lexiconEn } from '../lexicon/en';
import { COPULAS, NAMING_VERBS, SPEECH_CUES, SPEECH_NOUN, W_ADJUNCT, W_AUX, W_CLAUSE, W_CONNECTIVE, W_DETERMINER, W_DOCUMENT, W_ORG, W_PARTICLE, W_POSSESSIVE_PRONOUN, W_PRONOUN, W_RELATIVE, W_REPORTING, W_ROLE, flagAt, isPunct, isWord } from './words';

export type CueKind = 'speech' | 'partial' | 'according-to' | 'speech-noun';

export interface Cue {
  kind: CueKind;
  /** token range [from, to) */
  from: number;
  to: number;
}

const PARTIAL = new Set(lexiconEn.partialCues);
/** words after which a cue word is a noun or a gerund, not a reporting verb */
const NOT_BEFORE_VERB = new Set(['in', 'of', 'for', 'by', 'with', 'without', 'about', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'some', 'such', 'after', 'before', 'upon', 'on']);

/** present and past forms that are never nouns */
const VERB_ONLY_CUES = new Set(['says', 'said', 'told', 'tells', 'adds', 'notes', 'writes', 'wrote', 'argues', 'insists', 'warns', 'explains']);

function matchPhrase(tokens: Token[], i: number, to: number, phrase: string[]): boolean {
  if (i + phrase.length > to) return false;
  for (let k = 0; k < phrase.length; k++) if (!isWord(tokens[i + k]) || tokens[i + k].lower !== phrase[k]) return false;
  return true;
}

/** What a word can begin: the reporting phrases it opens (in lexicon order) and the cue words it is. */
interface CueWord {
  according: string[][];
  phrases: string[][];
  speechNoun: boolean;
  speech: boolean;
  partial: boolean;
}

/** Every word with a part in a cue, looked up once per token: a word not here begins no cue. */
const CUE_WORDS = new Map<string, CueWord>();
function cueWord(word: string): CueWord {
  let w = CUE_WORDS.get(word);
  if (!w) CUE_WORDS.set(word, (w = { according: [], phrases: [], speechNoun: false, speech: false, partial: false }));
  return w;
}
for (const p of lexiconEn.accordingTo) cueWord(p[0]).according.push(p);
for (const p of lexiconEn.phraseCues) cueWord(p[0]).phrases.push(p);
for (const w of SPEECH_NOUN) cueWord(w).speechNoun = true;
for (const w of SPEECH_CUES) cueWord(w).speech = true;
for (const w of PARTIAL) cueWord(w).partial = true;
/** `"…," the lawsuit states.`: a cue only so, after the quote and a document (`states` is mostly a noun) */
const DOCUMENT_AFTER_QUOTE_ONLY = new Set(['states']);
for (const w of DOCUMENT_AFTER_QUOTE_ONLY) cueWord(w).speech = true;

/**
 * Sieve before the lookup in CUE_WORDS, which would hash every word of the text: a bit per hash of
 * a word's length and first, middle and last letters, set for the cue words. About one word in
 * twenty of a text passes (a cue word one in thirty).
 */
function sieveIndex(word: string): number {
  const n = word.length;
  const key = ((n & 15) << 15) | ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(n >> 1) & 31) << 5) | (word.charCodeAt(n - 1) & 31);
  return Math.imul(key, 0x9e3779b1) >>> 18; // 14 bits
}
const MAY_BE_CUE = new Uint32Array((1 << 14) >> 5);
for (const word of CUE_WORDS.keys()) {
  const k = sieveIndex(word);
  MAY_BE_CUE[k >> 5] |= 1 << (k & 31);
}
function mayBeCue(word: string): boolean {
  const k = sieveIndex(word);
  return (MAY_BE_CUE[k >> 5] & (1 << (k & 31))) !== 0;
}

/** The first of `phrases` (in lexicon order) written at token i. */
function phraseAt(phrases: string[][], tokens: Token[], i: number, to: number): string[] | undefined {
  for (const p of phrases) if (matchPhrase(tokens, i, to, p)) return p;
  return undefined;
}

const BE = new Set(['was', 'is', 'were', 'are', 'been', 'be']);

/** `was the verdict of`, `- the message from`: `the` after a form of `be` or a dash, then the noun, then `of`/`from`. */
function ownerAfter(tokens: Token[], from: number, i: number, to: number): boolean {
  const next = tokens[i + 1];
  if (i + 2 >= to || !isWord(next) || (next.lower !== 'of' && next.lower !== 'from')) return false;
  const det = tokens[i - 1];
  const before = tokens[i - 2];
  if (i - 2 < from || !isWord(det) || det.lower !== 'the') return false;
  return (isWord(before) && BE.has(before.lower)) || isPunct(before, '-–—');
}

/** Whether the speech-noun cue names its owner after it (`the verdict of X`), not before (`X's verdict`). */
export function ownerFollows(c: Cue): boolean {
  return c.to - c.from === 2;
}

const INVERTED_ONLY = new Set(['agreed']);
const SPEECH_PHRASES = new Set(['pointed out', 'points out', 'went on', 'goes on', 'chimed in', 'chimes in', 'weighed in', 'weighs in']);

/** `comments were "inappropriate"`, `remarks were "deeply offensive"`: a copula and then the quote (an adverb between at most) */
function judgedAfter(tokens: Token[], i: number, to: number): boolean {
  if (i + 2 >= to || !isWord(tokens[i + 1]) || !COPULAS.has(tokens[i + 1].lower)) return false;
  const next = tokens[i + 2];
  return next.isQuote || (isWord(next) && i + 3 < to && tokens[i + 3].isQuote);
}

/**
 * `called Dowd's argument "a stretch"`, `dismissed the minister's claim`: the possessive name ending at
 * `possessive` (up to three capital words) is the object of a verb of speech or naming just before it,
 * whose subject speaks (a cue, or a verb of naming); the words are not the owner's.
 */
function objectOfVerb(tokens: Token[], from: number, possessive: number): boolean {
  let j = possessive;
  while (j > from && possessive - j < 3 && isWord(tokens[j - 1]) && tokens[j - 1].cap && !tokens[j - 1].possessive) j--;
  if (j > from && isWord(tokens[j - 1]) && tokens[j - 1].lower === 'the') j--;
  if (j <= from || !isWord(tokens[j - 1])) return false;
  const verb = tokens[j - 1].lower;
  const w = CUE_WORDS.get(verb);
  return NAMING_VERBS.has(verb) || (w !== undefined && (w.speech || w.partial));
}

/** cues that quote their subject only in `… as "…"` */
const AS_ONLY = new Set(lexiconEn.asOnlyCues);
/** how far after such a cue its `as` may stand */
const AS_REACH = 8;

/** `as` right before a quote within AS_REACH tokens from `from`. */
function asThenQuote(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j + 1 < to && j < from + AS_REACH; j++) if (isWord(tokens[j]) && tokens[j].lower === 'as' && tokens[j + 1].isQuote) return true;
  return false;
}

/** `in` before the noun at `noun`, a determiner between at most (`in a statement`, `in its letter`). */
function inBefore(tokens: Token[], from: number, noun: number): boolean {
  let j = noun - 1;
  if (j > from && isWord(tokens[j]) && NOT_BEFORE_VERB.has(tokens[j].lower) && tokens[j].lower !== 'in') j--;
  return j >= from && isWord(tokens[j]) && tokens[j].lower === 'in';
}

/** `"…," the report states`, `"…," it states`: a document (after `the`, `its`, `a` or `their`) or `it` right after the quote, the cue at `i` after it. */
function documentAfterQuote(tokens: Token[], from: number, i: number): boolean {
  let j = i - 1;
  if (j <= from || !isWord(tokens[j])) return false;
  if (tokens[j].lower !== 'it') {
    if ((flagAt(tokens, j) & W_DOCUMENT) === 0) return false;
    j--;
    if (j > from && isWord(tokens[j]) && (tokens[j].lower === 'the' || tokens[j].lower === 'its' || tokens[j].lower === 'a' || tokens[j].lower === 'their')) j--;
  } else j--;
  if (j >= from && tokens[j].isPunct && !tokens[j].isQuote) j--;
  return j >= from && tokens[j].isQuote;
}

/** function words that follow a reporting verb's past (`reported that`, `stated on`), never the noun a participle describes */
const AFTER_VERB_WORDS = new Set(['that', 'to', 'on', 'in', 'at', 'by', 'for', 'with', 'from', 'of', 'as', 'about', 'after', 'before', 'over', 'earlier', 'last', 'this', 'yesterday', 'today', 'not', 'also', 'again']);
const NOT_NOUN = W_DETERMINER | W_POSSESSIVE_PRONOUN | W_PRONOUN | W_AUX | W_CLAUSE | W_PARTICLE | W_CONNECTIVE | W_RELATIVE | W_ADJUNCT | W_REPORTING;

/** A plain lower-case word at `i` that can only be a noun or its adjective (`views`, `aim`). */
function nounAfter(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i];
  return i < to && isWord(t) && !t.cap && !t.isQuote && !AFTER_VERB_WORDS.has(t.lower) && (flagAt(tokens, i) & NOT_NOUN) === 0;
}

/** participles that give a thing its name after its noun */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);

export function findCues(tokens: Token[], from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    if (!mayBeCue(t.lower)) continue;
    const w = CUE_WORDS.get(t.lower);
    if (w === undefined) continue;
    const according = phraseAt(w.according, tokens, i, to);
    if (according) {
      out.push({ kind: 'according-to', from: i, to: i + according.length });
      i += according.length - 1;
      continue;
    }
    const phrase = phraseAt(w.phrases, tokens, i, to);
    if (phrase) {
      // (`"…," points out X`, `he went on`: these report speech, after the quote too)
      out.push({ kind: SPEECH_PHRASES.has(phrase.join(' ')) ? 'speech' : 'partial', from: i, to: i + phrase.length });
      i += phrase.length - 1;
      continue;
    }
    // (`Mr Livingstone's comments were "inappropriate"`: what is said of the words is no quote of them)
    if (w.speechNoun && i > from && tokens[i - 1].possessive && !judgedAfter(tokens, i, to) && !objectOfVerb(tokens, from, i - 1)) {
      out.push({ kind: 'speech-noun', from: i, to: i + 1 });
      continue;
    }
    // `"…" - that was the verdict of X`, `… is the view of X`: the speech noun's owner follows `of`/`from`
    if (w.speechNoun && ownerAfter(tokens, from, i, to)) {
      out.push({ kind: 'speech-noun', from: i, to: i + 2 });
      i++;
      continue;
    }
    // A capitalised cue word inside a sentence is a name or a title; after a preposition or a
    // determiner it is a noun (`in writing`, `the warning`).
    if (t.cap && i > from) continue;
    const before = i > from ? tokens[i - 1] : undefined;
    if (before && isWord(before) && NOT_BEFORE_VERB.has(before.lower)) continue;
    // (`pleaded guilty`, `pleaded not guilty`: a plea in court, no words reported)
    if (t.lower === 'pleaded' && isWord(tokens[i + 1]) && (tokens[i + 1].lower === 'guilty' || tokens[i + 1].lower === 'not' || tokens[i + 1].lower === 'no')) continue;
    // (`the president's tweet`: after a possessive, a cue word that is also a noun is one; not a verb's
    // past or `says`, which a name in 's takes as its subject: `Harlow's reported`, `McDonald's says`)
    if (before && isWord(before) && before.possessive && !t.lower.endsWith('ed') && !VERB_ONLY_CUES.has(t.lower)) continue;
    // (`Mr Houston's reported views`: a participle between a possessive and a plain noun is its adjective)
    if (before && isWord(before) && before.possessive && t.lower.endsWith('ed') && nounAfter(tokens, i + 1, to)) continue;
    // (`"…," agreed Cram`: `agreed` reports only right after the quote; `the judges had agreed` does not)
    // (`Smith agreed: "…"`: or right before a colon and the quote)
    if (INVERTED_ONLY.has(t.lower) && !(before && (before.isQuote || (before.isPunct && tokens[i - 2]?.isQuote))) && !(isPunct(tokens[i + 1], ':') && tokens[i + 2]?.isQuote)) continue;
    // (`The Pentagon rejected these accusations as "patently false"` quotes the rejecter; `rejected his call for "urgent talks"` quotes the one rejected)
    if (AS_ONLY.has(t.lower) && !asThenQuote(tokens, i + 1, to)) continue;
    if (DOCUMENT_AFTER_QUOTE_ONLY.has(t.lower) && !documentAfterQuote(tokens, from, i)) continue;
    // (`a daily podcast called The Daily Source Code`: after a thing's noun, before a capitalised name, `called` names the thing; no one speaks)
    if (NAMING_PARTICIPLES.has(t.lower) && before && isWord(before) && !before.cap && (flagAt(tokens, i - 1) & (W_ROLE | W_ORG | W_PRONOUN | W_AUX | W_CLAUSE)) === 0 && isWord(tokens[i + 1]) && tokens[i + 1].cap) continue;
    // (`said in a statement posted on its website`: a participle after the document `in` governs reports nothing)
    if (before && t.lower.endsWith('ed') && (flagAt(tokens, i - 1) & W_DOCUMENT) !== 0 && inBefore(tokens, from, i - 1)) continue;
    // (`An EPA spokesman said the agency would respond to the group "…"`: after a modal, inside the
    // clause a speech cue before it reports, a cue tells what will be done, no words reported: the
    // reporting cue's speaker says them)
    if (before && isWord(before) && MODALS.has(before.lower) && out.some((c) => c.kind === 'speech')) continue;
    if (w.speech) out.push({ kind: 'speech', from: i, to: i + 1 });
    else if (w.partial) out.push({ kind: 'partial', from: i, to: i + 1 });
  }
  return out;
}

const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'can', 'must', 'shall']);
