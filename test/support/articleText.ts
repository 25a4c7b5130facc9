// Positions and edits on a test article's text, computed the way an LSP client does (zero-based line,
// UTF-16 character), so expected ranges come from the text itself, not from the server.
import type { Position, Range, SemanticTokensLegend, TextEdit } from 'vscode-languageserver-types';

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function offsetAt(text: string, pos: Position): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') line++;
    i++;
  }
  return i + pos.character;
}

/** Offset of the `occurrence`-th (0-based) `needle` in `text`; throws when there is none, so a test cannot pass by accident. */
export function indexOfNth(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

/** Range of `part` inside the `occurrence`-th `needle` (the whole needle when `part` is omitted). */
export function rangeOf(text: string, needle: string, occurrence = 0, part?: string): Range {
  const at = indexOfNth(text, needle, occurrence);
  const inner = part === undefined ? 0 : needle.indexOf(part);
  if (inner < 0) throw new Error(`"${part}" is not inside "${needle}"`);
  const start = at + inner;
  return { start: positionAt(text, start), end: positionAt(text, start + (part ?? needle).length) };
}

export function textIn(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Applies non-overlapping edits as an editor does. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export interface DecodedToken {
  text: string;
  type: string;
  modifiers: string[];
  line: number;
}

/** Semantic tokens back to the words they colour. */
export function decodeSemanticTokens(text: string, data: number[], legend: SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = offsetAt(text, { line, character: char });
    const modifiers = legend.tokenModifiers.filter((_m, bit) => (data[i + 4] >> bit) & 1);
    out.push({ text: text.slice(start, start + data[i + 2]), type: legend.tokenTypes[data[i + 3]], modifiers, line });
  }
  return out;
}
