// Where the speaker phrase of a cue stands and how far it reaches: before the cue (`Tony Hunter, the
// organisation's president, said`), after it (`said the chairman of …, Labour MP Barry Sheerman`), or
// the noun phrase a sentence opens with (for pronouns to refer back to). Segments are read right to
// left from the cue, skipping adjuncts and relative clauses, pairing appositive roles with names.
import type { Token } from './tokens';
import { startsWithNumber } from '../text';
import { bareName, genderOfWords, segments, segmentAt, nounPhrase, looseDescription, opensClauseAbout, textOf, spanOf, skipConnectives, hasClauseWord, pronoun, type PhraseContext, type Range, type Segment, type SpeakerPhrase } from './phrase';
import { COORDINATORS, COPULAS, DETERMINERS, ORG, ROLE, SUBJECT_VERB_ADVERBS, W_ADJUNCT, W_AUX, W_CLAUSE, W_CONNECTIVE, W_DEMONYM, W_DETERMINER, W_DOCUMENT, W_GIVEN_NAME, W_NOT_NAME, W_ORG, W_PARTICLE, W_POSSESSIVE_PRONOUN, W_PRONOUN, W_RELATIVE, W_REPORTING, W_ROLE, W_SPEECH_CUE, ampersandInName, honorificAt, isPunct, isWord, flagAt, nameWordAt, wordFlags } from './words';

const TIME_OPENERS = new Set(['on', 'in', 'last', 'this', 'late', 'early']);
/** the days of the week and the months */
const DAYS_AND_MONTHS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));
const TIME_WORDS = new Set([...DAYS_AND_MONTHS, 'morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year']);
/** words that place a time phrase against another time (`the next day`, `that same week`, `earlier`) */
const RELATIVE_TIME = new Set(['the', 'that', 'next', 'following', 'same', 'previous', 'earlier', 'later']);

/** `earlier this week`, `later on Monday`: the words that may open such a time phrase before its opener */
const TIME_PREFIXES = new Set(['earlier', 'later']);

/**
 * How many tokens at `from` make a time phrase (`Last week`, `On Monday`, `In late February`, `Earlier
 * this month`, `In 2015`) that words of a subject follow before `cue`; 0 when none does. (`Last year's
 * winner said`: a possessive time word is the subject's own.)
 */
function leadingTime(tokens: Token[], from: number, cue: number): number {
  let i = from;
  if (i < cue && isWord(tokens[i]) && TIME_PREFIXES.has(tokens[i].lower)) i++;
  if (!(i < cue && isWord(tokens[i]) && TIME_OPENERS.has(tokens[i].lower))) return 0;
  i++;
  if (i < cue && isWord(tokens[i]) && (tokens[i].lower === 'late' || tokens[i].lower === 'early' || tokens[i].lower === 'mid')) i++;
  if (!(i < cue && isWord(tokens[i]) && !tokens[i].possessive && (TIME_WORDS.has(tokens[i].lower) || isYear(tokens[i].text)))) return 0;
  i++;
  // (`Last Friday night`)
  if (i < cue && isWord(tokens[i]) && !tokens[i].possessive && TIME_WORDS.has(tokens[i].lower)) i++;
  return i < cue && isWord(tokens[i]) && !tokens[i].possessive ? i - from : 0;
}

/** prepositions that open an adjunct before the subject (`In a statement …`, `At a rally …`) */
const ADJUNCT_OPENERS = new Set(['in', 'at', 'on', 'during', 'after', 'following', 'before', 'with']);
/** Most words from the preposition to the cue (`In a statement announcing the desire to seek bankruptcy protection the company`). */
const MAX_ADJUNCT_CLAUSE = 16;
/** Most words of the subject after the adjunct, its article included (`the Tory party's leader`). */
const MAX_SUBJECT_AFTER_ADJUNCT = 4;

/**
 * `In a statement announcing the move the company said`: a capitalised preposition opens the clause
 * and an article (ARTICLES), no preposition right before it, opens a short noun phrase of words right
 * before the cue: that phrase is the subject, the rest an adjunct with no comma after it. Where the
 * subject starts (`from` when the words do not read so).
 */
function afterOpeningAdjunct(tokens: Token[], from: number, cue: number): number {
  const first = tokens[from];
  if (!isWord(first) || !first.cap || !ADJUNCT_OPENERS.has(first.lower) || cue - from > MAX_ADJUNCT_CLAUSE) return from;
  // (a comma anywhere ends the adjunct where it stands: leadingSubject's segments read that)
  for (let i = from + 1; i < cue; i++) if (!isWord(tokens[i])) return from;
  for (let p = cue - 2; p > from + 1 && cue - p <= MAX_SUBJECT_AFTER_ADJUNCT; p--) {
    const t = tokens[p];
    if (t.cap || !ARTICLES.has(t.lower)) continue;
    const before = tokens[p - 1];
    return isWord(before) && !before.cap && (OF_FOR_BEFORE.has(before.lower) || (flagAt(tokens, p - 1) & (W_DETERMINER | W_AUX)) !== 0) ? from : p;
  }
  return from;
}
/** words after which an article opens a preposition's object, not a subject */
const OF_FOR_BEFORE = new Set(['of', 'for', 'with', 'to', 'in', 'on', 'at', 'from', 'by', 'about', 'into', 'over', 'under', 'against', 'between', 'than', 'like', 'as']);

/** `was told`, `is said to`: auxiliaries that make a cue passive */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** conjunctions that open a clause with its own subject (not `as`, which also makes `such as X`) */
const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'since', 'while', 'although', 'though', 'until', 'once', 'unless', 'whereas', 'how']);
/** Most words between such a conjunction and the cue it governs (`after a Resolution Foundation report`). */
const MAX_SUBORDINATE_SUBJECT = 8;

function isAdjunct(tokens: Token[], seg: Range): boolean {
  const at = skipConnectives(tokens, seg.from, seg.to);
  const t = tokens[at];
  if (!t || !isWord(t)) return false;
  // `In a statement …`, `Speaking at …`
  if ((flagAt(tokens, at) & W_ADJUNCT) !== 0 || (t.cap && t.lower.endsWith('ing') && t.lower.length > 5)) return true;
  // (`While making the new allegations, Nelson showed …`: a subordinate clause before the subject)
  const opening = tokens[seg.from];
  if (isWord(opening) && opening.cap && SUBORDINATORS.has(opening.lower) && seg.from + 1 < seg.to) return true;
  // `Pressed on whether …`, `Questioned about …`: a past participle and its preposition open a clause, not a name
  const next = tokens[at + 1];
  if (!t.cap || at + 1 >= seg.to || !isWord(next) || next.cap || (flagAt(tokens, at) & W_GIVEN_NAME) !== 0) return false;
  // (`Born in 1912 …`, `Shortly after the war …`: an irregular participle, an adverb of time before after / before)
  if (((t.lower.endsWith('ed') && t.lower.length > 5) || IRREGULAR_PARTICIPLES.has(t.lower)) && PARTICIPLE_LEAD.has(next.lower)) return true;
  return t.lower.endsWith('ly') && (next.lower === 'after' || next.lower === 'before');
}

const IRREGULAR_PARTICIPLES = new Set(['born', 'known', 'seen', 'taken', 'given', 'made', 'left', 'brought', 'caught', 'held', 'built', 'sent', 'found', 'beaten', 'chosen', 'grown', 'shown', 'written', 'raised', 'bred']);

/** Words after a sentence-opening past participle that make it a clause (`Pressed on`, `Quizzed over whether`). */
const PARTICIPLE_LEAD = new Set(['on', 'about', 'over', 'whether', 'if', 'why', 'how', 'what', 'by', 'at', 'after', 'during', 'for', 'in', 'to']);

function isRelative(tokens: Token[], seg: Range): boolean {
  return isWord(tokens[seg.from]) && (flagAt(tokens, seg.from) & W_RELATIVE) !== 0;
}

export function withRole(phrase: SpeakerPhrase, role: SpeakerPhrase | null): SpeakerPhrase {
  if (role && role.kind === 'description' && !phrase.role) {
    phrase.role = role.text;
    if (!phrase.gender) phrase.gender = role.gender;
    // (`Mark Sparrow, technical and reviews editor at Mac Format magazine`: a role word before the body keeps a person)
    if (role.organisation && !role.document && ORG.has(role.head ?? '') && !role.text.split(' ').some((w) => ROLE.has(w.toLowerCase()))) phrase.organisation = true;
  }
  return phrase;
}

/** nouns in -ly that end a subject (not adverbs between it and its verb) */
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'monopoly', 'anomaly', 'bully', 'folly', 'tally', 'homily']);

/** The word at offset `at` (from `from` on) is a nationality with a lower-case noun right after it (`American analogy`). */
function demonymBeforeNoun(tokens: Token[], from: number, to: number, at: number): boolean {
  for (let i = from; i + 1 < to && i - from < 4; i++) {
    if (tokens[i].start !== at) continue;
    const next = tokens[i + 1];
    return (flagAt(tokens, i) & W_DEMONYM) !== 0 && isWord(next) && !next.cap && (flagAt(tokens, i + 1) & (W_AUX | W_CLAUSE | W_SPEECH_CUE | W_REPORTING | W_ROLE | W_ADJUNCT)) === 0;
  }
  return false;
}

/** Most tokens an adjunct with no comma after it spans before the subject pronoun (`During the 2016 presidential campaign he`). */
const MAX_ADJUNCT_WORDS = 8;

