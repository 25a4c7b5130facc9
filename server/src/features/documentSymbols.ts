// Outline: the headline at the root; under it the byline, the sections (lead first) with their
// captions and direct quotes, the source line, and a Speakers group (each speaker with their quotes).
// Every range covers its whole block and holds its children; every selectionRange is on the words.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Article, Caption, Quote, Section, Span, Speaker } from '../article/model';
import { firstWords } from '../article/messages';
import { lineContentEnd, offsetToPosition, trimSpan } from '../article/text';
import { toRange } from './convert';

/** Icons that read naturally in VS Code's outline and breadcrumbs. */
const KIND = {
  headline: SymbolKind.File,
  byline: SymbolKind.Property,
  section: SymbolKind.Namespace,
  caption: SymbolKind.Object,
  quote: SymbolKind.String,
  source: SymbolKind.Key,
  speakers: SymbolKind.Package,
  speaker: SymbolKind.Class,
} as const;

const LABELS = {
  en: { lead: 'Lead', speakers: 'Speakers', duplicate: 'duplicate', line: 'line' },
  ar: { lead: 'المقدمة', speakers: 'المتحدثون', duplicate: 'مكرر', line: 'السطر' },
};

function symbol(article: Article, name: string, kind: SymbolKind, range: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const s: DocumentSymbol = { name: name.trim() || '…', kind, range: toRange(article, range), selectionRange: toRange(article, selection) };
  if (detail) s.detail = detail;
  if (children && children.length) s.children = children;
  return s;
}

const union = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
const clampTo = (s: Span, outer: Span): Span => ({ start: Math.max(s.start, outer.start), end: Math.min(Math.max(s.end, outer.start), outer.end) });
const quoteName = (q: Quote) => `“${firstWords(q.text, 6)}”`;
const quoteWords = (q: Quote) => (q.textSpan.end > q.textSpan.start ? q.textSpan : q.span);

/** The lead has no heading: its selection is its first line. */
function firstLineOf(article: Article, span: Span): Span {
  const line = offsetToPosition(article.lineStarts, span.start).line;
  return trimSpan(article.text, span.start, Math.min(span.end, lineContentEnd(article.text, article.lineStarts, line)));
}

function sectionSymbols(article: Article, speakerNames: Map<string, string>): DocumentSymbol[] {
  const labels = LABELS[article.language];
  const captions = article.captions.map((c, i) => ({ c, i }));
  const quotes = article.quotes.filter((q) => q.kind === 'direct').sort((a, b) => a.span.start - b.span.start);
  let ci = 0;
  let qi = 0;
  return article.sections.map((section: Section) => {
    const children: { at: number; symbol: DocumentSymbol }[] = [];
    // captions and quotes come in text order: one forward pass over each serves every section
    while (ci < captions.length && captions[ci].c.span.start < section.span.start) ci++;
    for (; ci < captions.length && captions[ci].c.span.start < section.span.end; ci++) {
      const c: Caption = captions[ci].c;
      const detail = [c.credit, c.duplicateOf !== null ? labels.duplicate : null].filter(Boolean).join(' · ');
      children.push({ at: c.span.start, symbol: symbol(article, firstWords(c.text, 8), KIND.caption, c.span, c.textSpan, detail) });
    }
    while (qi < quotes.length && quotes[qi].span.start < section.span.start) qi++;
    for (; qi < quotes.length && quotes[qi].span.start < section.span.end; qi++) {
      const q = quotes[qi];
      const range = clampTo(q.span, section.span);
      const selection = clampTo(quoteWords(q), range);
      children.push({ at: q.span.start, symbol: symbol(article, quoteName(q), KIND.quote, range, selection, q.speakerId ? speakerNames.get(q.speakerId) : undefined) });
    }
    children.sort((a, b) => a.at - b.at);
    const name = section.heading ?? labels.lead;
    const selection = section.headingSpan ?? firstLineOf(article, section.span);
    return symbol(article, name, KIND.section, section.span, selection, undefined, children.map((c) => c.symbol));
  });
}

function speakerSymbol(article: Article, speaker: Speaker): DocumentSymbol | null {
  const labels = LABELS[article.language];
  const spans = [...speaker.mentions.map((m) => m.span), ...speaker.quotes.map((qi) => article.quotes[qi]?.span).filter((s): s is Span => !!s)];
  if (spans.length === 0) return null;
  const range = spans.reduce(union);
  const selection = speaker.mentions[0]?.span ?? spans[0];
  const quotes = speaker.quotes
    .map((qi) => article.quotes[qi])
    .filter((q): q is Quote => !!q)
    .map((q) => symbol(article, quoteName(q), KIND.quote, q.span, quoteWords(q), `${labels.line} ${offsetToPosition(article.lineStarts, q.span.start).line + 1}`));
  return symbol(article, speaker.name, KIND.speaker, range, selection, speaker.role ?? undefined, quotes);
}

function speakersGroup(article: Article): DocumentSymbol | null {
  const speakers = article.speakers.map((s) => ({ speaker: s, symbol: speakerSymbol(article, s) })).filter((s) => s.symbol !== null);
  if (speakers.length === 0) return null;
  const spans = speakers.map(({ speaker }) => [...speaker.mentions.map((m) => m.span), ...speaker.quotes.map((qi) => article.quotes[qi]?.span).filter((s): s is Span => !!s)].reduce(union));
  const first = speakers[0].symbol!.selectionRange;
  const range = spans.reduce(union);
  const group = symbol(article, LABELS[article.language].speakers, KIND.speakers, range, range, String(speakers.length), speakers.map((s) => s.symbol!));
  group.selectionRange = first;
  return group;
}

export function documentSymbols(article: Article): DocumentSymbol[] {
  const speakerNames = new Map(article.speakers.map((s) => [s.id, s.name]));
  const children: DocumentSymbol[] = [];
  if (article.byline) children.push(symbol(article, article.byline.text, KIND.byline, article.byline.span, article.byline.span));
  children.push(...sectionSymbols(article, speakerNames));
  if (article.source) children.push(symbol(article, article.source.text, KIND.source, article.source.span, article.source.span));
  const speakers = speakersGroup(article);
  if (speakers) children.push(speakers);
  if (!article.title) return children;
  const last = article.paragraphs[article.paragraphs.length - 1];
  const whole = { start: article.title.span.start, end: Math.max(article.title.span.end, last?.span.end ?? 0) };
  return [symbol(article, article.title.text, KIND.headline, whole, article.title.span, undefined, children)];
}
