// Reporting cues in a sentence's tokens (never inside quotes: a quote is one token).
import type { Token } from './tokens';
import { lexiconEn } from '../lexicon/en';
import { SPEECH_NOUN, isWord } from './words';

export type CueKind = 'speech' | 'partial' | 'according-to' | 'speech-noun';

export interface Cue {
  kind: CueKind;
  /** token range [from, to) */
  from: number;
  to: number;
}

const SPEECH = new Set(lexiconEn.speechCues);
const PARTIAL = new Set(lexiconEn.partialCues);

function matchPhrase(tokens: Token[], i: number, to: number, phrase: string[]): boolean {
  if (i + phrase.length > to) return false;
  for (let k = 0; k < phrase.length; k++) if (!isWord(tokens[i + k]) || tokens[i + k].lower !== phrase[k]) return false;
  return true;
}

export function findCues(tokens: Token[], from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const according = lexiconEn.accordingTo.find((p) => matchPhrase(tokens, i, to, p));
    if (according) {
      out.push({ kind: 'according-to', from: i, to: i + according.length });
      i += according.length - 1;
      continue;
    }
    const phrase = lexiconEn.phraseCues.find((p) => matchPhrase(tokens, i, to, p));
    if (phrase) {
      out.push({ kind: 'partial', from: i, to: i + phrase.length });
      i += phrase.length - 1;
      continue;
    }
    // A cue word written with a capital opens a sentence or a title (`Says Who`): only `Speaking`-style openers are not cues.
    if (SPEECH.has(t.lower) && !(t.cap && i > from)) out.push({ kind: 'speech', from: i, to: i + 1 });
    else if (PARTIAL.has(t.lower) && !(t.cap && i > from)) out.push({ kind: 'partial', from: i, to: i + 1 });
    else if (SPEECH_NOUN.has(t.lower) && i > from && tokens[i - 1].possessive) out.push({ kind: 'speech-noun', from: i, to: i + 1 });
  }
  return out;
}