/** `1997`: four digits, a year */
function isYear(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * `unmoved by Mr Blair's promise`, `William Hill's "…"`: where the owner of a noun of speech or of a
 * quote at `noun` starts, when a capitalised possessive stands right before it (its run of capitalised
 * words, four at most); else `from`.
 */
export function possessorStart(tokens: Token[], from: number, noun: number): number {
  const owner = tokens[noun - 1];
  if (noun - 1 < from || !isWord(owner) || !owner.possessive || !owner.cap) return from;
  let start = noun - 1;
  while (start - 1 >= from && noun - start < 4 && isWord(tokens[start - 1]) && tokens[start - 1].cap && !tokens[start - 1].possessive) start--;
  return start;
}

/** The subject written before a cue in tokens[from, cue): `Tony Hunter, the organisation's president,`. */
export function subjectBefore(ctx: PhraseContext, tokens: Token[], from: number, cue: number): SpeakerPhrase | null {
  // `As one disgruntled backbencher said before the meeting: "…"`: `as` opens the clause, not the subject
  if (cue - from <= 8 && isWord(tokens[from]) && tokens[from].lower === 'as' && cue - from >= 2) from++;
  // `Last week the group said`, `In February the same lobbying group criticized`: an opening time
  // phrase with no comma after it is no part of the subject
  from += leadingTime(tokens, from, cue);
  // `In a statement on Monday the company said`: so is an opening adjunct (a preposition and its object)
  from = afterOpeningAdjunct(tokens, from, cue);
  // (`he asked why ministers attacked`: an indirect question's subject starts after its wh-word)
  for (let i = cue - 2; i > from && cue - i <= WH_REACH; i--) {
    if (isWord(tokens[i]) && !tokens[i].cap && WH_WORDS.has(tokens[i].lower)) {
      from = i + 1;
      break;
    }
  }
  // (`"every independent expert" from the IMF to the Institute of Fiscal Studies had suggested`: words
  // that open on `from` are a range after a head the quote holds, no subject of their own)
  if (isWord(tokens[from]) && tokens[from].lower === 'from' && from > 0 && tokens[from - 1].isQuote) return null;
  // `Mr Houston is alleged to have said`: the subject stands before `is alleged to (have)`
  const reported = reportedPassiveStart(tokens, from, cue);
  if (reported > from) return subjectBefore(ctx, tokens, from, reported);
  let end = cue;
  let lastAux = '';
  // (`An angry Beattie initially said`: an adverb between the subject and its verb is skipped too)
  // (`a lawyer for the family said`: a role word or a noun in -ly is no adverb)
  // (`The minister herself told reporters`: so is an emphatic pronoun)
  while (end > from && isWord(tokens[end - 1]) && !tokens[end - 1].cap && ((flagAt(tokens, end - 1) & W_AUX) !== 0 || REFLEXIVE_GENDER.has(tokens[end - 1].lower) || (end - 1 > from && SUBJECT_VERB_ADVERBS.has(tokens[end - 1].lower)) || (tokens[end - 1].lower.endsWith('ly') && tokens[end - 1].lower.length > 4 && (flagAt(tokens, end - 1) & (W_ROLE | W_ORG)) === 0 && !LY_NOUNS.has(tokens[end - 1].lower)))) {
    if (!lastAux) lastAux = tokens[end - 1].lower;
    end--;
  }
  // `The ministry on Monday announced`: a time adjunct between the subject and its verb is no part of the subject
  // (`Tony Blair had in 1997 complained`: so a year, with the auxiliary before it)
  if (end - 2 > from && isWord(tokens[end - 1]) && (TIME_WORDS.has(tokens[end - 1].lower) || isYear(tokens[end - 1].text)) && isWord(tokens[end - 2]) && TIME_OPENERS.has(tokens[end - 2].lower)) {
    end -= 2;
    while (end > from && isWord(tokens[end - 1]) && !tokens[end - 1].cap && (flagAt(tokens, end - 1) & W_AUX) !== 0) {
      if (!lastAux) lastAux = tokens[end - 1].lower;
      end--;
    }
  }
  // `was told`, `is said to`: a passive cue names no speaker.
  if (PASSIVE_AUX.has(lastAux)) return null;
  // (`A report by the Fed - which has two producers in its district, Peabody and Arch Coal - said`: a
  // relative clause between dashes is no part of the subject)
  const dashAside = end - 1 > from && isPunct(tokens[end - 1], '-–—') ? relativeAsideStart(tokens, from, end - 1) : -1;
  if (dashAside > from) return subjectBefore(ctx, tokens, from, dashAside);
  // (`A report on the experiment said`: what a document opening the clause is about is no part of its name)
  const about = documentAbout(tokens, from, end);
  if (about > 0) {
    const document = nounPhrase(ctx, tokens, from, about, 'subject');
    if (document) return document;
  }
  // (`Lib Dem leader Charles Kennedy repeated his call for a "pause"`: the one whose call it is, the
  // clause's subject, when `his` / `her` fits it)
  if (end - 1 > from && isWord(tokens[end - 1]) && POSSESSOR_GENDER.has(tokens[end - 1].lower)) {
    const lead = leadingSubject(ctx, tokens, from, end - 1);
    const g = POSSESSOR_GENDER.get(tokens[end - 1].lower)!;
    if (lead && lead.kind === 'name' && !lead.organisation && (!lead.gender || lead.gender === g)) return lead;
  }
  const exclaimed = exclaimedName(ctx, tokens, from, end);
  if (exclaimed) return exclaimed;
  // `… defended his plans after a report warned`: a subordinate clause's subject starts after its conjunction
  for (let i = end - 1; i > from && end - i <= MAX_SUBORDINATE_SUBJECT; i--) {
    const t = tokens[i];
    if (!isWord(t)) break;
    if (!t.cap && SUBORDINATORS.has(t.lower)) {
      // (`A joint statement after the meeting only said`: after a document that opens the clause, `after`
      // and `before` begin an adjunct of time, no clause of its own)
      if (i - from <= 4 && (t.lower === 'after' || t.lower === 'before') && isWord(tokens[i - 1]) && !tokens[i - 1].cap && (flagAt(tokens, i - 1) & W_DOCUMENT) !== 0 && (flagAt(tokens, from) & W_DETERMINER) !== 0) {
        const document = nounPhrase(ctx, tokens, from, i, 'subject');
        if (document) return document;
      }
      if (i + 1 < end) from = i + 1;
      break;
    }
  }
  // (`Trump met Duterte on Monday and the U.S. president later said`: after a clause of its own and
  // `and` / `but`, the subject is the noun phrase opened by its determiner)
  for (let i = end - 2; i > from + 1 && end - i <= MAX_SUBORDINATE_SUBJECT; i--) {
    const t = tokens[i];
    if (!isWord(t)) break;
    // (`Russia has denied meddling and Trump has called`: so is a name right after `and`, a clause with an auxiliary before it)
    if (!t.cap && COORDINATORS.has(t.lower) && ((flagAt(tokens, i + 1) & W_DETERMINER) !== 0 || (isWord(tokens[i + 1]) && tokens[i + 1].cap && (flagAt(tokens, i + 1) & W_NOT_NAME) === 0 && auxClauseInside(tokens, from, i))) && (clauseInside(tokens, from, i) || auxClauseInside(tokens, from, i))) {
      from = i + 1;
      break;
    }
  }
  if (end > from && isWord(tokens[end - 1]) && COORDINATORS.has(tokens[end - 1].lower)) return leadingSubject(ctx, tokens, from, end - 1);
  // `… for what she called`, `where he said`: a subject pronoun right before its verb is the subject,
  // whatever names the clause mentions before it (`visited the town of Oban, where she …`).
  const right = end > from ? pronoun(tokens, end - 1, end) : null;
  if (right) return right;
  // (`He added the government had originally pledged "…"`: a clause reported after `he added` is his
  // statement; the words quoted in it are his, not its subject's)
  if (end - from >= 3 && isWord(tokens[from + 1]) && !tokens[from + 1].cap && (flagAt(tokens, from + 1) & W_SPEECH_CUE) !== 0) {
    const outer = pronoun(tokens, from, from + 1);
    // (`He said the man shouted: "…"`: unless the inner verb gives words of its own, after its colon: its
    // subject, after `he said (that)`, speaks them)
    if (outer && outer.text !== 'it' && colonSoonAfter(tokens, cue)) {
      const inner = from + 2 + (isWord(tokens[from + 2]) && tokens[from + 2].lower === 'that' ? 1 : 0);
      return inner < end ? subjectBefore(ctx, tokens, inner, cue) : null;
    }
    if (outer && outer.text !== 'it') return outer;
  }
  // (`Obama spoke to a crowd of students who shouted`: right after `who` / `that`, the subject is the noun
  // phrase before it, from its article, not the clause it ends)
  if (end - 2 > from && isWord(tokens[end - 1]) && (tokens[end - 1].lower === 'who' || tokens[end - 1].lower === 'that')) {
    for (let i = end - 2; i > from && end - 1 - i <= RELATIVE_ANTECEDENT_WORDS; i--) {
      const t = tokens[i];
      if (!isWord(t)) break;
      if (t.cap || !ARTICLES.has(t.lower)) continue;
      const np = nounPhrase(ctx, tokens, i, end - 1, 'antecedent');
      if (np && np.kind === 'description') return np;
      break;
    }
  }
  // (`pressure from exporter organisations which have publicly stated`: `which` after a body's plural
  // with no article, a preposition before it: that body is the subject)
  if (end - 3 > from && isWord(tokens[end - 1]) && tokens[end - 1].lower === 'which' && isWord(tokens[end - 2]) && !tokens[end - 2].cap && tokens[end - 2].lower.endsWith('s') && (wordFlags(tokens[end - 2].lower.slice(0, -1)) & W_ORG) !== 0) {
    let i = end - 2;
    while (i - 1 > from && isWord(tokens[i - 1]) && !tokens[i - 1].cap && (flagAt(tokens, i - 1) & (W_DETERMINER | W_ADJUNCT | W_CLAUSE | W_AUX)) === 0 && end - 1 - i < 3) i--;
    const np = isWord(tokens[i - 1]) && (flagAt(tokens, i - 1) & W_ADJUNCT) !== 0 ? nounPhrase(ctx, tokens, i, end - 1, 'antecedent') : null;
    if (np && np.kind === 'description') return np;
  }
  // `opposed what the company calls`: the subject stands between `what` and its verb
  for (let i = end - 1; i > from && end - i <= 6 && isWord(tokens[i - 1]); i--) {
    // (`what one festival-goer described as`: after `what`, a short phrase with an article is an unnamed source)
    // (`a defeat that Vellani later called`, `a plan which critics called`: so does `that`/`which`)
    const relative = tokens[i - 1].lower;
    if (relative === 'what') return nounPhrase(ctx, tokens, i, end, 'subject') ?? looseDescription(ctx, tokens, i, end);
    if ((relative === 'that' || relative === 'which') && isWord(tokens[end - 1])) {
      const np = nounPhrase(ctx, tokens, i, end, 'subject');
      if (np) return np;
    }
  }
  const segs = segments(tokens, from, end);
  const aside = parenthesised(tokens, segs, end);
  let k = segs.length - 1;
  let rightRole: SpeakerPhrase | null = null;
  let antecedent = false;
  /** the relative clause after the phrase is `who …`: its antecedent is a person, whatever its head noun */
  let personal = false;
  let age: number | null = null;
  for (; k >= 0; k--) {
    const seg = segs[k];
    if (seg.to <= seg.from) continue;
    // `Janet Holroyd (Lib Dem, Millbeck) said`: a party, a seat or an age in brackets belongs to the person before it
    if (aside !== null && aside[k] && k > 0) {
      if (isAge(tokens, seg)) age = ageOf(tokens, seg);
      continue;
    }
    if (isRelative(tokens, seg)) {
      antecedent = true;
      personal = isPersonalRelative(tokens[seg.from]);
      // (`… a diplomat in New York, which led to his return, the source said`: what `which` is about is
      // no one's name; the description after it is the source)
      if (!personal && rightRole && rightRole.head !== null && isWord(tokens[seg.from]) && tokens[seg.from].lower === 'which') return rightRole;
      continue;
    }
    // (`The senators, however, said`: a connective between commas is no part of the subject)
    if (k > 0 && onlyConnectives(tokens, seg)) continue;
    // (`Over the long term, the dollar will probably continue to slide, said Brian Jacobsen`: a clause of
    // its own right before the cue's comma, a noun, an auxiliary and a verb, is what was said: no subject here)
    if (k > 0 && seg.to + 1 === end && isPunct(tokens[seg.to], ',') && nounAuxVerb(tokens, seg)) return null;
    // (`from the Antarctic Survey in Cambridge, United Kingdom,`: the country of the place before is no name)
    if (k > 0 && countryOfPlace(tokens, segs, k)) continue;
    const adjunct = isAdjunct(tokens, seg);
    if (adjunct && k > 0) continue;
    // `"…" this year, the OECD said`: a time expression before the subject is no part of it
    if (k < segs.length - 1 && isTimeSegment(tokens, seg)) {
      // (a role after a time is no appositive of it: `on April 26, 2018, the White House said`)
      if (rightRole) return subjectAfterSegment(ctx, tokens, segs, k) ?? rightRole;
      continue;
    }
    // `Mr Wilson, who …, as well as the Happy Mondays, said`: an addition to the clause before is no subject
    if (k > 0 && addsToClause(tokens, seg)) continue;
    // `In a speech to the Foreign Policy Centre Mr Straw said`, `After it was announced Bob Neill,
    // leader of …, said`: an opening adjunct with no comma after it runs into the name
    // (only after a preposition or subordinator: `Fostering Network executive director Robert Tapsfield` is a role and a name)
    if (k === 0 && adjunct && (flagAt(tokens, skipConnectives(tokens, seg.from, seg.to)) & W_ADJUNCT) !== 0) {
      const named = trailingName(ctx, tokens, seg);
      if (named) return withRole(named, rightRole);
    }
    // `In a statement, the Department of Trade said`: the sentence's opening adjunct is no subject
    if (adjunct && rightRole) return sourceOrNull(subjectAfterSegment(ctx, tokens, segs, k)) ?? rightRole;
    // `The survey, completed by 900 staff, said`: a participle clause between commas describes the subject
    if (k > 0 && isParticipleClause(tokens, seg)) continue;
    // `A senior official who asked not to be named told`: the relative clause is no part of the subject
    const who = relativeInside(tokens, seg);
    if (who > seg.from) {
      seg.to = who;
      personal = isPersonalRelative(tokens[who]);
    }
    // `Peter Hall, 45, a teacher`: an age between commas is neither a name nor a role
    if (k > 0 && isAge(tokens, seg)) {
      age = ageOf(tokens, seg);
      continue;
    }
    // (`The White House defended the retweets by the Republican president, who … called for`: a clause
    // before `who` is no antecedent; the noun phrase it ends on, from its last article, is)
    const clauseEnd = antecedent ? antecedentAfterClause(tokens, seg) : -1;
    let np = clauseEnd >= 0 ? nounPhrase(ctx, tokens, clauseEnd, seg.to, 'antecedent') : nounPhrase(ctx, tokens, seg.from, seg.to, antecedent ? 'antecedent' : 'subject', seg.acronym);
    // (`Green Bay coach Mike McCarthy was much less diplomatic, going so far as to call`: a name whose
    // "role" runs into a verb is a whole clause; its subject is what opens it)
    if (np && np.kind === 'name' && np.role && k === 0 && np.span.start === tokens[seg.from].start && auxAfter(tokens, seg.from, seg.to)) np = leadingSubject(ctx, tokens, seg.from, seg.to) ?? np;
    // (`"buy in" to military conflicts by exerting its constitutional authority to declare`: a description
    // opening on a preposition is an adjunct, no one's name)
    if (np && np.kind === 'description' && adjunct && !tokens[seg.from].cap && np.span.start === tokens[seg.from].start) np = null;
    // `Another commuter, who did not want to be named, said`: `who` makes a person of any noun
    if (!np && personal) np = looseDescription(ctx, tokens, seg.from, seg.to);
    antecedent = false;
    personal = false;
    // An appositive (`vice president of the European Commission`, `a senior law lord`): the name stands to its left.
    // A role or an age written right before a name (`One patient, 67-year-old Margaret Brown,`) names the speaker.
    // (`Mike McGuire, research director at analyst Gartner,`: a name after a preposition is the body of a role)
    // (not a party or nationality word after a determiner: `Rand Paul, another Republican who …,` describes the name before it)
    // (`… on Fox News and CNN, the memo said`: a document right before the cue is its subject, no
    // appositive of the name before the comma)
    if (np && np.kind === 'description' && np.document && np.definite && k === segs.length - 1 && previousSegment(segs, k) >= 0) return np;
    const namedAppositive = np !== null && np.kind === 'name' && np.role !== null && !DETERMINERS.has(np.role.toLowerCase()) && !np.organisation && !prepositionBefore(tokens, seg.from, np.span.start);
    // (`Hugo Brennan, Asia analyst at risk consultancy Verisk Maplecroft,`: a name after a role word and a preposition is the body the role is held at)
    const bodyOfRole = np !== null && np.kind === 'name' && prepositionBefore(tokens, seg.from, np.span.start) && orgWordBefore(tokens, seg, np.span.start);
    if (previousSegment(segs, k) >= 0 && !antecedentName(np) && !namedAppositive && (isAppositive(tokens, seg) || ((np?.kind !== 'name' || bodyOfRole) && hasRoleWord(tokens, seg)))) {
      // the appositive nearest the name is its role (`…, a third in as many months, the Australian said`:
      // a phrase farther left that names no source does not replace it)
      const role = np && np.kind === 'description' ? np : roleOnly(ctx, tokens, seg);
      if (!(rightRole && rightRole.head !== null && (!role || role.head === null))) rightRole = role;
      continue;
    }
    // (`one hugely-disgruntled backbencher said`: an unnamed source with `a` / `one` before its words)
    if (!np && !rightRole && k === segs.length - 1) np = looseDescription(ctx, tokens, seg.from, seg.to);
    // (`Dan Gallo said on Twitter that Brett Doster, a Moore campaign adviser, told`: a clause before the
    // appositive that ends on a name after its `that` or subordinator names the one it describes)
    if (!np && rightRole) {
      const named = nameAfterLastSubordinator(ctx, tokens, seg);
      if (named) return withRole(named, rightRole);
    }
    if (!np) return rightRole && rightRole.head !== null ? rightRole : null;
    if (np.kind === 'pronoun') return np;
    if (np.kind === 'name') {
      const left = leftDescription(ctx, tokens, segs, k);
      // `a spokesperson for the firm, Hartwell Ltd,`: the name is the body's; the person speaking for it is the source
      if (np.organisation && !rightRole && left && !left.organisation && ROLE.has(left.head ?? '')) return left;
      const named = withRole(withRole(np, rightRole), left);
      return age !== null && !named.organisation ? { ...named, age } : named;
    }
    // A description: the name may stand in the segment to its left (`Kamal Nath, Commerce and Industry Minister,`).
    const left = previousSegment(segs, k);
    if (left >= 0 && !rightRole) {
      const ln = nounPhrase(ctx, tokens, segs[left].from, segs[left].to, 'subject', segs[left].acronym);
      if (ln && ln.kind === 'name' && !hasClauseWord(tokens, segs[left].from, segs[left].to)) return withRole(ln, np);
    }
    // `a spokeswoman for the bank, Northgate plc,`: the person speaking beats the body named after her
    if (rightRole && rightRole.organisation && !np.organisation && ROLE.has(np.head ?? '')) return np;
    // a described source (`Goldman Sachs analysts, led by …,`) beats a bare appositive after it
    if (rightRole && rightRole.head !== null) return rightRole;
    if (rightRole) return np;
    rightRole = np;
    if (np.document || left < 0) return np;
    // keep looking left once, for an appositive name
  }
  return rightRole && rightRole.head !== null ? rightRole : null;
}

/** tokens[from, to) open on a name or a pronoun with an auxiliary right after it (`Russia has denied`, `he had said`). */
function auxClauseInside(tokens: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const before = tokens[j - 1];
    if (!isWord(tokens[j]) || tokens[j].cap || (flagAt(tokens, j) & W_AUX) === 0 || !isWord(before)) continue;
    if ((before.cap && (flagAt(tokens, j - 1) & W_NOT_NAME) === 0) || (flagAt(tokens, j - 1) & W_PRONOUN) !== 0) return true;
  }
  return false;
}

