// Reads a speaker phrase from tokens: a name with its role (`Home Secretary Charles Clarke`,
// `Tony Hunter, the organisation's president`), a pronoun, or a description (`a Downing Street
// spokesman`, `the radio station`, `his report`). Bounded by the caller's window; no backtracking.
import type { Gender, Span } from '../model';
import type { Token } from './tokens';
import {
  ADJUNCT, AUX, CLAUSE, CONNECTIVE, DETERMINERS, DOCUMENT, ORG, PARTICLE, POSSESSIVE_PRONOUN, RELATIVE, ROLE, SEPARATORS,
  SPEECH_NOUN, honorificGender, honorificOf, isNameWord, isPunct, isWord,
} from './words';
import { lexiconEn } from '../lexicon/en';

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
}

export interface PhraseContext {
  text: string;
  /** words the article writes in lower case: a capitalised one at a sentence start is a common word */
  lowerWords: Set<string>;
}

const PEERAGE = new Set(['lord', 'lady', 'baroness', 'baron', 'duke', 'duchess', 'earl', 'countess', 'viscount', 'marquess', 'bishop', 'archbishop']);
const ORG_JOINERS = new Set(['of', 'and', 'for', '&', 'on']);
const MAX_NAME_WORDS = 4;
const OF_FOR = new Set(['for', 'of', 'at', 'from', 'with', 'to', 'in', 'on', 'near', 'outside', 'inside']);

interface Range {
  from: number;
  to: number;
}

export interface Segment extends Range {
  acronym: string | null;
}

function isAcronym(t: Token | undefined): boolean {
  return isWord(t) && /^[\p{Lu}][\p{Lu}\p{N}&]{1,7}$/u.test(t.text);
}

/** Splits tokens[from, to) at commas, dashes and parentheses; `(ACRONYM)` attaches to the segment before it. */
export function segments(tokens: Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || !SEPARATORS.includes(t.text)) continue;
    if (t.text === '(' && isAcronym(tokens[i + 1]) && isPunct(tokens[i + 2], ')') && i + 2 < to) {
      out.push({ from: start, to: i, acronym: tokens[i + 1].text });
      i += 2;
      start = i + 1;
      // the acronym closes the segment; the next separator (if any) is skipped by the empty segment it makes
      continue;
    }
    out.push({ from: start, to: i, acronym: null });
    start = i + 1;
  }
  out.push({ from: start, to, acronym: null });
  return out.filter((s, k) => s.to > s.from || s.acronym !== null || k === out.length - 1);
}

/** End of a token without its possessive ending: `NME's` → `NME`. */
function endOf(t: Token): number {
  return t.possessive && t.kind === 'word' ? t.start + t.text.length : t.end;
}

function textOf(ctx: PhraseContext, tokens: Token[], from: number, to: number): string {
  return ctx.text.slice(tokens[from].start, endOf(tokens[to - 1])).replace(/\s+/g, ' ');
}

function spanOf(tokens: Token[], from: number, to: number): Span {
  return { start: tokens[from].start, end: endOf(tokens[to - 1]) };
}

function skipConnectives(tokens: Token[], from: number, to: number): number {
  while (from < to && isWord(tokens[from]) && CONNECTIVE.has(tokens[from].lower)) from++;
  return from;
}

function hasClauseWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWord(tokens[i]) && !tokens[i].cap && CLAUSE.has(tokens[i].lower)) return true;
  return false;
}

