// Findings → LSP diagnostics, with the severity each rule is configured to (or dropped when off).
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Article, Finding, Severity } from '../article/model';
import { message, type UiLanguage } from '../article/messages';
import type { Settings } from '../settings';
import { toRange } from './convert';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The findings that stay on under the settings, each with its configured severity. */
export function configuredFindings(article: Article, rules: Settings['rules']): Finding[] {
  const out: Finding[] = [];
  for (const f of article.findings) {
    const setting = rules[f.code];
    if (setting === 'off') continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}

export function findingMessage(f: Finding, lang: UiLanguage): string {
  return message(f.code, f.args, lang);
}

export function toDiagnostics(article: Article, uri: string, rules: Settings['rules'], lang: UiLanguage): Diagnostic[] {
  return configuredFindings(article, rules).map((f) => {
    const related: DiagnosticRelatedInformation[] = f.related.map((r) => ({
      location: { uri, range: toRange(article, r.span) },
      message: message(String(r.args.key ?? `${f.code}.related`), r.args, lang),
    }));
    const d: Diagnostic = {
      range: toRange(article, f.span),
      severity: SEVERITY[f.severity],
      source: 'article',
      code: f.code,
      message: findingMessage(f, lang),
      data: { code: f.code },
    };
    if (related.length) d.relatedInformation = related;
    return d;
  });
}