/** tokens[from, to) hold a name or a pronoun and a plain lower-case word right after it, no lexicon word: a verb (`Trump met`, `he met`). */
function clauseInside(tokens: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j];
    const before = tokens[j - 1];
    if (!isWord(t) || t.cap || t.lower.length < 3 || flagAt(tokens, j) !== 0 || !isWord(before)) continue;
    if ((before.cap && flagAt(tokens, j - 1) === 0) || (flagAt(tokens, j - 1) & W_PRONOUN) !== 0) return true;
  }
  return false;
}

/** The phrase, unless it is a description with no head to name a source by (`a third in as many months`). */
function sourceOrNull(p: SpeakerPhrase | null): SpeakerPhrase | null {
  return p && !(p.kind === 'description' && p.head === null) ? p : null;
}

/**
 * The segment after segs[k] read as a subject of its own (not as an appositive role), or null:
 * `In a statement, the Department of Trade said` once the opening adjunct is set aside.
 */
function subjectAfterSegment(ctx: PhraseContext, tokens: Token[], segs: Segment[], k: number): SpeakerPhrase | null {
  let n = k + 1;
  while (n < segs.length && segs[n].to <= segs[n].from) n++;
  return n < segs.length ? nounPhrase(ctx, tokens, segs[n].from, segs[n].to, 'subject', segs[n].acronym) : null;
}

