// Every mention of each speaker in an Arabic article: any of its name forms (or a person's family
// name alone), matched on normalised words, with a glued proclitic (و ف ل ب ك, ول، وب، فل…) kept
// apart in Mention.prefix so that the span covers the name only (`لكيري` → prefix ل, span كيري).
import type { Mention } from '../model';
import type { Entity } from './entities';
import { newPass, procliticReadings, type Token } from './tokens';
import { isHarakahOrTatweel, lastWord, wordsOf } from '../text';
import { norm } from './tokens';
import { phraseStops } from './lexicon';

interface Form {
  entity: number;
  words: string[];
}

interface Reading {
  prefix: string;
  forms: Form[];
}

/** و ف ل ب ك, by char code */
function isProcliticLetter(c: number): boolean {
  return c === 0x648 || c === 0x641 || c === 0x644 || c === 0x628 || c === 0x643;
}

/** A string's last two letters (low six bits of each; a slot of `FirstWords.lengthsByEnding`). */
function endingOf(s: string): number {
  return ((s.charCodeAt(s.length - 1) & 0x3f) << 6) | (s.charCodeAt(s.length - 2) & 0x3f);
}

/** A bit per length (31 and over share one). */
function lengthBit(length: number): number {
  return 1 << (length < 31 ? length : 31);
}

/** Sieve key bits (sieveKeyOf): the ending in the low 12, then the length, then the proclitic flags. */
const LENGTH_SHIFT = 12;
const FIRST_PROCLITIC = 1 << 18;
const SECOND_PROCLITIC = 1 << 19;

/**
 * What the sieve of FirstWords reads of a word, as one number: its ending, its length (capped at 33: a
 * stem is at most two letters shorter, and lengths of 31 and over share one sieve bit) and whether its
 * first letter, then its first two, are proclitic letters. It depends on the word alone: kept on the
 * word's record for good (SIEVE_PASS), so that after the first part a word is sieved without reading it.
 */
function sieveKeyOf(n: string): number {
  const length = n.length;
  if (length < 2) return length << LENGTH_SHIFT;
  const first = isProcliticLetter(n.charCodeAt(0));
  const second = first && length > 2 && isProcliticLetter(n.charCodeAt(1));
  return endingOf(n) | ((length < 33 ? length : 33) << LENGTH_SHIFT) | (first ? FIRST_PROCLITIC : 0) | (second ? SECOND_PROCLITIC : 0);
}

/**
 * The pass under which a word's record holds its sieve key: one pass for the whole life of the
 * records, as the key never changes (findMentions takes a pass of its own per call for the readings of
 * the few words the sieve lets through, which replaces their key until it is worked out again).
 */
const SIEVE_PASS = newPass();

/**
 * The first words of the forms, and a sieve before looking a word up among them: per ending (last two
 * letters), the lengths of the first words that end so. A word, or its stem less one or two proclitic
 * letters, has the same ending: when no first word ends so (most words), no lookup is made and no stem
 * is cut. The sieve only says "no"; a "maybe" is settled by the lookup.
 */
class FirstWords {
  readonly byFirst = new Map<string, Form[]>();
  readonly #lengthsByEnding = new Int32Array(1 << 12);

  /** some first word is a single letter (the sieve, by two letters, cannot tell those) */
  #oneLetter = false;

  /** once every form is in byFirst */
  sieve(): void {
    for (const first of this.byFirst.keys()) {
      if (first.length >= 2) this.#lengthsByEnding[endingOf(first)] |= lengthBit(first.length);
      else if (first.length === 1) this.#oneLetter = true;
    }
  }

