// English: direct quote vs term, reporting cues, speakers. Reads the article sentence by sentence,
// in order, so a quote with no cue of its own continues the speaker before it, and pronouns and
// short names refer back to the entities already met.
import type { Article, AttributionKind, Quote, Span } from '../model';
import type { QuoteSpan } from '../quoteSpans';
import { bareQuote, type QuoteAnalysis } from '../quotes';
import { tokenize, type Token } from './tokens';
import { splitSentences, type Sentence } from './sentences';
import { findCues, type Cue } from './cues';
import { leadingSubject, subjectAfter, subjectBefore, type PhraseContext, type SpeakerPhrase } from './phrase';
import { SpeakerRegistry, type Entity } from './registry';
import { introducedAsTerm, isFullQuote, isTitleCaseName } from './classify';
import { CLAUSE, DETERMINERS, isPunct, isWord } from './words';

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** Most words between a cue and the colon before its quote (`told the BBC's Today programme:`). */
const MAX_OBJECT_WORDS = 6;
/** Most tokens between a quote and a cue after it (`"…," Ryanair deputy chief executive Michael Cawley told`). */
const MAX_POST_CUE_DISTANCE = 14;
/** Most tokens a speaker phrase spans on either side of its cue. */
const PHRASE_WINDOW = 40;
/** Most tokens back from a quote to the cue that governs it in its sentence. */
const GOVERNING_WINDOW = 80;

interface ResolvedCue extends Cue {
  entity: Entity | null;
  /** `quoted him as saying`: the speaker is the one quoted, not the one quoting */
  nested?: boolean;
  /** `is said to`: no one in particular speaks */
  passive?: boolean;
}

interface Attribution {
  entity: Entity | null;
  kind: AttributionKind | null;
  cue: Cue | null;
  /** a reporting cue governs the quote even though its subject could not be resolved (`he said` with no one before) */
  governed?: boolean;
}

interface State {
  /** speaker of the latest attribution: a quote with no cue continues it */
  last: Entity | null;
  /** the previous sentence reported speech (a cue with a subject, or an attributed quote) */
  previousHadSpeech: boolean;
  /** the person the previous sentence was about, when it reported no speech (`Jane Doe has lived here for years.`) */
  previousSubject: Entity | null;
}

/** Words the article writes in lower case: capitalised at a sentence start, they are common words, not names. */
function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}\p{N}'’-])[\p{Ll}][\p{L}'’-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.add(m[0]);
  return out;
}