function pronoun(tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  if (to - from !== 1 || !isWord(tokens[from])) return null;
  const g = lexiconEn.pronouns[tokens[from].lower];
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
    if (isWord(t) && (isNameWord(t, tokens[r - 2]) || (t.cap && honorificOf(t))) && !(t.possessive && r < to)) {
      r--;
      continue;
    }
    // a particle between two name words: `Rob Da Bank`, `Ludwig van Beethoven`
    if (isWord(t) && !t.cap && PARTICLE.has(t.lower) && r < to && r - 2 >= from && isNameWord(tokens[r - 2])) {
      r--;
      continue;
    }
    break;
  }
  // `Lord Nicholls of Birkenhead`
  if (r - 2 >= from && r < to && isWord(tokens[r - 1]) && tokens[r - 1].lower === 'of') {
    let q = r - 1;
    while (q > from && isNameWord(tokens[q - 1])) q--;
    if (q < r - 1 && PEERAGE.has(tokens[q].lower.replace(/\.$/, ''))) r = q;
  }
  // An organisation with its article: `the Qualifications and Curriculum Authority`
  let q = r;
  while (q - 2 >= from && isWord(tokens[q - 1]) && ORG_JOINERS.has(tokens[q - 1].lower) && isNameWord(tokens[q - 2])) {
    let p = q - 1;
    while (p > from && isNameWord(tokens[p - 1]) && !tokens[p - 1].possessive) p--;
    if (p === q - 1) break;
    q = p;
  }
  if (q < r && q > from && isWord(tokens[q - 1]) && tokens[q - 1].lower === 'the') r = q;
  // Leading words that are not names (`The`, `However`) drop out.
  while (r < to && isWord(tokens[r]) && lexiconEn.notNames.includes(tokens[r].lower) && !honorificOf(tokens[r])) r++;
  return r;
}

/** `That's why the Kok report` → `the Kok report`: a document's phrase starts at its determiner or possessor. */
function documentStart(tokens: Token[], from: number, to: number): number {
  let j = to - 1;
  while (j > from) {
    const t = tokens[j - 1];
    if (!isWord(t) || (!t.cap && !DETERMINERS.has(t.lower) && !POSSESSIVE_PRONOUN.has(t.lower)) || ADJUNCT.has(t.lower) || CLAUSE.has(t.lower)) break;
    j--;
    if (DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUN.has(t.lower)) break;
  }
  return j;
}

function describe(ctx: PhraseContext, tokens: Token[], from: number, to: number, acronym: string | null, headAt = to - 1): SpeakerPhrase | null {
  if (from >= to) return null;
  const first = tokens[from];
  const last = tokens[headAt];
  if (!isWord(last)) return null;
  const head = last.lower;
  const det = isWord(first) ? first.lower : '';
  const possessivePronoun = POSSESSIVE_PRONOUN.has(det);
  const document = DOCUMENT.has(head);
  let hasPossessive = false;
  for (let i = from; i < to - 1; i++) if (tokens[i].possessive) hasPossessive = true;
  // A description is a noun phrase: a determiner, a role or an organisation head, a document.
  const singular = head.replace(/s$/, '');
  const headIsSource = ROLE.has(head) || ROLE.has(singular) || ORG.has(head) || ORG.has(singular) || document || /-year-old$/.test(head) || (det === 'the' && last.cap);
  if (!headIsSource || hasClauseWord(tokens, from, to)) return null;
  if (headAt < to - 1 && !ORG.has(singular)) {
    // `a spokesman for the Treasury` is a person speaking for a body
    return {
      kind: 'description', text: textOf(ctx, tokens, from, to), span: spanOf(tokens, from, to), honorific: null, role: null,
      gender: lexiconEn.genderedRoles[head] ?? null, organisation: false, acronym, head, document: false, definite: det === 'the',
    };
  }
  if (document) from = documentStart(tokens, from, to);
  if (to - from > 12) return null;
  const organisation = ORG.has(head) || ORG.has(singular) || document;
  let gender: Gender | null = null;
  for (let i = from; i < to; i++) if (isWord(tokens[i]) && lexiconEn.genderedRoles[tokens[i].lower]) gender = lexiconEn.genderedRoles[tokens[i].lower];
  return {
    kind: 'description', text: textOf(ctx, tokens, from, to), span: spanOf(tokens, from, to), honorific: null, role: null, gender,
    organisation, acronym, head, document, definite: det === 'the' || possessivePronoun || hasPossessive,
  };
}

/**
 * A noun phrase in tokens[from, to): `mode` says where it stands — before its cue (`subject`), after an
 * inverted cue (`inverted`), or before `, who …` (`antecedent`: its last name is the one meant).
 */
