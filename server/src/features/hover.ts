// Hover: on a mention of a speaker, the speaker card (name, role, aliases, every quote with a link to
// its line); on a quote, who said it, how it was attributed and where; on a caption, its credit and
// the first occurrence when it repeats.
// Markdown for right-to-left text: one fact per paragraph (no tables), and every piece of article
// text wrapped in Unicode isolates (FSI … PDI) so Arabic names and numbers keep their order when
// the surrounding label is English, and the other way round.
import type { Hover } from 'vscode-languageserver-types';
import type { Article, Quote, Span, Speaker } from '../article/model';
import { firstWords, message, type UiLanguage } from '../article/messages';
import { spanContains } from '../article/text';
import { languageAt } from '../article/languages';
import { toPosition, toRange } from './convert';
import { mentionAt } from './speakerAt';

const FSI = '\u2068';
const PDI = '\u2069';

/** Article text inside markdown: isolated for bidi, markdown characters escaped. */
export function isolate(s: string): string {
  return FSI + s.replace(/[\\`*_[\]<>|#]/g, (c) => '\\' + c) + PDI;
}

/** `[line 5](file:///a.article#L5,3)`: VS Code opens a `#L` file link at that line and column. */
export function lineLink(article: Article, uri: string | undefined, offset: number, lang: UiLanguage): string {
  const pos = toPosition(article, offset);
  const label = message('hover.line', { line: pos.line + 1 }, lang);
  // parentheses and spaces in a file name would end the markdown link early
  const target = uri ? uri.replace(/[()\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')) : '';
  return uri ? `[${label}](${target}#L${pos.line + 1},${pos.character + 1})` : label;
}

function excerpt(article: Article, q: Quote): string {
  const words = firstWords(q.text, 8);
  return languageAt(article, q.span.start) === 'ar' ? `«${words}»` : `“${words}”`;
}

function speakerTitle(s: Speaker, lang: UiLanguage): string[] {
  const out = [`**${isolate(s.name)}**`];
  if (s.role) out.push(isolate(s.role));
  else if (s.type !== 'person') out.push(message(s.type === 'organization' ? 'hover.organization' : 'hover.anonymous', {}, lang));
  return out;
}

function speakerCard(article: Article, s: Speaker, uri: string | undefined, lang: UiLanguage): string {
  const blocks = speakerTitle(s, lang);
  const written = new Set<string>();
  for (const alias of s.aliases) if (alias !== s.name) written.add(alias);
  for (const m of s.mentions) if (m.text !== s.name) written.add(m.text);
  if (written.size) blocks.push(message('hover.aliases', { aliases: [...written].map(isolate).join(lang === 'ar' ? '، ' : ', ') }, lang));
  const quotes = s.quotes.map((i) => article.quotes[i]).filter((q) => q && q.kind === 'direct');
  if (!quotes.length) blocks.push(message('hover.noQuotes', {}, lang));
  else {
    const items = quotes.map((q) => `- ${lineLink(article, uri, q.span.start, lang)}: ${isolate(excerpt(article, q))}`);
    blocks.push(`${message('hover.quotes', {}, lang)}\n\n${items.join('\n')}`);
  }
  return blocks.join('\n\n');
}

function quoteHover(article: Article, q: Quote, uri: string | undefined, lang: UiLanguage): string {
  if (q.kind === 'term') return message('hover.term', {}, lang);
  const s = q.speakerId ? article.speakers.find((x) => x.id === q.speakerId) : undefined;
  if (!s) return message('hover.noSpeaker', {}, lang);
  const blocks = speakerTitle(s, lang);
  const at = q.cueSpan ?? q.span;
  const line = lineLink(article, uri, at.start, lang);
  if (q.attribution === 'continuation') blocks.push(message('hover.continuation', { line }, lang));
  else if (q.cue) blocks.push(message('hover.cue', { cue: `\`${q.cue.replace(/`/g, '')}\``, line }, lang));
  else if (q.attribution === 'colon') blocks.push(message('hover.colon', { line }, lang));
  const direct = s.quotes.filter((i) => article.quotes[i]?.kind === 'direct');
  const index = direct.indexOf(article.quotes.indexOf(q));
  if (index >= 0) blocks.push(message('hover.quoteIndex', { index: index + 1, count: direct.length }, lang));
  return blocks.join('\n\n');
}

function captionHover(article: Article, c: Article['captions'][number], uri: string | undefined, lang: UiLanguage): string {
  const blocks = [message('hover.caption', {}, lang)];
  if (c.credit) blocks.push(message('hover.credit', { credit: isolate(c.credit) }, lang));
  if (c.duplicateOf !== null && article.captions[c.duplicateOf]) {
    blocks.push(message('hover.captionRepeats', { line: lineLink(article, uri, article.captions[c.duplicateOf].span.start, lang) }, lang));
  }
  return blocks.join('\n\n');
}

function markdown(article: Article, value: string, span: Span): Hover {
  return { contents: { kind: 'markdown', value }, range: toRange(article, span) };
}

export function hover(article: Article, offset: number, lang: UiLanguage, uri?: string): Hover | null {
  const hit = mentionAt(article, offset);
  if (hit) return markdown(article, speakerCard(article, hit.speaker, uri, lang), hit.mention.span);
  // the innermost quote under the cursor (quotes may nest)
  let quote: Quote | undefined;
  for (const q of article.quotes) if (spanContains(q.span, offset) && (!quote || q.span.start >= quote.span.start)) quote = q;
  if (quote) return markdown(article, quoteHover(article, quote, uri, lang), quote.span);
  const caption = article.captions.find((c) => spanContains(c.span, offset));
  if (caption) return markdown(article, captionHover(article, caption, uri, lang), caption.span);
  return null;
}
