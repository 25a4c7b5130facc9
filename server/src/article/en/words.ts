// Word classes from the English lexicon, as sets, and small predicates over tokens.
import { lexiconEn } from '../lexicon/en';
import type { Token } from './tokens';
import { isJsSpace, startsWithNumber } from '../text';
import { charClass } from '../charClasses';
// (a literal with \p{Lu} or \p{Ll} is bundled as `new RegExp(…)` where it stands: built on every call unless kept here)
const LOWER_WORD = /^\p{Ll}+$/u;
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u;

const set = (xs: string[]) => new Set(xs);

function withRolePrefixes(roles: Set<string>): Set<string> {
  for (const r of [...roles]) if (!r.includes(' ')) for (const p of ['co-', 'vice-', 'deputy-', 'ex-', 'acting-', 'joint-']) roles.add(p + r);
  return roles;
}

/** the role words, and each after the prefixes of a deputy or former holder (`co-chairman`, `vice-president`, `ex-minister`) */
export const ROLE = withRolePrefixes(set(lexiconEn.roleWords));
export const ORG = set(lexiconEn.organisationWords);
export const DOCUMENT = set(lexiconEn.documentNouns);
export const SPEECH_NOUN = set(lexiconEn.speechNouns);
export const NOT_NAME = set(lexiconEn.notNames);
export const AUX = set(lexiconEn.auxiliaries);
export const CONNECTIVE = set(lexiconEn.connectives);
export const ADJUNCT = set(lexiconEn.adjunctOpeners);
export const RELATIVE = set(lexiconEn.relatives);
export const PARTICLE = set(lexiconEn.nameParticles);
export const CLAUSE = set(lexiconEn.clauseWords);
export const POSSESSIVE_PRONOUN = set(lexiconEn.possessivePronouns);
/** verbs that give a thing or someone's words a name (`call`, `describe`, `dub`) */
export const NAMING_VERBS = new Set(lexiconEn.namingVerbs);

/** adverbs not in -ly that stand between a subject and its verb of saying (`Mr Hockney meanwhile told`) */
export const SUBJECT_VERB_ADVERBS = new Set(['also', 'later', 'then', 'once', 'again', 'earlier', 'often', 'always', 'never', 'still', 'meanwhile', 'now', 'today', 'yesterday', 'instead']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'some', 'one', 'another']);
/** `and`, `or`, `but`: the conjunctions that join two verbs to one subject, or end the words describing a name */
export const COORDINATORS = new Set(['and', 'or', 'but']);

/**
 * What the lexicon says of a lower-case word, as bits (`W_ROLE | W_ORG`): one Map read answers every
 * word class a hot loop asks about, where each Set would cost a hash lookup of its own. Each bit holds
 * exactly the words of the Set of the same name.
 */
export const W_ROLE = 1;
export const W_ORG = 1 << 1;
export const W_CLAUSE = 1 << 2;
export const W_AUX = 1 << 3;
export const W_ADJUNCT = 1 << 4;
export const W_DETERMINER = 1 << 5;
export const W_POSSESSIVE_PRONOUN = 1 << 6;
export const W_CONNECTIVE = 1 << 7;
export const W_NOT_NAME = 1 << 8;
export const W_PARTICLE = 1 << 9;
export const W_RELATIVE = 1 << 10;
export const W_DOCUMENT = 1 << 11;
export const W_GIVEN_NAME = 1 << 12;
export const W_SPEECH_CUE = 1 << 13;
/** the word, or the word without its final full stop, is an honorific (what `honorificAt` asks) */
export const W_HONORIFIC = 1 << 14;
/** a verb of saying or of partial quoting (`says`, `called`) */
export const W_REPORTING = 1 << 15;
export const W_DEMONYM = 1 << 16;
export const W_SPEECH_NOUN = 1 << 17;
/** a key of GENDERED_ROLES (`spokeswoman`) */
export const W_GENDERED_ROLE = 1 << 18;
/** a key of PRONOUNS (`he`, `it`) */
export const W_PRONOUN = 1 << 19;

const WORD_FLAGS = new Map<string, number>();
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
}

/** The W_ bits of a lower-case word (0 for a word the lexicon does not list). */
export function wordFlags(lower: string): number {
  return WORD_FLAGS.get(lower) ?? 0;
}

// The W_ bits of the tokens of the array read last, remembered per token: a phrase is read many times
// over (the sentence's subject, each cue's, each segment's), and each token's word is looked up once,
// when first asked. An entry counts only when its stamp is the current array's generation, so moving
// to another array forgets them all at once. Token arrays are never changed once made.
let flagsOf: Token[] | null = null;
let generation = 0;
let stamps = new Int32Array(256);
let remembered = new Int32Array(256);

/** body words that, in lower case, are adjectives (`The Independent`, `Amnesty International`, `Leeds United`) */
const BODY_WORDS_ONLY_CAPITALISED = new Set(['independent', 'international', 'united', 'athletic', 'standard', 'capital']);

