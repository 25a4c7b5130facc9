// Word classes from the English lexicon, as sets, and small predicates over tokens.
import { lexiconEn } from '../lexicon/en';
import type { Token } from './tokens';
import { startsWithNumber } from '../text';

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

export function honorificOf(t: Token): string | null {
  if (t.kind !== 'word' || !t.cap) return null;
  const key = t.lower.charCodeAt(t.lower.length - 1) === 46 ? t.lower.slice(0, -1) : t.lower;
  return key in lexiconEn.honorifics || t.lower in lexiconEn.honorifics ? t.text : null;
}

export function honorificGender(h: string): 'male' | 'female' | null {
  const key = h.toLowerCase();
  return lexiconEn.honorifics[key] ?? lexiconEn.honorifics[key.replace(/\.$/, '')] ?? null;
}

export function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

/** A word that can be part of a name: capitalised, or a number after a capitalised word (`Radio 1`). */
export function isNameWord(t: Token | undefined, prev?: Token): boolean {
  if (!isWord(t)) return false;
  if (t.cap) return !NOT_NAME.has(t.lower) || (prev !== undefined && isNameWord(prev));
  return startsWithNumber(t.text) && prev !== undefined && prev.kind === 'word' && prev.cap && !prev.possessive;
}

export function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && t.kind === 'punct' && chars.includes(t.text);
}

/** Segment separators inside a speaker phrase: commas, dashes, parentheses, semicolons. */
export const SEPARATORS = ',;:()-–—[]';