export function nounPhrase(ctx: PhraseContext, tokens: Token[], from: number, to: number, mode: 'subject' | 'inverted' | 'antecedent', acronym: string | null = null): SpeakerPhrase | null {
  from = skipConnectives(tokens, from, to);
  while (to > from && !isWord(tokens[to - 1])) to--;
  if (from >= to) return null;
  const p = pronoun(tokens, from, to);
  if (p) return p;
  for (let i = from; i < to; i++) if (tokens[i].kind === 'quote') return null;

  // `X's praise`: the possessor speaks. `Mr Kok's report`: the document does.
  let poss = -1;
  for (let i = to - 2; i >= from; i--) if (tokens[i].possessive) { poss = i; break; }
  if (poss >= 0 && to - poss === 2 && SPEECH_NOUN.has(tokens[to - 1].lower)) return nounPhrase(ctx, tokens, from, poss + 1, mode);
  if (DOCUMENT.has(tokens[to - 1].lower)) return describe(ctx, tokens, from, to, acronym);

  let r = nameRunEnding(tokens, poss >= 0 ? poss + 1 : from, to);
  let end = to;
  if (mode !== 'subject' && (r >= to || (isNameWord(tokens[from]) && poss < 0))) {
    // `Paul Hofheinz of the Lisbon Council`: a name first, its role after.
    let e = from;
    while (e < to && (isNameWord(tokens[e], tokens[e - 1]) || honorificOf(tokens[e])) && !tokens[e].possessive) e++;
    if (e > from && e < to && isWord(tokens[e]) && !tokens[e].cap && ['of', 'at', 'from', 'for', 'with'].includes(tokens[e].lower)) {
      r = nameRunStart(tokens, from, e);
      end = e;
    }
  }
  if (r >= end) return describe(ctx, tokens, from, to, acronym);
  if (mode === 'subject' && hasClauseWord(tokens, from, r)) return null;
  // `a spokeswoman for the Treasury`: the role before the preposition speaks, not the body after it
  const prep = r > from && isWord(tokens[r - 1]) && tokens[r - 1].lower === 'the' ? r - 2 : r - 1;
  if (mode !== 'antecedent' && prep > from && isWord(tokens[prep]) && OF_FOR.has(tokens[prep].lower) && ROLE.has(tokens[prep - 1].lower) && DETERMINERS.has(tokens[from].lower)) {
    const d = describe(ctx, tokens, from, to, acronym, prep - 1);
    if (d) return d;
  }

  // Role words inside the capitalised run: `Home Secretary Charles Clarke`.
  const before = r > from ? tokens[r - 1] : null;
  let organisation = (before !== null && isWord(before) && before.lower === 'the') || (r > from && ORG.has(tokens[r - 1].lower));
  let head = end - 1;
  while (head > r && /^\p{N}/u.test(tokens[head].text)) head--;
  let particle = false;
  for (let i = r + 1; i < end - 1; i++) if (PARTICLE.has(tokens[i].lower)) particle = true;
  if (!organisation && !particle && !honorificOf(tokens[r]) && ORG.has(tokens[head].lower)) organisation = true;
  let nameFrom = r;
  if (!organisation) {
    for (let i = end - 1; i >= r; i--) {
      if (ROLE.has(tokens[i].lower) && i > r - 1 && !(i === r && honorificOf(tokens[i]) && end - r >= 2)) {
        nameFrom = i + 1;
        break;
      }
    }
  }
  let honorific: string | null = null;
  if (nameFrom < end - 1 && honorificOf(tokens[nameFrom]) && !PEERAGE.has(tokens[nameFrom].lower)) {
    honorific = tokens[nameFrom].text;
    nameFrom++;
  }
  if (nameFrom >= end) return describe(ctx, tokens, from, to, acronym);
  // A long run whose first words the article also writes in lower case begins with common words.
  if (!organisation && !honorific) {
    while (end - nameFrom > 2 && ctx.lowerWords.has(tokens[nameFrom].lower) && !PEERAGE.has(tokens[nameFrom].lower)) nameFrom++;
    if (end - nameFrom > MAX_NAME_WORDS) nameFrom = end - MAX_NAME_WORDS;
  }
  // A single capitalised word the article also writes in lower case (`Airlines`, `Analysts`) is no name.
  if (end - nameFrom === 1 && !honorific && ctx.lowerWords.has(tokens[nameFrom].lower) && !isAcronym(tokens[nameFrom])) return describe(ctx, tokens, from, to, acronym);
  let roleFrom = skipDeterminer(tokens, from, honorific ? nameFrom - 1 : nameFrom);
  const roleEnd = honorific ? nameFrom - 1 : nameFrom;
  // `one from the International … Association, which`: only the words right before the name describe it
  for (let i = roleEnd - 1; i >= roleFrom; i--) {
    const t = tokens[i];
    if (!isWord(t) || (!t.cap && (ADJUNCT.has(t.lower) || CLAUSE.has(t.lower) || ['and', 'or', 'but'].includes(t.lower)))) {
      roleFrom = i + 1;
      break;
    }
  }
  roleFrom = skipDeterminer(tokens, roleFrom, roleEnd);
  let role = roleFrom < roleEnd ? textOf(ctx, tokens, roleFrom, roleEnd) : null;
  if (end < to) role = (role ? role + ' ' : '') + textOf(ctx, tokens, end, to);
  let gender: Gender | null = honorific ? honorificGender(honorific) : null;
  for (let i = from; i < nameFrom; i++) if (isWord(tokens[i]) && lexiconEn.genderedRoles[tokens[i].lower]) gender = lexiconEn.genderedRoles[tokens[i].lower];
  const roleHead = roleEnd > from ? tokens[roleEnd - 1].lower : '';
  return {
    kind: 'name', text: textOf(ctx, tokens, nameFrom, end), span: spanOf(tokens, nameFrom, end), honorific, role, gender,
    organisation: organisation || ORG.has(roleHead) || (end - nameFrom === 1 && isAcronym(tokens[nameFrom])),
    acronym, head: null, document: false, definite: false,
  };
}

