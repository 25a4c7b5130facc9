// English: direct quote vs term, reporting cues, speakers. Reads the article sentence by sentence,
// in order, so a quote with no cue of its own continues the speaker before it, and pronouns and
// short names refer back to the entities already met.
import type { Article, Quote, Span } from '../model';
import type { QuoteSpan } from '../quoteSpans';
import { bareQuote, type QuoteAnalysis } from '../quotes';
import { repeatedSpansAsTerms } from '../repeatedTerms';
import { rememberedForText } from '../text';
import { tokenize, type Token } from './tokens';
import { splitSentences, type Sentence } from './sentences';
import { countedGroup, looseDescription, skipConnectives, type PhraseContext } from './phrase';
import { butClauseSubject, comesAsSubject, introducedPerson, introducedPossessor, leadingSubject, possessorStart, reactionSource, subjectBefore } from './subjects';
import { attributeByCue, passiveSubject, resolveCues, type Attribution } from './attribution';
import { SpeakerRegistry, describedOnce, givenNameOf, pluralHead, postHolder, type Entity } from './registry';
import { introducedAsTerm, isFullQuote, isInCapitals, isShortNounPhrase, isTitleCaseName, ratingTerm, whatXCalls } from './classify';
import type { SpeakerPhrase } from './phrase';
import { ADJUNCT, AUX, CLAUSE, CONNECTIVE, DETERMINERS, W_ADJUNCT, countWords, isPunct, isWord, wordFlags } from './words';
import { datelineEnd } from '../structure/dateline';
import { lexiconEn } from '../lexicon/en';
import { LowerCaseWords, type WordSet } from './lowerCaseWords';

/** Lines that stand apart from the prose around them: headline, subheadings, captions, byline, source line. */
function standaloneLines(article: Article): Span[] {
  const out: Span[] = [];
  if (article.title) out.push(article.title.span);
  for (const s of article.sections) if (s.headingSpan) out.push(s.headingSpan);
  for (const c of article.captions) out.push(c.span);
  if (article.byline) out.push(article.byline.span);
  if (article.source) out.push(article.source.span);
  return out.sort((a, b) => a.start - b.start);
}

/** A paragraph cut around its standalone lines (a subheading on the first line of its block is not the subject of the next sentence). */
function pieces(para: Span, standalone: Span[], cursor: { next: number }): { span: Span; standalone: boolean }[] {
  const out: { span: Span; standalone: boolean }[] = [];
  let at = para.start;
  // paragraphs come in text order: the cursor skips the standalone lines already passed
  while (cursor.next < standalone.length && standalone[cursor.next].end <= para.start) cursor.next++;
  for (let i = cursor.next; i < standalone.length && standalone[i].start < para.end; i++) {
    const s = standalone[i];
    const start = Math.max(s.start, para.start);
    const end = Math.min(s.end, para.end);
    if (start > at) out.push({ span: { start: at, end: start }, standalone: false });
    out.push({ span: { start, end }, standalone: true });
    at = Math.max(at, end);
  }
  if (at < para.end) out.push({ span: { start: at, end: para.end }, standalone: false });
  return out;
}

/** Most distinct place names kept per article, the countries counted. */
const MAX_PLACES = 512;
/**
 * Names the article writes as places: after `in`, `near`, `outside`, or `the town/city/village … of`
 * (`to`/`from` also take people: `spoke to Smith`). One pass; the pattern's repeats are bounded.
 */
