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
/** words after which a cue word is a noun or a gerund, not a reporting verb */
const NOT_BEFORE_VERB = new Set(['in', 'of', 'for', 'by', 'with', 'without', 'about', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'some', 'such', 'after', 'before', 'upon', 'on']);

function matchPhrase(tokens: Token[], i: number, to: number, phrase: string[]): boolean {
  if (i + phrase.length > to) return false;
  for (let k = 0; k < phrase.length; k++) if (!isWord(tokens[i + k]) || tokens[i + k].lower !== phrase[k]) return false;
  return true;
}

/** Phrases by their first word, in lexicon order: a word tries only the phrases that can start there. */
function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const list = out.get(p[0]) ?? [];
    list.push(p);
    out.set(p[0], list);
  }
  return out;
}
const ACCORDING_TO = byFirstWord(lexiconEn.accordingTo);
const PHRASE_CUES = byFirstWord(lexiconEn.phraseCues);

/** The first phrase (in lexicon order) written at token i. */
function phraseAt(index: Map<string, string[][]>, tokens: Token[], i: number, to: number): string[] | undefined {
  const list = index.get(tokens[i].lower);
  if (list === undefined) return undefined;
  for (const p of list) if (matchPhrase(tokens, i, to, p)) return p;
  return undefined;
}

export function findCues(tokens: Token[], from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const according = phraseAt(ACCORDING_TO, tokens, i, to);
    if (according) {
      out.push({ kind: 'according-to', from: i, to: i + according.length });
      i += according.length - 1;
      continue;
    }
    const phrase = phraseAt(PHRASE_CUES, tokens, i, to);
    if (phrase) {
      out.push({ kind: 'partial', from: i, to: i + phrase.length });
      i += phrase.length - 1;
      continue;
    }
    if (SPEECH_NOUN.has(t.lower) && i > from && tokens[i - 1].possessive) {
      out.push({ kind: 'speech-noun', from: i, to: i + 1 });
      continue;
    }
    // A capitalised cue word inside a sentence is a name or a title; after a preposition or a
    // determiner it is a noun (`in writing`, `the warning`).
    if (t.cap && i > from) continue;
    const before = i > from ? tokens[i - 1] : undefined;
    if (before && isWord(before) && NOT_BEFORE_VERB.has(before.lower)) continue;
    if (SPEECH.has(t.lower)) out.push({ kind: 'speech', from: i, to: i + 1 });
    else if (PARTIAL.has(t.lower)) out.push({ kind: 'partial', from: i, to: i + 1 });
  }
  return out;
}
