// Code lens on the headline: `5 speakers · 9 quotes · 1 term · 1 problem` (terms only when there are any) (Arabic plural forms when the UI is
// Arabic). Clicking it opens the Problems panel in VS Code.
import type { CodeLens } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import { countMessage, type UiLanguage } from '../article/messages';
import { variantSpeakerIds } from '../article/nameVariants';
import type { Settings } from '../settings';
import { configuredFindings } from './diagnostics';
import { toRange } from './convert';

export function articleSummary(article: Article, rules: Settings['rules'], lang: UiLanguage): string {
  const quotes = article.quotes.filter((q) => q.kind === 'direct').length;
  const terms = article.quotes.length - quotes;
  const problems = configuredFindings(article, rules).length;
  // one person written two ways (`Hammond` / `Mr Hamond`) counts once
  const speakers = article.speakers.length - variantSpeakerIds(article).size;
  const parts = [countMessage('count.speaker', speakers, lang), countMessage('count.quote', quotes, lang)];
  if (terms > 0) parts.push(countMessage('count.term', terms, lang));
  parts.push(countMessage('count.problem', problems, lang));
  return parts.join(' · ');
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
