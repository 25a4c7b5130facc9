// Every mention of each speaker in an Arabic article: any of its name forms (or a person's family
// name alone), matched on normalised words, with a glued proclitic (و ف ل ب ك, ول، وب، فل…) kept
// apart in Mention.prefix so that the span covers the name only (`لكيري` → prefix ل, span كيري).
import type { Mention } from '../model';
import type { Entity } from './entities';
import { newPass, procliticReadings, type Token } from './tokens';
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

/** The word, less up to two proclitic letters, is the first word of a form (a cheap test before its readings). */
function startsAForm(byFirst: Map<string, Form[]>, n: string): boolean {
  if (byFirst.has(n)) return true;
  if (n.length < 2 || !isProcliticLetter(n.charCodeAt(0))) return false;
  if (byFirst.has(n.slice(1))) return true;
  return n.length > 2 && isProcliticLetter(n.charCodeAt(1)) && byFirst.has(n.slice(2));
}

/** The original-text length of a proclitic of `letters` letters at the start of a token (harakat and tatweel skipped). */
function prefixLength(text: string, start: number, end: number, letters: number): number {
  let i = start;
  let seen = 0;
  while (i < end && seen < letters) {
    if (!/[\u064B-\u065F\u0670\u0640]/.test(text[i])) seen++;
    i++;
  }
  while (i < end && /[\u064B-\u065F\u0670\u0640]/.test(text[i])) i++;
  return i - start;
}

/** Mentions per entity (same order as `entities`), and the family names found standing alone. */
export function findMentions(text: string, tokens: Token[], entities: Entity[]): { mentions: Mention[][]; aliases: Set<string>[] } {
  const byFirst = new Map<string, Form[]>();
  const add = (entity: number, form: string) => {
    const words = norm(form).split(/\s+/).filter(Boolean);
    if (!words.length || (words.length === 1 && (words[0].length < 3 || phraseStops.has(words[0])))) return;
    const list = byFirst.get(words[0]) ?? [];
    if (!list.some((f) => f.entity === entity && f.words.join(' ') === words.join(' '))) list.push({ entity, words });
    byFirst.set(words[0], list);
  };
  entities.forEach((e, i) => {
    for (const f of e.forms) add(i, f);
    const parts = e.name.split(/\s+/);
    // a person's family name alone (`كيري`, `بساكي`) is a later mention
    if (e.type === 'person' && parts.length >= 2) add(i, parts[parts.length - 1]);
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  /** the readings of each distinct word met (proclitic, then the forms its stem starts); a word's form keeps its index, -1 for none */
  const readingsList: Reading[][] = [];
  const readingsIndex = (n: string): number => {
    if (!startsAForm(byFirst, n)) return -1;
    const readings: Reading[] = [];
    for (const r of procliticReadings(n)) {
      if (r.stem.length + r.prefix.length !== n.length) continue; // the restored-alef reading is not a name
      const forms = byFirst.get(r.stem);
      if (forms) readings.push({ prefix: r.prefix, forms });
    }
    if (!readings.length) return -1;
    readingsList.push(readings);
    return readingsList.length - 1;
  };
  const pass = newPass();
  const mentions: Mention[][] = entities.map(() => []);
  const aliases: Set<string>[] = entities.map(() => new Set());
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.word) continue;
    let matched = 0;
    // once per distinct word: its readings' index, kept on its shared record for this pass
    const form = t.form;
    if (form.pass !== pass) {
      form.passAnswer = readingsIndex(form.norm);
      form.pass = pass;
    }
    if (form.passAnswer < 0) continue;
    const readings = readingsList[form.passAnswer];
    for (const r of readings) {
      const forms = r.forms;
      for (const f of forms) {
        if (!followsOn(tokens, j, f.words)) continue;
        const last = tokens[j + f.words.length - 1];
        const cut = r.prefix ? prefixLength(text, t.start, t.end, r.prefix.length) : 0;
        const start = t.start + cut;
        const mentionText = text.slice(start, last.end);
        mentions[f.entity].push({ span: { start, end: last.end }, text: mentionText, prefix: text.slice(t.start, start) });
        if (f.words.length === 1) aliases[f.entity].add(text.slice(start, last.end));
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