/** The W_ bits of tokens[i] (its `lower`, a punctuation mark's or a quote's too; 0 past either end). */
export function flagAt(tokens: Token[], i: number): number {
  if (tokens !== flagsOf) startArray(tokens);
  if (i < 0 || i >= tokens.length) return 0;
  if (stamps[i] !== generation) {
    stamps[i] = generation;
    const t = tokens[i];
    const f = wordFlags(t.lower);
    // (`WHO representative`, `US officials`: a word in capitals is a body's or a post's short name, never the
    // function word its lower case spells; it keeps only what a short name can be)
    // (`who` in lower case is the relative pronoun, never the World Health Organization)
    // (`independent MP Martin Bell`, `international observers`: a body's word that is also an adjective names a body only in capitals)
    remembered[i] = f !== 0 && t.cap && t.text.length >= 2 && allCapitals(t.text) ? f & IN_CAPITALS : (f & W_RELATIVE) !== 0 || (!t.cap && BODY_WORDS_ONLY_CAPITALISED.has(t.lower)) ? f & ~W_ORG : f;
  }
  return remembered[i];
}

/** The W_ bits a word written in capitals keeps: a post (`CEO`), a body (`BBC`), a document, an honorific. */
const IN_CAPITALS = W_ROLE | W_ORG | W_DOCUMENT | W_HONORIFIC | W_GENDERED_ROLE;

/** Every letter of `text` is an ASCII capital (digits and joiners aside), and there are two or more. */
function allCapitals(text: string): boolean {
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) return false;
  }
  return letters >= 2;
}

function startArray(tokens: Token[]): void {
  flagsOf = tokens;
  if (tokens.length > stamps.length) {
    const size = Math.max(tokens.length, stamps.length * 2);
    stamps = new Int32Array(size);
    remembered = new Int32Array(size);
    generation = 0;
  }
  if (++generation === 0x40000000) {
    stamps.fill(0);
    generation = 1;
  }
}

/** A lexicon record as a Map, read once per token without a keyed property read. */
function recordMap<V>(record: Record<string, V>): Map<string, V> {
  // own entries only: a plain object's inherited names (`constructor`, `toString`) are no words of the lexicon
  return new Map<string, V>(Object.entries(record));
}

export const HONORIFICS = recordMap(lexiconEn.honorifics);
export const PRONOUNS = recordMap(lexiconEn.pronouns);
export const GENDERED_ROLES = recordMap(lexiconEn.genderedRoles);

/**
 * tokens[i] is an honorific: a capitalised word the lexicon marks W_HONORIFIC (each with and without
 * a full stop after it: `Dr`, `Dr.`), read from the word's remembered flags (`flagAt`)
 */
export function honorificAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.isWord && t.cap && (flagAt(tokens, i) & W_HONORIFIC) !== 0;
}

export function honorificGender(h: string): 'male' | 'female' | null {
  const key = h.toLowerCase();
  return HONORIFICS.get(key) ?? HONORIFICS.get(key.replace(/\.$/, '')) ?? null;
}

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.isWord;
}

/** A word that can be part of a name: capitalised, or a number after a capitalised word (`Radio 1`). */
export function isNameWord(t: Token | undefined, prev?: Token): boolean {
  if (!isWord(t)) return false;
  if (t.cap) return ((wordFlags(t.lower) & W_NOT_NAME) === 0 || (prev !== undefined && isNameWord(prev))) && (!lowerAfterHyphen(t.text) || hyphenatedGivenName(t.text, prev));
  // (`The 24-year-old` is a description, not a name like `Radio 1`)
  return startsWithNumber(t.text) && prev !== undefined && prev.isWord && prev.cap && !prev.possessive && !t.lower.endsWith('-year-old') && (wordFlags(prev.lower) & W_NOT_NAME) === 0;
}

/**
 * `isNameWord(tokens[i], prev)`; a capitalised word the lexicon does not mark W_NOT_NAME, with no
 * hyphen, is answered from its remembered flags.
 */
export function nameWordAt(tokens: Token[], i: number, prev?: Token): boolean {
  const t = tokens[i];
  if (t !== undefined && t.isWord && t.cap && (flagAt(tokens, i) & W_NOT_NAME) === 0 && t.text.indexOf('-') < 0) return true;
  return isNameWord(t, prev);
}

/** `One-time`, `Long-term`: a capitalised compound whose second part is lower case is a common word (not `Abdul-Mahdi`) */
function lowerAfterHyphen(text: string): boolean {
  const h = text.indexOf('-');
  if (h < 0 || h + 1 >= text.length) return false;
  const c = text.charCodeAt(h + 1);
  return c >= 97 && c <= 122 && h > 2;
}

/** what follows a hyphen in common compounds (`Long-term`, `Cardiff-born`), never a syllable of a given name */
const COMPOUND_TAILS = new Set(['term', 'time', 'born', 'based', 'year', 'old', 'like', 'made', 'free', 'run', 'up', 'out', 'off', 'on', 'led', 'wide', 'day', 'hand', 'way', 'side', 'back', 'down', 'over', 'less', 'fold']);

