// One entity per source: names, pronouns and descriptions resolve to the same person or body
// (`Charles Clarke` … `Mr Clarke` … `he`), most recent first, with gender agreement.
import type { Gender, Mention, Span, Speaker, SpeakerType } from '../model';
import type { SpeakerPhrase } from './phrase';
import { ROLE } from './words';

export interface Entity {
  /** canonical (fullest) name as written */
  name: string;
  words: string[];
  honorific: string | null;
  role: string | null;
  type: SpeakerType;
  gender: Gender | null;
  acronym: string | null;
  /** description head for unnamed sources and documents */
  head: string | null;
  document: boolean;
  named: boolean;
  aliases: Set<string>;
  mentions: Mention[];
  quotes: number[];
  /** recency for pronouns and continuation */
  seen: number;
  /** has been the subject of a cue or the speaker of a quote */
  spoke: boolean;
}

const lowerWords = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

function initials(words: string[]): string {
  return words.filter((w) => w[0] && w[0] !== w[0].toLowerCase()).map((w) => w[0]).join('');
}

export class SpeakerRegistry {
  readonly entities: Entity[] = [];
  private clock = 0;

  touch(e: Entity): void {
    e.seen = ++this.clock;
  }

  /** Resolves a phrase to an entity (creating one for a new name or description); null when nothing fits. */
  resolve(phrase: SpeakerPhrase): Entity | null {
    const e = this.find(phrase);
    if (e) {
      this.merge(e, phrase);
      this.touch(e);
      return e;
    }
    if (phrase.kind === 'pronoun') return null;
    const created = this.create(phrase);
    this.touch(created);
    return created;
  }

  /** An entity already met that the phrase names or refers to; nothing is created. */
  lookup(phrase: SpeakerPhrase): Entity | null {
    return this.find(phrase);
  }

  /** Resolves without creating: for pronouns and definite descriptions. */
  private find(phrase: SpeakerPhrase): Entity | null {
    if (phrase.kind === 'pronoun') return this.byPronoun(phrase.text);
    if (phrase.kind === 'description') return this.byDescription(phrase);
    return this.byName(phrase);
  }

