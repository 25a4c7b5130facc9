// Arabic: direct quote vs term, reporting cues, speakers. One pass over the tokens in text order:
// every cue met updates who is speaking (so that `وأضاف:` continues the right person), every quote
// is classified and attributed where it opens; then speakers get ids, aliases and mentions.
import type { Article, Mention, Quote, QuoteKind, Speaker } from '../model';
import type { QuoteSpan } from '../quoteSpans';
import { bareQuote, type QuoteAnalysis } from '../quotes';
import { repeatedSpansAsTerms } from '../repeatedTerms';
import { Attributor, type Attribution } from './attribution';
import { classify, wordCount } from './classify';
import { nameKey, SpeakerRegistry, type Entity } from './entities';
import { findMentions } from './mentions';
import { isComma, norm, sentenceStarts, tokenAt, tokenize, type Token } from './tokens';
import { lastWord } from '../text';
import { DASHES } from '../structure/lineFacts';
import { Facts, factsOf, phraseStops } from './lexicon';

/** How far ahead of a cue its speaker phrase may run (tokens). */
const PHRASE_WINDOW = 14;
const COORDINATORS = new Set(['و', 'او', '،', ',']);

export function analyzeArabicQuotes(article: Article, spans: QuoteSpan[], oneArticle: boolean): QuoteAnalysis {
  const text = article.text;
  const tokens = tokenize(text);
  const quotes = spans.map((s) => bareQuote(article, s));
  // (each quote's tokens are searched for from the previous quote's, or from its own opening: near at hand)
  const openTok: number[] = [];
  const afterTok: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const span = quotes[i].span;
    openTok.push(tokenAtFrom(tokens, span.start, i > 0 && quotes[i - 1].span.start <= span.start ? openTok[i - 1] : 0));
    afterTok.push(tokenAtFrom(tokens, span.end, span.start <= span.end ? openTok[i] : 0));
  }
  const quoted = new Uint8Array(tokens.length);
  quotes.forEach((_, i) => quoted.fill(1, openTok[i], afterTok[i]));

  const registry = new SpeakerRegistry(text);
  const starts = sentenceStarts(tokens);
  const attributor = new Attributor(text, tokens, quoted, registry, starts);
  const speakerOf: (Entity | null)[] = quotes.map(() => null);
  const byDefault: boolean[] = quotes.map(() => false);

  const reading: QuoteReading = { article, tokens, quotes, openTok, afterTok, quoted, registry, attributor, speakerOf, byDefault };

  /** where a phrase read at token `j` ends: PHRASE_WINDOW tokens on, or the opening of quote `stop` */
  const phraseLimit = (j: number, stop: number) => Math.min(tokens.length, j + PHRASE_WINDOW, stop < quotes.length ? openTok[stop] : tokens.length);

  // the running pass
  let next = 0;
  for (let j = 0; j < tokens.length; j++) {
    if (next < quotes.length && openTok[next] <= j) {
      attributor.cueWordsReadTo(j);
      while (next < quotes.length && openTok[next] <= j) processQuote(reading, next++);
    }
    if (quoted[j]) continue;
    const t = tokens[j];
    // every note below reads a word only; past a sentence's opening (or an opener's comma) only a
    // role word, a document noun or a cue: most tokens end here, on their word's facts (one field read)
    if (!t.word) continue;
    const facts = factsOf(t);
    if ((facts & Facts.cue) !== 0) attributor.noteCueWord(j);
    const prev = j > 0 ? tokens[j - 1] : undefined;
    // (`دبي، الإمارات (CNN)— نشر …`: a verb after a dateline's dash, too; `الخبر - خالد …` is a byline)
    const opensSentence = t.newLine || (prev !== undefined && (prev.sentenceEnd || (!prev.word && DASHES.has(prev.text) && (facts & (Facts.sentenceVerb | Facts.cue)) !== 0 && (facts & Facts.givenName) === 0 && datelineBefore(tokens, j - 1))));
    // (a comma is never a word: the flag first, the text only for marks)
    const afterComma = prev !== undefined && !prev.word && isComma(prev);
    if (!opensSentence && !afterComma && (facts & NOTED) === 0) {
      if ((facts & DEFINITE_NISBA) === DEFINITE_NISBA) attributor.noteIntroduction(j, phraseLimit(j, next));
      continue;
    }
    // (a short quote right ahead may be a name inside the phrase, `مخرج «بيت من ملح» سلمان …`: the phrase reads past it)
    let stop = next;
    if (stop < quotes.length && afterTok[stop] - openTok[stop] <= SHORT_QUOTE_TOKENS) stop++;
    const limit = phraseLimit(j, stop);
    // also after a short opener and its comma (`في المقابل، دافع وزير المالية …`)
    const opener = afterComma && j - starts[j] <= 5 && adverbialOpener(tokens[starts[j]].norm);
    if (opensSentence) attributor.noteSentenceSubject(j, limit);
    else if (opener) attributor.noteSentenceSubject(j, limit, true);
    attributor.noteIntroduction(j, limit);
    attributor.noteDocument(j, Math.min(tokens.length, j + PHRASE_WINDOW));
    attributor.noteCue(j, limit);
  }
  attributor.cueWordsReadTo(tokens.length);
  while (next < quotes.length) processQuote(reading, next++);
  // (one described, then found to be someone named: the quotes are that one's)
  if (registry.sameAs.size) for (let i = 0; i < speakerOf.length; i++) speakerOf[i] = (speakerOf[i] && registry.sameAs.get(speakerOf[i]!)) ?? speakerOf[i];

  if (oneArticle) repeatedSpansAsTerms(quotes, speakerOf);
  repeatKnownQuotes(quotes, speakerOf, byDefault);
  subheadingsFromBody(article, quotes, speakerOf);
  fillFromSentence(text, tokens, starts, quotes, openTok, speakerOf, registry.entities);
  headlineQuoteFromLead(article, quotes, speakerOf, registry.entities);
  return buildSpeakers(text, tokens, quotes, speakerOf);
}

