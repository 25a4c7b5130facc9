// The Article model as the CLI's JSON (`analyze --format json`): offsets become LSP ranges.
import type { Range } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import { message, type UiLanguage } from '../article/messages';
import type { Settings } from '../settings';
import { configuredFindings } from './diagnostics';
import { toRange } from './convert';
import { languageStretches } from '../article/languages';

export interface ArticleJson {
  file: string;
  language: string;
  /** a long document whose parts are in different languages: each stretch and the language it was read in */
  languageRuns?: { language: string; range: Range }[];
  title: { text: string; range: Range } | null;
  sections: { heading: string | null; range: Range }[];
  captions: { text: string; credit: string | null; range: Range; duplicateOf: number | null }[];
  source: { text: string; range: Range } | null;
  quotes: { text: string; range: Range; kind: 'direct' | 'term'; speaker: string | null; cue: string | null }[];
  speakers: { id: string; name: string; role: string | null; aliases: string[]; mentions: Range[] }[];
  diagnostics: { code: string; severity: string; message: string; range: Range }[];
}

export function articleToJson(file: string, article: Article, rules: Settings['rules'] = {}, lang: UiLanguage = 'en'): ArticleJson {
  const r = (span: { start: number; end: number }) => toRange(article, span);
  return {
    file,
    language: article.language,
    ...(article.languageRuns && { languageRuns: languageStretches(article).map((s) => ({ language: s.language, range: r(s) })) }),
    title: article.title ? { text: article.title.text, range: r(article.title.span) } : null,
    sections: article.sections.map((s) => ({ heading: s.heading, range: r(s.span) })),
    captions: article.captions.map((c) => ({ text: c.text, credit: c.credit, range: r(c.span), duplicateOf: c.duplicateOf })),
    source: article.source ? { text: article.source.text, range: r(article.source.span) } : null,
    quotes: article.quotes.map((q) => ({ text: q.text, range: r(q.span), kind: q.kind, speaker: q.speakerId, cue: q.cue })),
    speakers: article.speakers.map((s) => ({ id: s.id, name: s.name, role: s.role, aliases: s.aliases, mentions: s.mentions.map((m) => r(m.span)) })),
    diagnostics: configuredFindings(article, rules).map((f) => ({ code: f.code, severity: f.severity, message: message(f.code, f.args, lang), range: r(f.span) })),
  };
}