  private recent(pred: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) if (pred(e) && (!best || e.seen > best.seen)) best = e;
    return best;
  }

  private byPronoun(p: string): Entity | null {
    if (p === 'he' || p === 'she') {
      const g: Gender = p === 'he' ? 'male' : 'female';
      const e = this.recent((x) => x.type === 'person' && (x.gender === null || x.gender === g));
      if (e && !e.gender) e.gender = g;
      return e;
    }
    if (p === 'it') return this.recent((x) => x.type === 'organization');
    return this.recent((x) => x.type !== 'person');
  }

  private byDescription(d: SpeakerPhrase): Entity | null {
    const text = d.text.toLowerCase();
    const same = this.entities.find((e) => e.aliases.has(text) || e.name.toLowerCase() === text);
    if (same) return same;
    if (d.document) return this.recent((e) => e.document && e.head === d.head);
    if (!d.definite) return null;
    if (d.organisation) return this.recent((e) => e.type === 'organization' && !e.document);
    const head = d.head ?? '';
    if (ROLE.has(head) || /-year-old$/.test(head) || /^the [a-z]*\s*(\p{Lu}\p{Ll}+an|\p{Lu}\p{Ll}+ese|\p{Lu}\p{Ll}+ish)$/u.test(d.text)) {
      const byRole = this.recent((e) => e.type === 'person' && !!e.role && lowerWords(e.role).includes(head));
      if (byRole) return byRole;
      // `the 23-year-old`, `the American` stand for the person just named; `the minister` may be someone new
      if (!d.text.toLowerCase().startsWith('the ') || ROLE.has(head)) return null;
      return this.recent((e) => e.type === 'person' && e.named && (d.gender === null || e.gender === null || e.gender === d.gender));
    }
    return null;
  }

  private byName(n: SpeakerPhrase): Entity | null {
    const words = n.text.split(/\s+/);
    const lw = words.map((w) => w.toLowerCase());
    const last = lw[lw.length - 1];
    return this.recent((e) => {
      if (!e.named) return false;
      if (e.acronym && words.length === 1 && e.acronym === words[0]) return true;
      if (words.length === 1 && /^[\p{Lu}]{2,}$/u.test(words[0]) && initials(e.words) === words[0]) return true;
      const ew = e.words.map((w) => w.toLowerCase());
      if (e.type === 'organization' || n.organisation) return isSuffix(lw, ew) || isSuffix(ew, lw);
      if (ew[ew.length - 1] !== last) return false;
      // first names, when both have one, agree (an initial agrees with its name)
      if (lw.length >= 2 && ew.length >= 2 && lw[0] !== ew[0] && !(lw[0][0] === ew[0][0] && (lw[0].length === 1 || ew[0].length === 1))) return false;
      return true;
    });
  }

  private create(p: SpeakerPhrase): Entity {
    const named = p.kind === 'name';
    const e: Entity = {
      name: p.text,
      words: p.text.split(/\s+/),
      honorific: p.honorific,
      role: p.role,
      type: p.organisation || p.document ? 'organization' : named ? 'person' : 'anonymous',
      gender: p.gender,
      acronym: p.acronym,
      head: p.head,
      document: p.document,
      named,
      aliases: new Set(),
      mentions: [],
      quotes: [],
      seen: 0,
      spoke: false,
    };
    if (!named && /\b(spokes(wo)?man|spokesperson|source|official|aide)s?$/.test(p.text)) e.type = 'anonymous';
    if (named && !p.organisation && !p.honorific && p.text.split(/\s+/).length === 1 && !p.role) e.type = /^[\p{Lu}\p{N}]+$/u.test(p.text) ? 'organization' : 'person';
    this.entities.push(e);
    this.addMention(e, p);
    return e;
  }

  private merge(e: Entity, p: SpeakerPhrase): void {
    if (p.kind === 'pronoun') return;
    if (!e.role && p.role) e.role = p.role;
    if (!e.gender && p.gender) e.gender = p.gender;
    if (!e.acronym && p.acronym) e.acronym = p.acronym;
    if (!e.honorific && p.honorific) e.honorific = p.honorific;
    if (p.kind === 'name') {
      const words = p.text.split(/\s+/);
      // The fullest name is canonical; a document keeps the form that names it (`the Kok report`).
      if (!e.named || words.length > e.words.length) {
        if (e.named || !e.document) this.addAlias(e, e.name);
        e.name = p.text;
        e.words = words;
        e.named = true;
      } else if (p.text !== e.name) this.addAlias(e, p.text);
      if (p.honorific && words.length === 1 && !/^(sir|dame)$/i.test(p.honorific)) this.addAlias(e, `${p.honorific} ${p.text}`);
    } else if (p.text.toLowerCase() !== e.name.toLowerCase()) {
      if (e.document && /\p{Lu}/u.test(p.text.slice(1)) && !/\p{Lu}/u.test(e.name.slice(1))) {
        this.addAlias(e, e.name);
        e.name = p.text;
      } else this.addAlias(e, p.text);
    }
    this.addMention(e, p);
  }

  private addAlias(e: Entity, alias: string): void {
    if (alias && alias.toLowerCase() !== e.name.toLowerCase()) e.aliases.add(alias);
  }

  addMention(e: Entity, p: SpeakerPhrase): void {
    if (p.kind === 'pronoun') return;
    if (e.mentions.some((m) => m.span.start === p.span.start)) return;
    e.mentions.push({ span: p.span, text: p.text, prefix: '' });
  }

  /** Final speakers: entities with quotes, ids in order of first mention, every written mention of a name. */
  finish(text: string, lowerWords: Set<string>): { speakers: Speaker[]; idOf: Map<Entity, string> } {
    const quoted = this.entities.filter((e) => e.quotes.length > 0);
    for (const e of quoted) expandName(text, e, this.entities, lowerWords);
    for (const e of quoted) collectMentions(text, e, quoted);
    for (const e of quoted) e.mentions.sort((a, b) => a.span.start - b.span.start);
    const firstAt = (e: Entity) => (e.mentions.length ? e.mentions[0].span.start : Number.MAX_SAFE_INTEGER);
    quoted.sort((a, b) => firstAt(a) - firstAt(b) || a.quotes[0] - b.quotes[0]);
    const idOf = new Map<Entity, string>();
    const speakers = quoted.map((e, k): Speaker => {
      const id = `s${k + 1}`;
      idOf.set(e, id);
      const aliases = [...e.aliases].filter((a) => a.toLowerCase() !== e.name.toLowerCase());
      if (e.acronym && !aliases.includes(e.acronym)) aliases.push(e.acronym);
      return { id, name: e.name, role: e.role, aliases, type: e.type, gender: e.gender, mentions: e.mentions, quotes: [...e.quotes].sort((a, b) => a - b) };
    });
    return { speakers, idOf };
  }
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length > long.length || short.length === 0) return false;
  const off = long.length - short.length;
  return short.every((w, i) => w === long[off + i]);
}

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

/** The fullest form of a person's name written anywhere in the text (`Mr Schroeder` → `Gerhard Schroeder`). */
function expandName(text: string, e: Entity, all: Entity[], lowerWords: Set<string>): void {
  if (e.type !== 'person' || !e.named || e.words.length > 2) return;
  const surname = e.words[e.words.length - 1];
  const first = e.words.length === 2 ? e.words[0] : null;
  if (all.some((o) => o !== e && o.named && o.type === 'person' && o.words[o.words.length - 1] === surname && o.words[0] !== e.words[0])) return;
  let best: string[] | null = null;
  for (const at of occurrences(text, surname, 60)) {
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

/** Offsets where `word` is written as a whole word (at most `limit`). */
function occurrences(text: string, word: string, limit: number): number[] {
  const out: number[] = [];
  let from = 0;
  while (out.length < limit) {
    const at = text.indexOf(word, from);
    if (at < 0) break;
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
    from = at + word.length;
  }
  return out;
}

/** Every place the text writes the entity's name or an alias (longest form first, no overlaps). */
function collectMentions(text: string, e: Entity, quoted: Entity[]): void {
  const forms = [e.name, ...e.aliases].filter((f) => f.length >= 2 && /\p{Lu}/u.test(f));
  if (e.type === 'person' && e.words.length > 1) {
    const surname = e.words[e.words.length - 1];
    // a bare surname is a mention only when no other speaker shares it
    if (quoted.some((o) => o !== e && o.words[o.words.length - 1] === surname)) forms.splice(0, forms.length, ...forms.filter((f) => f !== surname));
  }
  forms.sort((a, b) => b.length - a.length);
  const taken: Span[] = e.mentions.map((m) => m.span);
  for (const form of forms) {
    for (const at of occurrences(text, form, 200)) {
      const span = { start: at, end: at + form.length };
      if (taken.some((s) => s.start < span.end && span.start < s.end)) continue;
      taken.push(span);
      e.mentions.push({ span, text: form, prefix: '' });
    }
  }
}