/**
 * A person's name of two words or more closing `seg`, after lower-case words (from its last honorific
 * on: `… Centre Mr Straw` → `Mr Straw`), or null.
 */
function trailingName(ctx: PhraseContext, tokens: Token[], seg: Range): SpeakerPhrase | null {
  let r = seg.to;
  while (r > seg.from && isWord(tokens[r - 1]) && (nameWordAt(tokens, r - 1, tokens[r - 2]) || honorificAt(tokens, r - 1) || (!tokens[r - 1].cap && (flagAt(tokens, r - 1) & W_PARTICLE) !== 0))) r--;
  if (r <= seg.from || seg.to - r < 2) return null;
  for (let h = seg.to - 2; h > r; h--) if (honorificAt(tokens, h)) {
    r = h;
    break;
  }
  if (seg.to - r < 2 || !isWord(tokens[r]) || !tokens[r].cap) return null;
  const np = nounPhrase(ctx, tokens, r, seg.to, 'subject');
  return np && np.kind === 'name' && !np.organisation ? np : null;
}

/**
 * `Which? called for …`, `Yahoo! said`: a capitalised word with a `?` or `!` written onto it, right
 * before the verb (a sentence never goes on in lower case after its own `?`), is a body's name.
 */
function exclaimedName(ctx: PhraseContext, tokens: Token[], from: number, end: number): SpeakerPhrase | null {
  const mark = tokens[end - 1];
  const word = tokens[end - 2];
  if (end - 2 < from || !isPunct(mark, '?!') || !isWord(word) || !word.cap || word.end !== mark.start) return null;
  if (end - 3 >= from && isWord(tokens[end - 3]) && (flagAt(tokens, end - 3) & W_CONNECTIVE) === 0) return null;
  return bareName(ctx, tokens, end - 2, end, true);
}

/** `who`/`whom` (not `which`, `that` or `whose`, which also follow things) stands after a person. */
function isPersonalRelative(t: Token): boolean {
  return isWord(t) && (t.lower === 'who' || t.lower === 'whom');
}

/** Most tokens in a bracketed aside (`(Lib Dem, Millbeck and Rawdon)`). */
const MAX_ASIDE = 16;

/**
 * For each segment, whether it stands inside brackets closed before `end` (`(Lib Dem, Millbeck and
 * Rawdon)`); null when there are none. A bracket left open (`(she said`) makes no aside.
 */
function parenthesised(tokens: Token[], segs: Segment[], end: number): boolean[] | null {
  let out: boolean[] | null = null;
  let open = -1;
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k];
    if (seg.acronym === null && isPunct(tokens[seg.from - 1], '(')) open = k;
    if (open >= 0 && seg.to < end && isPunct(tokens[seg.to], ')')) {
      if (seg.to - segs[open].from <= MAX_ASIDE) {
        if (!out) out = new Array<boolean>(segs.length).fill(false);
        for (let j = open; j <= k; j++) out[j] = true;
      }
      open = -1;
    }
  }
  return out;
}

/** Prepositions after a participle that make it a clause (`completed by`, `based in`, `injured on`). */
const PARTICIPLE_OBJECT = new Set(['by', 'in', 'on', 'at', 'for', 'from', 'with', 'to', 'after', 'over', 'into', 'under', 'since', 'during']);

/**
 * `completed by more than 900 staff`, `published on Monday`, `speaking after the vote`: a segment that
 * opens on a lower-case participle describes the noun before it. (`retired teacher Jane Doe` names
 * someone, `managing director` is a role: a participle followed by no preposition counts only when
 * no capital and no role word follow.)
 */
function isParticipleClause(tokens: Token[], seg: Range): boolean {
  const t = tokens[seg.from];
  if (!isWord(t) || t.cap || t.lower.length < 5 || (flagAt(tokens, seg.from) & (W_ROLE | W_AUX)) !== 0) return false;
  if (!t.lower.endsWith('ed') && !t.lower.endsWith('ing')) return false;
  const next = tokens[seg.from + 1];
  if (seg.from + 1 < seg.to && isWord(next) && PARTICIPLE_OBJECT.has(next.lower)) return true;
  // (a capital word inside names someone, unless it is a day or month: `appearing before cameras on Monday`)
  for (let i = seg.from + 1; i < seg.to; i++) if (isWord(tokens[i]) && ((tokens[i].cap && !DAYS_AND_MONTHS.has(tokens[i].lower)) || (flagAt(tokens, i) & W_ROLE) !== 0)) return false;
  return true;
}

/** the most words from a relative's article to the relative (`a crowd of students who`) */
const RELATIVE_ANTECEDENT_WORDS = 6;
export const ARTICLES = new Set(['a', 'an', 'the']);

/** Where a clause about the phrase begins in the segment (`who`, `which`, `when`), or its end. */
function beforeClauseWord(tokens: Token[], seg: Range): number {
  for (let j = seg.from + 2; j < seg.to; j++) if (opensClauseAbout(tokens, j)) return j;
  return seg.to;
}

/** `by` or `from` among tokens[from, to): the author named after what a document is about */
function authorAfter(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isWord(tokens[j]) && (tokens[j].lower === 'by' || tokens[j].lower === 'from')) return true;
  return false;
}

/**
 * tokens[from, end) open on a determiner, at most one lower-case word and a lower-case document word,
 * then a preposition of what it is about and no author (`A report on the experiment`, `The new study
 * into the crash`): where the document's phrase ends (the preposition), else -1.
 */
function documentAbout(tokens: Token[], from: number, end: number): number {
  if (end - from < 4 || !isWord(tokens[from]) || (flagAt(tokens, from) & W_DETERMINER) === 0) return -1;
  for (let j = from + 1; j <= from + 2 && j + 1 < end; j++) {
    const w = tokens[j];
    if (!isWord(w) || w.cap) return -1;
    if ((flagAt(tokens, j) & W_DOCUMENT) === 0) continue;
    return documentThenAbout(tokens, j) && !authorAfter(tokens, j + 2, end) ? j + 1 : -1;
  }
  return -1;
}

/** tokens[j] is a lower-case document word, and a lower-case preposition of what it is about follows (`report on`). */
function documentThenAbout(tokens: Token[], j: number): boolean {
  const w = tokens[j], after = tokens[j + 1];
  return isWord(w) && !w.cap && (flagAt(tokens, j) & W_DOCUMENT) !== 0 && isWord(after) && !after.cap && DOCUMENT_ABOUT.has(after.lower);
}

/** A colon right after the cue at `cue`, or after one word more (`shouted:`, `told them:`). */
function colonSoonAfter(tokens: Token[], cue: number): boolean {
  return isPunct(tokens[cue + 1], ':') || (isWord(tokens[cue + 1]) && isPunct(tokens[cue + 2], ':'));
}

/** prepositions after a document word that say what it is about, not who wrote it */
const DOCUMENT_ABOUT = new Set(['in', 'on', 'about', 'into', 'over', 'regarding', 'concerning']);

/** `the dollar will probably continue`, `candidates like O’Rourke have little`: a noun, an auxiliary, then a lower-case word, no `who` / `which` before them. */
function nounAuxVerb(tokens: Token[], seg: Range): boolean {
  for (let j = seg.from + 1; j + 1 < seg.to; j++) {
    const t = tokens[j];
    if (!isWord(t)) return false;
    // (`candidates like O’Rourke have little incentive`: a name inside the clause is no auxiliary)
    if (t.cap) continue;
    if ((flagAt(tokens, j) & W_RELATIVE) !== 0 || t.lower === 'that') return false;
    const before = tokens[j - 1];
    if (CLAUSE_AUXILIARIES.has(t.lower) && isWord(before) && (flagAt(tokens, j - 1) & (W_AUX | W_PRONOUN | W_DETERMINER)) === 0 && isWord(tokens[j + 1]) && !tokens[j + 1].cap) return true;
  }
  return false;
}

/** `who`/`whose` inside a segment (a relative clause written without commas), else -1. */
function relativeInside(tokens: Token[], seg: Range): number {
  for (let i = seg.from + 1; i < seg.to; i++) if (isWord(tokens[i]) && !tokens[i].cap && (tokens[i].lower === 'who' || tokens[i].lower === 'whose')) return i;
  return -1;
}

/** `45`, `now 81`, `aged 23`: an age between commas. */
function isAge(tokens: Token[], seg: Range): boolean {
  return ageOf(tokens, seg) !== null;
}

function ageOf(tokens: Token[], seg: Range): number | null {
  const from = seg.to - seg.from === 2 && isWord(tokens[seg.from]) && (tokens[seg.from].lower === 'now' || tokens[seg.from].lower === 'aged') ? seg.from + 1 : seg.from;
  return seg.to - from === 1 && isWord(tokens[from]) && /^\d{1,3}$/.test(tokens[from].text) ? Number(tokens[from].text) : null;
}

/** A segment that starts in lower case (`a staunch supporter of …`, `general secretary of …`) describes, it does not name. */
/** The word right before offset `start` in `seg` is an organisation's word (`risk consultancy Verisk Maplecroft`) or a capitalised possessive. */
function orgWordBefore(tokens: Token[], seg: Range, start: number): boolean {
  // (`Vice President at Moody's Investors Service`: or a capitalised possessive, the body's own name)
  for (let i = seg.to - 1; i > seg.from; i--) if (tokens[i].start === start) return isWord(tokens[i - 1]) && ((!tokens[i - 1].cap && (flagAt(tokens, i - 1) & W_ORG) !== 0) || (tokens[i - 1].cap && tokens[i - 1].possessive));
  return false;
}

function isAppositive(tokens: Token[], seg: Range): boolean {
  // `Lee Carradine, now a pundit for BBC Radio,`: a time adverb before the role leaves it an appositive
  const from = seg.to - seg.from > 1 && isWord(tokens[seg.from]) && APPOSITIVE_ADVERBS.has(tokens[seg.from].lower) ? seg.from + 1 : seg.from;
  const t = tokens[from];
  // (`Ian Pearson, BT's futurologist,`: a body's possessive and a lower-case noun, whatever the noun)
  if (isWord(t) && t.cap && t.possessive && seg.to - from >= 2 && seg.to - from <= POSSESSED_ROLE_WORDS && isWord(tokens[from + 1]) && !tokens[from + 1].cap) return !hasClauseWord(tokens, from, seg.to);
  return isWord(t) && !t.cap && (flagAt(tokens, from) & (W_RELATIVE | W_CONNECTIVE)) === 0;
}
/** most words of an appositive opening on a possessive (`BT's chief futurologist`) */
const POSSESSED_ROLE_WORDS = 4;
/** adverbs that can open an appositive role (`now a summariser`, `formerly the club's captain`) */
const APPOSITIVE_ADVERBS = new Set(['now', 'then', 'still', 'formerly', 'currently', 'once', 'later', 'previously']);