function nameRunStart(tokens: Token[], from: number, e: number): number {
  let r = from;
  while (r < e && isWord(tokens[r]) && lexiconEn.notNames.includes(tokens[r].lower) && !honorificOf(tokens[r])) r++;
  return r;
}

function skipDeterminer(tokens: Token[], from: number, to: number): number {
  while (from < to && isWord(tokens[from]) && (CONNECTIVE.has(tokens[from].lower) || tokens[from].lower === 'the' || tokens[from].lower === 'a' || tokens[from].lower === 'an')) from++;
  return from;
}

function isAdjunct(tokens: Token[], seg: Range): boolean {
  const t = tokens[skipConnectives(tokens, seg.from, seg.to)];
  if (!t || !isWord(t)) return false;
  // `In a statement …`, `Speaking at …`
  return ADJUNCT.has(t.lower) || (t.cap && /ing$/.test(t.lower) && t.lower.length > 5);
}

function isRelative(tokens: Token[], seg: Range): boolean {
  const t = tokens[seg.from];
  return !!t && isWord(t) && RELATIVE.has(t.lower);
}

function withRole(phrase: SpeakerPhrase, role: SpeakerPhrase | null): SpeakerPhrase {
  if (role && role.kind === 'description' && !phrase.role) {
    phrase.role = role.text;
    if (!phrase.gender) phrase.gender = role.gender;
    if (role.organisation && !role.document && ORG.has(role.head ?? '')) phrase.organisation = true;
  }
  return phrase;
}

