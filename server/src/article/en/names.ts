// The finishing touches on speakers: the fullest form of each name written anywhere in the text
// (`Mr Schroeder` → `Gerhard Schroeder`) and every place a name or alias is written (mentions),
// each in one pass over the text's words.
import type { Entity } from './registry';
import { ROLE } from './words';

const NAME_WORD = /[\p{Lu}][\p{L}\p{M}'’\-]*/uy;

/** Capitalised words written right before `at` (up to 3): the first names before a surname. */
function capsBefore(text: string, at: number): { words: string[]; start: number } {
  const words: string[] = [];
  let start = at;
  let i = at;
  for (let n = 0; n < 3; n++) {
    let j = i - 1;
    if (j < 0 || text[j] !== ' ') break;
    let k = j;
    while (k > 0 && /[\p{L}\p{M}'’\-]/u.test(text[k - 1]) && j - k < 30) k--;
    NAME_WORD.lastIndex = k;
    const m = NAME_WORD.exec(text);
    if (!m || m.index !== k || k + m[0].length !== j) break;
    words.unshift(m[0]);
    start = k;
    i = k;
  }
  return { words, start };
}

/** Named people per surname (to leave a surname two people share alone). */
export function surnameOwners(all: Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const o of all) {
    if (!o.named || o.type !== 'person') continue;
    const key = o.words[o.words.length - 1];
    const list = out.get(key) ?? [];
    if (list.length < 16) list.push(o);
    out.set(key, list);
  }
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;

/** The word without a possessive ending: `Clarke's` → `Clarke`. */
function bare(word: string): string {
  return word.replace(/['’]s$/, '').replace(/['’\-]+$/, '');
}

/** Where each of `words` is written as a whole word (at most `limit` each): one pass over the text. */
export function wordPositions(text: string, words: Set<string>, limit: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!words.size) return out;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = bare(m[0]);
    if (!words.has(w)) continue;
    const list = out.get(w) ?? [];
    if (list.length < limit) list.push(m.index);
    out.set(w, list);
  }
  return out;
}

/** The fullest form of a person's name written anywhere in the text (`Mr Schroeder` → `Gerhard Schroeder`). */
export function expandName(text: string, e: Entity, sharing: Map<string, Entity[]>, lowerWords: Set<string>, positions: Map<string, number[]>): void {
  if (e.type !== 'person' || !e.named || e.words.length > 2) return;
  const surname = e.words[e.words.length - 1];
  const first = e.words.length === 2 ? e.words[0] : null;
  if ((sharing.get(surname) ?? []).some((o) => o !== e && o.words[0] !== e.words[0])) return;
  let best: string[] | null = null;
  for (const at of positions.get(surname) ?? []) {
    const { words } = capsBefore(text, at);
    // cut at a role word or honorific: `Home Secretary Charles` → `Charles`
    let k = words.length;
    while (k > 0 && !ROLE.has(words[k - 1].toLowerCase()) && !HONORIFIC_WORDS.has(words[k - 1].toLowerCase().replace(/\.$/, ''))) k--;
    let given = words.slice(k);
    const poss = given.findIndex((w) => /['’]s$/.test(w));
    if (poss >= 0) given = given.slice(poss + 1);
    // `Young People and Families Margaret Hodge`: words the article writes in lower case are no first names
    while (given.length && lowerWords.has(given[0].toLowerCase())) given = given.slice(1);
    if (!given.length || given.length > 2) continue;
    if (first && given[given.length - 1] !== first) continue;
    if (!best || given.length > best.length) best = given;
  }
  if (best && (!first || best.length > 1)) {
    const full = [...best, surname].join(' ');
    if (full !== e.name) {
      e.aliases.add(e.name);
      e.name = full;
      e.words = full.split(' ');
    }
  }
  // `Sir Anthony Greener` is `Sir Anthony`; `Mr Clarke` is `Mr` + surname
  if (e.honorific && /^(sir|dame)$/i.test(e.honorific)) e.aliases.add(`${e.honorific} ${e.words[0]}`);
  else if (e.honorific) e.aliases.add(`${e.honorific} ${surname}`);
  if (e.words.length > 1) e.aliases.add(surname);
}

const HONORIFIC_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof', 'professor', 'rev', 'the', 'a', 'an']);

/**
 * Every place the text writes a speaker's name or alias, in one pass over its words: at each word,
 * the longest form that starts there (a bare surname only when no other speaker shares it).
 */
export function collectMentions(text: string, quoted: Entity[]): void {
  const formsByFirst = new Map<string, { form: string; entity: Entity }[]>();
  const surnameCount = new Map<string, number>();
  for (const e of quoted) if (e.type === 'person' && e.named) surnameCount.set(e.words[e.words.length - 1], (surnameCount.get(e.words[e.words.length - 1]) ?? 0) + 1);
  for (const e of quoted) {
    for (const form of new Set([e.name, ...e.aliases])) {
      if (form.length < 2 || !/\p{Lu}/u.test(form)) continue;
      if (!form.includes(' ') && (surnameCount.get(form) ?? 0) > 1) continue;
      const key = form.split(' ')[0];
      const list = formsByFirst.get(key) ?? [];
      if (list.length < 64) list.push({ form, entity: e });
      formsByFirst.set(key, list);
    }
  }
  const known = quoted.flatMap((e) => e.mentions.map((m) => m.span)).sort((a, b) => a.start - b.start);
  let k = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const at = m.index;
    while (k < known.length && known[k].end <= at) k++;
    if (k < known.length && known[k].start <= at) continue;
    const candidates = formsByFirst.get(bare(m[0])) ?? formsByFirst.get(m[0]);
    if (!candidates) continue;
    let best: { form: string; entity: Entity } | null = null;
    for (const c of candidates) {
      if (best && c.form.length <= best.form.length) continue;
      if (!text.startsWith(c.form, at) || /[\p{L}\p{N}]/u.test(text[at + c.form.length] ?? ' ')) continue;
      if (k < known.length && known[k].start < at + c.form.length) continue;
      best = c;
    }
    if (!best) continue;
    best.entity.mentions.push({ span: { start: at, end: at + best.form.length }, text: best.form, prefix: '' });
    WORD.lastIndex = at + best.form.length;
  }
}
