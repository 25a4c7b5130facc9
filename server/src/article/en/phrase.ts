// Reads a speaker phrase from tokens: a name with its role (`Home Secretary Charles Clarke`,
// `Tony Hunter, the organisation's president`), a pronoun, or a description (`a Downing Street
// spokesman`, `the radio station`, `his report`). Bounded by the caller's window; no backtracking.
import type { Gender, Span } from '../model';
import type { Token } from './tokens';
import {
  COORDINATORS, GENDERED_ROLES, PRONOUNS, W_ADJUNCT, W_CLAUSE, W_CONNECTIVE, W_DEMONYM, W_DETERMINER, W_DOCUMENT, W_GIVEN_NAME, W_NOT_NAME, W_ORG, W_PARTICLE, W_POSSESSIVE_PRONOUN,
  W_AUX, W_GENDERED_ROLE, W_PRONOUN, W_RELATIVE, W_ROLE, W_SPEECH_CUE, W_SPEECH_NOUN, collapseSpaces, isSeparator, honorificAt, honorificGender, isDescriptiveCompound, isNationality, isPunct, isWord, flagAt, nameWordAt, wordFlags, ampersandInName,
} from './words';
import { startsWithNumber } from '../text';
import type { WordSet } from './lowerCaseWords';

export interface SpeakerPhrase {
  kind: 'name' | 'pronoun' | 'description';
  /** the name without its honorific, the pronoun (lower case), or the description as written */
  text: string;
  /** where `text` is written */
  span: Span;
  honorific: string | null;
  role: string | null;
  gender: Gender | null;
  organisation: boolean;
  /** `(IATA)` after a name */
  acronym: string | null;
  /** last word of a description, lower case (`station`, `report`, `23-year-old`) */
  head: string | null;
  /** a document that speaks for its authors: `his report`, `the Kok report` */
  document: boolean;
  /** a definite description (`the …`, `its …`) that refers back to someone already named */
  definite: boolean;
  /** an age written with the name (`Smith, 45,`): `the 45-year-old` is then this person */
  age?: number;
}

export interface PhraseContext {
  text: string;
  /** words the article writes in lower case: a capitalised one at a sentence start is a common word */
  lowerWords: WordSet;
}

const PEERAGE = new Set(['lord', 'lady', 'baroness', 'baron', 'duke', 'duchess', 'earl', 'countess', 'viscount', 'marquess', 'bishop', 'archbishop']);
const ORG_JOINERS = new Set(['of', 'and', 'for', '&', 'on']);
const MAX_NAME_WORDS = 4;
/** a reporting verb ends a role (`So says Claire Whitfield`: `says` is no role) */
/** adjectives and participles that describe a source after its noun: `a person familiar with`, `a source close to` */
const POSTMODIFIERS = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'speaking', 'working', 'based']);
const OF_FOR = new Set(['for', 'of', 'at', 'from', 'with', 'to', 'in', 'on', 'near', 'outside', 'inside']);
/** prepositions after a name that lead to its role or body (`Paul Hofheinz of the Lisbon Council`) */
const NAME_THEN_ROLE = new Set(['of', 'at', 'from', 'for', 'with']);
/** `a statement from …`, `a letter of …`: the prepositions after a document that name whom it comes from */
const DOCUMENT_SOURCES = new Set(['from', 'of']);
/** the articles that open an unnamed speaker (`said one former employee`) */
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);

export interface Range {
  from: number;
  to: number;
}

export interface Segment extends Range {
  acronym: string | null;
}

/** `IATA`, `BBC`, `G8` (kept here: a literal in the function would be a new RegExp per call) */
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&]{1,7}$/u;

/** A word read as capitalised though written in lower case: a social handle (tokens.ts) */
function isHandle(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return t.cap && c >= 97 && c <= 122;
}

function isAcronym(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  // (a sieve before the regex: 2 to 8 code points, the second no ASCII lower-case letter — most names fail it)
  const n = t.text.length;
  const second = t.text.charCodeAt(1);
  return n >= 2 && n <= 16 && !(second >= 97 && second <= 122) && ACRONYM.test(t.text);
}

/** Splits tokens[from, to) at commas, dashes and parentheses; `(ACRONYM)` attaches to the segment before it. */
export function segments(tokens: Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  for (let at = from; at >= 0; ) {
    const seg = segmentAt(tokens, at, to, false);
    out.push(seg);
    at = seg.after;
  }
  return out;
}

export interface SegmentStep extends Segment {
  /** where the next segment's scan starts; -1 after the last segment */
  after: number;
}

/**
 * The segment of `segments` that the scan from `at` makes next (an empty segment is dropped, except
 * the last one). `untilQuote`: a quote ends tokens[at, to) (`segments` of the words before it), read
 * no further than the segments asked for.
 */
export function segmentAt(tokens: Token[], at: number, to: number, untilQuote: boolean): SegmentStep {
  for (let i = at; i < to; i++) {
    const t = tokens[i];
    if (!isSeparator(t)) {
      if (untilQuote && t.isQuote) return { from: at, to: i, acronym: null, after: -1 };
      continue;
    }
    // (the acronym closes the segment; the next separator (if any) is skipped by the empty segment it makes)
    if (t.text === '(' && isAcronym(tokens[i + 1]) && isPunct(tokens[i + 2], ')') && i + 2 < to) return { from: at, to: i, acronym: tokens[i + 1].text, after: i + 3 };
    if (i > at) return { from: at, to: i, acronym: null, after: i + 1 };
    at = i + 1;
  }
  return { from: at, to, acronym: null, after: -1 };
}

/** End of a token without its possessive ending: `NME's` → `NME`. */
function endOf(t: Token): number {
  return t.possessive && t.isWord ? t.start + t.text.length : t.end;
}

export function textOf(ctx: PhraseContext, tokens: Token[], from: number, to: number): string {
  return collapseSpaces(ctx.text.slice(tokens[from].start, endOf(tokens[to - 1])));
}

