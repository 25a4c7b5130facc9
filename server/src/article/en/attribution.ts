// Which cue governs a quote, and who its subject is: a cue before the quote with a colon or comma,
// right after it (`"…," said X`), earlier in the sentence for a partial quote, `according to X`,
// a possessive speech noun (`the NME's praise`), `quoted him as saying`. Windows bound every search.
import type { AttributionKind } from '../model';
import type { Token } from './tokens';
import type { Sentence } from './sentences';
import { findCues, ownerFollows, type Cue } from './cues';
import type { PhraseContext, SpeakerPhrase } from './phrase';
import { ARTICLES, introducedPossessor, leadingNounEnd, leadingSubject, possessorStart, subjectAfter, subjectBefore, withRole } from './subjects';
import { bareName, nounPhrase } from './phrase';
import { pluralHead, postHolder, type Entity, type SpeakerRegistry } from './registry';
import { CLAUSE, DETERMINERS, HONORIFICS, NOT_NAME, ROLE, W_ADJUNCT, W_NOT_NAME, flagAt, isPunct, isWord } from './words';
import { isJsSpace, rememberedForText } from '../text';
import { isAsciiLetter } from '../charClasses';

/** Most words between a cue and the colon before its quote (`told the BBC's Today programme:`). */
const MAX_OBJECT_WORDS = 6;
/** Most tokens between a quote and a cue after it (`"…," Ryanair deputy chief executive Michael Cawley told`). */
/** (`"…", Rabbi Marvin Hier, founder of the … Center said`: a name and its appositive may stand between) */
const MAX_POST_CUE_DISTANCE = 20;
/** (`"…" to an agreement, Flake, one of a few Republicans … leading the effort, told reporters`: farther when an appositive closed by a comma ends right before the cue) */
const MAX_POST_CUE_DISTANCE_APPOSITIVE = 28;
/** Most tokens a speaker phrase spans on either side of its cue. */
const PHRASE_WINDOW = 40;
/** Most tokens back from a quote to the cue that governs it in its sentence. */
const GOVERNING_WINDOW = 80;

export interface ResolvedCue extends Cue {
  entity: Entity | null;
  /** `quoted him as saying`: the speaker is the one quoted, not the one quoting */
  nested?: boolean;
  /** `is said to`: no one in particular speaks */
  passive?: boolean;
  /** `was described as "…" by X`: the speaker is the agent after the quote */
  agent?: boolean;
  /** where the subject phrase the cue found starts (null when inherited or none) */
  subjectAt?: number | null;
}

/** A resolved cue, every field set in one order (one object shape for the readers of the list). */
function resolved(c: Cue, entity: Entity | null, nested: boolean, passive: boolean, agent: boolean, subjectAt: number | null): ResolvedCue {
  return { kind: c.kind, from: c.from, to: c.to, entity, nested, passive, agent, subjectAt };
}

/** What resolveCues answers for a sentence with no cue (shared: never written to). */
const NO_CUES: ResolvedCue[] = [];

export interface Attribution {
  entity: Entity | null;
  kind: AttributionKind | null;
  cue: Cue | null;
  /** a reporting cue governs the quote even though its subject could not be resolved (`he said` with no one before) */
  governed?: boolean;
  /** the unresolved subject of that cue was `he` or `she`: a speaker carried over must agree with it */
  governedGender?: 'male' | 'female';
}

/**
 * Resolves every cue's subject in order (pronouns refer to what was met before them).
 * `hasQuotes` false: the caller knows the sentence holds no quote (no search for one).
 */