function hasRoleWord(tokens: Token[], seg: Range): boolean {
  if (hasClauseWord(tokens, seg.from, seg.to)) return false;
  for (let i = seg.from; i < seg.to; i++) if (isWord(tokens[i]) && (flagAt(tokens, i) & W_ROLE) !== 0) return true;
  return false;
}

/** `consumer research group Shopper Insight UK`: lower-case words, an organisation word, then a name. */
function namedBody(tokens: Token[], seg: Range): boolean {
  for (let i = seg.from; i + 1 < seg.to && i - seg.from < 4; i++) {
    const t = tokens[i];
    if (!isWord(t) || t.cap || (flagAt(tokens, i) & W_CLAUSE) !== 0) return false;
    if ((flagAt(tokens, i) & W_ORG) !== 0) return nameWordAt(tokens, i + 1, t);
  }
  return false;
}

function antecedentName(np: SpeakerPhrase | null): boolean {
  return np !== null && np.kind === 'pronoun';
}

/** A role written as a segment, kept only as text for the name found to its left (and the gender its words give: `a man wearing …`). */
function roleOnly(ctx: PhraseContext, tokens: Token[], seg: Range): SpeakerPhrase {
  return {
    kind: 'description', text: textOf(ctx, tokens, seg.from, seg.to), span: spanOf(tokens, seg.from, seg.to), honorific: null, role: null,
    gender: genderOfWords(tokens, seg.from, seg.to), organisation: false, acronym: null, head: null, document: false, definite: false,
  };
}

/** Prepositions of where someone works or lives (`in Cambridge`, `from Dunedin`, `at Oxford`). */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at']);

/** lower-case words inside a body's name (`School of Law`, `Department for Education`) */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'on']);

/**
 * segs[k] is one to three capitalised words and the segment before it ends in `in` / `from` / `at` and
 * capitalised words, a comma after it: a country or region after its city (`in Cambridge, United Kingdom,`);
 * or, with a body's word, up to six with joiners, the rest of the body's name the segment before ends on.
 */
function countryOfPlace(tokens: Token[], segs: Segment[], k: number): boolean {
  const seg = segs[k];
  // (closed by a comma as the place is: `Back at Clearwater Valley, Farrow said` names Farrow)
  // (`the UN representative in Syria, Elizabeth Hoff,`: a given name opens a person's name, no country)
  // (`at the University of California, Los Angeles School of Law,`: or the rest of a body's name, its
  // lower-case joiners inside, when it has a body's word)
  if (seg.to - seg.from > 6 || !isPunct(tokens[seg.to], ',') || (flagAt(tokens, seg.from) & W_GIVEN_NAME) !== 0) return false;
  let body = false;
  for (let i = seg.from; i < seg.to; i++) if ((flagAt(tokens, i) & W_ORG) !== 0) body = true;
  if (!body && seg.to - seg.from > 3) return false;
  for (let i = seg.from; i < seg.to; i++) if (!isWord(tokens[i]) || !(tokens[i].cap || (body && i > seg.from && i + 1 < seg.to && NAME_JOINERS.has(tokens[i].lower)))) return false;
  const left = previousSegment(segs, k);
  if (left < 0) return false;
  let i = segs[left].to - 1;
  // (`at the University of California`: the body before it may have joiners and an article of its own)
  while (i > segs[left].from && isWord(tokens[i]) && (tokens[i].cap || (body && NAME_JOINERS.has(tokens[i].lower) && tokens[i - 1].cap))) i--;
  if (body && i < segs[left].to - 1 && i > segs[left].from && isWord(tokens[i]) && tokens[i].lower === 'the') i--;
  return i < segs[left].to - 1 && isWord(tokens[i]) && !tokens[i].cap && PLACE_PREPOSITIONS.has(tokens[i].lower);
}

function previousSegment(segs: Segment[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (segs[j].to > segs[j].from) return j;
  return -1;
}

function leftDescription(ctx: PhraseContext, tokens: Token[], segs: Segment[], k: number): SpeakerPhrase | null {
  const left = previousSegment(segs, k);
  // `In a statement read to the court, Margaret Lowe said`: an adjunct is no role of the name after it
  if (left < 0 || isAdjunct(tokens, segs[left])) return null;
  const np = nounPhrase(ctx, tokens, segs[left].from, segs[left].to, 'subject', segs[left].acronym);
  return np && np.kind === 'description' && !np.document ? np : null;
}

/**
 * words that, after the subject, open when or how it was said (`said Evan Ferguson after the match`),
 * or a clause about the subject (`said a man who answered the door`)
 */
const TRAILING_ADJUNCTS = new Set(['after', 'before', 'during', 'following', 'when', 'as', 'while', 'since', 'amid', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'who', 'whose']);
const IN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
const SPANS_OF_TIME = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'minute', 'hour', 'day', 'week', 'month', 'year']);
const AFTER_SPAN = new Set(['later', 'ago', 'after', 'before', 'earlier', 'on']);
const NUMBER_WORDS = new Set('a an one two three four five six seven eight nine ten eleven twelve twenty few several many'.split(' '));

/**
 * Where the subject after an inverted cue ends when an adjunct follows it with no comma (`said Evan
 * Ferguson on Tuesday`, `said the manager after the match`, `said Jane Doe in a statement`): before
 * the adjunct's first word. (`on` only before a day or a month, `in` only before a lower-case noun
 * phrase: `the Committee on Climate Change`, `an expert on climate policy`, `Jane Smith in Milan`
 * keep theirs.)
 */
function beforeTrailingAdjunct(tokens: Token[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j];
    if (!isWord(t)) return to;
    // (`said the last person to leave`: after a determiner the word is the subject's own)
    if (t.cap || !isWord(tokens[j - 1]) || (flagAt(tokens, j - 1) & W_DETERMINER) !== 0) continue;
    // (`by the officer who led the investigation, Det Insp Sunil Kapoor`, `the director of the festival
    // since 2010, Jane Doe`: a name in apposition after the adjunct is the subject)
    if (TRAILING_ADJUNCTS.has(t.lower) && !appositiveNameAfter(tokens, j, to)) return j;
    const next = j + 1 < to && isWord(tokens[j + 1]) ? tokens[j + 1] : null;
    if (next === null) continue;
    // (`said one official on (the) condition of anonymity`: how it was said, not who)
    if (t.lower === 'on' && (DAYS_AND_MONTHS.has(next.lower) || next.lower === 'condition' || (next.lower === 'the' && j + 2 < to && isWord(tokens[j + 2]) && tokens[j + 2].lower === 'condition'))) return j;
    // (`said Smith ten days later`, `two weeks ago`)
    if (SPANS_OF_TIME.has(next.lower) && (NUMBER_WORDS.has(t.lower) || /^\d+$/.test(t.text)) && j + 2 < tokens.length && isWord(tokens[j + 2]) && AFTER_SPAN.has(tokens[j + 2].lower)) return j;
    if (t.lower === 'in' && IN_DETERMINERS.has(next.lower) && j + 2 < to && isWord(tokens[j + 2]) && !tokens[j + 2].cap) return j;
    // (`said Rosaly Lopes of NASA's Jet Propulsion Laboratory in California`: where the body is, ending the phrase)
    if (t.lower === 'in' && tokens[j - 1].cap && placeToEnd(tokens, j + 1, to)) return j;
    // (`said Mervyn Davies at a London press conference`, `in a BBC Radio 4 interview`: where it was said)
    if ((t.lower === 'at' || t.lower === 'in') && IN_DETERMINERS.has(next.lower) && eventNounWithin(tokens, j + 2, to)) return j;
  }
  return to;
}

/** tokens[from, to) are one to three capitalised words, a comma between two (`California`, `Pasadena, California`) */
function placeToEnd(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!(isWord(tokens[k]) ? tokens[k].cap : k > from && isPunct(tokens[k], ','))) return false;
  return true;
}

/** occasions where words are said: after `at a` / `in an` they end an inverted subject */
const EVENT_NOUNS = new Set(['conference', 'meeting', 'briefing', 'event', 'rally', 'summit', 'hearing', 'launch', 'dinner', 'ceremony', 'interview', 'speech', 'debate', 'seminar', 'reception', 'session']);

