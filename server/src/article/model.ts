// The Article model: what the engine knows about one document.
// Everything is located by UTF-16 offsets into the analysed text (as JavaScript strings index);
// conversion to LSP positions happens only at the edges (features/, cli).

export interface Span {
  /** inclusive start offset */
  start: number;
  /** exclusive end offset */
  end: number;
}

export type Language = 'ar' | 'en';

export interface Paragraph {
  /** the whole block, from its first to its last non-blank character */
  span: Span;
  /** one span per line of the block (line content, without the line break) */
  lines: Span[];
}

export interface Title {
  text: string;
  span: Span;
}

export interface Section {
  /** null for the lead section (the text before the first subheading) */
  heading: string | null;
  headingSpan: Span | null;
  /** from the heading (or first paragraph) to the end of the section's last block */
  span: Span;
}

export interface Caption {
  /** the caption's words without the credit */
  text: string;
  /** e.g. "الجزيرة", "Reuters"; null for `Photo:` / `Caption:` lines without one */
  credit: string | null;
  /** the whole line */
  span: Span;
  creditSpan: Span | null;
  textSpan: Span;
  /** index into Article.captions of the first caption this one repeats */
  duplicateOf: number | null;
}

export interface SourceLine {
  text: string;
  span: Span;
}

export interface Byline {
  text: string;
  span: Span;
}

export type QuoteKind = 'direct' | 'term';

/** How the speaker of a quote was found. */
export type AttributionKind =
  | 'cue' // a reporting cue with its own subject: `قال كيري`, `Kerry said`
  | 'according-to' // `according to X`, `بحسب X`, `وفقا لـ X`
  | 'colon' // `X: "…"`
  | 'continuation' // a cue with no subject, or a quote opening a paragraph: the previous speaker
  | 'nested'; // `نقل عنه قوله`, `quoted him as saying`

export interface Quote {
  /** the text between the marks (for an unclosed quote, up to where it plainly ends) */
  text: string;
  /** covers the marks */
  span: Span;
  textSpan: Span;
  openMark: string;
  /** null when the quote is never closed */
  closeMark: string | null;
  kind: QuoteKind;
  /** Speaker.id, or null */
  speakerId: string | null;
  /** the reporting cue as written (`وقال`, `said`), or null */
  cue: string | null;
  cueSpan: Span | null;
  attribution: AttributionKind | null;
  /** index of the paragraph holding the opening mark */
  paragraph: number;
  /** the closing mark is left out by convention: the next paragraph (or sentence) reopens the quote */
  runsOn?: boolean;
  /** index into Article.quotes of the quote this one sits inside, or null */
  nestedIn?: number | null;
}

export type SpeakerType = 'person' | 'organization' | 'anonymous';
export type Gender = 'male' | 'female';

export interface Mention {
  /** the name as written, without an attached Arabic proclitic */
  span: Span;
  text: string;
  /** an attached proclitic (و ف ل ب ك and combinations) before span.start, if any */
  prefix: string;
}

export interface Speaker {
  /** stable within one analysis: "s1", "s2", … in order of first mention */
  id: string;
  /** canonical (fullest) name */
  name: string;
  role: string | null;
  aliases: string[];
  type: SpeakerType;
  gender: Gender | null;
  mentions: Mention[];
  /** indexes into Article.quotes */
  quotes: number[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type FindingCode = 'duplicate-caption' | 'unattributed-quote' | 'unclosed-quote' | 'inconsistent-name';

export interface RelatedSpan {
  span: Span;
  /** message key for messages.ts, with its arguments */
  args: Record<string, string | number>;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  span: Span;
  /** arguments for the message template of `code` (messages.ts renders them per UI language) */
  args: Record<string, string | number>;
  related: RelatedSpan[];
}

export interface Article {
  /** the analysed text, exactly as given */
  text: string;
  language: Language;
  /** offset of each line start; lines end at \n, \r\n or a lone \r */
  lineStarts: number[];
  paragraphs: Paragraph[];
  title: Title | null;
  byline: Byline | null;
  sections: Section[];
  captions: Caption[];
  source: SourceLine | null;
  quotes: Quote[];
  speakers: Speaker[];
  findings: Finding[];
  /**
   * A long document whose parts are written in different languages: where each language starts
   * (the first at 0). Each part was read with its own language's rules; `language` is the one the
   * document opens in. Absent when the whole text is read in `language`.
   */
  languageRuns?: LanguageRun[];
}

export interface LanguageRun {
  start: number;
  language: Language;
}

export interface AnalyzeOptions {
  /** force the language instead of detecting it */
  language?: Language | 'auto';
  /** extra caption credits (users extend the lexicon in settings) */
  extraCredits?: string[];
}