/**
 * What the quotes of one part are read with. The readers below are module functions taking it, not
 * closures made per part: V8 keeps a closure's optimised code only while a closure holds it, so
 * closures made anew for each part were compiled again after every full garbage collection.
 */
interface QuoteReading {
  article: Article;
  tokens: Token[];
  quotes: Quote[];
  openTok: number[];
  afterTok: number[];
  quoted: Uint8Array;
  registry: SpeakerRegistry;
  attributor: Attributor;
  speakerOf: (Entity | null)[];
  byDefault: boolean[];
}

/** Classifies quote `i` and attributes it, where it opens in the running pass. */
function processQuote(r: QuoteReading, i: number): void {
  const { article, tokens, quotes, openTok, afterTok, quoted, registry, attributor, speakerOf, byDefault } = r;
  const q = quotes[i];
  const outer = q.nestedIn ?? null;
  if (outer !== null) {
    // `قلت للاعبين: "…"`, `والطبيب قال لي: "…"`: a colon brings in words said, of any length (a title
    // after its noun and colon, `بعنوان: "…"`, is still read as one)
    const afterColon = openTok[i] > 0 && tokens[openTok[i] - 1].text === ':' && quotes[outer].kind === 'direct';
    // (read as if outside the outer quote: inside it every token is quoted, and a title's noun would go unseen)
    const c = classify(tokens, afterColon ? attributor.unquoted() : quoted, { text: q.text, openTok: openTok[i], outerKind: afterColon ? null : quotes[outer].kind, governed: afterColon, appositive: false, coordinatedWith: null });
    q.kind = c.kind;
    // the outer quote's speaker is still the one speaking: a nested source does not become the current speaker
    // (or someone the outer speaker quotes, named by the verb before the inner quote)
    if (c.kind !== 'direct') return;
    // (a verse or hadith the outer speaker cites is God's or the Prophet's words)
    const cited = attributor.citedBefore(openTok[i]);
    if (cited?.entity) setSpeaker(r, q, i, cited.entity, { kind: 'nested', cue: cited.cue, cueSpan: cited.cueSpan }, false);
    else setSpeaker(r, q, i, attributor.innerSource(openTok[outer] + 1, openTok[i]) ?? attributor.nestedCueSubject(openTok[outer] + 1, openTok[i]) ?? speakerOf[outer], { kind: 'nested', cue: null, cueSpan: null }, false);
    return;
  }
  let att: Attribution = attributor.attribute(openTok[i], afterTok[i]);
  const opensLine = tokens[openTok[i]].newLine;
  if (!att.governed && opensLine && wordCount(q.text, 2) >= 2) {
    // a quote opening its paragraph continues the speaker before it
    const previous = registry.previous(null, false);
    att = { entity: previous, kind: 'continuation', cue: att.cue, cueSpan: att.cueSpan, governed: previous !== null, appositive: att.appositive, named: att.named };
  }
  const prev = coordinatedWith(r, i);
  // a span listed with a term (`«هيفي ميتال» و«شيلوورث آيكون»`) is a term too
  const listedWithTerm = prev !== null && quotes[prev].kind === 'term' ? 'term' : null;
  const c = classify(tokens, quoted, { text: q.text, openTok: openTok[i], outerKind: null, governed: att.governed, appositive: att.appositive, named: att.named, coordinatedWith: listedWithTerm, bracketAfter: tokens[afterTok[i]]?.text === '(' });
  q.kind = c.kind;
  byDefault[i] = c.byDefault;
  if (c.kind === 'term') attributor.noteNamedDocument(openTok[i], afterTok[i]);
  if (c.kind !== 'direct') return;
  let entity = att.entity;
  let kind = att.kind;
  if (prev !== null && quotes[prev].kind === 'direct' && speakerOf[prev] && !att.governed) {
    entity = speakerOf[prev];
    kind = quotes[prev].attribution;
  }
  if (!entity) {
    // (a span that is speech only by its length, governed by nothing and not sounding like speech, with
    // no one speaking before it, is an aside: `صاحب أقوى خط دفاع «سكن مرماه هدف واحد فقط فى ست مباريات»`)
    if (c.byDefault && !att.governed && !standsAlone(article, q) && !soundsLikeSpeech(q.text) && registry.previous(null, false) === null) {
      q.kind = 'term';
      return;
    }
    entity = attributor.continuing(openTok[i], null, false) ?? attributor.lastIntroduced;
    kind = entity ? 'continuation' : null;
  }
  // nobody to give it to: a span that is speech only by its length, and does not sound like
  // speech (first person, a sentence inside), is a name or a scare quote rather than speech with no speaker
  if (!entity && !standsAlone(article, q) && (c.byDefault ? !soundsLikeSpeech(q.text) : wordCount(q.text, 4) <= 3)) {
    q.kind = 'term';
    return;
  }
  setSpeaker(r, q, i, entity, { kind, cue: att.cue, cueSpan: att.cueSpan }, !att.cited);
}