/** The gender the last gendered word of tokens[from, to) gives (`her son`, `a man wearing …`), else null. */
export function genderOfWords(tokens: Token[], from: number, to: number): Gender | null {
  let gender: Gender | null = null;
  for (let i = from; i < to; i++) {
    // (`a man who lost his mother`, `an infant abandoned when his mother …`: the words of a clause about
    // the person name others; the gender is the head's)
    if (i > from && opensClauseAbout(tokens, i)) break;
    gender = roleGender(tokens, i) ?? gender;
  }
  return gender;
}

/** tokens[i] opens a clause about the phrase before it: a relative (`who`, `which`) or `when`. */
export function opensClauseAbout(tokens: Token[], i: number): boolean {
  return isWord(tokens[i]) && !tokens[i].cap && ((flagAt(tokens, i) & W_RELATIVE) !== 0 || tokens[i].lower === 'when');
}

/** The gender the role word tokens[i] gives (`spokeswoman`), else null. */
function roleGender(tokens: Token[], i: number): Gender | null {
  return isWord(tokens[i]) && (flagAt(tokens, i) & W_GENDERED_ROLE) !== 0 ? GENDERED_ROLES.get(tokens[i].lower) || null : null;
}

export function spanOf(tokens: Token[], from: number, to: number): Span {
  return { start: tokens[from].start, end: endOf(tokens[to - 1]) };
}

/** tokens[from, to) as a name and nothing more: no honorific, role, gender or description. */
export function bareName(ctx: PhraseContext, tokens: Token[], from: number, to: number, organisation = false): SpeakerPhrase {
  return {
    kind: 'name', text: textOf(ctx, tokens, from, to), span: spanOf(tokens, from, to), honorific: null, role: null,
    gender: null, organisation, acronym: null, head: null, document: false, definite: false,
  };
}

export function skipConnectives(tokens: Token[], from: number, to: number): number {
  while (from < to && isWord(tokens[from]) && (flagAt(tokens, from) & W_CONNECTIVE) !== 0) from++;
  return from;
}

export function hasClauseWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWord(tokens[i]) && !tokens[i].cap && (flagAt(tokens, i) & W_CLAUSE) !== 0) return true;
  return false;
}

export function pronoun(tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  if (to - from !== 1 || !isWord(tokens[from])) return null;
  const g = (flagAt(tokens, from) & W_PRONOUN) !== 0 ? PRONOUNS.get(tokens[from].lower) : undefined;
  if (!g) return null;
  return {
    kind: 'pronoun', text: tokens[from].lower, span: spanOf(tokens, from, to), honorific: null, role: null,
    gender: g === 'male' || g === 'female' ? g : null, organisation: g === 'neuter', acronym: null, head: null, document: false, definite: true,
  };
}

/** The run of name words ending at `to` (exclusive): its start, or `to` when there is none. */
function nameRunEnding(tokens: Token[], from: number, to: number): number {
  let r = to;
  while (r > from) {
    const t = tokens[r - 1];
    if (isWord(t) && (nameWordAt(tokens, r - 1, tokens[r - 2]) || honorificAt(tokens, r - 1)) && !(t.possessive && r < to)) {
      r--;
      continue;
    }
    // a particle between two name words: `Rob Da Bank`, `Ludwig van Beethoven`, `Jan van der Berg`
    if (isWord(t) && !t.cap && (flagAt(tokens, r - 1) & W_PARTICLE) !== 0 && r < to && r - 2 >= from) {
      let p = r - 2;
      if (p > from && isWord(tokens[p]) && !tokens[p].cap && (flagAt(tokens, p) & W_PARTICLE) !== 0) p--;
      if (nameWordAt(tokens, p)) {
        r = p + 1;
        continue;
      }
    }
    break;
  }
  // `Lord Nicholls of Birkenhead`
  if (r - 2 >= from && r < to && isWord(tokens[r - 1]) && tokens[r - 1].lower === 'of') {
    let q = r - 1;
    while (q > from && nameWordAt(tokens, q - 1)) q--;
    if (q < r - 1 && PEERAGE.has(tokens[q].lower.replace(/\.$/, ''))) r = q;
  }
  // An organisation with its article: `the Qualifications and Curriculum Authority`
  let q = r;
  while (q - 2 >= from && isWord(tokens[q - 1]) && ORG_JOINERS.has(tokens[q - 1].lower) && nameWordAt(tokens, q - 2)) {
    const p = plainRunStart(tokens, from, q - 1);
    if (p === q - 1) break;
    q = p;
  }
  if (q < r && q > from && isWord(tokens[q - 1]) && tokens[q - 1].lower === 'the') r = q;
  // Leading words that are not names (`The`, `However`) drop out.
  while (r < to && isWord(tokens[r]) && (flagAt(tokens, r) & W_NOT_NAME) !== 0 && !honorificAt(tokens, r)) r++;
  return r;
}

/** Where the name words right before `p` start, back to `from`, none of them a possessive. */
function plainRunStart(tokens: Token[], from: number, p: number): number {
  while (p > from && nameWordAt(tokens, p - 1) && !tokens[p - 1].possessive) p--;
  return p;
}

/** `That's why the Kok report` → `the Kok report`: a document's phrase starts at its determiner or possessor. */
function documentStart(tokens: Token[], from: number, to: number): number {
  let j = to - 1;
  while (j > from) {
    const t = tokens[j - 1];
    const f = flagAt(tokens, j - 1);
    if (!isWord(t) || (!t.cap && (f & (W_DETERMINER | W_POSSESSIVE_PRONOUN)) === 0) || (f & (W_ADJUNCT | W_CLAUSE)) !== 0) break;
    j--;
    if ((f & (W_DETERMINER | W_POSSESSIVE_PRONOUN)) !== 0) break;
  }
  return j;
}

