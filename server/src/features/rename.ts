// rename + prepareRename: renames a speaker across the article by editing their mentions only, so
// an attached Arabic proclitic (و ف ل ب ك: `لكيري`) stays in place. Word by word when the old and new
// names have as many words (`Kerry` → `Kerrey` also turns `John Kerry` into `John Kerrey`);
// otherwise the mentions written exactly as the one renamed are replaced whole.
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Article, Span } from '../article/model';
import { message, type UiLanguage } from '../article/messages';
import { nameKeyWords, shortName, wordsIn } from '../article/nameVariants';
import { normalizeForMatch } from '../article/text';
import { toRange } from './convert';
import { mentionAt, type MentionHit } from './speakerAt';

/** A rename the server refuses, with a message for the user (the wiring turns it into a ResponseError). */
export class RenameRefusal extends Error {}

const QUOTE_MARKS = /["“”«»„]/;

function hitOrRefuse(article: Article, offset: number, lang: UiLanguage): MentionHit {
  const hit = mentionAt(article, offset);
  if (hit) return hit;
  const example = article.speakers.find((s) => s.type === 'person') ?? article.speakers[0];
  throw new RenameRefusal(example ? message('rename.notAName', { example: shortName(example) }, lang) : message('rename.noSpeakers', {}, lang));
}

export function prepareRename(article: Article, offset: number, lang: UiLanguage): { range: Range; placeholder: string } {
  const { mention } = hitOrRefuse(article, offset, lang);
  return { range: toRange(article, mention.span), placeholder: article.text.slice(mention.span.start, mention.span.end) };
}

export function rename(article: Article, uri: string, offset: number, newName: string, lang: UiLanguage): WorkspaceEdit {
  const { speaker, mention } = hitOrRefuse(article, offset, lang);
  const wanted = newName.trim().replace(/\s+/g, ' ');
  if (!wanted || /[\r\n]/.test(newName) || QUOTE_MARKS.test(wanted) || !isPrintableName(wanted)) throw new RenameRefusal(message('rename.badName', {}, lang));
  const oldText = article.text.slice(mention.span.start, mention.span.end);
  const oldWords = nameKeyWords(oldText);
  const newWords = wanted.split(' ');
  const edits: TextEdit[] = [];
  const edit = (span: Span, text: string) => {
    if (article.text.slice(span.start, span.end) !== text) edits.push({ range: toRange(article, span), newText: text });
  };
  const allOldWords = wordsIn(oldText, { start: 0, end: oldText.length });
  if (oldWords.length > 0 && allOldWords.length === newWords.length) {
    const map = new Map<string, string>();
    allOldWords.forEach((w, i) => map.set(w.norm, newWords[i]));
    for (const m of speaker.mentions) {
      for (const w of wordsIn(article.text, m.span)) {
        const to = map.get(w.norm);
        if (to !== undefined) edit(w.span, to);
      }
    }
  } else {
    const old = normalizeForMatch(oldText);
    for (const m of speaker.mentions) if (normalizeForMatch(article.text.slice(m.span.start, m.span.end)) === old) edit(m.span, wanted);
  }
  edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { changes: { [uri]: edits } };
}

/** A name has a letter, and no control character, lone surrogate or stray direction mark to hide in the text. */
function isPrintableName(name: string): boolean {
  if (!/\p{L}/u.test(name)) return false;
  if (/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(name)) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = name.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}