export function analyzeEnglishQuotes(article: Article, spans: QuoteSpan[]): QuoteAnalysis {
  const text = article.text;
  const quotes = spans.map((s) => bareQuote(article, s));
  const ctx: PhraseContext = { text, lowerWords: lowerCaseWords(text) };
  const registry = new SpeakerRegistry();
  const speakerOf: (Entity | null)[] = quotes.map(() => null);
  const state: State = { last: null, previousHadSpeech: false, previousSubject: null };

  const topByParagraph = new Map<number, { span: Span; index: number }[]>();
  quotes.forEach((q, index) => {
    if (q.nestedIn !== null && q.nestedIn !== undefined) return;
    const list = topByParagraph.get(q.paragraph) ?? [];
    list.push({ span: q.span, index });
    topByParagraph.set(q.paragraph, list);
  });

  article.paragraphs.forEach((para, p) => {
    const tokens = tokenize(text, para.span.start, para.span.end, topByParagraph.get(p) ?? []);
    // The headline names no one a later `he` or quote refers to.
    const headline = article.title !== null && article.title.span.start >= para.span.start && article.title.span.end <= para.span.end;
    for (const sentence of splitSentences(tokens)) readSentence(ctx, registry, tokens, sentence, quotes, speakerOf, state, headline);
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

function readSentence(ctx: PhraseContext, registry: SpeakerRegistry, tokens: Token[], s: Sentence, quotes: Quote[], speakerOf: (Entity | null)[], state: State, headline: boolean): void {
  const cues = resolveCues(ctx, registry, tokens, s);
  let latest: { at: number; entity: Entity } | null = null;
  const note = (at: number, entity: Entity | null) => {
    if (entity && (!latest || at >= latest.at)) latest = { at, entity };
  };
  for (const c of cues) if (c.entity && c.kind !== 'speech-noun') note(c.from, c.entity);

  let subject: Entity | null | undefined;
  const sentenceSubject = () => {
    if (subject === undefined) {
      const phrase = leadingSubject(ctx, tokens, s.from, s.to);
      subject = phrase && (phrase.kind === 'pronoun' ? phrase.text === 'he' || phrase.text === 'she' : phrase.kind === 'name') ? registry.lookup(phrase) : null;
      if (subject && (subject.type !== 'person' || !subject.spoke)) subject = null;
    }
    return subject;
  };

  let speechInSentence = false;
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k];
    if (t.kind !== 'quote') continue;
    const qi = t.quote;
    const q = quotes[qi];
    const full = isFullQuote(q.text);
    if (introducedAsTerm(tokens, s.from, k) || (!full && k > s.from && isTitleCaseName(q.text))) {
      q.kind = 'term';
      continue;
    }
    let a = attributeByCue(tokens, s, k, cues, (from, to) => {
      const phrase = subjectBefore(ctx, tokens, from, to);
      return phrase && phrase.kind === 'name' ? registry.resolve(phrase) : null;
    });
    if (!a.entity) {
      const e = sentenceSubject();
      if (e) a = { entity: e, kind: 'continuation', cue: null };
    }
    // A quote with no cue: the person the sentence before was about, else the last speaker.
    if (!a.entity && full && !speechInSentence && k === s.from && state.previousSubject) a = { entity: state.previousSubject, kind: 'continuation', cue: null };
    // A fragment with no cue of its own continues the speech before it only when it is a phrase lifted
    // from a statement (`… shouldering "special economic burdens"`), not a word or two set off (`The "reforms" …`).
    const lifted = full || (wordCount(q.text) >= 3 && !(k > s.from && isWord(tokens[k - 1]) && DETERMINERS.has(tokens[k - 1].lower) && k - s.from <= 2));
    if (!a.entity && (full || ((state.previousHadSpeech || speechInSentence) && lifted)) && state.last) a = { entity: state.last, kind: 'continuation', cue: null };
    if (!a.entity && !full && !a.governed) {
      // A fragment no cue, speaker or preceding speech governs: a scare quote or a term.
      q.kind = 'term';
      continue;
    }
    q.kind = 'direct';
    speakerOf[qi] = a.entity;
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
  if (!cues.length && !speechInSentence && !headline) {
    // No speech here: the sentence's subject still becomes the one a later `he`/`she` means.
    const phrase = leadingSubject(ctx, tokens, s.from, s.to);
    if (phrase && phrase.kind !== 'description') about = registry.resolve(phrase);
  }
  const found = latest as { at: number; entity: Entity } | null;
  if (found) state.last = found.entity;
  state.previousHadSpeech = found !== null;
  state.previousSubject = !found && about && about.type === 'person' && about !== state.last ? about : null;
}

/** Resolves every cue's subject in order (pronouns refer to what was met before them). */
function resolveCues(ctx: PhraseContext, registry: SpeakerRegistry, tokens: Token[], s: Sentence): ResolvedCue[] {
  const out: ResolvedCue[] = [];
  const found = findCues(tokens, s.from, s.to);
  const quoteAt: number[] = [];
  for (let i = s.from; i < s.to; i++) if (tokens[i].kind === 'quote') quoteAt.push(i);
  let q = 0;
  for (let n = 0; n < found.length; n++) {
    const c = found[n];
    // Only cues that can govern a quote (or report the sentence's last speech) are read: a sentence
    // of a thousand cue words costs no more than its quotes.
    while (q < quoteAt.length && quoteAt[q] < c.from - MAX_POST_CUE_DISTANCE - PHRASE_WINDOW) q++;
    const nearQuote = q < quoteAt.length && quoteAt[q] <= c.to + GOVERNING_WINDOW;
    if (!nearQuote && n !== 0 && n < found.length - 2) {
      out.push({ ...c, entity: null });
      continue;
    }
    let phrase: SpeakerPhrase | null = null;
    let inherited: Entity | null = null;
    // Speaker phrases are short: look no further than a window around the cue (keeps long sentences linear).
    const clauseStart = lastQuoteBefore(tokens, Math.max(s.from, c.from - PHRASE_WINDOW), c.from) + 1;
    const clauseEnd = nextQuoteAfter(tokens, c.to, Math.min(s.to, c.to + PHRASE_WINDOW));
    if (c.kind === 'according-to') phrase = subjectAfter(ctx, tokens, c.to, clauseEnd);
    else if (c.kind === 'speech-noun') phrase = subjectBefore(ctx, tokens, clauseStart, c.from);
    else if (/ing$/.test(tokens[c.from].lower) && c.to - c.from === 1) {
      // `…, adding that …`: the participle's subject is the clause's
      const prev = out.length ? out[out.length - 1] : null;
      const quotedAs = prev && isWord(tokens[c.from - 1]) && tokens[c.from - 1].lower === 'as' && QUOTING.has(tokens[prev.from].lower);
      if (quotedAs) {
        // `The paper quoted him as saying`, `quoted Mr Smith as saying`: the one quoted speaks
        const object = objectPhrase(ctx, tokens, prev.to, c.from - 1);
        const entity = object ? registry.resolve(object) : null;
        if (entity) entity.spoke = true;
        out.push({ ...c, entity, nested: true });
        continue;
      }
      if (prev && prev.entity) inherited = prev.entity;
      else {
        const lead = c.from - s.from <= PHRASE_WINDOW ? leadingSubject(ctx, tokens, s.from, c.from) : null;
        inherited = lead ? registry.resolve(lead) : null;
      }
    } else {
      const hasWordsBefore = tokens.slice(clauseStart, c.from).some((t) => isWord(t));
      phrase = hasWordsBefore ? subjectBefore(ctx, tokens, clauseStart, c.from) : null;
      if (!phrase && !passiveBefore(tokens, clauseStart, c.from)) phrase = subjectAfter(ctx, tokens, c.to, clauseEnd);
    }
    const entity = inherited ?? (phrase ? registry.resolve(phrase) : null);
    if (entity && c.kind !== 'speech-noun') entity.spoke = true;
    out.push({ ...c, entity, passive: !entity && passiveBefore(tokens, clauseStart, c.from) });
  }
  return out;
}

const QUOTING = new Set(['quoted', 'quotes', 'quote', 'cited', 'cites']);
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they', it: 'it' };

/** The one quoted: `him`, `Mr Smith`, `a senior official` between the quoting verb and `as`. */
function objectPhrase(ctx: PhraseContext, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  if (to - from === 1 && isWord(tokens[from]) && OBJECT_PRONOUNS[tokens[from].lower]) {
    const p = subjectBefore(ctx, [{ ...tokens[from], text: OBJECT_PRONOUNS[tokens[from].lower], lower: OBJECT_PRONOUNS[tokens[from].lower] }], 0, 1);
    return p;
  }
  return to > from ? subjectAfter(ctx, tokens, from, to) : null;
}

function passiveBefore(tokens: Token[], from: number, cue: number): boolean {
  const t = tokens[cue - 1];
  return cue - 1 >= from && isWord(t) && ['was', 'were', 'is', 'are', 'been', 'being', 'be', 'to'].includes(t.lower);
}

function lastQuoteBefore(tokens: Token[], from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (tokens[i].kind === 'quote') return i;
  return from - 1;
}

function nextQuoteAfter(tokens: Token[], at: number, to: number): number {
  for (let i = at; i < to; i++) if (tokens[i].kind === 'quote') return i;
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
function attributeByCue(tokens: Token[], s: Sentence, k: number, cues: ResolvedCue[], colonSpeaker?: (from: number, to: number) => Entity | null): Attribution {
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
      if (objectWords(tokens, c.to, k - 1) <= MAX_OBJECT_WORDS) return { entity: c.entity, kind: kindOf(c, 'cue'), cue: c };
      break;
    }
  }
  // 1b. `Mr Smith: "…"` — a name and a colon, no verb
  if (k - 1 >= s.from && isPunct(tokens[k - 1], ':') && colonSpeaker) {
    const start = lastQuoteBefore(tokens, Math.max(s.from, k - 1 - PHRASE_WINDOW), k - 1) + 1;
    const previous = after - 1 >= 0 ? cues[after - 1] : null;
    const hasCue = previous !== null && previous.from >= start;
    if (!hasCue && k - 1 - start <= 6) {
      const entity = colonSpeaker(start, k - 1);
      if (entity) return { entity, kind: 'colon', cue: null };
    }
  }
  // 2. `"…," said X`, `"…," X said`, `"…", according to X` — before any other quote
  const next = nextQuoteAfter(tokens, k + 1, Math.min(s.to, k + 1 + MAX_POST_CUE_DISTANCE));
  let governed = false;
  if (after < cues.length) {
    const c = cues[after];
    if (c.from < next && c.from - k <= MAX_POST_CUE_DISTANCE && c.kind !== 'partial') {
      if (c.entity) return { entity: c.entity, kind: kindOf(c, 'cue'), cue: c };
      governed = c.kind === 'speech' && !c.passive;
    }
  }
  // 3. a cue earlier in the sentence governs a partial quote: `said there had been a "continuing stream"`
  for (let j = after - 1; j >= 0 && k - cues[j].to <= GOVERNING_WINDOW; j--) {
    const c = cues[j];
    if (c.to > k) continue;
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
  return governed ? { ...none, governed } : none;
}

/** Words between a cue and the colon before a quote; a clause there (`said that … is:`) counts as too many. */
function objectWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === 'quote') return Infinity;
    if (isWord(t)) {
      if (!t.cap && CLAUSE.has(t.lower)) return Infinity;
      n++;
    }
  }
  return n;
}