/** An occasion's noun among the (at most five) words from `j`, before any mark. */
function eventNounWithin(tokens: Token[], j: number, to: number): boolean {
  for (let k = j; k < to && k < j + 5 && isWord(tokens[k]); k++) if (!tokens[k].cap && EVENT_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * A segment before `, who …` that is a clause, a capitalised subject and a verb in -ed (`The White House
 * defended the retweets by the Republican president`): where its last noun phrase starts (its last
 * article after the verb); -1 for any other segment.
 */
function antecedentAfterClause(tokens: Token[], seg: { from: number; to: number }): number {
  let verb = -1;
  for (let i = seg.from + 1; i < seg.to - 1; i++) {
    const t = tokens[i];
    if (isWord(t) && !t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && tokens[i - 1].cap && (flagAt(tokens, i) & (W_ROLE | W_ORG)) === 0) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return -1;
  for (let i = seg.to - 2; i > verb; i--) if (isWord(tokens[i]) && !tokens[i].cap && ARTICLES.has(tokens[i].lower)) return i;
  return -1;
}

/** The segment's last `that` or subordinator with only a capitalised name after it to the segment's end: that name. */
function nameAfterLastSubordinator(ctx: PhraseContext, tokens: Token[], seg: { from: number; to: number }): SpeakerPhrase | null {
  for (let i = seg.to - 2; i > seg.from && seg.to - i <= NAME_AFTER_SUBORDINATOR; i--) {
    const t = tokens[i];
    if (!isWord(t)) return null;
    if (t.cap) continue;
    if (t.lower !== 'that' && !SUBORDINATORS.has(t.lower)) return null;
    const np = nounPhrase(ctx, tokens, i + 1, seg.to, 'subject');
    return np && np.kind === 'name' && !np.organisation && np.span.start === tokens[i + 1].start ? np : null;
  }
  return null;
}
/** the most words after that `that` (a name of four words and its `that`) */
const NAME_AFTER_SUBORDINATOR = 5;

/** A comma among tokens[from, to) with a capitalised word after it: a name in apposition (`…, Jane Doe`). */
function appositiveNameAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (isPunct(tokens[k], ',')) return isWord(tokens[k + 1]) && tokens[k + 1].cap;
  return false;
}

/** The subject written after an inverted cue: `said the chairman of …, Labour MP Barry Sheerman`. */
export function subjectAfter(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  // the sentence's full stop is no part of a name in apposition (`by the officer who led it, DI Jo Hart.`)
  while (to > from && isPunct(tokens[to - 1], '.!?')) to--;
  // (`according to Gartner analyst Carolina Milanesi is "…"`: the phrase ends at the verb after it)
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j];
    if (isPunct(t, ',;:')) break;
    if (isWord(t) && !t.cap && (flagAt(tokens, j) & W_AUX) !== 0 && j - from >= 2) {
      to = j;
      // (`according to Defra's lawyers chasing away unwanted animals was "…"`: or at the gerund that
      // opens the clause's subject, before its verb)
      for (let g = from + 1; g < j; g++) {
        const w = tokens[g];
        if (isWord(w) && !w.cap && w.lower.length > 4 && w.lower.endsWith('ing') && (flagAt(tokens, g) & (W_ROLE | W_ORG)) === 0) {
          to = g;
          break;
        }
      }
      break;
    }
  }
  to = beforeTrailingAdjunct(tokens, from, to);
  const segs = segments(tokens, from, to);
  const first = segs.findIndex((s) => s.to > s.from);
  if (first < 0) return null;
  const seg = segs[first];
  const t = tokens[seg.from];
  if (!isWord(t)) return null;
  if (t.lower === 'that' || t.lower === 'this' || t.lower === 'it' || (flagAt(tokens, seg.from) & (W_ADJUNCT | W_CLAUSE)) !== 0) return null;
  // `said singer Kate Moody`, `said former minister John Reid`: lower-case words lead to a role and a name
  // (`according to consumer research group Shopper Insight UK`: or to an organisation word and its name)
  if (!t.cap && (flagAt(tokens, seg.from) & (W_DETERMINER | W_POSSESSIVE_PRONOUN)) === 0 && !hasRoleWord(tokens, seg) && !namedBody(tokens, seg) && !leadsToName(tokens, seg)) return null;
  // (`according to the government's memorandum in support of the conditions of release`: what a document
  // is in support of, or about, is no part of its name; `a letter from Mr Smith` keeps its sender)
  let npTo = Math.min(seg.to, seg.from + 14);
  for (let j = seg.from + 1; j + 1 < npTo; j++) {
    if (documentThenAbout(tokens, j)) {
      if (!authorAfter(tokens, j + 2, npTo)) npTo = j + 1;
      break;
    }
  }
  const np = nounPhrase(ctx, tokens, seg.from, npTo, 'inverted', seg.acronym);
  const next = segs.slice(first + 1).find((s) => s.to > s.from);
  if (!np && next && isPureName(tokens, next) && !hasClauseWord(tokens, seg.from, seg.to)) return nounPhrase(ctx, tokens, next.from, next.to, 'inverted', next.acronym);
  if (!np) return looseDescription(ctx, tokens, seg.from, seg.to);
  if (!np || np.kind === 'pronoun') return np;
  if (np.kind === 'description' && next) {
    const nn = nounPhrase(ctx, tokens, next.from, next.to, 'inverted', next.acronym);
    // (`said Paul King, chief security architect at Cisco`: a body after a preposition is no person's name)
    if (nn && nn.kind === 'name' && !prepositionBefore(tokens, next.from, nn.span.start)) return withRole(nn, np);
  }
  if (np.kind === 'name' && next && !np.role) {
    // (`said Koichiro Iizuka, an infant abandoned in a creche when his mother …`: the role ends where a
    // clause about the person begins; its words name others)
    const nd = nounPhrase(ctx, tokens, next.from, beforeClauseWord(tokens, next), 'inverted', next.acronym);
    if (nd && nd.kind === 'description' && !isAdjunct(tokens, next) && !isRelative(tokens, next)) withRole(np, nd);
  }
  return np;
}

/**
 * The subject a sentence opens with (for pronouns to refer back to): after connectives and adjuncts,
 * the leading noun phrase — names, roles, possessives — or its appositive name.
 */
export function leadingSubject(ctx: PhraseContext, tokens: Token[], from: number, to: number, brandsPassed = 0): SpeakerPhrase | null {
  // (the segments of the words before the first quote, read one at a time: the first few decide)
  let seg = segmentAt(tokens, from, to, true);
  // (`Early last week, Tillerson, a former …, delivered`: an opening time phrase and its comma too)
  while (seg.after >= 0 && (seg.to <= seg.from || isAdjunct(tokens, seg) || onlyConnectives(tokens, seg) || isTimeSegment(tokens, seg))) seg = segmentAt(tokens, seg.after, to, true);
  if (seg.to <= seg.from) return null;
  // (`During the 2016 campaign he said …`: an adjunct with no comma after it, then a subject pronoun)
  if (seg.after < 0 && isAdjunct(tokens, seg)) {
    for (let i = seg.from + 2; i < seg.to && i - seg.from <= MAX_ADJUNCT_WORDS; i++) {
      const p = isWord(tokens[i]) && !tokens[i].cap ? pronoun(tokens, i, i + 1) : null;
      if (p && p.text !== 'it') return p;
    }
  }
  const start = skipConnectives(tokens, seg.from, seg.to);
  const p = pronoun(tokens, start, Math.min(start + 1, seg.to));
  if (p) return p;
  const end = leadingNounEnd(tokens, start, seg.to);
  if (end <= start) return null;
  // (`The health arguments far outweighed …`: a determiner alone, its noun no role or body's, names no one)
  if (end - start === 1 && (flagAt(tokens, start) & W_DETERMINER) !== 0 && end < seg.to && isWord(tokens[end]) && !tokens[end].cap) return null;
  // (`A rogue builder who targeted …`: `who` makes a person of any noun)
  const here = nounPhrase(ctx, tokens, start, end, 'subject', seg.acronym) ?? (end < seg.to && isWord(tokens[end]) && tokens[end].lower === 'who' ? looseDescription(ctx, tokens, start, end) : null);
  // (`An Apple iPod or other players can hold …`: a name after `a` / `an`, a common noun after it, is the noun's brand or maker, no subject;
  // `After collecting a trophy, a Mercedes convertible and a cheque, Federer addressed …`: in a list, the subject may come after it)
  if (here && here.kind === 'name' && isWord(tokens[start]) && (tokens[start].lower === 'a' || tokens[start].lower === 'an') && end < seg.to && isWord(tokens[end]) && !tokens[end].cap && (flagAt(tokens, end) & (W_AUX | W_CLAUSE | W_SPEECH_CUE | W_REPORTING | W_ROLE | W_ADJUNCT)) === 0) {
    // (a list of three such at most: `a trophy, a Mercedes convertible and a cheque`)
    return seg.after >= 0 && brandsPassed < MAX_BRANDS_PASSED ? leadingSubject(ctx, tokens, seg.after, to, brandsPassed + 1) : null;
  }
  // (`Possibly a very American analogy`: a nationality before a lower-case noun is its adjective, no one)
  if (here && here.kind === 'name' && !here.text.includes(' ') && demonymBeforeNoun(tokens, start, seg.to, here.span.start)) return null;
  // (`Osbourne himself was at a loss …`: the emphatic pronoun after the name says who, of two Osbournes)
  if (here && here.kind === 'name' && !here.gender && end < seg.to && isWord(tokens[end])) {
    const g = REFLEXIVE_GENDER.get(tokens[end].lower);
    if (g) here.gender = g;
  }
  // `The group's chairman, Jo Hart,`: a description the appositive name after it names
  // (the name is read only when it could be used)
  // (`Computer specialist at the IAEA, Peter Smith,`: also after the body the role is held at)
  if ((end === seg.to || bodyAfterRole(tokens, end, seg.to, (flagAt(tokens, end - 1) & W_ROLE) !== 0)) && seg.after >= 0 && here !== null && here.kind === 'description') {
    const next = appositiveName(tokens, segmentAt(tokens, seg.after, to, true));
    if (next.to > next.from && isPureName(tokens, next) && !hasClauseWord(tokens, next.from, next.to)) {
      const nn = nounPhrase(ctx, tokens, next.from, next.to, 'subject', next.acronym);
      // (`Steenburgen's son, filmmaker Charlie McDowell`: the description's gender is the person's)
      if (nn && nn.kind === 'name') return withRole(here.gender && !nn.gender ? { ...nn, gender: here.gender } : nn, here);
    }
  }
  // `The musical's British director is Matthew Warchus,`: a description the name after `is` names
  if (here !== null && here.kind === 'description' && !here.organisation && !here.document && end + 1 < seg.to && isWord(tokens[end]) && SINGULAR_COPULAS.has(tokens[end].lower)) {
    const name: Range = { from: end + 1, to: seg.to };
    if (isPureName(tokens, name) && !hasClauseWord(tokens, name.from, name.to)) {
      const nn = nounPhrase(ctx, tokens, name.from, name.to, 'subject', null);
      if (nn && nn.kind === 'name' && !nn.organisation) return withRole(nn, here);
    }
  }
  return here;
}
const SINGULAR_COPULAS = new Set(['is', 'was']);
/** brand-led segments leadingSubject reads past before it gives up */
const MAX_BRANDS_PASSED = 3;

/** A lower-case auxiliary (`was`, `has`) in tokens[from, to): the words hold a verb. */
function auxAfter(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWord(tokens[i]) && !tokens[i].cap && COPULA_OR_AUX.has(tokens[i].lower)) return true;
  return false;
}
const COPULA_OR_AUX = new Set([...COPULAS, 'has', 'have', 'had', 'will', 'would']);
/** auxiliaries that make a clause of a noun before them (not `to`: `responding to attacks` is a participle's phrase) */
const CLAUSE_AUXILIARIES = new Set([...COPULA_OR_AUX, 'could', 'can', 'may', 'might', 'should', 'must']);

/**
 * The name in an appositive segment, without a role word before it (`filmmaker Charlie McDowell`)
 * or a parenthesis after it (`Charlie McDowell ("The Discovery")`).
 */
function appositiveName<T extends Range>(tokens: Token[], seg: T): T {
  let from = seg.from;
  let end = seg.to;
  while (from < end - 1 && isWord(tokens[from]) && !tokens[from].cap && (flagAt(tokens, from) & W_ROLE) !== 0) from++;
  if (end - 1 > from && isPunct(tokens[end - 1], ')')) {
    let open = end - 2;
    while (open > from && !isPunct(tokens[open], '(')) open--;
    if (open > from) end = open;
  }
  return from === seg.from && end === seg.to ? seg : { ...seg, from, to: end };
}

