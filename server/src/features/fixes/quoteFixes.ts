// Fixes for unattributed-quote, unclosed-quote and inconsistent-name.
import type { CodeAction } from 'vscode-languageserver-types';
import type { Article } from '../../article/model';
import type { UiLanguage } from '../../article/messages';
import type { CodeActionRequest } from '../codeActions';

export function quoteFixes(_article: Article, _req: CodeActionRequest, _lang: UiLanguage): CodeAction[] {
  return [];
}