const PLACE = /(?<![\p{L}])(?:[Ii]n|near|outside|(?:town|city|village|county|region|island|port|province|district|suburb) of) (\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2})(?![\p{L}'’])/gu;

const PLACE_AT = new RegExp(PLACE.source, 'uy');
/** countries are places wherever they are written (`Switzerland, Ireland, France and Israel are tied`) */
const COUNTRIES = new Set(lexiconEn.placeNames);
/**
 * Where a PLACE match can be found: its last introducing word and the capital after it. A match
 * starts there (`in`, `near`, `outside`) or 5, 7, 8 or 9 characters before (`town of` … `province of`).
 */
const PLACE_CLUE = /(?:[Ii]n|near|outside|of) \p{Lu}/gu;
// (a literal with \p{Lu} or \p{Ll} is bundled as `new RegExp(…)` where it stands: built on every call unless kept here)
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** `@Theresa_May`, `@realDonaldTrump.`: a handle and nothing else */
const HANDLE_ALONE = /^\s*@\w+[.,]?\s*$/;
const CLUE_TO_START = [9, 8, 7, 5, 0];

/**
 * The matches of PLACE in text order, as a global search would find them, but tried only at the
 * few offsets a clue points to (a search of the whole pattern at every character costs 4× more).
 */
function placeNames(text: string): WordSet {
  // (the countries are shared, not copied into each article's set: a copy cost 1.5 % of a short article's reading)
  const found = new Set<string>();
  const room = MAX_PLACES - COUNTRIES.size;
  /** end of the last match: the next one starts at or after it */
  let after = 0;
  PLACE_CLUE.lastIndex = 0;
  for (let clue = PLACE_CLUE.exec(text); clue && found.size < room; clue = PLACE_CLUE.exec(text)) {
    const at = clue.index;
    PLACE_CLUE.lastIndex = at + 1;
    for (const back of CLUE_TO_START) {
      if (at - back < after) continue;
      PLACE_AT.lastIndex = at - back;
      const m = PLACE_AT.exec(text);
      if (!m) continue;
      if (!COUNTRIES.has(m[1])) found.add(m[1]);
      after = PLACE_AT.lastIndex;
      if (PLACE_CLUE.lastIndex < after) PLACE_CLUE.lastIndex = after;
      break;
    }
  }
  return { has: (name) => COUNTRIES.has(name) || found.has(name) };
}

function isInstitution(phrase: SpeakerPhrase | null): boolean {
  return phrase !== null && phrase.kind !== 'pronoun' && phrase.organisation && !phrase.document;
}

function isNeuter(phrase: SpeakerPhrase | null): boolean {
  return phrase !== null && phrase.kind === 'pronoun' && phrase.text === 'it';
}

/**
 * `a "bell-to-bell" ban`: the quote at k stands between an article and the lower-case noun it modifies.
 * `capitalised`: the noun may be a name's first word (`the "failing" Child Support Agency`), after `the` only.
 */
function modifiesNoun(tokens: Token[], s: Sentence, k: number, capitalised = false): boolean {
  const before = k - 1 >= s.from ? tokens[k - 1] : undefined;
  const after = k + 1 < s.to ? tokens[k + 1] : undefined;
  if (!isWord(before) || !DETERMINERS.has(before.lower) || !isWord(after) || (after.cap && !(capitalised && before.lower === 'the'))) return false;
  // (`a "nuclear option" which was rarely used`: a relative after it closes the noun phrase the words are)
  return !ADJUNCT.has(after.lower) && !CONNECTIVE.has(after.lower) && !CLAUSE.has(after.lower) && !AUX.has(after.lower) && !RELATIVE_AFTER.has(after.lower);
}
const RELATIVE_AFTER = new Set(['which', 'that', 'who', 'whose', 'where', 'when']);
/** cues whose passive puts a question to its subject (`was asked why`), who answers next */
const ASKING = new Set(['asked', 'questioned']);

/**
 * The quote at k is followed by a gloss that defines it: `, a legal basis …` (an appositive with an
 * article) or, when `dash` allows, ` - patients treated …` (a dash and lower-case words).
 */
function glossed(tokens: Token[], s: Sentence, k: number, dash: boolean): boolean {
  const mark = k + 1 < s.to ? tokens[k + 1] : undefined;
  const next = k + 2 < s.to ? tokens[k + 2] : undefined;
  if (!isWord(next)) return false;
  if (isPunct(mark, ',')) {
    if (next.lower !== 'a' && next.lower !== 'an') return false;
    // `, a charge he denies`, `, a view shared by …`: a comment on what was said, not a definition
    for (let i = k + 3; i < s.to && i <= k + 5 && isWord(tokens[i]); i++) if (VERDICT_NOUNS.has(tokens[i].lower)) return false;
    return true;
  }
  return dash && isPunct(mark, '-–—') && !next.cap && !CLAUSE.has(next.lower) && !AUX.has(next.lower);
}

/** The token of the sentence's quote right before the quote at k with only `and` / `or` / a comma between, or -1. */
function quoteJoinedBefore(tokens: Token[], s: Sentence, k: number): number {
  let j = k - 1;
  while (j > s.from && (isPunct(tokens[j], ',') || (isWord(tokens[j]) && (tokens[j].lower === 'and' || tokens[j].lower === 'or')))) j--;
  return j === k - 1 || j < s.from || !tokens[j].isQuote ? -1 : j;
}

/** The quote at k follows another quote of the sentence, already a term, with only `and` / `or` / a comma between. */
function listedAfterTerm(tokens: Token[], quotes: Quote[], s: Sentence, k: number): boolean {
  const j = quoteJoinedBefore(tokens, s, k);
  return j >= 0 && quotes[tokens[j].quote].kind === 'term';
}

/** Most words in each item of a quoted word list. */
const LIST_ITEM_WORDS = 2;
/** Fewest items that make a list of quoted words. */
const LIST_ITEMS = 3;

/**
 * The quote at k is an item of a list of three or more quoted words or short phrases, joined by commas,
 * `and` / `or` (`a list of prohibited words: "vulnerable," "entitlement," "diversity," …`): words
 * mentioned, not said.
 */
function inQuotedList(tokens: Token[], quotes: Quote[], s: Sentence, k: number): boolean {
  const shortQuote = (j: number) => tokens[j].isQuote && countWords(quotes[tokens[j].quote].text, LIST_ITEM_WORDS + 1) <= LIST_ITEM_WORDS;
  if (!shortQuote(k)) return false;
  const joiner = (j: number) => isPunct(tokens[j], ',') || (isWord(tokens[j]) && (tokens[j].lower === 'and' || tokens[j].lower === 'or'));
  let items = 1;
  for (let j = k - 1; j >= s.from && items < LIST_ITEMS; ) {
    let i = j;
    while (i >= s.from && i > j - 2 && joiner(i)) i--;
    if (i < s.from || !shortQuote(i)) break;
    items++;
    j = i - 1;
  }
  for (let j = k + 1; j < s.to && items < LIST_ITEMS; ) {
    let i = j;
    while (i < s.to && i < j + 2 && joiner(i)) i++;
    if (i >= s.to || !shortQuote(i)) break;
    items++;
    j = i + 1;
  }
  return items >= LIST_ITEMS;
}

/** nouns of a work an appositive may call a quoted title */
const WORK_NOUNS = new Set(['novel', 'book', 'film', 'movie', 'album', 'play', 'song', 'single', 'documentary', 'series', 'show', 'memoir', 'biography', 'collection', 'poem', 'opera', 'musical', 'drama', 'comedy', 'thriller', 'sitcom', 'programme', 'program', 'exhibition', 'painting', 'sculpture', 'report', 'study']);

/** The quote at k is followed by `, a [adjectives] novel` (at most four words to the work noun, no verb between). */
function workAppositive(tokens: Token[], s: Sentence, k: number): boolean {
  let i = k + 1;
  // (`"Salt Roads,"`: the comma may sit inside the marks)
  if (i < s.to && isPunct(tokens[i], ',')) i++;
  const det = tokens[i];
  if (!isWord(det) || (det.lower !== 'a' && det.lower !== 'an' && det.lower !== 'the')) return false;
  for (let j = i + 1; j < s.to && j <= i + 4 && isWord(tokens[j]); j++) {
    if (WORK_NOUNS.has(tokens[j].lower)) return true;
    if (CLAUSE.has(tokens[j].lower) || AUX.has(tokens[j].lower)) return false;
  }
  return false;
}

/** prepositions after which a defined term stands (`relying on "…"`, `the rules of "…"`) */
const GLOSSED_AFTER = new Set(['on', 'of', 'for', 'under', 'about', 'into', 'from', 'with', 'by', 'in', 'as']);
/** nouns of an appositive that judges a statement rather than defining a term */
const VERDICT_NOUNS = new Set(['charge', 'claim', 'accusation', 'allegation', 'view', 'description', 'remark', 'comment', 'sentiment', 'assessment', 'characterisation', 'characterization', 'verdict', 'criticism', 'complaint', 'phrase', 'label']);

function firstWord(text: string): string {
  const t = text.trim();
  const end = t.search(/[\s,.;:!?]/);
  return (end < 0 ? t : t.slice(0, end)).toLowerCase();
}

interface State {
  /** speaker of the latest attribution: a quote with no cue continues it */
  last: Entity | null;
  /** the previous sentence reported speech (a cue with a subject, or an attributed quote) */
  previousHadSpeech: boolean;
  /** the person the previous sentence was about, when it reported no speech (`Jane Doe has lived here for years.`) */
  previousSubject: Entity | null;
  /** the named person who spoke in the previous sentence, with or without quotes (`…, Greer said.`) */
  previousSpeaker: Entity | null;
}

export function analyzeEnglishQuotes(article: Article, spans: QuoteSpan[], oneArticle: boolean): QuoteAnalysis {
  const text = article.text;
  const quotes = spans.map((s) => bareQuote(article, s));
  const ctx: PhraseContext = { text, lowerWords: new LowerCaseWords(text) };
  const registry = new SpeakerRegistry(placeNames(text), text);
  const speakerOf: (Entity | null)[] = quotes.map(() => null);
  const state: State = { last: null, previousHadSpeech: false, previousSubject: null, previousSpeaker: null };

  const topByParagraph = new Map<number, { span: Span; index: number }[]>();
  quotes.forEach((q, index) => {
    if (q.nestedIn !== null && q.nestedIn !== undefined) return;
    const list = topByParagraph.get(q.paragraph) ?? [];
    list.push({ span: q.span, index });
    topByParagraph.set(q.paragraph, list);
  });

  const standalone = standaloneLines(article);
  const cursor = { next: 0 };
  let bodyPieces = 0;
  article.paragraphs.forEach((para, p) => {
    const paraQuotes = topByParagraph.get(p) ?? [];
    let q = 0;
    for (const piece of pieces(para.span, standalone, cursor)) {
      if (!piece.standalone && bodyPieces < 2) {
        // `WASHINGTON (Reuters) -`, `NEW YORK, May 3 (AP) -`: a place and an agency, never a speaker
        // or a subject a later `he` refers to. Read the lead from after its dash. The lead may come
        // second, after an opening quote standing alone; there the dateline must look like one.
        const dateline = datelineEnd(text, piece.span);
        if (dateline !== null && (bodyPieces === 0 || looksLikeDateline(text.slice(piece.span.start, dateline)))) piece.span = { start: dateline, end: piece.span.end };
        bodyPieces++;
      }
      // quotes are in text order: each piece takes the ones that open inside it
      while (q < paraQuotes.length && paraQuotes[q].span.start < piece.span.start) q++;
      let end = q;
      while (end < paraQuotes.length && paraQuotes[end].span.start < piece.span.end) end++;
      const tokens = tokenize(text, piece.span.start, piece.span.end, paraQuotes, q, end);
      // (most pieces hold no quote: their sentences need no search for one)
      const hasQuotes = end > q;
      q = end;
      // A headline, subheading or caption names no one a later `he` or quote refers to.
      for (const sentence of splitSentences(tokens)) readSentence(ctx, registry, tokens, sentence, quotes, speakerOf, state, piece.standalone, hasQuotes);
    }
  });

  // A quote inside a quote is the outer speaker quoting someone: speech when it is a sentence, else a term.
  quotes.forEach((q, i) => {
    if (q.nestedIn === null || q.nestedIn === undefined) return;
    const outer = quotes[q.nestedIn];
    q.kind = isFullQuote(q.text) && outer.kind === 'direct' ? 'direct' : 'term';
    if (q.kind === 'direct') {
      speakerOf[i] = speakerOf[q.nestedIn];
      q.attribution = speakerOf[i] ? 'nested' : null;
    }
  });

  if (oneArticle) repeatedSpansAsTerms(quotes, speakerOf);
  propagateRunOnSpeakers(quotes, speakerOf);
  quotes.forEach((q, i) => {
    const e = speakerOf[i];
    if (q.kind === 'direct' && e) e.quotes.push(i);
  });
  const { speakers, idOf } = registry.finish(text, ctx.lowerWords);
  quotes.forEach((q, i) => {
    const e = speakerOf[i];
    q.speakerId = q.kind === 'direct' && e ? idOf.get(e) ?? null : null;
    if (!q.speakerId) {
      q.attribution = null;
      q.cue = null;
      q.cueSpan = null;
    }
  });
  return { quotes, speakers };
}

/** participles of writing on a surface: what follows `written on it,` is an inscription, no one's speech */
const INSCRIBED = new Set(['written', 'inscribed', 'emblazoned', 'engraved', 'painted', 'scrawled', 'printed']);

/** `and see written on it, "Are you strong enough?"`: a writing participle and on / in / across within the five words before quote token k; or a short title signed (`signed off as "…"`). */
function inscribed(tokens: Token[], from: number, k: number, text: string): boolean {
  for (let i = k - 2; i >= from && i >= k - 6; i--) {
    const t = tokens[i];
    if (isWord(t) && INSCRIBED.has(t.lower) && isWord(tokens[i + 1]) && (tokens[i + 1].lower === 'on' || tokens[i + 1].lower === 'in' || tokens[i + 1].lower === 'across')) return true;
  }
  // (`signed off as "acting director."`, `that he also signed "acting director."`: a signature, a title signed)
  let j = k - 1;
  if (j >= from && isWord(tokens[j]) && tokens[j].lower === 'as') j--;
  if (j >= from && isWord(tokens[j]) && tokens[j].lower === 'off') j--;
  return j >= from && isWord(tokens[j]) && SIGNED.has(tokens[j].lower) && countWords(text, 4) <= 3;
}
const SIGNED = new Set(['signed', 'signs', 'signing', 'sign']);

/**
 * A quote that runs over paragraphs (`"… \n\n"…," said X.`) has one speaker: when only its last part
 * names one with a cue, the earlier parts take it too.
 */
function propagateRunOnSpeakers(quotes: Quote[], speakerOf: (Entity | null)[]): void {
  let chainStart = -1;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.nestedIn !== null && q.nestedIn !== undefined) continue;
    if (chainStart < 0 && q.runsOn) chainStart = i;
    if (chainStart >= 0 && !q.runsOn) {
      if (q.kind === 'direct' && speakerOf[i] && q.attribution !== 'continuation') {
        for (let j = chainStart; j < i; j++) {
          if (quotes[j].kind !== 'direct' || (quotes[j].nestedIn ?? null) !== null) continue;
          if (speakerOf[j] && quotes[j].attribution !== 'continuation') continue;
          speakerOf[j] = speakerOf[i];
          quotes[j].attribution = 'continuation';
          quotes[j].cue = null;
          quotes[j].cueSpan = null;
        }
      }
      chainStart = -1;
    }
  }
}