export function resolveCues(ctx: PhraseContext, registry: SpeakerRegistry, tokens: Token[], s: Sentence, hasQuotes = true): ResolvedCue[] {
  const found = findCues(tokens, s.from, s.to);
  // (most sentences have no cue: one shared empty answer, which the caller only reads)
  if (found.length === 0) return NO_CUES;
  const out: ResolvedCue[] = [];
  const quoteAt: number[] = [];
  if (hasQuotes) for (let i = s.from; i < s.to; i++) if (tokens[i].isQuote) quoteAt.push(i);
  // with no quote in the sentence, a clause around a cue reaches the window's ends (no scan for one)
  const quoteless = quoteAt.length === 0;
  let q = 0;
  for (let n = 0; n < found.length; n++) {
    const c = found[n];
    // Only cues that can govern a quote (or report the sentence's last speech) are read: a sentence
    // of a thousand cue words costs no more than its quotes.
    while (q < quoteAt.length && quoteAt[q] < c.from - MAX_POST_CUE_DISTANCE - PHRASE_WINDOW) q++;
    const nearQuote = q < quoteAt.length && quoteAt[q] <= c.to + GOVERNING_WINDOW;
    if (!nearQuote && n !== 0 && n < found.length - 2) {
      out.push(resolved(c, null, false, false, false, null));
      continue;
    }
    let phrase: SpeakerPhrase | null = null;
    let inherited: Entity | null = null;
    // Speaker phrases are short: look no further than a window around the cue (keeps long sentences linear).
    const windowStart = Math.max(s.from, c.from - PHRASE_WINDOW);
    const windowEnd = Math.min(s.to, c.to + PHRASE_WINDOW);
    const clauseStart = quoteless ? windowStart : lastQuoteBefore(tokens, windowStart, c.from) + 1;
    const clauseEnd = quoteless ? windowEnd : nextQuoteAfter(tokens, c.to, windowEnd);
    // (`according to a copy seen by Reuters`: who saw the document is not its source)
    if (c.kind === 'according-to') phrase = documentSeenBy(tokens, c.to, clauseEnd) ? null : subjectAfter(ctx, tokens, c.to, clauseEnd);
    else if (c.kind === 'speech-noun') phrase = ownerFollows(c) ? subjectAfter(ctx, tokens, c.to, clauseEnd) : subjectBefore(ctx, tokens, possessorStart(tokens, clauseStart, c.from), c.from);
    else if (tokens[c.from].lower.endsWith('ing') && c.to - c.from === 1) {
      // `…, adding that …`: the participle's subject is the clause's
      const prev = out.length ? out[out.length - 1] : null;
      const quotedAs = prev && isWord(tokens[c.from - 1]) && tokens[c.from - 1].lower === 'as' && QUOTING.has(tokens[prev.from].lower);
      if (quotedAs) {
        // `The paper quoted him as saying`, `quoted Mr Smith as saying`: the one quoted speaks
        // `Mr Khan was quoted as saying`: in the passive, the one quoted is the subject
        // (`X was quoted by The Australian newspaper as saying`: the paper that quotes is no speaker either)
        const byAgent = !!prev.agent && prev.to < c.from - 1 && isWord(tokens[prev.to]) && tokens[prev.to].lower === 'by';
        // (`with Mr Dixon quoted as saying`: quoted right before `as`, no object and no auxiliary, has the one before it for subject)
        const object = (prev.passive && prev.to === c.from - 1) || byAgent ? passiveSubject(ctx, tokens, s.from, prev.from) : prev.to === c.from - 1 ? participleSubject(ctx, tokens, s.from, prev.from) : objectPhrase(ctx, tokens, prev.to, c.from - 1);
        const entity = object ? statementOwner(ctx, registry, tokens, s, object) ?? registry.resolve(object) : null;
        if (entity) entity.spoke = true;
        // (`"…," AP quoted prosecutor X as saying`, `"…," X was quoted as saying`: a quote before `quoted` is X's too)
        if (entity) prev.entity = entity;
        out.push(resolved(c, entity, true, false, false, null));
        continue;
      }
      // `…, with Chair Jerome Powell saying`, `…, the minister adding`: the participle has its own subject
      const own = participleSubject(ctx, tokens, s.from, c.from);
      if (own) inherited = registry.resolve(own);
      else if (prev && prev.entity) inherited = prev.entity;
      else {
        // (`Noting that his supporters had "…," Franken apologized`: a participle opening the sentence
        // has the subject of the clause after its own)
        const lead = c.from === s.from ? subjectAfterOpening(ctx, tokens, c.to, s.to) : c.from - s.from <= PHRASE_WINDOW ? leadingSubject(ctx, tokens, s.from, c.from) : null;
        inherited = lead ? registry.resolve(lead) : null;
      }
    } else {
      let start = clauseStart;
      let hasWordsBefore = hasWord(tokens, start, c.from);
      // `The group, which calls itself "Liberty Watch", welcomed …`: a name in quotes inside a relative
      // clause belongs to the subject phrase, which starts before it. So does one that closes the clause
      // before the verb's own words (`Sir Ian, who made his name with "Frinton", used his speech to warn`).
      // (`Matthews, who played despite admitting she had not kicked a ball "since school", said:`: so do
      // any quoted words that close a relative clause)
      const closesClause = start - 1 >= s.from && tokens[start - 1].isQuote && !quotedSentence(tokens[start - 1]) && isPunct(tokens[start], ',') && relativeBefore(tokens, Math.max(s.from, start - 1 - PHRASE_WINDOW), start - 1);
      if (closesClause || (!hasWordsBefore && start - 1 >= s.from && isNameInQuotes(tokens[start - 1]))) {
        start = lastQuoteBefore(tokens, Math.max(s.from, c.from - PHRASE_WINDOW), start - 1) + 1;
        hasWordsBefore = hasWord(tokens, start, c.from);
      }
      // `X said … and urged residents to leave`: a verb joined by `and` shares its subject; what follows it is its object
      const joined = c.from - 1 >= s.from && isWord(tokens[c.from - 1]) && (tokens[c.from - 1].lower === 'and' || tokens[c.from - 1].lower === 'but');
      // (`a plan that was criticized by experts and attacked as "…" by Democrats`: unless the joined verb is
      // passive: its speaker is its agent after the quote, not the clause's subject)
      const joinedPassive = joined && passiveBefore(tokens, clauseStart, c.from);
      // (`phones will be printed on to wrists, or other parts of the body, says Ian Pearson`: a verb of saying
      // right after a comma, its subject after it, closes words reported with no quote; the phrase before the
      // comma is part of them)
      const after = c.kind === 'speech' && c.from - 1 > s.from && isPunct(tokens[c.from - 1], ',') && !TELL.has(tokens[c.from].lower) ? subjectAfter(ctx, tokens, c.to, clauseEnd) : null;
      // (a name closed by the sentence's end or by a comma: `said Jones was wrong` has Jones for the object's subject)
      const inverted = after && after.kind === 'name' && closedAfter(ctx, tokens, c.to, after) ? after : null;
      phrase = inverted ?? (hasWordsBefore && !joinedPassive ? subjectBefore(ctx, tokens, start, c.from) ?? knownNotName(ctx, registry, tokens, start, c.from) : null);
      // (`US Customs claimed … but his lawyer, Antony Townsden, told the BBC … and added:`: the clause
      // right before the joined verb, opened by `but` / `while` with a subject of its own, gives it its subject)
      if (phrase && joined && !joinedPassive) {
        const prev = out.length ? out[out.length - 1] : null;
        if (prev && prev.entity && prev.subjectAt != null && prev.subjectAt > phrase.span.end && ownClauseSubject(tokens, s.from, prev)) {
          inherited = prev.entity;
          phrase = null;
        }
      } else if (!phrase && joined && !joinedPassive) {
        const prev = out.length ? out[out.length - 1] : null;
        if (prev && prev.entity) inherited = prev.entity;
        else {
          const lead = c.from - s.from <= PHRASE_WINDOW ? leadingSubject(ctx, tokens, s.from, c.from) : null;
          inherited = lead ? registry.resolve(lead) : null;
        }
      }
      // `"…," said X`: only a verb of saying puts its subject after it (`welcomed the ruling` has an object there)
      // (not after `told`, whose next words are the one told: `The assistant told Reuters:`)
      else if (!phrase && c.kind === 'speech' && !passiveBefore(tokens, clauseStart, c.from) && !TELL.has(tokens[c.from].lower)) phrase = subjectAfter(ctx, tokens, c.to, clauseEnd);
    }
    // `was described as "…" by X`: a passive cue's speaker is its agent
    let agent = false;
    // (`have been branded "…" by X`: a partial cue too)
    if (!phrase && !inherited && (c.kind === 'speech' || c.kind === 'partial') && passiveBefore(tokens, clauseStart, c.from)) {
      phrase = passiveAgent(ctx, tokens, c.to, s.to);
      agent = phrase !== null;
    }
    const entity = inherited ?? (phrase ? sentenceReferent(ctx, registry, tokens, s.from, phrase) ?? statementOwner(ctx, registry, tokens, s, phrase) ?? (postHolder(phrase) ? registry.resolveOpeningPost(phrase) : phrase.kind === 'pronoun' && phrase.text === 'it' ? registry.speakingIt(phrase) : registry.resolve(phrase)) : null);
    if (entity && c.kind !== 'speech-noun') entity.spoke = true;
    // (`"…," Hammond said, although he said`: someone else named as a speaker in this sentence is the
    // he / she after it, not the unnamed source the sentence before opened with)
    if (entity && phrase && phrase.kind !== 'pronoun' && entity.type === 'person' && c.kind !== 'speech-noun') registry.unnamedSubject = null;
    // (`Sacked MP Howard Flight's local association has insisted`: the one with a role who owns the subject is met)
    const possessor = phrase && !inherited ? introducedPossessor(ctx, tokens, s.from, phrase) : null;
    if (possessor) registry.resolve(possessor);
    // `One nurse … said she had worked …`: a pronoun right after the cue is its own subject, so it
    // gives the gender a description left open (a later `she said` can then find the nurse)
    const after = tokens[c.to];
    // (not a group: `Officials now say he did not resign` speaks of someone else)
    if (entity && !entity.gender && phrase && phrase.kind !== 'pronoun' && !pluralHead(phrase.head) && after && isWord(after) && (after.lower === 'he' || after.lower === 'she')) {
      entity.gender = after.lower === 'he' ? 'male' : 'female';
    }
    out.push(resolved(c, entity, false, !entity && passiveBefore(tokens, clauseStart, c.from), agent && entity !== null, phrase && !inherited ? phrase.span.start : null));
  }
  return out;
}