function describe(ctx: PhraseContext, tokens: Token[], from: number, to: number, acronym: string | null, headAt = to - 1): SpeakerPhrase | null {
  if (from >= to) return null;
  const first = tokens[from];
  const last = tokens[headAt];
  if (!isWord(last)) return null;
  // (`the 30 year old`: an age written without its hyphens is the same head as `30-year-old`)
  const head = last.lower === 'old' && headAt - 2 >= from && tokens[headAt - 1].lower === 'year' && /^\d{1,3}$/.test(tokens[headAt - 2].text) ? `${tokens[headAt - 2].text}-year-old` : last.lower;
  const det = isWord(first) ? first.lower : '';
  const possessivePronoun = isWord(first) && (flagAt(tokens, from) & W_POSSESSIVE_PRONOUN) !== 0;
  const headFlags = flagAt(tokens, headAt);
  const document = (headFlags & W_DOCUMENT) !== 0;
  let hasPossessive = false;
  for (let i = from; i < to - 1; i++) if (tokens[i].possessive) hasPossessive = true;
  // A description is a noun phrase: a determiner, a role or an organisation head, a document.
  // (`spokesmen`, `officials`: the head without its plural `s` counts too)
  const singularFlags = head.endsWith('s') ? wordFlags(head.slice(0, -1)) : headFlags;
  const headIsSource = ((headFlags | singularFlags) & (W_ROLE | W_ORG)) !== 0 || document || head.endsWith('-year-old') || (det === 'the' && last.cap);
  if (!headIsSource || hasClauseWord(tokens, from, to)) return null;
  if (headAt < to - 1 && (singularFlags & W_ORG) === 0) {
    // `a spokesman for the Treasury` is a person speaking for a body
    return {
      kind: 'description', text: textOf(ctx, tokens, from, to), span: spanOf(tokens, from, to), honorific: null, role: null,
      gender: GENDERED_ROLES.get(head) ?? null, organisation: false, acronym, head, document: false, definite: det === 'the',
    };
  }
  if (document) from = documentStart(tokens, from, to);
  if (to - from > 12) return null;
  // (`the feminist writer and broadcaster`: a head that is a body's word and a role's, coordinated
  // with a role's word only, is a person's post)
  const organisation = (((headFlags | singularFlags) & W_ORG) !== 0 && !(((headFlags | singularFlags) & W_ROLE) !== 0 && personRoleBefore(tokens, from, headAt))) || document;
  return {
    kind: 'description', text: textOf(ctx, tokens, from, to), span: spanOf(tokens, from, to), honorific: null, role: null, gender: genderOfWords(tokens, from, to),
    organisation, acronym, head, document, definite: det === 'the' || possessivePronoun || hasPossessive,
  };
}

/** A role word right before a given name in tokens[from, end - 1) (`Labour MP Jess Phillips`). */
function roleBeforeGivenName(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < end - 2; i++) if ((flagAt(tokens, i) & W_ROLE) !== 0 && (flagAt(tokens, i + 1) & W_GIVEN_NAME) !== 0) return true;
  return false;
}

/**
 * `a person familiar with the talks`, `a source close to the minister`, `officials briefed on the plan`:
 * a role word early in the phrase is its head; what follows it only describes.
 */
function describeLeadingRole(ctx: PhraseContext, tokens: Token[], from: number, to: number, acronym: string | null): SpeakerPhrase | null {
  const start = isWord(tokens[from]) && (flagAt(tokens, from) & W_DETERMINER) !== 0 ? from + 1 : from;
  for (let i = start; i < to - 1 && i <= start + 2; i++) {
    const t = tokens[i];
    // (a capital only where the phrase opens: `Sources close to …`)
    if (!isWord(t) || (t.cap && i !== from)) return null;
    // the role is the head when what follows it describes it (`for the firm`, `familiar with …`)
    if ((flagAt(tokens, i) & W_ROLE) !== 0) {
      if (isWord(tokens[i + 1]) && (OF_FOR.has(tokens[i + 1].lower) || POSTMODIFIERS.has(tokens[i + 1].lower))) return describe(ctx, tokens, from, to, acronym, i);
      // (`chief executive of Tesco`, `deputy director at …`: a role of two words)
      if (!(isWord(tokens[i + 1]) && !tokens[i + 1].cap && (flagAt(tokens, i + 1) & W_ROLE) !== 0)) return null;
    }
  }
  return null;
}

/**
 * `said one former employee`, `said a local shopkeeper`: after an inverted cue, a short phrase with an
 * article names an unnamed speaker whatever its head noun (role words cannot list every trade).
 */
export function looseDescription(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  if (to - from < 2 || to - from > 5 || !isWord(tokens[from]) || !INDEFINITES.has(tokens[from].lower)) return null;
  for (let i = from + 1; i < to; i++) if (!isWord(tokens[i]) || tokens[i].cap || (flagAt(tokens, i) & (W_CLAUSE | W_ADJUNCT)) !== 0) return null;
  const head = tokens[to - 1].lower;
  return {
    kind: 'description', text: textOf(ctx, tokens, from, to), span: spanOf(tokens, from, to), honorific: null, role: null,
    gender: GENDERED_ROLES.get(head) ?? null, organisation: false, acronym: null, head, document: false, definite: false,
  };
}

/**
 * A noun phrase in tokens[from, to): `mode` says where it stands — before its cue (`subject`), after an
 * inverted cue (`inverted`), or before `, who …` (`antecedent`: its last name is the one meant).
 */
export function nounPhrase(ctx: PhraseContext, tokens: Token[], from: number, to: number, mode: 'subject' | 'inverted' | 'antecedent', acronym: string | null = null): SpeakerPhrase | null {
  // (`U.S. Secretary of State Rex Tillerson`, `Minister of Health Ana Ruiz`: a post with `of` inside it, then the name)
  const post = mode === 'antecedent' ? -1 : nameAfterPostWithOf(tokens, from, to);
  const holder = post > 0 ? readNounPhrase(ctx, tokens, post, to, mode, acronym) : null;
  if (holder && holder.kind === 'name' && !holder.organisation && !holder.role) {
    // (`But Chief Secretary to the Treasury …`: a connective opening the sentence is no word of the post)
    return { ...holder, role: textOf(ctx, tokens, skipConnectives(tokens, from, post - 1), post) };
  }
  const p = readNounPhrase(ctx, tokens, from, to, mode, acronym);
  if (p || mode === 'antecedent') return p;
  // (`Senator Mazie Hirono of Hawaii`: a title and a name, then the state or town after `of`, read
  // whole as one capitalised run, is the name before it)
  const of = placeAfterName(tokens, from, to);
  const named = of > 0 ? readNounPhrase(ctx, tokens, from, of, mode, acronym) : null;
  return named && named.kind === 'name' && !named.organisation ? named : null;
}

