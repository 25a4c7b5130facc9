// Semantic tokens: speaker mentions, direct quotes, terms, reporting cues and caption credits, with
// standard token types so every theme colours them (package.json maps them to TextMate scopes too).
// Tokens never overlap: a mention inside a quote cuts the quote's token, and a token that crosses
// a line break is split per line (clients need not support multi-line tokens).
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Article, Span } from '../article/model';
import { offsetToPosition } from '../article/text';
import { definingMention } from './speakerAt';

/** index = token type id; order also gives priority (later wins where tokens nest) */
export const TOKEN_TYPES = ['string', 'enumMember', 'keyword', 'decorator', 'variable'] as const;
export const TOKEN_MODIFIERS = ['declaration'] as const;
export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** what each token type stands for in an article */
export const TOKEN_ROLE = { quote: 0, term: 1, cue: 2, credit: 3, speaker: 4 } as const;

const NONE = 255;

export function semanticTokens(article: Article): SemanticTokens {
  const n = article.text.length;
  const paint = new Uint8Array(n).fill(NONE);
  const declaration = new Uint8Array(n);
  const fill = (span: Span | null, type: number) => {
    if (!span) return;
    for (let i = Math.max(0, span.start); i < Math.min(n, span.end); i++) paint[i] = type;
  };
  for (const q of article.quotes) fill(q.span, q.kind === 'direct' ? TOKEN_ROLE.quote : TOKEN_ROLE.term);
  for (const q of article.quotes) fill(q.cueSpan, TOKEN_ROLE.cue);
  for (const c of article.captions) fill(c.creditSpan, TOKEN_ROLE.credit);
  for (const s of article.speakers) {
    for (const m of s.mentions) fill(m.span, TOKEN_ROLE.speaker);
    const defining = definingMention(s);
    if (defining) for (let k = defining.span.start; k < Math.min(n, defining.span.end); k++) declaration[k] = 1;
  }

  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const emit = (start: number, end: number, type: number, modifiers: number) => {
    const pos = offsetToPosition(article.lineStarts, start);
    data.push(pos.line - prevLine, pos.line === prevLine ? pos.character - prevChar : pos.character, end - start, type, modifiers);
    prevLine = pos.line;
    prevChar = pos.character;
  };
  let i = 0;
  while (i < n) {
    const type = paint[i];
    if (type === NONE) {
      i++;
      continue;
    }
    const mods = declaration[i];
    let j = i + 1;
    while (j < n && paint[j] === type && declaration[j] === mods && article.text[j] !== '\n' && article.text[j] !== '\r') j++;
    // leave line breaks out of tokens: a run stops before one and restarts after it
    emit(i, j, type, mods);
    i = j;
    while (i < n && (article.text[i] === '\n' || article.text[i] === '\r')) i++;
  }
  return { data };
}