function setSpeaker(r: QuoteReading, q: Quote, i: number, e: Entity | null, how: Pick<Quote, 'cue' | 'cueSpan'> & { kind: Quote['attribution'] }, current = true): void {
  r.speakerOf[i] = e;
  if (e) e.spoke = true;
  q.attribution = e ? how.kind : null;
  q.cue = how.cue;
  q.cueSpan = how.cueSpan;
  if (e && current) r.registry.touch(e, r.openTok[i]);
}

/** `«…» و«…»`, `"…" أو "…"`: the previous quote this one is listed with, if any. */
function coordinatedWith(r: QuoteReading, i: number): number | null {
  const { quotes, openTok, afterTok, tokens } = r;
  for (let p = i - 1; p >= 0 && p >= i - 4; p--) {
    if (quotes[p].nestedIn !== null && quotes[p].nestedIn !== undefined) continue;
    const between = openTok[i] - afterTok[p];
    // (two quotes side by side, nothing between, are no list: `أن تكون أغنية "…" "الأكثر انتشارا"`)
    if (between < 1 || between > 2) return null;
    for (let j = afterTok[p]; j < openTok[i]; j++) if (!COORDINATORS.has(tokens[j].norm)) return null;
    return p;
  }
  return null;
}

/** what noteIntroduction, noteDocument and noteCue read a word for (any other word they pass at once) */
const NOTED = Facts.roleBare | Facts.documentNoun | Facts.cue;
/** a nationality (`البولندي`): noteIntroduction reads it too, before a name */
const DEFINITE_NISBA = Facts.definite | Facts.nisba;