/**
 * `Yoo Chang-geun`, `Moon Jae-in`, `Kim Jong-un`: after a family name, a short syllable, a hyphen and
 * a short lower-case one are a given name (Korean names are so written), not a compound like `Long-term`.
 */
function hyphenatedGivenName(text: string, prev: Token | undefined): boolean {
  if (prev === undefined || !prev.isWord || !prev.cap || prev.possessive || prev.text.length > 5 || (wordFlags(prev.lower) & W_NOT_NAME) !== 0) return false;
  const h = text.indexOf('-');
  return h <= 5 && text.length - h - 1 <= 5 && text.indexOf('-', h + 1) < 0 && !COMPOUND_TAILS.has(text.slice(h + 1));
}

export function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && t.isPunct && chars.includes(t.text);
}

/** tokens[i] is `&` between two capitalised words: inside a body's name (`Transport & General Worker's Union`). */
export function ampersandInName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return isPunct(tokens[i], '&') && i > 0 && tokens[i - 1].cap && next !== undefined && isWord(next) && next.cap;
}

/** Segment separators inside a speaker phrase: commas, dashes, parentheses, semicolons. */
export const SEPARATORS = ',;:()-–—[]';
/** SEPARATORS by char code (the highest is `—`, U+2014) */
const SEPARATOR_CODE = new Uint8Array(0x2015);
for (let k = 0; k < SEPARATORS.length; k++) SEPARATOR_CODE[SEPARATORS.charCodeAt(k)] = 1;

/** A punctuation token that separates segments (its text is one character). */
export function isSeparator(t: Token): boolean {
  return t.isPunct && SEPARATOR_CODE[t.text.charCodeAt(0)] === 1;
}

/** `s.replace(/\s+/g, ' ')`, returning `s` itself when it has no white space other than single spaces. */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** `[\p{L}\p{N}]` by code point: a letter or a digit (its width in code units, 0 when none) */
export const isLetterOrDigit = charClass(/[\p{L}\p{N}]/u);

/** How many pieces of `s.split(/\s+/)` have a letter or a digit, counted up to `limit` (no array, no regex per piece). */
export function countWords(s: string, limit = Infinity): number {
  let n = 0;
  let pieceCounted = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    if (isJsSpace(s.charCodeAt(i))) pieceCounted = false;
    else if (!pieceCounted && isLetterOrDigit(s, i) > 0) {
      pieceCounted = true;
      n++;
    }
  }
  return n;
}

/** `Cardiff-born`, `London-based`: a capitalised word whose part after the last hyphen is lower case. */
export function isDescriptiveCompound(word: string): boolean {
  const dash = word.lastIndexOf('-');
  return dash > 0 && dash < word.length - 1 && LOWER_WORD.test(word.slice(dash + 1));
}

/** `French`, `Australians`: nationality words, lower-cased */
export const DEMONYMS = new Set(lexiconEn.demonyms);
/** common given names, male and female (`Peter Hall` is a person whatever words follow) */
export const GIVEN_NAMES = new Set([...lexiconEn.givenNames.male, ...lexiconEn.givenNames.female]);
/** the forms of `be` that join a subject to what is said of it */
export const COPULAS = new Set(['is', 'was', 'are', 'were']);
/** verbs of saying (`said`, `told`, `added`) */
export const SPEECH_CUES = new Set(lexiconEn.speechCues);

mark(ROLE, W_ROLE);
mark(ORG, W_ORG);
mark(CLAUSE, W_CLAUSE);
mark(AUX, W_AUX);
mark(ADJUNCT, W_ADJUNCT);
mark(DETERMINERS, W_DETERMINER);
mark(POSSESSIVE_PRONOUN, W_POSSESSIVE_PRONOUN);
mark(CONNECTIVE, W_CONNECTIVE);
mark(NOT_NAME, W_NOT_NAME);
mark(PARTICLE, W_PARTICLE);
mark(RELATIVE, W_RELATIVE);
mark(DOCUMENT, W_DOCUMENT);
mark(GIVEN_NAMES, W_GIVEN_NAME);
mark(SPEECH_CUES, W_SPEECH_CUE);
mark(HONORIFICS.keys(), W_HONORIFIC);
mark([...HONORIFICS.keys()].map((h) => h + '.'), W_HONORIFIC);
mark(lexiconEn.speechCues, W_REPORTING);
mark(lexiconEn.partialCues, W_REPORTING);
mark(DEMONYMS, W_DEMONYM);
mark(SPEECH_NOUN, W_SPEECH_NOUN);
mark(GENDERED_ROLES.keys(), W_GENDERED_ROLE);
mark(PRONOUNS.keys(), W_PRONOUN);

/** `Australian`, `Spaniard`: a nationality written as a noun with a capital (not itself a given name such as `Brian`). */
export function isNationality(word: string): boolean {
  const lower = word.toLowerCase();
  if (GIVEN_NAMES.has(lower) || lower === word) return false;
  return DEMONYMS.has(lower) || DEMONYM_SHAPE.test(word);
}
