// Quick fixes for findings. Each fix edits only the text it names.
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { Article } from '../article/model';
import type { UiLanguage } from '../article/messages';

export interface CodeActionRequest {
  uri: string;
  range: Range;
  diagnostics: Diagnostic[];
  only?: string[];
}

export function codeActions(_article: Article, _req: CodeActionRequest, _lang: UiLanguage): CodeAction[] {
  return [];
}
