// Sentences of a paragraph, read from its tokens (quotes are single tokens, so a full stop inside a
// quote never splits the sentence around it). Flattened copy puts several paragraphs on one line,
// so a sentence ends at . ! ? (or a quote whose words end with one) before a capital or a new quote.
import type { Token } from './tokens';
import { isInitial } from './tokens';
import { ROLE, SPEECH_CUES, SUBJECT_VERB_ADVERBS } from './words';
import { isJsSpace, startsWithNumber } from '../text';

export interface Sentence {
  /** token range [from, to) in the paragraph's tokens */
  from: number;
  to: number;
}

/** closing marks and /\s/ (below U+3001, past it only U+FEFF) by char code: no one-character strings per quote */
const CLOSING_MARK = new Set([...'"”“’»'].map((ch) => ch.charCodeAt(0)));

/** The last character of the quote's words, before its closing mark: `… opportunity."` gives `.` */
function lastCodeBeforeClose(t: Token): number {
  const text = t.text;
  let k = text.length - 1;
  if (k > 0 && CLOSING_MARK.has(text.charCodeAt(k))) k--;
  while (k > 0 && isJsSpace(text.charCodeAt(k))) k--;
  return text.charCodeAt(k);
}

function quoteEndsSentence(t: Token): boolean {
  return isEndCode(lastCodeBeforeClose(t));
}

/** `.` `!` `?` `…`, the marks that end a sentence, by char code (a punctuation token is one character) */
function isEndCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.isQuote) return true;
  if (t.isWord) return t.cap || startsWithNumber(t.text);
  return t.text === '(' || t.text === '[';
}


/** `"…." So says Mary Brown, …`: the inverted cue after a closed quote still attributes it. */
function soSays(tokens: Token[], i: number): boolean {
  const so = tokens[i];
  const cue = tokens[i + 1];
  return !!so && !!cue && so.isWord && so.lower === 'so' && cue.isWord && !cue.cap && SPEECH_CUES.has(cue.lower);
}

/** The quote's words end with ? or ! (a full stop ends its sentence whatever follows). */
function questionOrExclamation(t: Token): boolean {
  const c = lastCodeBeforeClose(t);
  return c === 63 || c === 33;
}

/** `"Will I have the energy?" Holmes asked`: a name (capitalised words, role words between them, at most six), then a verb of saying, goes with the quote. */
function nameThenCue(tokens: Token[], i: number): boolean {
  let j = i;
  // (`Mr Kashyap's lawyer Mihir Desai said`: a role word between the names)
  // (`Representative Gerald Connolly of Virginia told`: `of` and a capitalised place after the name)
  while (j < tokens.length && j - i < 8 && tokens[j].isWord && (tokens[j].cap || (j > i && ROLE.has(tokens[j].lower)) || (j > i && tokens[j].lower === 'of' && tokens[j + 1]?.isWord && tokens[j + 1].cap))) j++;
  // (`"…!" Sanders recently told supporters`: an adverb between the name and its verb)
  if (j > i && j < tokens.length && tokens[j].isWord && !tokens[j].cap && (SUBJECT_VERB_ADVERBS.has(tokens[j].lower) || (tokens[j].lower.length > 4 && tokens[j].lower.endsWith('ly')))) j++;
  const cue = tokens[j];
  return j > i && !!cue && cue.isWord && !cue.cap && SPEECH_CUES.has(cue.lower);
}


export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let ends = false;
    if (t.isPunct && isEndCode(t.text.charCodeAt(0))) {
      const prev = tokens[i - 1];
      // `George W. Bush`: an initial's full stop
      ends = !(prev && t.text === '.' && isInitial(prev) && prev.end === t.start);
      ends = ends && startsSentence(tokens[i + 1]);
    } else if (t.isQuote && quoteEndsSentence(t)) {
      ends = startsSentence(tokens[i + 1]) && !soSays(tokens, i + 1) && !(questionOrExclamation(t) && nameThenCue(tokens, i + 1));
    }
    if (ends) {
      out.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}