/**
 * tokens[from, to): capitalised words with one `of` (or `to`, `to the`) right after a capitalised role word (`U.S.
 * Secretary of State Rex Tillerson`, `Minister of Health Ana Ruiz`): where the name after the post
 * starts — a known given name one or two words after `of`, else the last two of three or more words — else -1.
 * After a body's word, the `of` is its name's, and the post and the name follow (nameAfterLastRole).
 */
function nameAfterPostWithOf(tokens: Token[], from: number, to: number): number {
  while (to > from && !isWord(tokens[to - 1])) to--;
  let of = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isWord(t)) return -1;
    if (t.cap) continue;
    // (`Chief Secretary to the Treasury Paul Boateng`: `to (the)` after a post's word, as `of`)
    if (t.lower === 'the' && of >= 0 && i === of + 1 && tokens[of].lower === 'to') continue;
    if ((t.lower !== 'of' && t.lower !== 'to' && t.lower !== 'for') || of >= 0 || i === from || !tokens[i - 1].cap || (flagAt(tokens, i - 1) & (t.lower === 'of' ? W_ROLE | W_ORG : W_ROLE)) === 0) return -1;
    of = i;
  }
  if (of < 0 || to - of < 4) return -1;
  // (`Republican Party of Virginia Chairman John Whitbeck`: a body's name with `of`, then the post held in it and the name)
  if ((flagAt(tokens, of - 1) & W_ROLE) === 0) return nameAfterLastRole(tokens, of + 1, to);
  for (let n = of + 2; n < to - 1 && n <= of + 3; n++) if ((flagAt(tokens, n) & W_GIVEN_NAME) !== 0) return n;
  return to - of - 1 >= 3 ? to - 2 : -1;
}

/** tokens[from, to) end with a capitalised role word and two or three name words (`Professor Daniel Shaviro`): where the name starts, else -1. */
function nameAfterLastRole(tokens: Token[], from: number, to: number): number {
  let r = to;
  while (r > from && to - r < 3 && isWord(tokens[r - 1]) && tokens[r - 1].cap && (flagAt(tokens, r - 1) & (W_ROLE | W_ORG)) === 0 && !tokens[r - 1].possessive) r--;
  if (to - r < 2 || r - 1 <= from) return -1;
  const role = tokens[r - 1];
  return isWord(role) && role.cap && (flagAt(tokens, r - 1) & W_ROLE) !== 0 ? r : -1;
}

/** The last capitalised role word of the capitalised run tokens[from, to) opens with, within its first four words; -1 if none. */
function leadingRoleWord(tokens: Token[], from: number, to: number): number {
  let role = -1;
  for (let i = from; i < to && i < from + 4 && isWord(tokens[i]) && tokens[i].cap; i++) if ((flagAt(tokens, i) & W_ROLE) !== 0) role = i;
  return role;
}

/** Most capitalised words a state or town after `of` has (`of New South Wales`). */
const MAX_PLACE_WORDS = 3;

/** tokens[from, to): capitalised words (at least two), `of`, then one to three capitalised words: the index of `of`, else -1. */
function placeAfterName(tokens: Token[], from: number, to: number): number {
  while (to > from && !isWord(tokens[to - 1])) to--;
  let of = -1;
  for (let i = to - 1; i >= from && to - i <= MAX_PLACE_WORDS + 1; i--) {
    const t = tokens[i];
    if (!isWord(t)) return -1;
    if (!t.cap && t.lower === 'of') {
      of = i;
      break;
    }
    if (!t.cap) return -1;
  }
  if (of - from < 2 || of === to - 1) return -1;
  for (let i = from; i < of; i++) if (!isWord(tokens[i]) || !tokens[i].cap) return -1;
  return of;
}