/**
 * tokens[from, to) are `at` / `of` / `for` / `with` and a body's words (`at the IAEA`, `of the Lisbon Council`): where a role is held.
 * `afterRoleWord`: the words before end on a role word (`Head`), whose `of the division` names a body in any words.
 */
function bodyAfterRole(tokens: Token[], from: number, to: number, afterRoleWord = false): boolean {
  if (from >= to - 1 || to - from > 6 || !isWord(tokens[from]) || !ROLE_BODY_PREPOSITIONS.has(tokens[from].lower)) return false;
  // (a body's words: capitalised, or ending on a body's word, `at the agency`)
  for (let i = from + 1; i < to; i++) if (!isWord(tokens[i]) || (flagAt(tokens, i) & (W_CLAUSE | W_AUX)) !== 0) return false;
  return tokens[to - 1].cap || (flagAt(tokens, to - 1) & W_ORG) !== 0 || (afterRoleWord && tokens[from].lower === 'of' && to - from <= 4);
}
const ROLE_BODY_PREPOSITIONS = new Set(['at', 'of', 'for', 'with']);

const REFLEXIVE_GENDER = new Map<string, 'male' | 'female'>([['himself', 'male'], ['herself', 'female']]);
const POSSESSOR_GENDER = new Map<string, 'male' | 'female'>([['his', 'male'], ['her', 'female']]);

function onlyConnectives(tokens: Token[], seg: Range): boolean {
  return skipConnectives(tokens, seg.from, seg.to) >= seg.to;
}

function isPureName(tokens: Token[], seg: Range): boolean {
  for (let i = seg.from; i < seg.to; i++) if (!nameWordAt(tokens, i, tokens[i - 1]) && !honorificAt(tokens, i) && (flagAt(tokens, i) & W_PARTICLE) === 0) return false;
  return true;
}

/** Whether the run of name words at `at` (at most MAX_NAME_RUN) ends on a possessive (`John Peel's`). */
function possessiveName(tokens: Token[], at: number, to: number): boolean {
  for (let i = at; i < to && i - at < MAX_NAME_RUN && nameWordAt(tokens, i, tokens[i - 1]); i++) if (tokens[i].possessive) return true;
  return false;
}
const MAX_NAME_RUN = 5;
const NUMERALS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Words that end the lower-case words leading to a role (`home affairs correspondent`): what follows them is no such lead. */
const NOT_LEADING = W_ROLE | W_ORG | W_CLAUSE | W_AUX | W_ADJUNCT;

/** End of the noun phrase a sentence opens with: names, possessives, determiners, role words (and the words leading to one). */
export function leadingNounEnd(tokens: Token[], from: number, to: number): number {
  let i = from;
  while (i < to) {
    const t = tokens[i];
    // (`Transport & General Worker's Union general secretary Tony Woodley`: `&` inside a body's capitalised name)
    if (i > from && i + 1 < to && ampersandInName(tokens, i)) {
      i++;
      continue;
    }
    if (!isWord(t)) break;
    const afterPossessive = i > from && tokens[i - 1].possessive;
    if (t.cap || afterPossessive || startsWithNumber(t.text) || (flagAt(tokens, i) & (W_DETERMINER | W_ROLE | W_ORG)) !== 0 || t.lower.endsWith('-year-old')) {
      i++;
      continue;
    }
    // `Writer and producer Debra Hill`: two roles joined by `and`; `minister of sport Jaime Lissavetzky`:
    // a role's lower-case complement after of / for, when a name follows it
    const linked = i > from && (flagAt(tokens, i - 1) & W_ROLE) !== 0 ? roleLinkTo(tokens, i, to) : 0;
    if (linked) {
      i = linked;
      continue;
    }
    // `British number one Sophie Carr`, `world number 3 Jo Hart`: a ranking is part of the noun phrase
    if (t.lower === 'number' && i + 1 < to && isWord(tokens[i + 1]) && (startsWithNumber(tokens[i + 1].text) || NUMERALS.has(tokens[i + 1].lower))) {
      i += 2;
      continue;
    }
    // lower-case words that lead to a role word: `home affairs correspondent`
    // (a determiner among them starts another noun phrase: `Marco Lentini felt his goalkeeper`)
    let j = i;
    while (j < to && j < i + 3 && isWord(tokens[j]) && !tokens[j].cap && (flagAt(tokens, j) & (j > i ? NOT_LEADING | W_DETERMINER | W_POSSESSIVE_PRONOUN | W_RELATIVE : NOT_LEADING | W_RELATIVE)) === 0) j++;
    // (or to `who`: `A rogue builder who targeted …`, a person's noun before the relative clause)
    if (j < to && j > i && isWord(tokens[j]) && tokens[j].lower === 'who') {
      i = j;
      break;
    }
    // (or to an organisation word: `The health ministry`)
    if (j < to && j > i && isWord(tokens[j]) && (flagAt(tokens, j) & (W_ROLE | W_ORG)) !== 0 && !pastVerb(tokens[i].lower)) {
      i = j + 1;
      continue;
    }
    // (or to a role word behind one to three capitalised words, what the role covers: `Obama’s former
    // top Asia adviser`, `a senior White House official`)
    if (j < to && j > i && tokens[j].cap && !pastVerb(tokens[i].lower) && (flagAt(tokens, i) & W_REPORTING) === 0) {
      let m = j;
      while (m < to && m < j + 3 && isWord(tokens[m]) && tokens[m].cap && !tokens[m].possessive) m++;
      if (m > j && m < to && isWord(tokens[m]) && !tokens[m].cap && (flagAt(tokens, m) & W_ROLE) !== 0) {
        i = m + 1;
        continue;
      }
    }
    // (or, after a determiner, to a name: `His classmate Nina Castellanos`, `The retired nurse Jo Hart`)
    // (a name that owns what follows is no subject: `The late John Peel's show`)
    // (`The report says Jane Smith`: a reporting verb is no noun)
    // (or, opening the phrase, to a name: `Bucking the trend, housebuilder Brackwell Group jumped`)
    // (or after one capitalised word opening the phrase: `Feminist icon Germaine Greer`)
    if (j < to && j > i && j - i <= 2 && (i === from || (isWord(tokens[i - 1]) && (flagAt(tokens, i - 1) & W_DETERMINER) !== 0) || (i - 1 === from && tokens[from].cap)) && nameWordAt(tokens, j, tokens[j - 1]) && !honorificAt(tokens, j) && (flagAt(tokens, j - 1) & W_REPORTING) === 0 && (flagAt(tokens, i) & W_REPORTING) === 0 && !pastVerb(tokens[i].lower) && !possessiveName(tokens, j, to)) {
      i = j + 1;
      continue;
    }
    break;
  }
  return i;
}

/** verbs in the past that a sentence's subject takes before its object's name (`Trump met Emperor Akihito`) */
const PAST_VERBS = new Set(['met', 'told', 'took', 'gave', 'made', 'saw', 'won', 'lost', 'led', 'left', 'sent', 'held', 'beat', 'hit', 'sought', 'thought', 'brought', 'fought', 'caught', 'taught', 'became', 'ran', 'chose', 'drew', 'struck', 'spoke', 'wrote', 'sold', 'paid', 'let']);

/** `met`, `praised`: a lower-case word in the past tense (an -ed ending of five letters or more), no noun of a role. */
function pastVerb(lower: string): boolean {
  return PAST_VERBS.has(lower) || (lower.length >= 5 && lower.endsWith('ed'));
}

/**
 * After a role word, at `i`: `and` and another role word (`writer and producer`), or `of` / `for` and
 * one or two lower-case words before a capitalised name (`minister of sport Jaime …`): the token after
 * them, else 0.
 */
function roleLinkTo(tokens: Token[], i: number, to: number): number {
  const t = tokens[i];
  if (t.lower === 'and') return i + 1 < to && isWord(tokens[i + 1]) && !tokens[i + 1].cap && (flagAt(tokens, i + 1) & W_ROLE) !== 0 ? i + 2 : 0;
  // (`U.S. Ambassador to the United Nations Nikki Haley`, `Secretary of State Rex Tillerson`: after a
  // capitalised post, `of` / `to` / `for` (`the`) and the capitalised body or portfolio, a name after it)
  if ((t.lower === 'of' || t.lower === 'to' || t.lower === 'for') && tokens[i - 1].cap) {
    const c = i + 1 < to && isWord(tokens[i + 1]) && tokens[i + 1].lower === 'the' ? i + 2 : i + 1;
    let m = c;
    while (m < to && m < c + 6 && isWord(tokens[m]) && tokens[m].cap && !tokens[m].possessive) m++;
    if (m - c >= 3) return c;
  }
  if (t.lower !== 'of' && t.lower !== 'for') return 0;
  let j = i + 1;
  while (j < to && j <= i + 2 && isWord(tokens[j]) && !tokens[j].cap && (flagAt(tokens, j) & (NOT_LEADING | W_DETERMINER | W_POSSESSIVE_PRONOUN)) === 0) j++;
  return j > i + 1 && j + 1 < to && nameWordAt(tokens, j, tokens[j - 1]) && nameWordAt(tokens, j + 1, tokens[j]) && !honorificAt(tokens, j) ? j : 0;
}

/** Most tokens read back from `, who` for the name it follows. */
const MAX_INTRODUCED_NAME = 12;

/**
 * `… heard from Det Supt Jo Hart, who leads …`, `went to 26-year-old Amy Cole, who …`: a name that a
 * `who` clause describes is a person the article introduces, the `she` of the sentences after it, even
 * when it is no subject. The last such person in tokens[from, to), else null.
 */