/** The cue at token `cue` closes an `as` clause, its subject's words between: `as (former member) X (once) said`. */
function recalledByAs(tokens: Token[], s: Sentence, cue: number, subjectAt: number | null | undefined): boolean {
  if (subjectAt === null || subjectAt === undefined) return false;
  for (let i = cue - 1; i >= s.from && cue - i <= AS_CLAUSE_REACH; i--) {
    const t = tokens[i];
    if (!isWord(t)) return false;
    if (t.lower === 'as' && !t.cap) return t.end <= subjectAt;
  }
  return false;
}
/** tokens from an `as` clause's subject to its cue (`as former member Robert Kilroy Silk once notoriously declared`) */
const AS_CLAUSE_REACH = 10;

/** Quote token k stands in brackets with nothing but other quotes and commas beside it (`("The Discovery," "The One I Love")`). */
function aloneInBrackets(tokens: Token[], s: Sentence, k: number): boolean {
  // (a few titles at most: a run of quotes is never read whole for each of its quotes)
  const from = Math.max(s.from, k - BRACKETED_REACH);
  let b = k - 1;
  while (b >= from && (tokens[b].isQuote || isPunct(tokens[b], ','))) b--;
  if (b < from || !isPunct(tokens[b], '(')) return false;
  const to = Math.min(s.to, k + BRACKETED_REACH);
  let a = k + 1;
  while (a < to && (tokens[a].isQuote || isPunct(tokens[a], ','))) a++;
  return a < to && isPunct(tokens[a], ')');
}
/** tokens read on each side of a quote for aloneInBrackets */
const BRACKETED_REACH = 8;