/**
 * `Ms Donnelly later visited Oban, where she thanked …`: a `he`/`she` later in a sentence refers to
 * the person the sentence opens with, when the gender agrees, before anyone met earlier.
 */
function sentenceReferent(ctx: PhraseContext, registry: SpeakerRegistry, tokens: Token[], from: number, phrase: SpeakerPhrase): Entity | null {
  if (phrase.kind !== 'pronoun' || (phrase.text !== 'he' && phrase.text !== 'she' && phrase.text !== 'it')) return null;
  if (phrase.span.start <= tokens[from].start) {
    // (an opening he / she: the person the sentence before opened with, when the gender fits)
    const opened = phrase.text === 'it' ? null : registry.openedWith;
    const gender = phrase.text === 'he' ? 'male' : 'female';
    // (`But Parry, speaking to BBC Sport, also admits …. He told BBC Five Live:`: one of no known gender
    // too, a person, who is then of the pronoun's)
    if (opened && opened.gender === null && opened.type === 'person' && !opened.place) opened.gender = gender;
    return opened && opened.gender === gender ? opened : null;
  }
  let to = from;
  while (to < tokens.length && to - from < PHRASE_WINDOW && tokens[to].start < phrase.span.start) to++;
  const lead = leadingSubject(ctx, tokens, from, to) ?? (phrase.text !== 'it' ? possessorInOpener(ctx, tokens, from, to) : null);
  // `housebuilder Brackwell Group jumped 7.3% after it said`: `it` is the body the sentence opens with
  if (phrase.text === 'it') {
    if (!lead || lead.kind !== 'name' || !lead.organisation || lead.span.end > phrase.span.start) return null;
    const body = registry.resolve(lead);
    return body && body.type === 'organization' ? body : null;
  }
  if (!lead || lead.kind !== 'name' || lead.organisation || lead.span.end > phrase.span.start) return null;
  // (`High tax rates, he said, …`: one capitalised word opening the sentence, no honorific, may be a
  // common word: only someone met before is found by it)
  const single = !lead.honorific && lead.span.start === tokens[from].start && !lead.text.includes(' ');
  const entity = single ? registry.resolveKnown(lead) : registry.resolve(lead);
  const gender = phrase.text === 'he' ? 'male' : 'female';
  // (`Britain was "uniquely placed" …, he suggested`: a country the sentence opens with is no he)
  if (!entity || entity.type !== 'person' || entity.place || (entity.gender !== null && entity.gender !== gender)) return null;
  // (`Mr Blair has "the same passion …" as in 1997, he said.`: a `, he said.` closing words about the
  // person the sentence opens with is another's report of them, the one met before them)
  if (trailingAttribution(tokens, to)) return registry.otherPerson(phrase, entity);
  // (`Mr Sullivan "made accounting decisions," he told the court`: the words, right after the name, say
  // what that person did; the he / she after them is the one reporting it)
  if (to - 2 > from && tokens[to - 1].isQuote && tokens[to - 2].end === lead.span.end) return registry.otherPerson(phrase, entity);
  if (!entity.gender) entity.gender = gender;
  return entity;
}

/**
 * A name read after token `from`, with the role written after it (`Junya Tanase of JPMorgan Chase
 * bank`), is closed by a comma or a sentence's end (or by nothing: the text ends).
 */
function closedAfter(ctx: PhraseContext, tokens: Token[], from: number, p: SpeakerPhrase): boolean {
  let i = tokenFrom(tokens, from, p.span.end);
  if (p.role && i < tokens.length && ctx.text.startsWith(p.role, tokens[i].start)) i = tokenFrom(tokens, i, tokens[i].start + p.role.length);
  return i >= tokens.length || isPunct(tokens[i], ',') || isPunct(tokens[i], '.!?');
}

/** The first token from `from` on that starts at offset `at` or later (tokens.length when none does). */
function tokenFrom(tokens: Token[], from: number, at: number): number {
  let i = from;
  while (i < tokens.length && tokens[i].start < at) i++;
  return i;
}