/**
 * tokenAt (the first token starting at or after `offset`), searched for from token `from`, which no
 * token before starts at or after `offset`: steps doubling from there, then halving (a quote's tokens
 * lie near the previous quote's, and a binary search over the whole part reads far apart).
 */
function tokenAtFrom(tokens: Token[], offset: number, from: number): number {
  let lo = from;
  let hi = from;
  for (let step = 1; hi < tokens.length && tokens[hi].start < offset; step *= 2) {
    lo = hi + 1;
    hi = Math.min(tokens.length, from + step);
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** the marks and at most five words: a quote this short may be a name inside a speaker phrase */
const SHORT_QUOTE_TOKENS = 7;

/** `في المقابل`, `من جهته`, `وفي السياق`, `بدوره`: a sentence opening on a preposition or adverb, not a subject */
function adverbialOpener(n: string): boolean {
  return phraseStops.has(n) || ((n[0] === 'و' || n[0] === 'ف') && phraseStops.has(n.slice(1)));
}

/** First or second person, or a sentence inside: words someone said. */
/** A quote that is its paragraph on its own (`"…".`) is speech, never a name: unattributed if nobody said it. */
function standsAlone(article: Article, q: Quote): boolean {
  const para = article.paragraphs[q.paragraph];
  if (!para || q.span.start !== para.span.start || wordCount(q.text, 3) < 3) return false;
  for (let i = q.span.end; i < para.span.end; i++) if (/[\p{L}\p{N}]/u.test(article.text[i])) return false;
  return true;
}

function soundsLikeSpeech(text: string): boolean {
  const t = text.trim();
  if (/[.!?؟:]/.test(t.slice(0, -1))) return true;
  return t.split(/\s+/).some((w) => /^(أنا|انا|نحن|إننا|إنني|انني|اننا|لقد|أنت|أنتم)$/.test(w)) || wordCount(t, 12) >= 12;
}

/** A quote under this many characters may repeat another (a subheading quoting the text). */
const REPEAT_CHARS = 80;

/** `.` `!` `؟` `?` `،` `,`: where a sentence or a clause of a quote ends */
function isSentenceEndCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x61f || c === 0x3f || c === 0x60c || c === 0x2c;
}

/** A short span taken for a term only for want of context that repeats a quote given elsewhere (a subheading) is that quote. */
function repeatKnownQuotes(quotes: Quote[], speakerOf: (Entity | null)[], byDefault: boolean[]): void {
  const mayRepeat = (q: Quote, i: number) => q.kind === 'term' && byDefault[i] && q.text.length < REPEAT_CHARS;
  // (most parts have no such span: the direct quotes are not listed for nothing)
  if (!quotes.some(mayRepeat)) return;
  const direct = new Map<string, number>();
  quotes.forEach((q, i) => {
    const own = q.attribution === 'cue' || q.attribution === 'according-to' || q.attribution === 'nested';
    if (q.kind === 'direct' && speakerOf[i] && own && q.text.length < REPEAT_CHARS) direct.set(norm(q.text.trim()), i);
  });
  /** spans of four words or more repeating no whole quote: each may repeat a quote's opening sentence */
  const openers = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    if (!mayRepeat(q, i) || wordCount(q.text, 2) < 2) return;
    const key = norm(q.text.trim());
    const same = direct.get(key);
    if (same === undefined) {
      if (wordCount(q.text, 4) >= 4) {
        const spans = openers.get(key);
        if (spans) spans.push(i);
        else openers.set(key, [i]);
      }
      return;
    }
    repeats(q, i, same, speakerOf);
  });
  if (openers.size === 0) return;
  // (`والأولى على الطب: «الطريق لم يكن مفروشاً بالورود»` in a headline, the body's quote opening
  // with that sentence: «الطريق لم يكن مفروشاً بالورود. سهرنا …»; a speaker carried on from the
  // sentence before counts too. Each quote's openings up to a sentence or clause end are looked up:
  // linear, whatever the number of spans.)
  quotes.forEach((q, i) => {
    const ownOrCarried = q.attribution === 'cue' || q.attribution === 'according-to' || q.attribution === 'nested' || q.attribution === 'continuation';
    if (q.kind !== 'direct' || !speakerOf[i] || !ownOrCarried) return;
    const opening = norm(q.text.trim().slice(0, REPEAT_CHARS + 1));
    for (let k = 1; k < opening.length; k++) {
      if (!isSentenceEndCode(opening.charCodeAt(k))) continue;
      const spans = openers.get(opening.slice(0, k));
      if (!spans) continue;
      for (const at of spans) if (quotes[at].kind === 'term') repeats(quotes[at], at, i, speakerOf);
    }
  });
}

