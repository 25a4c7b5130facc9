// Word classes from the English lexicon, as sets, and small predicates over tokens.
import { lexiconEn } from '../lexicon/en';
import type { Token } from './tokens';
import { startsWithNumber } from '../text';
import { charClass } from '../charClasses';
// (a literal with \p{Lu} or \p{Ll} is bundled as `new RegExp(…)` where it stands: built on every call unless kept here)
const LOWER_WORD = /^\p{Ll}+$/u;
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u;

const set = (xs: string[]) => new Set(xs);

export const ROLE = set(lexiconEn.roleWords);
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
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'some', 'one', 'another']);

/** A lexicon record as a Map, read once per token without a keyed property read. */
function recordMap<V>(record: Record<string, V>): Map<string, V> {
  // own entries only: a plain object's inherited names (`constructor`, `toString`) are no words of the lexicon
  return new Map<string, V>(Object.entries(record));
}

export const HONORIFICS = recordMap(lexiconEn.honorifics);
export const PRONOUNS = recordMap(lexiconEn.pronouns);
export const GENDERED_ROLES = recordMap(lexiconEn.genderedRoles);

export function honorificOf(t: Token): string | null {
  if (t.kind !== 'word' || !t.cap) return null;
  const key = t.lower.charCodeAt(t.lower.length - 1) === 46 ? t.lower.slice(0, -1) : t.lower;
  return HONORIFICS.has(key) || HONORIFICS.has(t.lower) ? t.text : null;
}

export function honorificGender(h: string): 'male' | 'female' | null {
  const key = h.toLowerCase();
  return HONORIFICS.get(key) ?? HONORIFICS.get(key.replace(/\.$/, '')) ?? null;
}

export function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

/** A word that can be part of a name: capitalised, or a number after a capitalised word (`Radio 1`). */
export function isNameWord(t: Token | undefined, prev?: Token): boolean {
  if (!isWord(t)) return false;
  if (t.cap) return (!NOT_NAME.has(t.lower) || (prev !== undefined && isNameWord(prev))) && !lowerAfterHyphen(t.text);
  // (`The 24-year-old` is a description, not a name like `Radio 1`)
  return startsWithNumber(t.text) && prev !== undefined && prev.kind === 'word' && prev.cap && !prev.possessive && !t.lower.endsWith('-year-old') && !NOT_NAME.has(prev.lower);
}

/** `One-time`, `Long-term`: a capitalised compound whose second part is lower case is a common word (not `Abdul-Mahdi`) */
function lowerAfterHyphen(text: string): boolean {
  const h = text.indexOf('-');
  if (h < 0 || h + 1 >= text.length) return false;
  const c = text.charCodeAt(h + 1);
  return c >= 97 && c <= 122 && h > 2;
}

export function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && t.kind === 'punct' && chars.includes(t.text);
}

/** Segment separators inside a speaker phrase: commas, dashes, parentheses, semicolons. */
export const SEPARATORS = ',;:()-–—[]';

/** White space as /\s/ reads it, by char code (below U+3001 from a table; past it only U+FEFF). */
const SPACE_TABLE = new Uint8Array(0x3001);
for (let c = 0; c < 0x3001; c++) SPACE_TABLE[c] = /\s/.test(String.fromCharCode(c)) ? 1 : 0;
export function isRegexSpace(c: number): boolean {
  return c < 0x3001 ? SPACE_TABLE[c] === 1 : c === 0xfeff;
}

/** `s.replace(/\s+/g, ' ')`, returning `s` itself when it has no white space other than single spaces. */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isRegexSpace(s.charCodeAt(i + 1)) : isRegexSpace(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

const isLetterOrDigit = charClass(/[\p{L}\p{N}]/u);

/** How many pieces of `s.split(/\s+/)` have a letter or a digit, counted up to `limit` (no array, no regex per piece). */
export function countWords(s: string, limit = Infinity): number {
  let n = 0;
  let pieceCounted = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    if (isRegexSpace(s.charCodeAt(i))) pieceCounted = false;
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

/** `Australian`, `Spaniard`: a nationality written as a noun with a capital (not itself a given name such as `Brian`). */
export function isNationality(word: string): boolean {
  const lower = word.toLowerCase();
  if (GIVEN_NAMES.has(lower) || lower === word) return false;
  return DEMONYMS.has(lower) || DEMONYM_SHAPE.test(word);
}