/** `hasQuotes`: whether the sentence's piece holds a quote (when not, neither does the sentence) */
function readSentence(ctx: PhraseContext, registry: SpeakerRegistry, tokens: Token[], s: Sentence, quotes: Quote[], speakerOf: (Entity | null)[], state: State, headline: boolean, hasQuotes: boolean): void {
  // A headline or subheading with no quote (`Funding warning`) reports no speech: its cue words name
  // no one a later `he` could mean.
  registry.describedBefore = !headline && state.previousHadSpeech && state.last && describedOnce(state.last) ? { entity: state.last, at: tokens[s.from].start } : null;
  registry.speakerBefore = !headline && state.previousSpeaker ? { entity: state.previousSpeaker, at: tokens[s.from].start } : null;
  if (!headline && hasQuotes) noteNamesWritten(ctx, registry, tokens, s);
  const cues = headline && !(hasQuotes && hasQuote(tokens, s)) ? [] : resolveCues(ctx, registry, tokens, s, hasQuotes);
  let latest: { at: number; entity: Entity } | null = null;
  const note = (at: number, entity: Entity | null) => {
    if (entity && (!latest || at >= latest.at)) latest = { at, entity };
  };
  // (`… to destroy the Tories, as Kilroy Silk once declared? "No. …"`: one an `as` clause recalls said
  // something before; the words after it are not theirs for that)
  for (const c of cues) if (c.entity && c.kind !== 'speech-noun' && !recalledByAs(tokens, s, c.from, c.subjectAt)) note(c.from, c.entity);

  let subject: Entity | null | undefined;
  const sentenceSubject = () => {
    if (subject === undefined) {
      const phrase = leadingSubject(ctx, tokens, s.from, s.to);
      subject = phrase && (phrase.kind === 'pronoun' ? phrase.text === 'he' || phrase.text === 'she' : phrase.kind === 'name') ? registry.lookup(phrase) : null;
      if (subject && (subject.type !== 'person' || !subject.spoke || subject.place)) subject = null;
    }
    return subject;
  };

  let speechInSentence = false;
  /** the attribution of each of the sentence's direct quotes, by quote index (made for a sentence with quotes only: this runs for every sentence) */
  const chosen: Attribution[] | null = hasQuotes ? [] : null;
  let unknownSpoke = false;
  for (let k = hasQuotes ? s.from : s.to; k < s.to; k++) {
    const t = tokens[k];
    if (!t.isQuote) continue;
    const qi = t.quote;
    const q = quotes[qi];
    const full = isFullQuote(q.text);
    // `what X calls [a] "…"`: when X is a person or a pronoun (`what she called their "extraordinary
    // kindness"`), the words are lifted from X and the cue attributes them as usual; when X is an
    // institution (`what the council calls a "green corridor"`) and the words are a short noun phrase,
    // they are the institution's name for a thing: a term. (`it` is left to the cue: a pronoun stands
    // for whoever spoke before, person or body.)
    const namer = !full ? whatXCalls(tokens, s.from, k) : null;
    const namerPhrase = namer !== null ? subjectBefore(ctx, tokens, namer.from, namer.to) ?? looseDescription(ctx, tokens, namer.from, namer.to) : null;
    // (`what it calls a "bell-to-bell" ban`: when `it` puts the words between an article and a noun,
    // they modify that noun, a body's name for a thing; `what it called an "act of sabotage"` quotes it)
    // (`what it called "corridor care" - patients treated on trolleys -`: a gloss after the words defines them, a name for a thing)
    const namedByInstitution = namer !== null && isShortNounPhrase(q.text) && (isInstitution(namerPhrase) || (isNeuter(namerPhrase) && (modifiesNoun(tokens, s, k) || glossed(tokens, s, k, true))));
    // `in what the campaign group Fair Fares Now called "a blow"`: `called` with a subject of its own
    // is the cue that quotes that subject, not a word that introduces a name
    const quotedByNamer = namerPhrase !== null && !namedByInstitution;
    // `relying on "legitimate interests", a legal basis that …`: lower-case words that an appositive then defines are a term
    // (after a preposition only: `said it was "deeply flawed", a view …` and `accused him of "negligence", a charge …` stay speech)
    const defined = !full && namer === null && k > s.from && isWord(tokens[k - 1]) && GLOSSED_AFTER.has(tokens[k - 1].lower) && isShortNounPhrase(q.text) && STARTS_LOWER.test(q.text) && !DETERMINERS.has(firstWord(q.text)) && glossed(tokens, s, k, false);
    // `included "Salt Roads," a historical novel by …`: a title the appositive after it calls a work
    const titled = STARTS_UPPER.test(q.text) && countWords(q.text, 7) <= 6 && workAppositive(tokens, s, k);
    // `dubbed "pioneers" and "materialists"`: a short quote listed right after a term is one too
    const listed = !full && countWords(q.text, 4) <= 3 && (listedAfterTerm(tokens, quotes, s, k) || inQuotedList(tokens, quotes, s, k));
    // (`filmmaker Charlie McDowell ("The Discovery," "The One I Love")`: short quotes alone in brackets are titles)
    // (`the "Islamic State of Iraq and the Levant" (ISIL)`: so are short quotes glossed or abbreviated in brackets right after them)
    const bracketed = countWords(q.text, 9) <= 8 && (aloneInBrackets(tokens, s, k) || (k + 1 < s.to && isPunct(tokens[k + 1], '(')));
    // `He is described as "a proud grandfather"`: a passive cue and `as`, no agent named, is a description, no one's words
    const describedAs = !full && k - 2 >= s.from && isWord(tokens[k - 1]) && tokens[k - 1].lower === 'as' && cues.some((c) => c.passive && !c.entity && c.to === k - 1);
    // (`her correct handle, "@Theresa_May"`: a social-media handle alone is a name)
    if (HANDLE_ALONE.test(q.text)) {
      q.kind = 'term';
      continue;
    }
    if (describedAs || inscribed(tokens, s.from, k, q.text) || namedByInstitution || defined || titled || listed || bracketed || isInCapitals(q.text) || (!quotedByNamer && introducedAsTerm(tokens, s.from, k)) || (!full && k > s.from && isTitleCaseName(q.text)) || (!full && ratingTerm(q.text, tokens, s.from, k))) {
      q.kind = 'term';
      continue;
    }
    let a = attributeByCue(tokens, s, k, cues, (from, to) => {
      const phrase = subjectBefore(ctx, tokens, from, to);
      return phrase && phrase.kind === 'name' ? registry.resolve(phrase) : null;
    });
    // (`called the epidemic a "national shame" and "human tragedy," was introduced by his wife, who said`:
    // words joined to a quote that a cue before it governs are that cue's too, not the next cue's)
    const joined = a.cue === null || a.cue.from > k ? quoteJoinedBefore(tokens, s, k) : -1;
    const before = joined >= 0 ? chosen?.[tokens[joined].quote] : undefined;
    if (before?.cue && before.cue.to <= joined) a = before;
    if (!a.entity) {
      const e = sentenceSubject();
      if (agrees(e, a.governedGender)) a = { entity: e, kind: 'continuation', cue: null };
    }
    // (`Former mayor Rudy Giuliani echoed the sentiment, but laid blame on President Obama: "…"`: a
    // sentence that leads to a colon and the words, no cue in it, is its named subject's, spoken before or not)
    // (not `Kevin Donnellon was asked: "…"`: the one a passive cue puts the words to is no speaker of them)
    if (!a.entity && full && k - 1 > s.from && isPunct(tokens[k - 1], ':') && !cues.some((c) => c.passive && c.to === k - 1)) {
      const phrase = leadingSubject(ctx, tokens, s.from, k - 1);
      const e = phrase && phrase.kind === 'name' && !phrase.organisation ? registry.resolve(phrase) : null;
      if (e && e.type === 'person' && !e.place) a = { entity: e, kind: 'colon', cue: null };
    }
    // A quote with no cue: the person the sentence before was about, else the last speaker.
    if (!a.entity && full && !speechInSentence && k === s.from && agrees(state.previousSubject, a.governedGender)) a = { entity: state.previousSubject, kind: 'continuation', cue: null };
    // A fragment with no cue of its own continues the speech before it only when it is a phrase lifted
    // from a statement (`… shouldering "special economic burdens"`), not a word or two set off (`The "reforms" …`).
    const lifted = full || (countWords(q.text, 3) >= 3 && !(k > s.from && isWord(tokens[k - 1]) && DETERMINERS.has(tokens[k - 1].lower) && k - s.from <= 2));
    if (!a.entity && (full || ((state.previousHadSpeech || speechInSentence) && lifted)) && agrees(state.last, a.governedGender)) a = { entity: state.last, kind: 'continuation', cue: null };
    // `But William Hill's "overwhelming evidence" came …`: words a named source owns, right after its
    // possessive, are that source's (a place's, `Britain's "…"`, are no one's)
    if (!a.entity && a.governed && k > s.from && tokens[k - 1].possessive && tokens[k - 1].cap && isWord(tokens[k - 1])) {
      const owner = possessorBefore(ctx, tokens, s.from, k);
      const e = owner ? registry.resolve(owner) : null;
      if (e && !e.place) a = { entity: e, kind: 'continuation', cue: null };
    }
    // (`advocates a "no contact" policy`, `the "individual mandate" fee`: a few words between an article and
    // the noun they qualify, with no cue of their own, are a name for a thing, not the last speaker's words)
    // (`the "failing" Child Support Agency widely reported to`, `the "failing" agency noting`: nor is one
    // lower-case word there that a cue after it seems to govern, before any noun)
    // (`It will not be a "battle bus" style campaign, he said`: so are a few lower-case words there)
    const lowerCase = STARTS_LOWER.test(q.text);
    const oneWord = countWords(q.text, 2) === 1 && lowerCase;
    const cueAfter = a.cue !== null && a.cue.from > k;
    if (!full && (a.kind === 'continuation' || (cueAfter && lowerCase)) && countWords(q.text, 4) <= 3 && modifiesNoun(tokens, s, k, oneWord)) {
      q.kind = 'term';
      continue;
    }
    if (!a.entity && !full && !a.governed) {
      // A fragment no cue, speaker or preceding speech governs: a scare quote or a term.
      q.kind = 'term';
      continue;
    }
    q.kind = 'direct';
    // `"…," she adds` and no woman met: someone unknown now speaks, so the next bare quote is not the last speaker's
    if (!a.entity && a.governedGender) {
      latest = null;
      unknownSpoke = true;
    }
    speakerOf[qi] = a.entity;
    if (chosen) chosen[qi] = a;
    q.attribution = a.entity ? a.kind : null;
    if (a.cue) {
      q.cueSpan = { start: tokens[a.cue.from].start, end: tokens[a.cue.to - 1].end };
      q.cue = ctx.text.slice(q.cueSpan.start, q.cueSpan.end);
    }
    if (a.entity) {
      a.entity.spoke = true;
      registry.touch(a.entity);
      speechInSentence = true;
      note(k, a.entity);
    }
  }
  let about: Entity | null = null;
  if (!cues.some((c) => c.entity) && !speechInSentence && !headline) {
    // No speech here: the sentence's subject still becomes the one a later `he`/`she` means. A cue
    // with no speaker reports none (`Asked about it, she laughed.`: the one asked is the subject).
    const phrase = leadingSubject(ctx, tokens, s.from, s.to);
    // (`Interest has switched from processor power …`: one capitalised word opening a sentence, no one
    // met before and no honorific, is as likely a common noun as a name: it is only looked up)
    // (`Shaw, who …, will release`: unless the article writes it inside a sentence too, as names are)
    // (`Oduya, who had put Brockmoor in front,`: nor one a `who` clause describes, a person)
    if (phrase && phrase.kind === 'name' && !phrase.honorific && !phrase.text.includes(' ') && phrase.span.start === tokens[s.from].start && !ctx.text.startsWith(', who ', phrase.span.end)) {
      // (one met before is resolved as any name is: met again, and met last)
      about = registry.resolveKnown(phrase) ?? (writtenMidSentence(ctx.text, phrase.text) ? registry.resolve(phrase) : null);
    } else if (phrase && phrase.kind !== 'description') about = registry.resolve(phrase);
    // (`The Prime Minister has defended his plans.`: one holding a post, resolvePost)
    else if (phrase && postHolder(phrase)) about = registry.resolvePost(phrase);
    // (`The Liberal Democrats want …. They say …`: a party or group named in capitals, a plural, is met, whom a later `they` means)
    else if (phrase && phrase.definite && !phrase.document && phrase.head?.endsWith('s') && CAPITALISED_PLURAL.test(phrase.text)) {
      about = registry.resolve({ ...phrase, kind: 'name', text: phrase.text.slice(4), span: { start: phrase.span.start + 4, end: phrase.span.end }, organisation: true, definite: false, head: null });
    }
    // (`Hundreds of nurses marched …. "…," they said.`: a counted group the sentence opens with is whom a later `they` means)
    else if (!phrase) {
      const group = countedGroup(ctx, tokens, skipConnectives(tokens, s.from, s.to), s.to);
      if (group) about = registry.resolve(group);
    }
    else if (phrase) {
      // (`Sacked MP Howard Flight's local association …`: the one with a role who owns the subject is met)
      const possessor = introducedPossessor(ctx, tokens, s.from, phrase);
      if (possessor) registry.resolve(possessor);
    }
    // (`On that day's programme Mr Johnson was asked why …. He replied: "…"`: the one a passive cue asks is whom the next he / she means)
    if (!about) {
      const asked = cues.find((c) => c.passive && !c.entity && ASKING.has(tokens[c.from].lower));
      const p = asked ? passiveSubject(ctx, tokens, s.from, asked.from) : null;
      if (p && p.kind === 'name' && !p.organisation) about = registry.resolve(p);
    }
    // (`His words came as Cardinal X, …, backed …`: a sentence about a thing that comes as someone acts is about that someone)
    if (!about || about.type !== 'person') {
      const actor = comesAsSubject(ctx, tokens, s.from, s.to);
      if (actor) about = registry.resolve(actor);
    }
    // (`That prompted an angry backlash from Sessions.`: the one whose reaction the sentence ends on is whom it is about)
    const reacting = reactionSource(ctx, tokens, s.from, s.to);
    const reactor = reacting ? registry.resolveKnown(reacting) : null;
    if (reactor && reactor.type === 'person') about = reactor;
    // (`Earlier the committee heard from Det Supt Jo Hart, who …`: the person a `who` clause introduces is met last)
    const introduced = introducedPerson(ctx, tokens, s.from, s.to);
    if (introduced) registry.resolve(introduced);
    // (`Vickery spoke with Bath prop David Barnes, who …`: a person named as the subject stays the one met last)
    if (introduced && about && about.type === 'person' && phrase && phrase.kind === 'name') registry.resolve(phrase);
  }
  // (`… claimed the race was his, but McIlroy is unfazed.`: one met before who opens the last clause is met last)
  if (!speechInSentence && !headline) {
    const last = butClauseSubject(ctx, tokens, s.from, s.to);
    if (last) registry.resolveKnown(last);
  }
  const found = latest as { at: number; entity: Entity } | null;
  // `Another worker, who asked not to be named, said …`: the source a sentence opens with, unnamed and
  // of no known gender, is the `he`/`she` of the next sentence
  registry.unnamedSubject = null;
  // (any cue whose subject opens it: `In a broadcast announcing the measure, X said` has two)
  const opener = cues.find((c) => c.entity && c.kind !== 'speech-noun' && opensClause(tokens, s, c.subjectAt))?.entity ?? null;
  if (opener && opener.type === 'anonymous' && opener.gender === null) registry.unnamedSubject = opener;
  // (`The Prime Minister has defended his plans. "…," he said.`: so is one holding a post, who opened
  // the sentence before without speaking in it)
  else if (!opener && about && about.type === 'anonymous' && about.gender === null) registry.unnamedSubject = about;
  // (`Trump met Emperor Akihito, … before talks with Abe. He also met relatives …`: the person a sentence
  // opens with is whom the next sentence's opening he / she means, before anyone met after him)
  registry.openedWith = headline ? registry.openedWith : opener && opener.type === 'person' && !opener.place ? opener : about && about.type === 'person' && !about.place && !opener ? about : null;
  if (found) state.last = found.entity;
  else if (unknownSpoke) state.last = null;
  state.previousHadSpeech = found !== null;
  state.previousSubject = !found && about && about.type === 'person' && !about.place && about !== state.last ? about : null;
  const spoke = found ? found.entity : cues.find((c) => c.entity && c.kind !== 'speech-noun')?.entity ?? null;
  state.previousSpeaker = spoke && spoke.type === 'person' && spoke.named && !spoke.place ? spoke : null;
}