/** The pronoun at `at` closes its sentence's words after a comma: `…, he said.` */
function trailingAttribution(tokens: Token[], at: number): boolean {
  return at > 0 && isPunct(tokens[at - 1], ',') && isWord(tokens[at + 1]) && isPunct(tokens[at + 2], '.');
}

/**
 * `On House Speaker Paul Ryan’s website, he said`: an opening adjunct, its comma right before the
 * pronoun at `to`, with a person's name in the possessive: that name.
 */
function possessorInOpener(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  if (to - from < 3 || to - from > PHRASE_WINDOW || !isPunct(tokens[to - 1], ',') || !isWord(tokens[from]) || (flagAt(tokens, from) & W_ADJUNCT) === 0) return null;
  for (let i = to - 2; i > from; i--) {
    const t = tokens[i];
    if (!isWord(t)) return null;
    if (!t.possessive || !t.cap) continue;
    let start = i;
    while (start > from + 1 && i - start < 4 && isWord(tokens[start - 1]) && tokens[start - 1].cap) start--;
    const np = nounPhrase(ctx, tokens, start, i + 1, 'subject');
    // (`Speaking on BBC One's Breakfast with Frost, he said`: a name opening on an acronym is a broadcaster or a body, not he)
    return np && np.kind === 'name' && !np.organisation && !ACRONYM_FIRST.test(np.text) ? np : null;
  }
  return null;
}
/** a name whose first word is all capitals (`BBC One`, `CNN`) */
const ACRONYM_FIRST = /^[A-Z]{2,}\b/;

/** Most words in the subject of an absolute participle (`with Chair Jerome Powell saying`). */
const MAX_PARTICIPLE_SUBJECT = 6;

/**
 * The subject written right before a participle cue: `with X saying`, or `, X adding` after a comma.
 * Only a plain noun phrase counts (names, role words, determiners), so `hit back at critics, saying`
 * keeps the clause's subject.
 */
function participleSubject(ctx: PhraseContext, tokens: Token[], from: number, cue: number): SpeakerPhrase | null {
  // (`with Alexei Kravtsov, president of the Russian Skating Union, saying`: a role between commas after the name)
  if (cue - 1 > from && isPunct(tokens[cue - 1], ',')) return withNameAndRole(ctx, tokens, from, cue - 1);
  let i = cue;
  while (i > from && cue - i < MAX_PARTICIPLE_SUBJECT && isWord(tokens[i - 1]) && tokens[i - 1].lower !== 'with') i--;
  if (i === cue || i <= from) return null;
  const opener = tokens[i - 1];
  const withOpener = isWord(opener) && opener.lower === 'with';
  if (!withOpener && !isPunct(opener, ',')) return null;
  // `with judges calling it`, `with critics describing`: a bare plural of a role word is an unnamed group
  if (withOpener && cue - i <= 2 && bareGroup(tokens, i, cue)) {
    const head = tokens[cue - 1].lower;
    return { kind: 'description', text: ctx.text.slice(tokens[i].start, tokens[cue - 1].end), span: { start: tokens[i].start, end: tokens[cue - 1].end }, honorific: null, role: null, gender: null, organisation: false, acronym: null, head, document: false, definite: false };
  }
  if (leadingNounEnd(tokens, i, cue) !== cue) return null;
  const np = nounPhrase(ctx, tokens, i, cue, 'subject');
  if (!np || np.kind === 'pronoun') return null;
  // after a bare comma only a name or a definite role stands as a subject (`, the minister adding`)
  if (!withOpener && np.kind === 'description' && !np.definite && !ROLE.has(np.head ?? '')) return null;
  return np;
}

/** Most words of a role between commas after a participle's subject. */
const MAX_PARTICIPLE_ROLE = 10;

/** `with NAME, ROLE,` ending at the comma `comma`: the name, with the role; null when the words are not so. */
function withNameAndRole(ctx: PhraseContext, tokens: Token[], from: number, comma: number): SpeakerPhrase | null {
  let r = comma;
  while (r > from && comma - r < MAX_PARTICIPLE_ROLE && isWord(tokens[r - 1])) r--;
  if (r === comma || r - 1 <= from || !isPunct(tokens[r - 1], ',')) return null;
  let n = r - 1;
  while (n > from && r - 1 - n < MAX_PARTICIPLE_SUBJECT && isWord(tokens[n - 1]) && tokens[n - 1].lower !== 'with') n--;
  if (n === r - 1 || n <= from || !isWord(tokens[n - 1]) || tokens[n - 1].lower !== 'with') return null;
  const name = nounPhrase(ctx, tokens, n, r - 1, 'subject');
  if (!name || name.kind !== 'name' || name.organisation) return null;
  const role = nounPhrase(ctx, tokens, r, comma, 'subject');
  return role && role.kind === 'description' ? withRole(name, role) : name;
}

const GROUP_QUANTIFIERS = new Set(['many', 'some', 'others', 'most', 'several', 'few']);

/** tokens[from, to) are lower-case words ending on the plural of a role word (`judges`, `local residents`) */
function bareGroup(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWord(tokens[i]) || tokens[i].cap || DETERMINERS.has(tokens[i].lower)) return false;
  const last = tokens[to - 1].lower;
  // (`with many saying it was "…"`: a quantifier alone stands for people)
  if (to - from === 1 && GROUP_QUANTIFIERS.has(last)) return true;
  return last.length > 4 && last.endsWith('s') && (ROLE.has(last.slice(0, -1)) || ROLE.has(last) || HONORIFICS.has(last.slice(0, -1)));
}

const QUOTING = new Set(['quoted', 'quotes', 'quote', 'cited', 'cites']);
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they', it: 'it' };

/** The one quoted: `him`, `Mr Smith`, `a senior official` between the quoting verb and `as`. */
function objectPhrase(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  if (to - from === 1 && isWord(tokens[from]) && OBJECT_PRONOUNS[tokens[from].lower]) {
    const p = subjectBefore(ctx, [tokens[from].withWord(OBJECT_PRONOUNS[tokens[from].lower], OBJECT_PRONOUNS[tokens[from].lower])], 0, 1);
    return p;
  }
  return to > from ? subjectAfter(ctx, tokens, from, to) : null;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'to']);