/** The subject written before a cue in tokens[from, cue): `Tony Hunter, the organisation's president,`. */
export function subjectBefore(ctx: PhraseContext, tokens: Token[], from: number, cue: number): SpeakerPhrase | null {
  let end = cue;
  let lastAux = '';
  while (end > from && isWord(tokens[end - 1]) && !tokens[end - 1].cap && AUX.has(tokens[end - 1].lower)) {
    if (!lastAux) lastAux = tokens[end - 1].lower;
    end--;
  }
  // `was told`, `is said to`: a passive cue names no speaker.
  if (['was', 'were', 'is', 'are', 'been', 'being', 'be'].includes(lastAux)) return null;
  if (end > from && isWord(tokens[end - 1]) && ['and', 'but', 'or'].includes(tokens[end - 1].lower)) return leadingSubject(ctx, tokens, from, end - 1);
  const segs = segments(tokens, from, end);
  let k = segs.length - 1;
  let rightRole: SpeakerPhrase | null = null;
  let antecedent = false;
  for (; k >= 0; k--) {
    const seg = segs[k];
    if (seg.to <= seg.from) continue;
    if (isRelative(tokens, seg)) {
      antecedent = true;
      continue;
    }
    if (isAdjunct(tokens, seg) && k > 0) continue;
    const np = nounPhrase(ctx, tokens, seg.from, seg.to, antecedent ? 'antecedent' : 'subject', seg.acronym);
    antecedent = false;
    // An appositive (`vice president of the European Commission`, `a senior law lord`): the name stands to its left.
    if (previousSegment(segs, k) >= 0 && !antecedentName(np) && (isAppositive(tokens, seg) || (np?.kind !== 'name' && hasRoleWord(tokens, seg)))) {
      // the appositive nearest the name is its role
      rightRole = np && np.kind === 'description' ? np : roleOnly(ctx, tokens, seg);
      continue;
    }
    if (!np) return rightRole && rightRole.head !== null ? rightRole : null;
    if (np.kind === 'pronoun') return np;
    if (np.kind === 'name') return withRole(withRole(np, rightRole), leftDescription(ctx, tokens, segs, k));
    // A description: the name may stand in the segment to its left (`Kamal Nath, Commerce and Industry Minister,`).
    const left = previousSegment(segs, k);
    if (left >= 0 && !rightRole) {
      const ln = nounPhrase(ctx, tokens, segs[left].from, segs[left].to, 'subject', segs[left].acronym);
      if (ln && ln.kind === 'name' && !hasClauseWord(tokens, segs[left].from, segs[left].to)) return withRole(ln, np);
    }
    // a described source (`Goldman Sachs analysts, led by …,`) beats a bare appositive after it
    if (rightRole && rightRole.head !== null) return rightRole;
    if (rightRole) return np;
    rightRole = np;
    if (np.document || left < 0) return np;
    // keep looking left once, for an appositive name
  }
  return rightRole && rightRole.head !== null ? rightRole : null;
}

/** A segment that starts in lower case (`a staunch supporter of …`, `general secretary of …`) describes, it does not name. */
function isAppositive(tokens: Token[], seg: Range): boolean {
  const t = tokens[seg.from];
  return isWord(t) && !t.cap && !RELATIVE.has(t.lower) && !CONNECTIVE.has(t.lower);
}

function hasRoleWord(tokens: Token[], seg: Range): boolean {
  if (hasClauseWord(tokens, seg.from, seg.to)) return false;
  for (let i = seg.from; i < seg.to; i++) if (isWord(tokens[i]) && ROLE.has(tokens[i].lower)) return true;
  return false;
}

function antecedentName(np: SpeakerPhrase | null): boolean {
  return np !== null && np.kind === 'pronoun';
}

/** A role written as a segment, kept only as text for the name found to its left. */
function roleOnly(ctx: PhraseContext, tokens: Token[], seg: Range): SpeakerPhrase {
  return {
    kind: 'description', text: textOf(ctx, tokens, seg.from, seg.to), span: spanOf(tokens, seg.from, seg.to), honorific: null, role: null,
    gender: null, organisation: false, acronym: null, head: null, document: false, definite: false,
  };
}