/**
 * `Birmingham made a bid for Robbie Savage`: each name the sentence writes with a common given name
 * before a capitalised word (three words at most, a possessive closing it) is noted, for a `he` / `she`
 * or an epithet (`the Australian`) that later finds no one met.
 */
function noteNamesWritten(ctx: PhraseContext, registry: SpeakerRegistry, tokens: Token[], s: Sentence): void {
  for (let i = s.from; i + 1 < s.to; i++) {
    const t = tokens[i];
    if (!t.cap || t.possessive || !tokens[i + 1].cap) continue;
    const gender = givenNameOf(t.text);
    if (!gender) continue;
    let e = i + 2;
    while (e < s.to && e - i < 3 && !tokens[e - 1].possessive && tokens[e].cap) e++;
    const from = i;
    const to = e;
    // (read as a phrase only when a pronoun or an epithet asks: most are never wanted)
    registry.noteMentioned({ start: t.start, gender, read: () => subjectBefore(ctx, tokens, from, to) });
    i = e - 1;
  }
}

/** The name whose possessive stands right before token `k` (`William Hill's`): its capitalised run, read as a subject. */
function possessorBefore(ctx: PhraseContext, tokens: Token[], from: number, k: number): SpeakerPhrase | null {
  const phrase = subjectBefore(ctx, tokens, possessorStart(tokens, from, k), k);
  return phrase && phrase.kind === 'name' ? phrase : null;
}