/** forms of `tell`: the words after one name whom it was said to, never its subject */
const TELL = new Set(['told', 'tells', 'tell', 'telling']);

function passiveBefore(tokens: Token[], from: number, cue: number): boolean {
  // (`nine agencies described by one union as a "…"`: a participle right before `by X as "…"` is passive, auxiliary or none;
  // not after `as`: `the action taken as revealed by the report as "…"` is an aside, its cue no passive of the words)
  if (isWord(tokens[cue]) && tokens[cue].lower.endsWith('ed') && isWord(tokens[cue + 1]) && tokens[cue + 1].lower === 'by' && !(cue > from && isWord(tokens[cue - 1]) && tokens[cue - 1].lower === 'as') && asQuoteAfter(tokens, cue + 2)) return true;
  const t = tokens[cue - 1];
  if (cue - 1 < from || !isWord(t)) return false;
  if (PASSIVE_AUXILIARIES.has(t.lower)) return true;
  // (`was swiftly criticized by tax experts and attacked as "…" by Democrats`: a participle joined by
  // `and` to a passive one before it)
  return t.lower === 'and' && isWord(tokens[cue]) && tokens[cue].lower.endsWith('ed') && coordinatedPassive(tokens, from, cue - 1);
}

/** `as "…"` or `as a "…"` within a few words from `from` (the agent's), words only before it. */
function asQuoteAfter(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < PASSIVE_REACH && isWord(tokens[i]); i++) {
    if (tokens[i].lower !== 'as') continue;
    const next = tokens[i + 1];
    return !!next && (next.isQuote || (isWord(next) && ARTICLES.has(next.lower) && !!tokens[i + 2]?.isQuote));
  }
  return false;
}

/** Within the clause before `and` (words only), a passive auxiliary and, right after it or one adverb later, a participle in -ed. */
function coordinatedPassive(tokens: Token[], from: number, and: number): boolean {
  for (let i = and - 1; i >= from && and - i <= PASSIVE_REACH; i--) {
    const w = tokens[i];
    if (!isWord(w)) return false;
    if (PASSIVE_AUXILIARIES.has(w.lower) && w.lower !== 'to') return (i + 1 < and && tokens[i + 1].lower.endsWith('ed')) || (i + 2 < and && tokens[i + 2].lower.endsWith('ed'));
  }
  return false;
}

/** how far back coordinatedPassive looks for the auxiliary */
const PASSIVE_REACH = 12;

/**
 * The cue's subject opens a clause of its own: right after `but`, `while`, `whereas` or `and`, in the
 * sentence (`but his lawyer, Antony Townsden, told`: or after a few words of a role and a comma before the name).
 */
function ownClauseSubject(tokens: Token[], sentenceStart: number, cue: ResolvedCue): boolean {
  for (let i = cue.from - 1; i > sentenceStart; i--) {
    if (tokens[i].start !== cue.subjectAt) continue;
    let j = i - 1;
    if (isPunct(tokens[j], ',')) {
      const stop = Math.max(sentenceStart, j - ROLE_BEFORE_NAME);
      for (j--; j > stop && isWord(tokens[j]) && !CLAUSE_JOINERS.has(tokens[j].lower); j--);
    }
    return isWord(tokens[j]) && CLAUSE_JOINERS.has(tokens[j].lower);
  }
  return false;
}

/** most words of a role between a clause's joining word and the comma before the name in apposition */
const ROLE_BEFORE_NAME = 5;

const CLAUSE_JOINERS = new Set(['but', 'while', 'whereas', 'and']);

/** The subject before a passive cue's auxiliaries (`Mr Khan was` quoted). */
export function passiveSubject(ctx: PhraseContext, tokens: Token[], sentenceStart: number, cue: number): SpeakerPhrase | null {
  let aux = cue;
  while (aux > sentenceStart && isWord(tokens[aux - 1]) && PASSIVE_AUXILIARIES.has(tokens[aux - 1].lower)) aux--;
  const start = lastQuoteBefore(tokens, Math.max(sentenceStart, aux - PHRASE_WINDOW), aux) + 1;
  return aux > start && hasWord(tokens, start, aux) ? subjectBefore(ctx, tokens, start, aux) : null;
}

/**
 * The agent after `by` that follows a passive cue, past one quote (`described as "…" by the minister`)
 * or quotes joined by `and` / `or` / commas (`described as "irresponsible" and "outrageous" by the IHRC`).
 */
function passiveAgent(ctx: PhraseContext, tokens: Token[], cueEnd: number, sentenceEnd: number): SpeakerPhrase | null {
  let quotes = 0;
  /** only joining words since the last quote */
  let joined = true;
  for (let i = cueEnd; i < sentenceEnd && i - cueEnd <= PHRASE_WINDOW; i++) {
    const t = tokens[i];
    if (t.isQuote) {
      if (++quotes > 1 && !joined) return null;
      joined = true;
      continue;
    }
    if (quotes > 0 && !(isPunct(t, ',') || (isWord(t) && (t.lower === 'and' || t.lower === 'or')))) joined = false;
    if (isWord(t) && t.lower === 'by') {
      // (`was described by Jobs as the "…"`: the agent ends at `as`)
      let end = nextQuoteAfter(tokens, i + 1, Math.min(sentenceEnd, i + 1 + PHRASE_WINDOW));
      for (let j = i + 2; j < end; j++) if (isWord(tokens[j]) && tokens[j].lower === 'as') end = j;
      return subjectAfter(ctx, tokens, i + 1, end);
    }
    if (isPunct(t, ';:')) return null;
  }
  return null;
}

/** A relative pronoun after a comma (`, who …`, `, which …`) in tokens[from, to), with no other quote after it. */
function relativeBefore(tokens: Token[], from: number, to: number): boolean {
  for (let i = to - 1; i > from; i--) {
    const t = tokens[i];
    if (t.isQuote) return false;
    if (isWord(t) && !t.cap && (t.lower === 'who' || t.lower === 'which') && isPunct(tokens[i - 1], ',')) return true;
  }
  return false;
}