function readNounPhrase(ctx: PhraseContext, tokens: Token[], from: number, to: number, mode: 'subject' | 'inverted' | 'antecedent', acronym: string | null): SpeakerPhrase | null {
  from = skipConnectives(tokens, from, to);
  while (to > from && !isWord(tokens[to - 1])) to--;
  if (from >= to) return null;
  const p = pronoun(tokens, from, to);
  if (p) return p;
  // (`… are "aggressively pursued" by US TV watchdogs, said Jacoba Atlas`: a phrase a lower-case
  // preposition opens is its object's, never a subject)
  if (mode === 'subject' && isWord(tokens[from]) && !tokens[from].cap && SUBJECTLESS_OPENERS.has(tokens[from].lower)) return null;
  // (one pass: a quote inside is no phrase; the last possessive before the last word is kept for below)
  let poss = -1;
  for (let i = from; i < to; i++) {
    if (tokens[i].isQuote) return null;
    if (tokens[i].possessive && i < to - 1) poss = i;
  }

  // `the Spaniard`, `the Dane`: a nationality standing for a person, not a body called Spaniard
  if (to - from === 2 && isWord(tokens[from]) && tokens[from].lower === 'the' && tokens[from + 1].cap && (flagAt(tokens, from + 1) & W_DEMONYM) !== 0) {
    return describe(ctx, tokens, from, to, acronym);
  }
  // `X's praise`: the possessor speaks. `Mr Kok's report`: the document does.
  if (poss >= 0 && to - poss === 2 && (flagAt(tokens, to - 1) & W_SPEECH_NOUN) !== 0) return nounPhrase(ctx, tokens, from, poss + 1, mode);
  // (`Retail Banking Research`: a capitalised document word ends a body's name, not a document's phrase)
  // (`Gavin Cox of the buildyourown.org.uk website`: a person's name, then where they write, is the person)
  if (!tokens[to - 1].cap && (flagAt(tokens, to - 1) & W_DOCUMENT) !== 0 && !nameThenItsPlace(tokens, from, to)) return describe(ctx, tokens, from, to, acronym);

  let r = nameRunEnding(tokens, poss >= 0 ? poss + 1 : from, to);
  // `the King's Fund`, `the Children's Society`: a possessive inside a body's name (a capitalised run
  // through it to a body's word) is part of the name
  if (poss >= 0 && r === poss + 1 && tokens[poss].cap && isWord(tokens[poss]) && tokens[to - 1].cap && (flagAt(tokens, to - 1) & W_ORG) !== 0 && !honorificAt(tokens, r) && (flagAt(tokens, r) & W_GIVEN_NAME) === 0) {
    const p = plainRunStart(tokens, from, poss);
    if (p === from || (isWord(tokens[p - 1]) && tokens[p - 1].lower === 'the')) r = p;
  }
  let end = to;
  // the name run is the object of a preposition (`of the Lisbon Council`, `in Glasgow`, `the town of Oban`)
  const runPrep = r > from && isWord(tokens[r - 1]) && tokens[r - 1].lower === 'the' ? r - 2 : r - 1;
  const afterPreposition = r < to && runPrep >= from && isWord(tokens[runPrep]) && !tokens[runPrep].cap && OF_FOR.has(tokens[runPrep].lower);
  // (`David Graham from the FDA's Office of Drug Safety`: a possessive after the preposition belongs to the body)
  // (`Mr Hirsch from Retail Banking Research`: an honorific opens the name too)
  // (`As Gavin Cox of the excellent buildyourown.org.uk website put it`: a subject that is a name, then
  // `of` and a body in lower case, is the name; no name ends the phrase)
  const nameThenBody = mode === 'subject' && r >= to && nameWordAt(tokens, from) && poss < 0;
  // (`U.S. District Judge William Orrick of the Northern District of California wrote`: a capitalised
  // role, the name, then its court or body, as a subject too)
  const roleFirst = mode === 'subject' && afterPreposition && poss < 0 && leadingRoleWord(tokens, from, runPrep) >= 0;
  if (roleFirst || ((mode !== 'subject' || afterPreposition || nameThenBody) && (r >= to || ((nameWordAt(tokens, from) || honorificAt(tokens, from)) && (poss < 0 || possessiveAfterPreposition(tokens, from, poss)))))) {
    // `Paul Hofheinz of the Lisbon Council`: a name first, its role after.
    let e = from;
    // (before its cue, `Residents of Oban` is a role word and a place, not a name)
    while (e < to && (nameWordAt(tokens, e, tokens[e - 1]) || honorificAt(tokens, e)) && !tokens[e].possessive && !(mode === 'subject' && (flagAt(tokens, e) & W_ROLE) !== 0)) e++;
    // (`New York University School of Law Professor Daniel Shaviro`: a body, its role word, then the
    // name at the end, after an inverted cue: the name is the last run, after the role)
    const trailing = mode === 'inverted' && e > from && e < to ? nameAfterLastRole(tokens, e, to) : -1;
    if (trailing > e) {
      r = trailing;
    } else if (e > from && e < to && isWord(tokens[e]) && !tokens[e].cap && NAME_THEN_ROLE.has(tokens[e].lower)) {
      r = nameRunStart(tokens, from, e);
      end = e;
    } else if (mode === 'subject' && afterPreposition && runPrep > from) {
      // `Aviation analyst Nick Van den Brul of BNP Paribas`: a role, the name, then its body
      // (`Economist Jane Smith at Barclays`: a capitalised role word opens the run)
      let stop = runPrep;
      let n = nameRunEnding(tokens, from, stop);
      // (through the body's own `of the …`: `of the Northern District of California`)
      if (roleFirst && n > from + 2 && n < stop && isWord(tokens[n - 1]) && tokens[n - 1].lower === 'the' && OF_FOR.has(tokens[n - 2].lower)) {
        stop = n - 2;
        n = nameRunEnding(tokens, from, stop);
      }
      if (n === from && n + 2 < stop && (flagAt(tokens, n) & W_ROLE) !== 0 && !honorificAt(tokens, n) && (flagAt(tokens, stop - 1) & W_ORG) === 0) n++;
      // (`U.S. District Judge William Orrick`, `Judge John Smith`: the name is what follows the run's
      // last role word, a title or not, when two words or more do)
      const role = roleFirst && n === from ? leadingRoleWord(tokens, from, stop) : -1;
      if (role >= 0 && stop - role >= 3 && (flagAt(tokens, stop - 1) & W_ORG) === 0) n = role + 1;
      if (n > from && n < stop && isWord(tokens[n - 1]) && (flagAt(tokens, n - 1) & W_ROLE) !== 0) {
        r = n;
        end = stop;
      }
    }
  }
  // `said analyst Neil Wilson of ETX Capital`: after an inverted cue too, a role, the name, then its body
  // (`said fund manager Jane Smith at Arca in Milan`: through a second body or place)
  if (mode === 'inverted' && afterPreposition && end === to && runPrep > from && !nameWordAt(tokens, from) && !honorificAt(tokens, from)) {
    let stop = runPrep;
    let n = nameRunEnding(tokens, from, stop);
    if (n > from + 1 && n < stop && isWord(tokens[n - 1]) && !tokens[n - 1].cap && OF_FOR.has(tokens[n - 1].lower)) {
      stop = n - 1;
      n = nameRunEnding(tokens, from, stop);
    }
    if (n > from && n < stop && isWord(tokens[n - 1]) && !tokens[n - 1].cap && (flagAt(tokens, n - 1) & W_ROLE) !== 0) {
      r = n;
      end = stop;
    }
  }
  // `Dr Mike Watts head of exploration said`: a name of two words or more, then its role with no comma between
  if (mode === 'subject' && r >= end) {
    let e = from;
    while (e < to && (nameWordAt(tokens, e, tokens[e - 1]) || honorificAt(tokens, e)) && !tokens[e].possessive) e++;
    if (e - from >= 2 && e < to && isWord(tokens[e]) && !tokens[e].cap && (flagAt(tokens, e) & W_ROLE) !== 0) {
      r = nameRunStart(tokens, from, e);
      end = e;
    }
  } else if (mode === 'subject' && r > from) {
    // `Dr Mark Tuffy games systems director at digital content firm THX told`: the same with the role's
    // own lower-case words, then where the post is; the body at the end is no speaker
    let e = from;
    while (e < r && (nameWordAt(tokens, e, tokens[e - 1]) || honorificAt(tokens, e)) && !tokens[e].possessive) e++;
    let w = e;
    while (w < r && isWord(tokens[w]) && !tokens[w].cap && !OF_FOR.has(tokens[w].lower)) w++;
    if (e - from >= 2 && w > e && w < r && OF_FOR.has(tokens[w].lower) && (flagAt(tokens, w - 1) & W_ROLE) !== 0) {
      r = nameRunStart(tokens, from, e);
      end = e;
    }
  }
  if (r >= end) return describeLeadingRole(ctx, tokens, from, to, acronym) ?? describe(ctx, tokens, from, to, acronym);
  if (mode === 'subject' && hasClauseWord(tokens, from, r)) return null;
  // `a spokeswoman for the Treasury`: the role before the preposition speaks, not the body after it
  const prep = r > from && isWord(tokens[r - 1]) && tokens[r - 1].lower === 'the' ? r - 2 : r - 1;
  if (mode !== 'antecedent' && prep > from && isWord(tokens[prep]) && OF_FOR.has(tokens[prep].lower) && (flagAt(tokens, prep - 1) & W_ROLE) !== 0 && ((flagAt(tokens, from) & W_DETERMINER) !== 0 || prep - 1 === from)) {
    const d = describe(ctx, tokens, from, to, acronym, prep - 1);
    if (d) return d;
  }
  // a document word right before the preposition of the name run
  const documentBefore = afterPreposition && end === to && runPrep - 1 >= from && isWord(tokens[runPrep - 1]) && !tokens[runPrep - 1].cap && (flagAt(tokens, runPrep - 1) & W_DOCUMENT) !== 0;
  // `A statement from Thames Water said`, `a letter from Mr Smith`: a document speaks for the one it comes from
  if (documentBefore && DOCUMENT_SOURCES.has(tokens[runPrep].lower)) {
    const source = nounPhrase(ctx, tokens, runPrep + 1, to, mode, acronym);
    if (source) return source;
  }
  // (`The letter to Lowell also said`: a document to someone is the document, whose author speaks)
  if (documentBefore && runPrep - 1 > from && tokens[runPrep].lower === 'to') {
    const d = describe(ctx, tokens, from, runPrep, acronym);
    if (d) return d;
  }
  // `visited the town of Oban`, `a cafe in Glasgow`: a place after a preposition never speaks
  if (afterPreposition && end === to && !honorificAt(tokens, r)) {
    // (after an inverted cue, `a fund manager at Arca in Milan` is the role of the name before it)
    const role = describeLeadingRole(ctx, tokens, from, to, acronym);
    if (role || mode === 'subject') return role;
  }

  // Role words inside the capitalised run: `Home Secretary Charles Clarke`.
  const before = r > from ? tokens[r - 1] : null;
  const afterThe = before !== null && isWord(before) && before.lower === 'the';
  let head = end - 1;
  while (head > r && startsWithNumber(tokens[head].text)) head--;
  // `the Australian Paul Hennessy`, `the Spaniard Carlos Ruiz`: a nationality before a given name and
  // surname describes a person (`the American Medical Association` ends on a body's word)
  const nationality = afterThe && end - r >= 3 && isWord(tokens[r]) && isNationality(tokens[r].text) && (flagAt(tokens, r + 1) & W_GIVEN_NAME) !== 0 && (flagAt(tokens, head) & W_ORG) === 0;
  // (`the members of Korn`: the name is a group's)
  const membersOf = r - 2 >= from && before !== null && isWord(before) && before.lower === 'of' && isWord(tokens[r - 2]) && tokens[r - 2].lower === 'members';
  // `the Labour MP Jess Phillips`, `the Foreign Secretary David Lammy`: a role word and a given name inside
  // the run after `the` describe a person (`the Royal College of Nursing` has none)
  const roleThenGiven = afterThe && (flagAt(tokens, head) & W_ORG) === 0 && roleBeforeGivenName(tokens, r, end);
  // `the Home Secretary`, `the Prime Minister`: a capitalised post after `the`, its last word a role and
  // no body's, is a person described by the post, as `the Chancellor` is (no body called `Home Secretary`)
  if (afterThe && end === to && end - r <= 3 && head === end - 1 && isPostRun(tokens, r, end)) return describe(ctx, tokens, r - 1, to, acronym);
  // `the Financial Times's Mr Learmount`, `Amnesty International's Kate Allen`: a body's possessive before
  // an honorific or a given name is whom the person works for, no sign the name is a body's
  // (`The Fabian Society's Sundar Katwala`: or a first name and a surname, two plain capitalised words, closing the phrase)
  const possessor = before !== null && before.possessive && (honorificAt(tokens, r) || (flagAt(tokens, r) & W_GIVEN_NAME) !== 0 || (end === to && end - r === 2 && plainNameWord(tokens, r) && plainNameWord(tokens, r + 1)));
  // (`the Rev Jane Smith`: an honorific after `the` opens a person's name)
  // (`Writer and producer Debra Hill`: a body's word before the name joined to a person's role is a role too)
  const joinedToRole = r - 3 >= from && isWord(tokens[r - 2]) && tokens[r - 2].lower === 'and' && (flagAt(tokens, r - 3) & (W_ROLE | W_ORG)) === W_ROLE;
  let organisation = !nationality && !roleThenGiven && ((afterThe && !(honorificAt(tokens, r) && !tokens[r].possessive)) || (r > from && !possessor && !joinedToRole && (flagAt(tokens, r - 1) & W_ORG) !== 0 && !postOfBody(tokens, from, r)) || membersOf);
  let particle = false;
  for (let i = r + 1; i < end - 1; i++) if ((flagAt(tokens, i) & W_PARTICLE) !== 0) particle = true;
  // `Peter Hall` is a person: a common given name before the last word outweighs an organisation word
  const givenFirst = end - r >= 2 && (flagAt(tokens, r) & W_GIVEN_NAME) !== 0;
  if (!organisation && !particle && !givenFirst && !honorificAt(tokens, r) && (flagAt(tokens, head) & W_ORG) !== 0) organisation = true;
  let nameFrom = nationality ? r + 1 : r;
  if (!organisation) {
    for (let i = end - 1; i >= r; i--) {
      // (`Ms King`, `Stephen King`: a role's word after an honorific or a given name is a surname)
      if (i === end - 1 && i > r && (honorificAt(tokens, i - 1) || (flagAt(tokens, i - 1) & W_GIVEN_NAME) !== 0)) continue;
      if ((flagAt(tokens, i) & W_ROLE) !== 0 && i > r - 1 && !(i === r && honorificAt(tokens, i) && end - r >= 2)) {
        nameFrom = i + 1;
        break;
      }
    }
  }
  let honorific: string | null = null;
  /** where the honorific (or a rank of two titles) begins: the role ends there */
  let honorificFrom = nameFrom;
  // (`the King's Fund`: a possessive is no honorific)
  if (nameFrom < end - 1 && honorificAt(tokens, nameFrom) && !tokens[nameFrom].possessive && !PEERAGE.has(tokens[nameFrom].lower)) {
    honorific = tokens[nameFrom].text;
    honorificFrom = nameFrom;
    nameFrom++;
    // (`Lt. Col. Mark Brown`, `Det Supt Jo Hart`: a rank of two titles; the first one says the gender, if any)
    while (nameFrom < end - 1 && honorificAt(tokens, nameFrom) && !PEERAGE.has(tokens[nameFrom].lower)) nameFrom++;
  }
  // `Cardiff-born Megan Lloyd`, `London-based Jo Hart`: a place and a lower-case word after a hyphen
  // describe the person; they are no part of the name (`Jean-Paul` keeps its capital)
  while (nameFrom < end - 1 && isDescriptiveCompound(tokens[nameFrom].text)) nameFrom++;
  if (nameFrom >= end) return describe(ctx, tokens, from, to, acronym);
  // A long run whose first words the article also writes in lower case begins with common words.
  if (!organisation && !honorific) {
    // (the article's words are asked about last: the question may cost a search of the text)
    while (end - nameFrom > 2 && !PEERAGE.has(tokens[nameFrom].lower) && ctx.lowerWords.has(tokens[nameFrom].lower)) nameFrom++;
    if (end - nameFrom > MAX_NAME_WORDS) nameFrom = end - MAX_NAME_WORDS;
  }
  // A single capitalised word the article also writes in lower case (`Airlines`, `Analysts`) is no name.
  // (but right after a quote, mid-sentence, a capital is a name's: `"…," Orange said in a statement`)
  const afterQuote = nameFrom > 0 && (tokens[nameFrom - 1].isQuote || (isPunct(tokens[nameFrom - 1], ',') && tokens[nameFrom - 2]?.isQuote));
  // (a handle, `Twitter user karsonwithak`, is always written in lower case: it is the name still)
  if (end - nameFrom === 1 && !honorific && !afterQuote && !isAcronym(tokens[nameFrom]) && !isHandle(tokens[nameFrom]) && ctx.lowerWords.has(tokens[nameFrom].lower)) return describe(ctx, tokens, from, to, acronym);
  let roleFrom = skipDeterminer(tokens, from, honorific ? honorificFrom : nameFrom);
  const roleEnd = honorific ? honorificFrom : nameFrom;
  // `one from the International … Association, which`: only the words right before the name describe it
  for (let i = roleEnd - 1; i >= roleFrom; i--) {
    const t = tokens[i];
    // (`minister of sport`, `writer and producer`: a role's complement, two roles joined, are all the role)
    if (i > roleFrom && isWord(t) && ROLE_LINKS.has(t.lower) && (flagAt(tokens, i - 1) & W_ROLE) !== 0 && (t.lower !== 'and' || (flagAt(tokens, i + 1) & W_ROLE) !== 0)) continue;
    // (`Transport & General Worker's Union`: `&` between capitals is inside a body's name)
    if (i > roleFrom && ampersandInName(tokens, i)) continue;
    if (!isWord(t) || (!t.cap && ((flagAt(tokens, i) & (W_ADJUNCT | W_CLAUSE | W_SPEECH_CUE)) !== 0 || COORDINATORS.has(t.lower)))) {
      roleFrom = i + 1;
      break;
    }
  }
  roleFrom = skipDeterminer(tokens, roleFrom, roleEnd);
  let role = roleFrom < roleEnd ? textOf(ctx, tokens, roleFrom, roleEnd) : null;
  if (end < to) role = (role ? role + ' ' : '') + textOf(ctx, tokens, end, to);
  let gender: Gender | null = honorific ? honorificGender(honorific) : null;
  for (let i = from; i < nameFrom; i++) gender = roleGender(tokens, i) ?? gender;
  // (`Director of television Jana Bennett`, `Head of the union Jo Hart`: a body's word after a post's
  // `of` or `for` is what the person heads; the role's head is the post)
  const roleHeadIsBody = roleEnd > from && !(possessor && roleEnd === r) && !(joinedToRole && roleEnd === r) && (flagAt(tokens, roleEnd - 1) & W_ORG) !== 0 && !postOfBody(tokens, roleFrom, roleEnd);
  return {
    kind: 'name', text: textOf(ctx, tokens, nameFrom, end), span: spanOf(tokens, nameFrom, end), honorific, role, gender,
    organisation: organisation || roleHeadIsBody || (end - nameFrom === 1 && isAcronym(tokens[nameFrom])),
    acronym, head: null, document: false, definite: false,
  };
}

