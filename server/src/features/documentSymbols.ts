// Outline: headline at the root, sections under it, captions and quotes inside, source line, speakers.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Article, Span } from '../article/model';
import { firstWords } from '../article/messages';
import { toRange } from './convert';

function symbol(article: Article, name: string, kind: SymbolKind, range: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const s: DocumentSymbol = { name: name.trim() || '…', kind, range: toRange(article, range), selectionRange: toRange(article, selection) };
  if (detail) s.detail = detail;
  if (children) s.children = children;
  return s;
}

export function documentSymbols(article: Article): DocumentSymbol[] {
  const sections = article.sections.map((section) => {
    const children: DocumentSymbol[] = [];
    for (const c of article.captions) {
      if (c.span.start >= section.span.start && c.span.end <= section.span.end) {
        children.push(symbol(article, firstWords(c.text, 8), SymbolKind.File, c.span, c.textSpan, c.credit ?? undefined));
      }
    }
    for (const q of article.quotes) {
      if (q.kind !== 'direct' || q.span.start < section.span.start || q.span.start >= section.span.end) continue;
      const speaker = article.speakers.find((s) => s.id === q.speakerId);
      children.push(symbol(article, `“${firstWords(q.text, 6)}”`, SymbolKind.String, q.span, q.span, speaker?.name));
    }
    children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const name = section.heading ?? (article.language === 'ar' ? 'المقدمة' : 'Lead');
    return symbol(article, name, SymbolKind.Namespace, section.span, section.headingSpan ?? { start: section.span.start, end: section.span.start }, undefined, children);
  });
  const roots: DocumentSymbol[] = [];
  const rest: DocumentSymbol[] = [...sections];
  if (article.source) rest.push(symbol(article, article.source.text, SymbolKind.Key, article.source.span, article.source.span));
  if (article.speakers.length) {
    const first = article.speakers[0].mentions[0]?.span ?? { start: 0, end: 0 };
    const all = { start: 0, end: article.text.length };
    const speakers = article.speakers.map((sp) => {
      const m = sp.mentions[0]?.span ?? first;
      const quotes = sp.quotes.map((qi) => {
        const q = article.quotes[qi];
        return symbol(article, `“${firstWords(q.text, 6)}”`, SymbolKind.String, q.span, q.span);
      });
      return symbol(article, sp.name, SymbolKind.Constructor, { start: m.start, end: Math.max(m.end, sp.quotes.length ? article.quotes[sp.quotes[sp.quotes.length - 1]].span.end : m.end) }, m, sp.role ?? undefined, quotes);
    });
    rest.push(symbol(article, article.language === 'ar' ? 'المتحدثون' : 'Speakers', SymbolKind.Package, all, first, String(article.speakers.length), speakers));
  }
  if (article.title) {
    const whole = { start: article.title.span.start, end: article.text.length };
    roots.push(symbol(article, article.title.text, SymbolKind.Module, whole, article.title.span, undefined, rest));
  } else {
    roots.push(...rest);
  }
  return roots;
}