/**
 * Whether the article writes `word` (capitalised) after a lower-case letter or a comma and a space,
 * inside a sentence, where only names and proper nouns are capitalised. Asked only of a word no one
 * met is called by, opening a sentence alone: a search of the text, remembered for the text.
 */
const writtenMidSentence: (text: string, word: string) => boolean = rememberedForText((text, word) => {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at >= 2 ? text.charCodeAt(at - 2) : 0;
    // (a whole word, a space before it, and before the space a lower-case letter or a comma)
    if (text.charCodeAt(at - 1) === 32 && !WORD_CHAR.test(text[at + word.length] ?? '') && ((before >= 97 && before <= 122) || before === 44)) return true;
  }
  return false;
});
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The subject at `at` opens the sentence, or its main clause after an opening adjunct and its comma
 * (`In a live television broadcast …, President Castro's chief aide said`).
 */
function opensClause(tokens: Token[], s: Sentence, at: number | null | undefined): boolean {
  if (at === null || at === undefined) return false;
  // (`But a spokesman said …`: a connective before the subject opens no clause of its own)
  if (at === tokens[s.from].start || at === tokens[skipConnectives(tokens, s.from, s.to)]?.start) return true;
  if (!isWord(tokens[s.from]) || (wordFlags(tokens[s.from].lower) & W_ADJUNCT) === 0) return false;
  for (let i = s.from + 1; i < s.to; i++) if (tokens[i].start === at) return isPunct(tokens[i - 1], ',');
  return false;
}

function hasQuote(tokens: Token[], s: Sentence): boolean {
  for (let i = s.from; i < s.to; i++) if (tokens[i].isQuote) return true;
  return false;
}

/** `The Liberal Democrats`: `the` and capitalised words, the last a plural */
const CAPITALISED_PLURAL = /^[Tt]he (?:\p{Lu}\p{Ll}+ )*\p{Lu}\p{Ll}+s$/u;

/** A speaker carried over must agree with the `he`/`she` of an unresolved cue (`"…," she adds`). */
function agrees(e: Entity | null, gender: 'male' | 'female' | undefined): e is Entity {
  if (e === null || !gender) return e !== null;
  // (`with some fans criticising …. "…," he said`: a body or a group is no he or she)
  return !(e.gender && e.gender !== gender) && e.type !== 'organization' && !(e.type === 'anonymous' && pluralHead(e.head));
}

/** `LONDON (Reuters) -`, `NEW YORK, May 3 -`: a place in capitals or an agency in brackets. */
function looksLikeDateline(head: string): boolean {
  return head.includes('(') || /^[A-Z][A-Z .'-]{2,}(?=[ ,(-])/.test(head.trim());
}