/** prepositions that open no subject */
const SUBJECTLESS_OPENERS = new Set(['by', 'into', 'onto', 'upon', 'towards', 'toward', 'via', 'despite', 'amid', 'without']);

/** words inside a role: `minister of sport`, `head for Europe`, `writer and producer` */
const ROLE_LINKS = new Set(['of', 'for', 'and']);

/** Whether the role tokens[from, to) are a person's post and its complement: `director of television`. */
function postOfBody(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i];
    if (isWord(t) && (t.lower === 'of' || t.lower === 'for')) return (flagAt(tokens, i - 1) & (W_ROLE | W_ORG)) === W_ROLE;
  }
  return false;
}

/** A capitalised word that is no role's, body's or document's word and no possessive (`Katwala`). */
function plainNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return isWord(t) && t.cap && !t.possessive && (flagAt(tokens, i) & (W_ROLE | W_ORG | W_DOCUMENT)) === 0;
}

/** tokens[r, end) are a post's words: the last a role's and no body's, none a given name, an honorific or a possessive. */
function isPostRun(tokens: Token[], r: number, end: number): boolean {
  if ((flagAt(tokens, end - 1) & (W_ROLE | W_ORG)) !== W_ROLE) return false;
  for (let i = r; i < end; i++) if (tokens[i].possessive || honorificAt(tokens, i) || (flagAt(tokens, i) & (W_GIVEN_NAME | W_ORG)) !== 0) return false;
  return true;
}

