// workspace/symbol: the headline and the speakers of every open article, filtered by the query
// (matched on normalised text, so `كيري` finds `كيرى` and case does not matter).
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import { message, type UiLanguage } from '../article/messages';
import { normalizeForMatch } from '../article/text';
import { toRange } from './convert';
import { definingMention } from './speakerAt';

export interface OpenArticle {
  uri: string;
  article: Article;
}

const MAX_SYMBOLS = 1000;

export function workspaceSymbols(open: OpenArticle[], query: string, lang: UiLanguage): SymbolInformation[] {
  const q = normalizeForMatch(query.trim());
  const matches = (name: string) => q === '' || normalizeForMatch(name).includes(q);
  const out: SymbolInformation[] = [];
  for (const { uri, article } of open) {
    const headline = article.title?.text ?? '';
    if (article.title && matches(headline)) {
      out.push({ name: headline, kind: SymbolKind.Module, location: { uri, range: toRange(article, article.title.span) }, containerName: message('symbol.headline', {}, lang) });
    }
    for (const s of article.speakers) {
      if (!matches(s.name) && !s.aliases.some(matches)) continue;
      const m = definingMention(s);
      if (!m) continue;
      const sym: SymbolInformation = { name: s.name, kind: SymbolKind.Constructor, location: { uri, range: toRange(article, m.span) } };
      if (headline) sym.containerName = headline;
      out.push(sym);
    }
    if (out.length >= MAX_SYMBOLS) break;
  }
  return out.slice(0, MAX_SYMBOLS);
}