/** Most words in a quoted name. */
const MAX_QUOTED_NAME_WORDS = 5;

/** The quote token's words end on `.`, `!`, `?` or `,` (a sentence said, or a quote cut before its cue). */
function quotedSentence(t: Token): boolean {
  let to = t.text.length - 1;
  while (to > 1 && isJsSpace(t.text.charCodeAt(to - 1))) to--;
  return endsSentenceOrCut(t.text.charCodeAt(to - 1));
}

/** The named subject of the clause after an opening participle's clause, which a comma (or quoted words cut at one) closes. */
function subjectAfterOpening(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  for (let j = from; j < to && j < from + PHRASE_WINDOW; j++) {
    if (!isPunct(tokens[j], ',') && !(tokens[j].isQuote && quotedSentence(tokens[j]))) continue;
    const p = leadingSubject(ctx, tokens, j + 1, to);
    return p && p.kind === 'name' ? p : null;
  }
  return null;
}

/** `.`, `!`, `?` or `,`: how a sentence said, or words cut before their cue, end */
function endsSentenceOrCut(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 44;
}

/**
 * A short quoted name (`"Liberty Watch"`), not a sentence of speech: at most five words between the
 * marks, the last not ending on `.!?,`. Read in place, stopping at the sixth word (a quote may be a
 * paragraph long; no slice, no split).
 */
function isNameInQuotes(t: Token): boolean {
  if (!t.isQuote) return false;
  const text = t.text;
  // the words between the marks, trimmed
  let from = 1;
  let to = text.length - 1;
  while (from < to && isJsSpace(text.charCodeAt(from))) from++;
  while (to > from && isJsSpace(text.charCodeAt(to - 1))) to--;
  if (to <= from) return false;
  // (a name is capitalised: `"hardly changed at all", said its chief executive` is words said)
  const first = text.charCodeAt(from);
  if (first >= 97 && first <= 122) return false;
  if (endsSentenceOrCut(text.charCodeAt(to - 1))) return false;
  let words = 1;
  for (let i = from + 1; i < to; i++) {
    if (isJsSpace(text.charCodeAt(i)) && !isJsSpace(text.charCodeAt(i - 1)) && ++words > MAX_QUOTED_NAME_WORDS) return false;
  }
  return true;
}

function hasWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWord(tokens[i])) return true;
  return false;
}

export function lastQuoteBefore(tokens: Token[], from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (tokens[i].isQuote) return i;
  return from - 1;
}

function nextQuoteAfter(tokens: Token[], at: number, to: number): number {
  for (let i = at; i < to; i++) if (tokens[i].isQuote) return i;
  return to;
}

function kindOf(c: ResolvedCue, fallback: AttributionKind): AttributionKind {
  return c.kind === 'according-to' ? 'according-to' : c.nested ? 'nested' : fallback;
}

