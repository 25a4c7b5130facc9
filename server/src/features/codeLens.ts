// Code lens on the headline: `5 speakers · 10 quotes · 1 problem` (Arabic plural forms when the UI is
// Arabic). Clicking it opens the Problems panel in VS Code.
import type { CodeLens } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import { countMessage, type UiLanguage } from '../article/messages';
import type { Settings } from '../settings';
import { configuredFindings } from './diagnostics';
import { toRange } from './convert';

export function articleSummary(article: Article, rules: Settings['rules'], lang: UiLanguage): string {
  const quotes = article.quotes.filter((q) => q.kind === 'direct').length;
  const problems = configuredFindings(article, rules).length;
  return [countMessage('count.speaker', article.speakers.length, lang), countMessage('count.quote', quotes, lang), countMessage('count.problem', problems, lang)].join(' · ');
}

export function codeLenses(article: Article, rules: Settings['rules'], lang: UiLanguage): CodeLens[] {
  if (!article.title) return [];
  return [
    {
      range: toRange(article, article.title.span),
      command: { title: articleSummary(article, rules, lang), command: 'workbench.actions.view.problems' },
    },
  ];
}