function previousSegment(segs: Segment[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (segs[j].to > segs[j].from) return j;
  return -1;
}

function leftDescription(ctx: PhraseContext, tokens: Token[], segs: Segment[], k: number): SpeakerPhrase | null {
  const left = previousSegment(segs, k);
  if (left < 0) return null;
  const np = nounPhrase(ctx, tokens, segs[left].from, segs[left].to, 'subject', segs[left].acronym);
  return np && np.kind === 'description' && !np.document ? np : null;
}

/** The subject written after an inverted cue: `said the chairman of …, Labour MP Barry Sheerman`. */
export function subjectAfter(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  const segs = segments(tokens, from, to);
  const first = segs.findIndex((s) => s.to > s.from);
  if (first < 0) return null;
  const seg = segs[first];
  const t = tokens[seg.from];
  if (!isWord(t)) return null;
  if (t.lower === 'that' || t.lower === 'this' || t.lower === 'it' || ADJUNCT.has(t.lower) || CLAUSE.has(t.lower)) return null;
  // `said singer Kate Moody`, `said former minister John Reid`: lower-case words lead to a role and a name
  if (!t.cap && !DETERMINERS.has(t.lower) && !POSSESSIVE_PRONOUN.has(t.lower) && !hasRoleWord(tokens, seg)) return null;
  const np = nounPhrase(ctx, tokens, seg.from, Math.min(seg.to, seg.from + 14), 'inverted', seg.acronym);
  const next = segs.slice(first + 1).find((s) => s.to > s.from);
  if (!np && next && isPureName(tokens, next) && !hasClauseWord(tokens, seg.from, seg.to)) return nounPhrase(ctx, tokens, next.from, next.to, 'inverted', next.acronym);
  if (!np || np.kind === 'pronoun') return np;
  if (np.kind === 'description' && next) {
    const nn = nounPhrase(ctx, tokens, next.from, next.to, 'inverted', next.acronym);
    if (nn && nn.kind === 'name') return withRole(nn, np);
  }
  if (np.kind === 'name' && next && !np.role) {
    const nd = nounPhrase(ctx, tokens, next.from, next.to, 'inverted', next.acronym);
    if (nd && nd.kind === 'description' && !isAdjunct(tokens, next)) withRole(np, nd);
  }
  return np;
}

/**
 * The subject a sentence opens with (for pronouns to refer back to): after connectives and adjuncts,
 * the leading noun phrase — names, roles, possessives — or its appositive name.
 */
export function leadingSubject(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  for (let i = from; i < to; i++) if (tokens[i].kind === 'quote') { to = i; break; }
  const segs = segments(tokens, from, to);
  let k = 0;
  while (k < segs.length - 1 && (segs[k].to <= segs[k].from || isAdjunct(tokens, segs[k]) || onlyConnectives(tokens, segs[k]))) k++;
  const seg = segs[k];
  if (!seg || seg.to <= seg.from) return null;
  const start = skipConnectives(tokens, seg.from, seg.to);
  const p = pronoun(tokens, start, Math.min(start + 1, seg.to));
  if (p) return p;
  const end = leadingNounEnd(tokens, start, seg.to);
  if (end <= start) return null;
  if (end === seg.to && k + 1 < segs.length) {
    const next = segs[k + 1];
    const nn = next.to > next.from && !hasClauseWord(tokens, next.from, next.to) ? nounPhrase(ctx, tokens, next.from, next.to, 'subject', next.acronym) : null;
    const here = nounPhrase(ctx, tokens, start, end, 'subject', seg.acronym);
    if (here && here.kind === 'description' && nn && nn.kind === 'name' && isPureName(tokens, next)) return withRole(nn, here);
    return here;
  }
  return nounPhrase(ctx, tokens, start, end, 'subject', seg.acronym);
}

function onlyConnectives(tokens: Token[], seg: Range): boolean {
  return skipConnectives(tokens, seg.from, seg.to) >= seg.to;
}

function isPureName(tokens: Token[], seg: Range): boolean {
  for (let i = seg.from; i < seg.to; i++) if (!isNameWord(tokens[i], tokens[i - 1]) && !honorificOf(tokens[i]) && !PARTICLE.has(tokens[i].lower)) return false;
  return true;
}

/** End of the noun phrase a sentence opens with: names, possessives, determiners, role words (and the words leading to one). */
function leadingNounEnd(tokens: Token[], from: number, to: number): number {
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (!isWord(t)) break;
    const afterPossessive = i > from && tokens[i - 1].possessive;
    if (t.cap || /^\p{N}/u.test(t.text) || DETERMINERS.has(t.lower) || ROLE.has(t.lower) || ORG.has(t.lower) || afterPossessive || /-year-old$/.test(t.lower)) {
      i++;
      continue;
    }
    // lower-case words that lead to a role word: `home affairs correspondent`
    let j = i;
    while (j < to && j < i + 3 && isWord(tokens[j]) && !tokens[j].cap && !ROLE.has(tokens[j].lower) && !CLAUSE.has(tokens[j].lower) && !AUX.has(tokens[j].lower) && !ADJUNCT.has(tokens[j].lower)) j++;
    if (j < to && j > i && isWord(tokens[j]) && ROLE.has(tokens[j].lower)) {
      i = j + 1;
      continue;
    }
    break;
  }
  return i;
}