/** Index of the first cue starting after token k (cues are in token order). */
function firstCueAfter(cues: ResolvedCue[], k: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].from <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cue that governs the quote at token k: before it with a colon, right after it, or earlier in the sentence. */
export function attributeByCue(tokens: Token[], s: Sentence, k: number, cues: ResolvedCue[], colonSpeaker?: (from: number, to: number) => Entity | null): Attribution {
  const none: Attribution = { entity: null, kind: null, cue: null };
  const after = firstCueAfter(cues, k);
  // 1. `X said: "…"`, `X told the BBC: "…"`, `He said, "…"`
  if (k - 1 >= s.from && isPunct(tokens[k - 1], ':,')) {
    for (let j = after - 1; j >= 0; j--) {
      const c = cues[j];
      if (c.to > k - 1) continue;
      if (!c.entity) {
        if (c.nested) break;
        if (k - c.to > PHRASE_WINDOW) break;
        continue;
      }
      if (objectWords(tokens, c.to, k - 1) <= MAX_OBJECT_WORDS) {
        // (`"…," the President said in Red Square, according to his website, "…"`: the website only relays the speaker's words)
        const speaking = c.kind === 'according-to' ? speakingBefore(tokens, cues, j, s) : null;
        return speaking ? { entity: speaking.entity, kind: kindOf(speaking, 'cue'), cue: speaking } : { entity: c.entity, kind: kindOf(c, 'cue'), cue: c };
      }
      break;
    }
  }
  // 1b. `Mr Smith: "…"` — a name and a colon, no verb
  if (k - 1 >= s.from && isPunct(tokens[k - 1], ':') && colonSpeaker) {
    let start = lastQuoteBefore(tokens, Math.max(s.from, k - 1 - PHRASE_WINDOW), k - 1) + 1;
    // (`… 2-0. - Manchester United coach Sir Alex Ferguson: "…"`: the heading starts after a dash or a full stop)
    for (let j = k - 2; j > start; j--) {
      if (isPunct(tokens[j], '.-–—')) {
        start = j + 1;
        break;
      }
    }
    const previous = after - 1 >= 0 ? cues[after - 1] : null;
    const hasCue = previous !== null && previous.from >= start;
    // (`- Manchester United coach Sir Alex Ferguson: "…"`: a heading of a role and a name)
    if (!hasCue && k - 1 - start <= 8) {
      const entity = colonSpeaker(start, k - 1);
      if (entity) return { entity, kind: 'colon', cue: null };
    }
  }
  // 1c. `was described as "…" by the officer who wrote …`: the passive cue right before the quote names
  // its agent after it, and a cue in the agent's relative clause (`who wrote`) reports nothing of it
  if (after - 1 >= 0) {
    const c = cues[after - 1];
    if (c.agent && c.entity && c.to <= k && k - c.to <= 2) return { entity: c.entity, kind: 'cue', cue: c };
  }
  // 2. `"…," said X`, `"…," X said`, `"…", according to X` — before any other quote
  const next = nextQuoteAfter(tokens, k + 1, Math.min(s.to, k + 1 + MAX_POST_CUE_DISTANCE_APPOSITIVE));
  let governed = false;
  let governedGender: 'male' | 'female' | undefined;
  if (after < cues.length) {
    const c = cues[after];
    // (`… "extreme fire behaviour" and urged …`: a verb joined by `and` starts a new predicate, it does not report the quote)
    const joined = isWord(tokens[c.from - 1]) && (tokens[c.from - 1].lower === 'and' || tokens[c.from - 1].lower === 'but');
    // (`working with other "like-minded" partners to respond`: an infinitive reports nothing said before it)
    const infinitive = isWord(tokens[c.from - 1]) && tokens[c.from - 1].lower === 'to';
    // (`described it as "quite an honour" while Muse said …`: a clause of its own opens after the quote)
    // (`could "let the Tories in", while the Tories say …`: and so after a comma, but for `and`)
    const clauseWord = isPunct(tokens[k + 1], ',') ? (isWord(tokens[k + 2]) && tokens[k + 2].lower !== 'and' ? tokens[k + 2] : null) : tokens[k + 1];
    const newClause = c.from > k + 2 && clauseWord !== null && isWord(clauseWord) && !clauseWord.cap && CLAUSE_AFTER_QUOTE.has(clauseWord.lower);
    // (`he wrote and "bollixed up" the president's tweet in which Trump said …`: a cue in a relative clause after the quote reports other words)
    const relative = relativeBetween(tokens, k + 1, c.from);
    // (not a quote after a determiner, a noun's modifier: `a "capital element" in the formula …, presenting …, said tax experts`)
    const modifier = k > s.from && isWord(tokens[k - 1]) && DETERMINERS.has(tokens[k - 1].lower);
    const near = c.from - k <= MAX_POST_CUE_DISTANCE || (c.from - k <= MAX_POST_CUE_DISTANCE_APPOSITIVE && c.kind === 'speech' && isPunct(tokens[c.from - 1], ',') && !modifier);
    // (`Reminded that Ferguson called him "a disgrace", Wenger added: "…"`: a cue whose colon opens the next
    // quote introduces that one; the quote before it keeps the cue right before it)
    const before = after - 1 >= 0 ? cues[after - 1] : null;
    const forward = isPunct(tokens[k + 1], ',') && next - 1 <= c.to && isPunct(tokens[next - 1], ':') && before !== null && before.entity !== null && before.to <= k && k - before.to <= 2;
    // (`admitted he was "very disappointed" with Robinson's remarks`: a noun of speech after the quote
    // owned by the one before it is what the words are about; it speaks only where no cue does, step 4)
    const aboutSpeech = c.kind === 'speech-noun' && c.from - 1 > k && tokens[c.from - 1].possessive;
    if (c.from < next && near && c.kind !== 'partial' && !joined && !infinitive && !newClause && !relative && !forward && !aboutSpeech) {
      // (`Moore told reporters that the claims are "absolutely false," the News reported`: the paper
      // relays what the one before the quote said)
      const relayed = c.entity && RELAYING_CUES.has(tokens[c.from].lower) ? governingBefore(tokens, cues, after, s, k) : null;
      if (relayed) return { entity: relayed.entity, kind: 'cue', cue: relayed };
      if (c.entity) return { entity: c.entity, kind: kindOf(c, 'cue'), cue: c };
      governed = c.kind === 'speech' && !c.passive;
      // `"…," she adds` with no woman met yet: the quote is still hers, never the man quoted before
      const subject = tokens[c.from - 1];
      const inverted = tokens[c.to];
      const pronoun = isWord(subject) && (subject.lower === 'he' || subject.lower === 'she') ? subject.lower : isWord(inverted) && (inverted.lower === 'he' || inverted.lower === 'she') ? inverted.lower : null;
      if (governed && pronoun) governedGender = pronoun === 'he' ? 'male' : 'female';
    }
  }
  // 3. a cue earlier in the sentence governs a partial quote: `said there had been a "continuing stream"`
  for (let j = after - 1; j >= 0 && k - cues[j].to <= GOVERNING_WINDOW; j--) {
    const c = cues[j];
    if (c.to > k) continue;
    // (`X said that when Mr Johnson had announced Y was going he got the "clear impression"`: a cue in a
    // subordinate clause, the reported clause's own subject resumed after it: the words are the outer speaker's)
    if (j > 0 && cues[j - 1].entity && subordinateCue(tokens, cues[j - 1].to, c.from) && pronounSubjectBetween(tokens, c.to, k)) continue;
    if (!c.entity) {
      if (c.kind === 'speech' && !c.passive) governed = true;
      continue;
    }
    return { entity: c.entity, kind: kindOf(c, 'cue'), cue: c };
  }
  // 4. `the NME's praise` after the quote
  for (let j = after; j < cues.length && cues[j].from - k <= PHRASE_WINDOW; j++) {
    const c = cues[j];
    if (c.kind === 'speech-noun' && c.entity) return { entity: c.entity, kind: 'cue', cue: c };
  }
  return governed ? { ...none, governed, governedGender } : none;
}

/** conjunctions that open a subordinate clause inside a reported one (`said that when …, he …`) */
const SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'because', 'if', 'once', 'since', 'until']);

/** A subordinator among the words `from`..`to` (from an outer cue to an inner one), the outer cue's clause not closed by a full stop. */
function subordinateCue(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i - from <= SUBORDINATE_REACH; i++) if (isWord(tokens[i]) && !tokens[i].cap && SUBORDINATORS.has(tokens[i].lower)) return true;
  return false;
}
const SUBORDINATE_REACH = 4;

/** `he got`, `she was`: a subject pronoun and a word after it among the words `from`..`to` (the quote at `to`). */
function pronounSubjectBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const t = tokens[i];
    if (t.isQuote) return false;
    if (isWord(t) && (t.lower === 'he' || t.lower === 'she' || t.lower === 'they') && isWord(tokens[i + 1])) return true;
  }
  return false;
}

/** words that open a relative clause after a noun (`the tweet in which`, `the report, which`) */
const RELATIVE_OPENERS = new Set(['which', 'whom', 'whose']);

/**
 * A relative pronoun (not at `from`, the word right after the quote) among the words `from`..`to`
 * whose clause runs on to the cue at `to` (`the tweet in which Trump said`); not one closed by a comma
 * inside the cue's subject (`the association, which represents …, said`).
 */
