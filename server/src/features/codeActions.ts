// Quick fixes for findings, gathered from one provider per rule. Each fix edits only the text it names.
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import type { UiLanguage } from '../article/messages';
import type { Settings } from '../settings';
import { captionFixes } from './fixes/captionFixes';
import { quoteFixes } from './fixes/quoteFixes';

export interface CodeActionRequest {
  uri: string;
  range: Range;
  diagnostics: Diagnostic[];
  only?: string[];
  /** the document's rule settings: a rule turned off offers no fix (not even on save) */
  rules?: Settings['rules'];
}

export function codeActions(article: Article, req: CodeActionRequest, lang: UiLanguage): CodeAction[] {
  return [...captionFixes(article, req, lang), ...quoteFixes(article, req, lang)];
}