/**
 * A quote that is a whole paragraph of a few words (a subheading, `"استخدام منهجي للرصاص الحي"`) and
 * that no cue governs is the words of whoever a later quote opening with them is given to
 * (`أكدت المحامية … أنه قد وقع "استخدام منهجي للرصاص الحي دون مبرر"`). Each later quote's openings
 * are looked up at its word ends, up to the longest subheading: linear in the quotes.
 */
function subheadingsFromBody(article: Article, quotes: Quote[], speakerOf: (Entity | null)[]): void {
  let headings: Map<string, number> | null = null;
  let longest = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.attribution === 'cue' || q.attribution === 'according-to' || (q.nestedIn ?? null) !== null || !wholeParagraph(article, q)) continue;
    const words = wordCount(q.text, SUBHEADING_WORDS + 1);
    if (words < 2 || words > SUBHEADING_WORDS) continue;
    const key = norm(q.text.trim());
    (headings ??= new Map()).set(key, i);
    longest = Math.max(longest, key.length);
  }
  if (headings === null) return;
  for (let j = 0; j < quotes.length; j++) {
    const q = quotes[j];
    if (q.kind !== 'direct' || !speakerOf[j] || !q.attribution || q.attribution === 'nested') continue;
    const opening = norm(q.text.trim().slice(0, longest + 1));
    for (let k = 1; k <= opening.length; k++) {
      if (k < opening.length && opening.charCodeAt(k) !== 32) continue;
      const at = headings.get(opening.slice(0, k));
      if (at === undefined || at >= j || quotes[at].paragraph >= q.paragraph) continue;
      repeats(quotes[at], at, j, speakerOf);
      headings.delete(opening.slice(0, k));
    }
  }
}

/** most words of a subheading in quotes */
const SUBHEADING_WORDS = 8;

/** The quote is its paragraph, marks and all (white space and a final stop aside). */
function wholeParagraph(article: Article, q: Quote): boolean {
  const para = article.paragraphs[q.paragraph];
  if (!para || q.span.start !== para.span.start) return false;
  for (let i = q.span.end; i < para.span.end; i++) {
    const c = article.text.charCodeAt(i);
    if (c !== 32 && c !== 46 && c !== 9) return false;
  }
  return true;
}

/** Span `i` repeats direct quote `same`: the same speaker's words. */
function repeats(q: Quote, i: number, same: number, speakerOf: (Entity | null)[]): void {
  q.kind = 'direct';
  speakerOf[i] = speakerOf[same];
  q.attribution = 'continuation';
}