function relativeBetween(tokens: Token[], from: number, to: number): boolean {
  let open = false;
  for (let i = from + 1; i < to; i++) {
    if (isWord(tokens[i]) && RELATIVE_OPENERS.has(tokens[i].lower)) open = true;
    else if (open && isPunct(tokens[i], ',')) open = false;
  }
  return open;
}

/** `a copy seen by`, `documents obtained by`: a document, then who saw it, right after `according to` at `from` */
function documentSeenBy(tokens: Token[], from: number, to: number): boolean {
  let document = false;
  for (let i = from; i + 1 < to && i - from < SEEN_BY_REACH; i++) {
    const t = tokens[i];
    if (!isWord(t)) return false;
    if (SEEN_DOCUMENTS.has(t.lower)) document = true;
    else if (document && SEEN_VERBS.has(t.lower) && isWord(tokens[i + 1]) && tokens[i + 1].lower === 'by') return true;
  }
  return false;
}
const SEEN_DOCUMENTS = new Set(['copy', 'copies', 'draft', 'document', 'documents', 'email', 'emails', 'letter', 'memo', 'transcript', 'text', 'filing']);
const SEEN_VERBS = new Set(['seen', 'obtained', 'reviewed', 'read']);
/** tokens from `according to` to `seen by` (`a copy of the letter seen by`) */
const SEEN_BY_REACH = 8;

/** conjunctions that open a clause of its own right after a quote */
const CLAUSE_AFTER_QUOTE = new Set(['while', 'whereas', 'and', 'but']);

/** verbs by which an outlet passes on what someone else said */
const RELAYING_CUES = new Set(['reported', 'reports', 'report', 'quoted']);

/** A speech cue with its own speaker in sentence `s` before the quote at k (no other quote between): the words are its. */
function governingBefore(tokens: Token[], cues: ResolvedCue[], after: number, s: Sentence, k: number): ResolvedCue | null {
  const c = after > 0 ? cues[after - 1] : null;
  if (!c || !c.entity || c.kind !== 'speech' || c.passive || c.from < s.from || c.to > k) return null;
  for (let i = c.to; i < k; i++) if (tokens[i].isQuote) return null;
  return c;
}

/** Most tokens from a verb of saying to an `according to` after it that only relays its words. */
const RELAY_REACH = 12;

/** The speech cue with its own speaker right before cues[j] (an `according to`) in sentence `s`, no quote between. */
function speakingBefore(tokens: Token[], cues: ResolvedCue[], j: number, s: Sentence): ResolvedCue | null {
  const relay = cues[j];
  const c = j > 0 ? cues[j - 1] : null;
  if (!c || !c.entity || c.kind !== 'speech' || c.from < s.from || relay.from - c.to > RELAY_REACH) return null;
  for (let i = c.to; i < relay.from; i++) if (tokens[i].isQuote) return null;
  return c;
}

/** Words between a cue and the colon before a quote; a clause there (`said that … is:`) counts as too many. */
function objectWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.isQuote) return Infinity;
    if (isWord(t)) {
      if (!t.cap && CLAUSE.has(t.lower)) return Infinity;
      n++;
    }
  }
  return n;
}

/**
 * `"…," May told reporters`: the one word before the cue is capitalised and one the lexicon reads as
 * no name (a month, `May`), and the article writes it as a person's surname (`Theresa May`) or has met
 * a person so named: that name.
 */
function knownNotName(ctx: PhraseContext, registry: SpeakerRegistry, tokens: Token[], from: number, cue: number): SpeakerPhrase | null {
  const at = cue - 1;
  const t = tokens[at];
  if (at !== from || !isWord(t) || !t.cap || (flagAt(tokens, at) & W_NOT_NAME) === 0) return null;
  const phrase = bareName(ctx, tokens, at, cue);
  return writtenAsSurname(ctx.text, t.text) || registry.lookup(phrase)?.type === 'person' ? phrase : null;
}

/** The text writes `word` right after a capitalised word the lexicon reads as a name's (`Theresa May`, not `In May`). */
const writtenAsSurname: (text: string, word: string) => boolean = rememberedForText((text, word) => {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text.charCodeAt(at + word.length);
    if (at < 3 || text.charCodeAt(at - 1) !== 32 || (after >= 97 && after <= 122)) continue;
    let start = at - 1;
    while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    const before = text.slice(start, at - 1);
    const first = before.charCodeAt(0);
    if (before.length >= 2 && first >= 65 && first <= 90 && !NOT_NAME.has(before.toLowerCase())) return true;
  }
  return false;
});

/** a person's own words given out in writing: `Hefner's statement` is Hefner speaking (a report is a document of its own) */
const OWN_WORDS = new Set(['statement', 'tweet', 'post', 'message', 'email', 'e-mail']);

/**
 * `the newspaper quoted Hefner's attorney-issued statement as saying`: a statement (tweet, post …) of
 * someone named with a possessive at its start is them speaking.
 */
function statementOwner(ctx: PhraseContext, registry: SpeakerRegistry, tokens: Token[], s: Sentence, phrase: SpeakerPhrase): Entity | null {
  if (phrase.kind !== 'description' || !phrase.document || phrase.head === null || !OWN_WORDS.has(phrase.head)) return null;
  let k = s.from;
  while (k < s.to && tokens[k].start < phrase.span.start) k++;
  // the owner's possessive at the phrase's start, or right before it and one word describing the statement
  let j = k < s.to && tokens[k].possessive ? k : k - 1;
  if (j > s.from && j === k - 1 && isWord(tokens[j]) && !tokens[j].cap && !tokens[j].possessive) j--;
  const owner = tokens[j];
  if (j < s.from || !isWord(owner) || !owner.cap || !owner.possessive) return null;
  let first = j;
  while (first > s.from && j - first < 2 && isWord(tokens[first - 1]) && tokens[first - 1].cap && !tokens[first - 1].possessive) first--;
  return registry.resolve(bareName(ctx, tokens, first, j + 1));
}
