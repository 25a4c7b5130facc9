// Joins the readings of a long document's parts into one Article, as if it had been read whole:
// offsets moved from each part's text to the document's, what a part read only as context (the
// paragraphs before its own text) left to the part that owns it, speakers of the same name in
// different parts made one, and the findings that compare across the document (a caption printed
// twice, a quote left open) made again on the whole. Readings are cached objects: never mutated.
import type { Article, Caption, Finding, Language, LanguageRun, Quote, Section, Span, Speaker } from '../model';
import { captionFindings } from '../captionFindings';
import { quoteMarkFindings } from '../quoteFindings';
import { inTextOrder } from '../findings';
import { normalizeLoose } from '../text';
import { earlierCaption } from '../structure/captions';
import type { PartBounds } from './split';

export interface PartReading {
  bounds: PartBounds;
  /** the reading of text.slice(bounds.contextStart, bounds.end) */
  article: Article;
}

interface MergedSpeaker {
  speaker: Speaker;
  /** where it is first named or quoted in the document */
  first: number;
}

const moved = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** Spans moved, into an array of their number (no closure per paragraph, no growing). */
function movedAll(spans: Span[], by: number): Span[] {
  const out = new Array<Span>(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = moved(spans[i], by);
  return out;
}

/**
 * The join, one part at a time in order: a reading in parallel joins the parts read so far while
 * the last ones are still being read; only the findings over the whole document wait for the end.
 */
export class PartMerger {
  readonly #merged: Article;
  readonly #speakerOfQuote: (MergedSpeaker | null)[] = [];
  readonly #speakersByName: SpeakersByName = new Map();
  /** the document's speakers in the order they were first met */
  readonly #speakersMet: MergedSpeaker[] = [];
  readonly #nameFindings: Finding[] = [];
  readonly #captionKeys = new Map<string, number>();
  /** where each part's language starts, when it differs from the part before's */
  readonly #languageRuns: LanguageRun[] = [];
  /** parts joined so far */
  count = 0;

  constructor(text: string, language: Language, lineStarts: number[]) {
    this.#merged = { text, language, lineStarts, paragraphs: [], title: null, byline: null, sections: [], captions: [], source: null, quotes: [], speakers: [], findings: [] };
  }

  /** Joins the next part. */
  add({ bounds, article: part }: PartReading): void {
    const merged = this.#merged, speakerOfQuote = this.#speakerOfQuote;
    const k = this.count++;
    const by = bounds.contextStart;
    /** local offsets before this one are context, owned by the part before */
    const own = bounds.start - by;
    const run = this.#languageRuns[this.#languageRuns.length - 1];
    if (!run || run.language !== part.language) this.#languageRuns.push({ start: bounds.start, language: part.language });
    if (k === 0) {
      merged.title = part.title && { text: part.title.text, span: moved(part.title.span, by) };
      merged.byline = part.byline && { text: part.byline.text, span: moved(part.byline.span, by) };
    }
    if (part.source) merged.source = { text: part.source.text, span: moved(part.source.span, by) };

    const paragraphBase = merged.paragraphs.length;
    let contextParagraphs = 0;
    for (const p of part.paragraphs) {
      if (p.span.start < own) contextParagraphs++;
      else merged.paragraphs.push({ span: moved(p.span, by), lines: movedAll(p.lines, by) });
    }
    for (const s of part.sections) addSection(merged.sections, s, own, by, k > 0);
    for (const c of part.captions) if (c.span.start >= own) addCaption(merged.captions, this.#captionKeys, c, by);

    const quoteIndex = new Int32Array(part.quotes.length).fill(-1);
    part.quotes.forEach((q, i) => {
      if (q.span.start < own) return;
      quoteIndex[i] = merged.quotes.length;
      const copy = movedQuote(q, by, paragraphBase + q.paragraph - contextParagraphs);
      if (q.nestedIn !== undefined && q.nestedIn !== null) copy.nestedIn = quoteIndex[q.nestedIn] >= 0 ? quoteIndex[q.nestedIn] : null;
      merged.quotes.push(copy);
      speakerOfQuote.push(null);
    });

    for (const s of part.speakers) {
      const quotes: number[] = [];
      for (const i of s.quotes) if (quoteIndex[i] >= 0) quotes.push(quoteIndex[i]);
      if (quotes.length === 0) continue; // quoted only in the context: the part before has them
      const m = sameSpeaker(this.#speakersByName, this.#speakersMet, s);
      for (const mention of s.mentions) {
        if (mention.span.start < own) continue;
        m.speaker.mentions.push({ span: moved(mention.span, by), text: mention.text, prefix: mention.prefix });
        m.first = Math.min(m.first, mention.span.start + by);
      }
      for (const i of quotes) {
        m.speaker.quotes.push(i);
        speakerOfQuote[i] = m;
        m.first = Math.min(m.first, merged.quotes[i].span.start);
      }
    }
    for (const f of part.findings) {
      if (f.code !== 'inconsistent-name' || f.span.start < own) continue;
      this.#nameFindings.push({ ...f, span: moved(f.span, by), related: f.related.map((r) => ({ ...r, span: moved(r.span, by) })) });
    }
  }

  /** Once every part is joined: speaker ids, and the findings that compare across the document. */
  finish(): Article {
    const merged = this.#merged;
    // ids in order of first appearance, as a whole reading gives them
    const ordered = this.#speakersMet.sort((a, b) => a.first - b.first);
    ordered.forEach((m, i) => {
      m.speaker.id = `s${i + 1}`;
      merged.speakers.push(m.speaker);
    });
    this.#speakerOfQuote.forEach((m, i) => {
      if (m) merged.quotes[i].speakerId = m.speaker.id;
    });
    if (this.#languageRuns.some((r) => r.language !== merged.language)) merged.languageRuns = this.#languageRuns;
    merged.findings = inTextOrder([...captionFindings(merged), ...quoteMarkFindings(merged), ...this.#nameFindings]);
    return merged;
  }
}

/**
 * A part's quote with its offsets moved and its paragraph renumbered, no speaker yet. Written out
 * field by field (spreading a quote's thirteen fields cost more than the rest of the join); a quote
 * without its optional fields keeps that shape.
 */
function movedQuote(q: Quote, by: number, paragraph: number): Quote {
  const cueSpan = q.cueSpan && moved(q.cueSpan, by);
  if (!('runsOn' in q && 'nestedIn' in q)) return { ...q, span: moved(q.span, by), textSpan: moved(q.textSpan, by), cueSpan, speakerId: null, paragraph };
  return {
    text: q.text,
    span: moved(q.span, by),
    textSpan: moved(q.textSpan, by),
    openMark: q.openMark,
    closeMark: q.closeMark,
    kind: q.kind,
    speakerId: null,
    cue: q.cue,
    cueSpan,
    attribution: q.attribution,
    paragraph,
    runsOn: q.runsOn,
    nestedIn: q.nestedIn,
  };
}

/**
 * The document's speakers by type, then name (two lookups by strings the parts already hold: a key
 * joined from both would be a new string to hash for every speaker of every part).
 */
type SpeakersByName = Map<string, Map<string, MergedSpeaker>>;

/** The document's speaker with this one's name and type, made on first meeting. */
function sameSpeaker(speakers: SpeakersByName, met: MergedSpeaker[], s: Speaker): MergedSpeaker {
  let byName = speakers.get(s.type);
  if (!byName) speakers.set(s.type, (byName = new Map()));
  let m = byName.get(s.name);
  if (!m) {
    m = { speaker: { ...s, id: '', aliases: [...s.aliases], mentions: [], quotes: [] }, first: Infinity };
    byName.set(s.name, m);
    met.push(m);
    return m;
  }
  m.speaker.role ??= s.role;
  m.speaker.gender ??= s.gender;
  for (const a of s.aliases) if (!m.speaker.aliases.includes(a)) m.speaker.aliases.push(a);
  return m;
}

/**
 * A part's first section, when it starts in the context or is a part's lead (no heading of its
 * own), goes on with the section the part before ended in.
 */
function addSection(sections: Section[], s: Section, own: number, by: number, later: boolean): void {
  if (s.span.end < own) return;
  const span = { start: Math.max(s.span.start, own) + by, end: s.span.end + by };
  const last = sections[sections.length - 1];
  if (last && (s.span.start < own || (later && s.heading === null))) {
    last.span.end = span.end;
    return;
  }
  sections.push({ heading: s.heading, headingSpan: s.headingSpan && moved(s.headingSpan, by), span });
}

/** A caption, marked as a repeat of the first one in the whole document with the same words. */
function addCaption(captions: Caption[], firstByKey: Map<string, number>, c: Caption, by: number): void {
  const duplicateOf = earlierCaption(firstByKey, normalizeLoose(c.text), captions.length);
  captions.push({ ...c, span: moved(c.span, by), creditSpan: c.creditSpan && moved(c.creditSpan, by), textSpan: moved(c.textSpan, by), duplicateOf });
}