export function introducedPerson(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  let out: SpeakerPhrase | null = null;
  for (let i = from + 2; i < to; i++) {
    const t = tokens[i];
    if (!isWord(t) || t.cap || t.lower !== 'who') continue;
    // (`IBM researcher Jim Levine who developed …`: with no comma too, right after a name of two capitals)
    const bare = nameLike(tokens[i - 1]) && nameLike(tokens[i - 2]);
    if (!bare && !isPunct(tokens[i - 1], ',')) continue;
    let end = bare ? i : i - 1;
    // `Sir Ian Lambe, 81, who`: an age between commas belongs to the name before it
    let age: number | null = null;
    if (end - 2 >= from && isPunct(tokens[end - 2], ',') && isAge(tokens, { from: end - 1, to: end })) {
      age = ageOf(tokens, { from: end - 1, to: end });
      end -= 2;
    }
    let start = end;
    while (start > from && end - start < MAX_INTRODUCED_NAME && isWord(tokens[start - 1])) start--;
    if (start === end) continue;
    const np = nounPhrase(ctx, tokens, start, end, 'antecedent');
    if (!np || np.kind !== 'name' || np.organisation) continue;
    out = age !== null ? { ...np, age } : np;
  }
  // `For Rick Dean, director of business development at THX, …`: a full name with its role in
  // apposition introduces a person too
  for (let i = from + 2; i + 1 < to; i++) {
    // (a name of two words or more ends right before the comma: its last two words are capitalised or numbers)
    if (!isPunct(tokens[i], ',') || !nameLike(tokens[i - 1]) || !nameLike(tokens[i - 2]) || !roleAppositiveAt(tokens, i + 1, to)) continue;
    let start = i;
    while (start > from && i - start < MAX_NAME_RUN && isWord(tokens[start - 1]) && (nameWordAt(tokens, start - 1, tokens[start - 2]) || honorificAt(tokens, start - 1))) start--;
    // (`For Rick Dean,`: a capitalised preposition opening the sentence is no part of the name)
    while (start < i && (flagAt(tokens, start) & (W_ADJUNCT | W_CONNECTIVE)) !== 0) start++;
    if (i - start < 2 || (out && out.span.start > tokens[start].start)) continue;
    const np = nounPhrase(ctx, tokens, start, i, 'antecedent');
    if (np && np.kind === 'name' && !np.organisation) out = np;
  }
  return out;
}

/**
 * `Sacked MP Howard Flight's local association has insisted …`: a sentence whose subject is what a
 * person with their role owns introduces that person (a later `The MP` is them). The possessor, named
 * with a role, when the description `phrase` (found at or after token `from`) opens on one; else null.
 */
export function introducedPossessor(ctx: PhraseContext, tokens: Token[], from: number, phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (phrase.kind !== 'description') return null;
  while (from < tokens.length && tokens[from].start < phrase.span.start) from++;
  for (let i = from; i < tokens.length && tokens[i].end <= phrase.span.end; i++) {
    // (a possessive in `'s`, the token's text without it: `Flight's` reads `Flight`)
    const t = tokens[i];
    if (!t.possessive || t.end - t.start !== t.text.length + 2) continue;
    const np = i > from ? nounPhrase(ctx, tokens, from, i + 1, 'antecedent') : null;
    return np && np.kind === 'name' && !np.organisation && np.role ? np : null;
  }
  return null;
}

/**
 * `Bogdanov … claimed the race would be between himself and Okken but McIlroy is unfazed.`: a name
 * opening a clause after `but` (a lower-case word follows it) is whom the sentence ends on. The last
 * such name in tokens[from, to), else null.
 */
export function butClauseSubject(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  let out: SpeakerPhrase | null = null;
  for (let i = from + 1; i + 2 < to; i++) {
    const t = tokens[i];
    if (!isWord(t) || t.cap || t.lower !== 'but') continue;
    let end = i + 1;
    while (end < to && end - i <= MAX_BUT_NAME && nameLike(tokens[end])) end++;
    if (end === i + 1 || end >= to || !isWord(tokens[end]) || tokens[end].cap) continue;
    const np = nounPhrase(ctx, tokens, i + 1, end, 'subject');
    if (np && np.kind === 'name' && !np.organisation) out = np;
  }
  return out;
}

/**
 * `His words came as Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed …`: a
 * sentence opening on a thing (a possessive and a noun, `The move`, `It`) that comes as someone acts is
 * about that someone: the name right after `came as` / `comes as` / `come as`.
 */
export function comesAsSubject(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  for (let i = from + 1; i + 2 < to && i - from <= MAX_COMES_AS; i++) {
    const t = tokens[i];
    if (!isWord(t) || !COMES.has(t.lower) || !isWord(tokens[i + 1]) || tokens[i + 1].lower !== 'as') continue;
    let end = i + 2;
    while (end < to && end - i - 2 < MAX_BUT_NAME + 2 && nameLike(tokens[end])) end++;
    if (end === i + 2 || end >= to || (isWord(tokens[end]) && tokens[end].cap)) return null;
    const np = nounPhrase(ctx, tokens, i + 2, end, 'subject');
    return np && np.kind === 'name' && !np.organisation ? np : null;
  }
  return null;
}
const COMES = new Set(['came', 'comes', 'come']);
/** how far into its sentence `came as` may stand (`His words came as`, `The announcement by the ministry comes as`) */
const MAX_COMES_AS = 6;

/** words opening an indirect question (`asked why ministers attacked`), whose subject follows them */
const WH_WORDS = new Set(['why', 'whether', 'how']);
/** how far before a cue such a word is looked for */
const WH_REACH = 6;

/** Most capitalised words read after `but` for a name. */
const MAX_BUT_NAME = 3;

/** What a name word or an honorific can be: a capitalised word or a number (`isNameWord`'s first sieve). */
function nameLike(t: Token): boolean {
  return isWord(t) && (t.cap || startsWithNumber(t.text));
}

const REPORTED_PARTICIPLES = new Set(['alleged', 'reported', 'said', 'understood', 'believed', 'thought', 'known', 'expected']);

/** Where `is alleged to (have)` / `was reported to` begins before `cue`, or -1. */
function reportedPassiveStart(tokens: Token[], from: number, cue: number): number {
  let e = cue;
  if (e - 1 > from && isWord(tokens[e - 1]) && tokens[e - 1].lower === 'have') e--;
  if (!(e - 3 >= from && isWord(tokens[e - 1]) && tokens[e - 1].lower === 'to')) return -1;
  const p = tokens[e - 2];
  const be = tokens[e - 3];
  return isWord(p) && REPORTED_PARTICIPLES.has(p.lower) && isWord(be) && COPULAS.has(be.lower) ? e - 3 : -1;
}

const ROLE_PREPOSITIONS = new Set(['at', 'of', 'for', 'from', 'with', 'in']);

/** A lower-case preposition among the tokens from `from` up to the offset `before`. */
function prepositionBefore(tokens: Token[], from: number, before: number): boolean {
  for (let i = from; i < tokens.length && tokens[i].start < before; i++) if (isWord(tokens[i]) && !tokens[i].cap && ROLE_PREPOSITIONS.has(tokens[i].lower)) return true;
  return false;
}

/** The dash that opens a relative clause closed by the dash at `close` (`- which …, … -`), or -1. */
function relativeAsideStart(tokens: Token[], from: number, close: number): number {
  for (let j = close - 1; j > from && close - j <= DASH_ASIDE_TOKENS; j--) {
    if (!isPunct(tokens[j], '-–—')) continue;
    return isWord(tokens[j + 1]) && (flagAt(tokens, j + 1) & W_RELATIVE) !== 0 ? j : -1;
  }
  return -1;
}
/** most tokens of a relative clause between dashes */
const DASH_ASIDE_TOKENS = 24;

/** `this year`, `last week`, `next month`, `on Monday`: up to three words, one of them a time word. */
function isTimeSegment(tokens: Token[], seg: Range): boolean {
  if (seg.to - seg.from > 3 || seg.to <= seg.from) return false;
  // (`on April 26, 2018, the White House said`: the year after a date's comma)
  if (seg.to - seg.from === 1 && isYear(tokens[seg.from].text)) return true;
  let time = false;
  for (let i = seg.from; i < seg.to; i++) {
    const t = tokens[i];
    if (!isWord(t)) return false;
    if (TIME_WORDS.has(t.lower)) time = true;
    else if (!TIME_OPENERS.has(t.lower) && !RELATIVE_TIME.has(t.lower) && !startsWithNumber(t.text)) return false;
  }
  return time;
}

/** The segment opens `as well as`, `along with`, `together with`. */
function addsToClause(tokens: Token[], seg: Range): boolean {
  const a = tokens[seg.from];
  const b = tokens[seg.from + 1];
  if (!isWord(a) || !isWord(b) || seg.to - seg.from < 3) return false;
  return (a.lower === 'as' && b.lower === 'well' && isWord(tokens[seg.from + 2]) && tokens[seg.from + 2].lower === 'as') || ((a.lower === 'along' || a.lower === 'together') && b.lower === 'with');
}

/** `awards pundit Tom O'Neil`: at most three lower-case words of no clause, then a name of two words or more. */
function leadsToName(tokens: Token[], seg: Range): boolean {
  let j = seg.from;
  while (j < seg.to && j - seg.from < 3 && isWord(tokens[j]) && !tokens[j].cap && (flagAt(tokens, j) & (W_CLAUSE | W_AUX | W_ADJUNCT | W_CONNECTIVE)) === 0) j++;
  if (j === seg.from || j + 1 >= seg.to) return false;
  return nameWordAt(tokens, j, tokens[j - 1]) && nameWordAt(tokens, j + 1, tokens[j]) && !honorificAt(tokens, j);
}

/** A lower-case role word opens the words at `at` (`director of …`, `the head of …`, `a lawyer for …`). */
function roleAppositiveAt(tokens: Token[], at: number, to: number): boolean {
  let j = at;
  if (j < to && isWord(tokens[j]) && (flagAt(tokens, j) & W_DETERMINER) !== 0) j++;
  for (let n = 0; j < to && n < 3 && isWord(tokens[j]) && !tokens[j].cap; j++, n++) if ((flagAt(tokens, j) & W_ROLE) !== 0) return true;
  return false;
}

/** what a source is said to have given in answer: `a backlash from Sessions`, `a sharp reply from the minister` */
const REACTIONS = new Set(['backlash', 'response', 'reply', 'rebuke', 'retort', 'reaction', 'rebuttal', 'outburst', 'denial']);

/**
 * `That prompted an angry backlash from Sessions.`: a sentence ending on a reaction from a named person
 * names whose words come next; that name, else null.
 */
export function reactionSource(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  let end = to;
  while (end > from && !isWord(tokens[end - 1])) end--;
  let start = end;
  while (start > from && end - start < 4 && isWord(tokens[start - 1]) && tokens[start - 1].cap) start--;
  if (start === end || start - 2 < from || tokens[start - 1].lower !== 'from' || !REACTIONS.has(tokens[start - 2].lower)) return null;
  const p = nounPhrase(ctx, tokens, start, end, 'subject');
  return p && p.kind === 'name' && !p.organisation ? p : null;
}