/** A direct quote still without a speaker (a headline, the lead) takes one named in its sentence. */
function fillFromSentence(text: string, tokens: Token[], starts: Int32Array, quotes: Quote[], openTok: number[], speakerOf: (Entity | null)[], entities: Entity[]): void {
  // the last word of each form of each speaker (normalised), worked out once, not per quote, and only
  // for a quote that asks (most parts have none): the entities in order, each form in order (the
  // first one found furthest on wins)
  let lastWords: { e: Entity; word: string }[] | null = null;
  quotes.forEach((q, i) => {
    if (q.kind !== 'direct' || speakerOf[i]) return;
    const s = starts[Math.min(openTok[i], tokens.length - 1)];
    const sentence = norm(text.slice(tokens[s].start, q.span.start));
    lastWords ??= speakersLastWords(speakerOf, entities);
    let best: Entity | null = null;
    let bestAt = -1;
    for (const { e, word } of lastWords) {
      const at = sentence.lastIndexOf(word);
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    if (best) {
      speakerOf[i] = best;
      q.attribution = 'continuation';
    }
  });
}

/**
 * A headline that is a quote and nothing else (`“لن نتخلى عن دعم القضية”`), read as speech with no
 * speaker: the words of the one the lead names first as speaking (`أكد رئيس الحركة … أن …`), as a
 * copy editor reads a quoted headline over its story.
 */
function headlineQuoteFromLead(article: Article, quotes: Quote[], speakerOf: (Entity | null)[], entities: Entity[]): void {
  const title = article.title;
  const q = quotes[0];
  if (!title || !q || q.kind !== 'direct' || speakerOf[0] || q.span.start - title.span.start > 1 || title.span.end - q.span.end > 2) return;
  const lead = article.paragraphs.find((p) => p.span.start >= title.span.end);
  if (!lead) return;
  let first: Entity | null = null;
  for (const e of entities) if (e.firstOffset >= lead.span.start && e.firstOffset < lead.span.end && (!first || e.firstOffset < first.firstOffset)) first = e;
  if (!first) return;
  speakerOf[0] = first;
  q.attribution = 'continuation';
}

/** The last word (normalised) of each form of each entity that speaks a quote, in registry order. */
function speakersLastWords(speakerOf: (Entity | null)[], entities: Entity[]): { e: Entity; word: string }[] {
  const speaking = new Set(speakerOf.filter((e): e is Entity => e !== null));
  return entities.filter((e) => speaking.has(e)).flatMap((e) => e.forms.map((f) => ({ e, word: norm(lastWord(f)) })));
}

/**
 * `التقى نظيره المصري سامح شكري … وقال شكري`: a person quoted by one word whom the text names in full
 * elsewhere (one of its mentions), after one given name only, takes that full name (the short one kept
 * as a form). Read from the mentions: no pass over the tokens.
 */
function fullNameFromText(tokens: Token[], e: Entity, mentions: Mention[]): void {
  if (e.type !== 'person' || e.name.includes(' ') || e.name.length < 3 || norm(e.name).startsWith('ال')) return;
  let given: Token | null = null;
  for (const m of mentions) {
    if (m.prefix !== '' || m.text !== e.name) continue;
    const j = tokenAt(tokens, m.span.start);
    if (j < 1 || j >= tokens.length || tokens[j].start !== m.span.start || tokens[j].newLine) continue;
    // the word itself a given name (`قال محمد`) names no family
    if ((factsOf(tokens[j]) & Facts.givenName) !== 0) return;
    const before = tokens[j - 1];
    if (!before.word || !givenNameAt(tokens, j - 1)) continue;
    if (given !== null && given.norm !== before.norm) return;
    given = before;
  }
  if (given === null) return;
  e.forms.push(e.name);
  e.name = `${given.text} ${e.name}`;
  e.key_ = nameKey(e.name);
}

/**
 * The word at `k` is a given name: a known one, or an indefinite word that is no stop word, cue, role
 * or preposition's, right after a role, a title or a definite adjective (`نظيره المصري سامح`) on its line.
 */
function givenNameAt(tokens: Token[], k: number): boolean {
  const f = factsOf(tokens[k]);
  if ((f & Facts.givenName) !== 0) return true;
  // (a role closing the paragraph before, a headline's `… نووي فرنسي`, describes no one on this line)
  if (k === 0 || tokens[k].newLine || tokens[k].norm.length < 3 || (f & (Facts.definite | Facts.stop | Facts.cue | Facts.roleOrHonorific | Facts.prepositional | Facts.phraseStop)) !== 0) return false;
  const prev = tokens[k - 1];
  return prev.word && (factsOf(prev) & (Facts.roleOrHonorific | Facts.title | Facts.nisba)) !== 0;
}

function buildSpeakers(text: string, tokens: Token[], quotes: Quote[], speakerOf: (Entity | null)[]): QuoteAnalysis {
  // the speakers of direct quotes, in the order of their first quote
  const used: Entity[] = [];
  const isUsed = new Set<Entity>();
  for (let i = 0; i < speakerOf.length; i++) {
    const e = speakerOf[i];
    if (!e || quotes[i].kind !== 'direct' || isUsed.has(e)) continue;
    isUsed.add(e);
    used.push(e);
  }
  const { mentions, aliases } = findMentions(text, tokens, used);
  used.forEach((e, i) => fullNameFromText(tokens, e, mentions[i]));
  const order = used.map((e, i) => ({ e, i, first: mentions[i].reduce((min, m) => Math.min(min, m.span.start), e.firstOffset) }));
  order.sort((a, b) => a.first - b.first);
  const speakers: Speaker[] = [];
  /** each entity's index in `speakers` (its id is s + index + 1) */
  const indexOf = new Map<Entity, number>();
  for (const { e, i } of order) {
    const id = `s${speakers.length + 1}`;
    indexOf.set(e, speakers.length);
    const canonical = norm(e.name);
    const seen = new Set([canonical]);
    const aliasList: string[] = [];
    for (const a of [...e.forms, ...aliases[i]]) {
      const n = norm(a);
      if (seen.has(n) || (e.role && n === norm(e.role))) continue;
      seen.add(n);
      aliasList.push(a);
    }
    speakers.push({
      id,
      name: e.name,
      role: e.role,
      aliases: aliasList,
      type: e.type,
      gender: e.type === 'person' ? e.gender : null,
      mentions: inTextOrder(mentions[i]),
      quotes: [],
    });
  }
  quotes.forEach((q, i) => {
    const e = speakerOf[i];
    if (q.kind !== 'direct' || !e) {
      q.speakerId = null;
      if (q.kind !== 'direct') {
        q.attribution = null;
        q.cue = null;
        q.cueSpan = null;
      }
      return;
    }
    const speaker = speakers[indexOf.get(e)!];
    q.speakerId = speaker.id;
    speaker.quotes.push(i);
  });
  return { quotes, speakers };
}

/** The mentions sorted by where they start (a stable sort: a list already in order, the common case, is only read through). */
function inTextOrder(mentions: Speaker['mentions']): Speaker['mentions'] {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1].span.start > mentions[k].span.start) return mentions.sort((a, b) => a.span.start - b.span.start);
  return mentions;
}

export type { QuoteKind };

/** A dateline's place, agency and date take this many tokens at most (`دبي، الإمارات العربية المتحدة (CNN)`). */
const MAX_DATELINE_TOKENS = 10;

/** tokens[d], a dash, ends a dateline opening its line: words, commas, an agency in brackets before it, no sentence's end. */
function datelineBefore(tokens: Token[], d: number): boolean {
  for (let i = d - 1; i >= 0 && d - i <= MAX_DATELINE_TOKENS; i--) {
    const t = tokens[i];
    if (t.sentenceEnd || (!t.word && !DATELINE_MARKS.has(t.text))) return false;
    if (t.newLine) return t.word;
  }
  return false;
}
const DATELINE_MARKS = new Set(['،', ',', '(', ')', '/']);
