// Hover: on a quote, its speaker; on a caption, its credit and the first occurrence if it repeats.
import type { Hover } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import type { UiLanguage } from '../article/messages';
import { spanContains } from '../article/text';
import { toRange } from './convert';

export function hover(article: Article, offset: number, lang: UiLanguage): Hover | null {
  const quote = article.quotes.find((q) => spanContains(q.span, offset));
  if (quote) {
    const speaker = article.speakers.find((s) => s.id === quote.speakerId);
    const lines: string[] = [];
    if (quote.kind === 'term') lines.push(lang === 'ar' ? '**مصطلح** (ليس كلاما منقولا)' : '**Term** (not reported speech)');
    else if (speaker) {
      lines.push(`**${speaker.name}**${speaker.role ? ` — ${speaker.role}` : ''}`);
      if (quote.cue) lines.push(`${lang === 'ar' ? 'الإسناد' : 'Attributed by'}: \`${quote.cue}\``);
    } else lines.push(lang === 'ar' ? '**اقتباس بلا قائل**' : '**Quote with no speaker**');
    return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: toRange(article, quote.span) };
  }
  const caption = article.captions.find((c) => spanContains(c.span, offset));
  if (caption) {
    const lines = [`${lang === 'ar' ? 'تعليق صورة' : 'Caption'}${caption.credit ? ` — ${caption.credit}` : ''}`];
    if (caption.duplicateOf !== null) {
      const first = article.captions[caption.duplicateOf];
      const line = toRange(article, first.span).start.line + 1;
      lines.push(lang === 'ar' ? `يكرر التعليق في السطر ${line}` : `Repeats the caption on line ${line}`);
    }
    return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: toRange(article, caption.span) };
  }
  return null;
}