/** A role's word that is no body's (`writer`) stands among tokens[from, to). */
function personRoleBefore(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWord(tokens[i]) && (flagAt(tokens, i) & (W_ROLE | W_ORG)) === W_ROLE) return true;
  return false;
}

/** A name of two words or more opens tokens[from, to), then `of` / `from` / `at` (NAME_THEN_ROLE). */
function nameThenItsPlace(tokens: Token[], from: number, to: number): boolean {
  let e = from;
  while (e < to && nameWordAt(tokens, e, tokens[e - 1]) && !tokens[e].possessive) e++;
  return e - from >= 2 && e < to && isWord(tokens[e]) && !tokens[e].cap && NAME_THEN_ROLE.has(tokens[e].lower);
}

/** A preposition (of, from, at …) stands between `from` and the possessive at `poss`. */
function possessiveAfterPreposition(tokens: Token[], from: number, poss: number): boolean {
  for (let i = from + 1; i < poss; i++) if (isWord(tokens[i]) && !tokens[i].cap && OF_FOR.has(tokens[i].lower)) return true;
  return false;
}

function nameRunStart(tokens: Token[], from: number, e: number): number {
  let r = from;
  while (r < e && isWord(tokens[r]) && (flagAt(tokens, r) & W_NOT_NAME) !== 0 && !honorificAt(tokens, r)) r++;
  return r;
}