  /**
   * The word of this sieve key, less up to two proclitic letters, may be the first word of a form: "no"
   * for most words. The word and each stem of two letters or more end as the word does: they are sieved
   * by its ending; a stem of one letter may be one only when some first word is one letter.
   */
  mayStart(key: number): boolean {
    const length = (key >>> LENGTH_SHIFT) & 63;
    if (length < 2) return length === 1 && this.#oneLetter;
    const lengths = this.#lengthsByEnding[key & 0xfff];
    if ((lengths & lengthBit(length)) !== 0) return true;
    if ((key & FIRST_PROCLITIC) === 0) return false;
    if (length > 2 ? (lengths & lengthBit(length - 1)) !== 0 : this.#oneLetter) return true;
    if ((key & SECOND_PROCLITIC) === 0) return false;
    return length > 3 ? (lengths & lengthBit(length - 2)) !== 0 : this.#oneLetter;
  }

  /** The word, less up to two proclitic letters, is the first word of a form (after the sieve's "maybe": a cheap test before its readings). */
  startsAForm(n: string): boolean {
    if (this.byFirst.has(n)) return true;
    if (n.length < 2 || !isProcliticLetter(n.charCodeAt(0))) return false;
    if (this.byFirst.has(n.slice(1))) return true;
    return n.length > 2 && isProcliticLetter(n.charCodeAt(1)) && this.byFirst.has(n.slice(2));
  }
}

/** The original-text length of a proclitic of `letters` letters at the start of a token (harakat and tatweel skipped). */
function prefixLength(text: string, start: number, end: number, letters: number): number {
  let i = start;
  let seen = 0;
  while (i < end && seen < letters) {
    if (!isHarakahOrTatweel(text.charCodeAt(i))) seen++;
    i++;
  }
  while (i < end && isHarakahOrTatweel(text.charCodeAt(i))) i++;
  return i - start;
}

/** text[start, end): the proclitic as written, the normalised one itself when written so (no copy made) */
function writtenPrefix(text: string, start: number, end: number, prefix: string): string {
  if (end - start !== prefix.length) return text.slice(start, end);
  for (let k = 0; k < prefix.length; k++) if (text.charCodeAt(start + k) !== prefix.charCodeAt(k)) return text.slice(start, end);
  return prefix;
}

/** The name forms of the entities by their first normalised word, longest first. */
function formsByFirstWord(entities: Entity[]): FirstWords {
  const firstWords = new FirstWords();
  const byFirst = firstWords.byFirst;
  entities.forEach((e, i) => {
    for (const f of e.forms) addForm(byFirst, i, f);
    // a person's family name alone (`كيري`, `بساكي`) is a later mention
    if (e.type === 'person') {
      const family = lastWord(e.name);
      if (family !== e.name) addForm(byFirst, i, family);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  firstWords.sieve();
  return firstWords;
}

/**
 * Lists one name form of entity `entity` under its first word. (A module function, not a closure made
 * per call: a closure's optimised code is dropped at each full garbage collection once no closure holds it.)
 */
function addForm(byFirst: FirstWords['byFirst'], entity: number, form: string): void {
  const words = wordsOf(norm(form));
  if (!words.length || (words.length === 1 && (words[0].length < 3 || phraseStops.has(words[0])))) return;
  const list = byFirst.get(words[0]) ?? [];
  let listed = false;
  for (const f of list) if (f.entity === entity && sameWords(f.words, words)) listed = true;
  if (!listed) list.push({ entity, words });
  byFirst.set(words[0], list);
}

/** Word for word the same (no word holds a space: the same as comparing them joined by spaces). */
function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The readings of a word (proclitic, then the forms its stem starts), or null when it starts none. */
function readingsOf(firstWords: FirstWords, n: string): Reading[] | null {
  if (!firstWords.startsAForm(n)) return null;
  const readings: Reading[] = [];
  for (const r of procliticReadings(n)) {
    if (r.stem.length + r.prefix.length !== n.length) continue; // the restored-alef reading is not a name
    const forms = firstWords.byFirst.get(r.stem);
    if (forms) readings.push({ prefix: r.prefix, forms });
  }
  return readings.length ? readings : null;
}

/** Mentions per entity (same order as `entities`), and the family names found standing alone. */
export function findMentions(text: string, tokens: Token[], entities: Entity[]): { mentions: Mention[][]; aliases: Set<string>[] } {
  const firstWords = formsByFirstWord(entities);
  /** the readings of each word the sieve lets through; its record keeps their index for this pass, -1 for none */
  const readingsList: Reading[][] = [];
  const pass = newPass();
  const mentions: Mention[][] = entities.map(() => []);
  const aliases: Set<string>[] = entities.map(() => new Set());
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.word) continue;
    // per token, the sieve, on a key its word's shared record keeps across calls (most words end
    // here, without reading their text); once per distinct word it lets through, its readings' index,
    // kept on that record for this pass
    const form = t.form;
    if (form.pass !== pass) {
      let key: number;
      if (form.pass === SIEVE_PASS) key = form.passAnswer;
      else {
        key = sieveKeyOf(form.norm);
        form.pass = SIEVE_PASS;
        form.passAnswer = key;
      }
      if (!firstWords.mayStart(key)) continue;
      const readings = readingsOf(firstWords, form.norm);
      form.passAnswer = readings === null ? -1 : readingsList.push(readings) - 1;
      form.pass = pass;
    }
    if (form.passAnswer < 0) continue;
    const readings = readingsList[form.passAnswer];
    let matched = 0;
    for (const r of readings) {
      const forms = r.forms;
      for (const f of forms) {
        if (!followsOn(tokens, j, f.words)) continue;
        const last = tokens[j + f.words.length - 1];
        const cut = r.prefix ? prefixLength(text, t.start, t.end, r.prefix.length) : 0;
        const start = t.start + cut;
        const mentionText = text.slice(start, last.end);
        mentions[f.entity].push({ span: { start, end: last.end }, text: mentionText, prefix: writtenPrefix(text, t.start, start, r.prefix) });
        if (f.words.length === 1) aliases[f.entity].add(mentionText);
        matched = f.words.length;
        break;
      }
      if (matched) break;
    }
    if (matched > 1) j += matched - 1;
  }
  return { mentions, aliases };
}

/** The tokens after `j` are the form's words after its first. */
function followsOn(tokens: Token[], j: number, words: string[]): boolean {
  for (let i = 1; i < words.length; i++) if (tokens[j + i]?.norm !== words[i]) return false;
  return true;
}