function skipDeterminer(tokens: Token[], from: number, to: number): number {
  while (from < to && isWord(tokens[from]) && ((flagAt(tokens, from) & W_CONNECTIVE) !== 0 || tokens[from].lower === 'the' || tokens[from].lower === 'a' || tokens[from].lower === 'an')) from++;
  return from;
}

/** words that count a group before `of`: `Dozens of residents` */
const GROUP_COUNTS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'tens']);
/** words before a number that make it a count: `More than 600 startups`, `Some 300 nurses` */
const COUNT_LEADS = new Set(['more', 'fewer', 'about', 'nearly', 'almost', 'some', 'over', 'around', 'roughly', 'at']);
/** how many words of a group's listed nouns (`startups, investors and executives`) are read */
const MAX_GROUP_WORDS = 8;

/**
 * `Dozens of residents`, `More than 600 startups, investors and executives`, `300 economists`: a count
 * and the people counted (plural words, the last a role's), opening tokens[from, to). The group as a
 * description whose head is that last word; null when the words do not read so.
 */
export function countedGroup(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  let i = from;
  const first = tokens[i];
  if (!first || !isWord(first)) return null;
  if (GROUP_COUNTS.has(first.lower)) {
    if (i + 1 >= to || !isWord(tokens[i + 1]) || tokens[i + 1].lower !== 'of') return null;
    i += 2;
  } else {
    // (`More than`, `at least`: two words lead the number)
    if (COUNT_LEADS.has(first.lower)) i += first.lower === 'more' || first.lower === 'fewer' || first.lower === 'at' ? 2 : 1;
    if (i >= to || !isWord(tokens[i]) || !/^\d[\d,]*$/.test(tokens[i].text)) return null;
    i++;
  }
  let head = -1;
  for (let j = i; j < to && j - i < MAX_GROUP_WORDS; j++) {
    const t = tokens[j];
    if (isPunct(t, ',')) continue;
    if (!isWord(t) || t.cap) break;
    if (t.lower === 'and' || t.lower === 'or') continue;
    const plural = t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss');
    // (`doctors, nurses and midwives`: the plural that closes a list of them is one of the group too)
    const listEnd = head >= 0 && isWord(tokens[j - 1]) && (tokens[j - 1].lower === 'and' || tokens[j - 1].lower === 'or');
    if (plural && (listEnd || ((flagAt(tokens, j) | wordFlags(t.lower.slice(0, -1))) & W_ROLE) !== 0)) head = j;
    else if (head >= 0 || (flagAt(tokens, j) & (W_CLAUSE | W_AUX)) !== 0) break;
  }
  if (head < 0) return null;
  return {
    kind: 'description', text: textOf(ctx, tokens, from, head + 1), span: spanOf(tokens, from, head + 1), honorific: null, role: null,
    gender: null, organisation: false, acronym: null, head: tokens[head].lower, document: false, definite: false,
  };
}
