// One entity per source: names, pronouns and descriptions resolve to the same person or body
// (`Charles Clarke` … `Mr Clarke` … `he`), most recent first, with gender agreement.
import type { Gender, Mention, Speaker, SpeakerType } from '../model';
import type { SpeakerPhrase } from './phrase';
import { DEMONYMS, ORG, ROLE, isNationality } from './words';
import { capitalWords, collectMentions, expandName, surnameOwners, wordPositions } from './names';
import { lexiconEn } from '../lexicon/en';
import type { WordSet } from './lowerCaseWords';
import { isAsciiLetter } from '../charClasses';
import { lastWord, rememberedForText } from '../text';
// (a literal with \p{Lu} or \p{Ll} is bundled as `new RegExp(…)` where it stands: built on every call unless kept here)
const THE_DEMONYM = /^the [a-z]*\s*(\p{Lu}\p{Ll}+an|\p{Lu}\p{Ll}+ese|\p{Lu}\p{Ll}+ish)$/u;
const HAS_UPPER = /\p{Lu}/u;
const SPACE_UPPER = /\s\p{Lu}/u;
/** a phrase whose last word is capitalised (`the Home Secretary`) */
const CAPITAL_HEAD = /(?:^|\s)\p{Lu}\S*$/u;
const THE_UPPER = /^the \p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}]{2,}$/u;
const UPPER_OR_DIGITS = /^[\p{Lu}\p{N}]+$/u;

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
  /** written with the name (`Smith, 45,`, `45-year-old Jo Smith`): `the 45-year-old` fits no one of another age */
  age: number | null;
  /** a name the article writes as a place (`in Oban`, `the town of Oban`): never the `he`/`she` of a later sentence */
  place: boolean;
}

/** `Smith, 45,` or `45-year-old Jo Smith`: the age the phrase gives its person. */
function phraseAge(p: SpeakerPhrase): number | null {
  if (p.age !== undefined) return p.age;
  const m = p.kind === 'name' && p.role ? /\b(\d{1,3})-year-old\b/.exec(p.role) : null;
  return m ? Number(m[1]) : null;
}

const MALE = new Set(lexiconEn.givenNames.male);
/** `the Spaniard`, `the American`, `the Brazilian`: a nationality standing for a person */
function isDemonym(text: string): boolean {
  if (THE_DEMONYM.test(text)) return true;
  const lower = text.toLowerCase();
  if (!lower.startsWith('the ')) return false;
  const last = lower.slice(lower.lastIndexOf(' ') + 1);
  return DEMONYMS.has(last) && HAS_UPPER.test(text.slice(text.lastIndexOf(' ') + 1, text.lastIndexOf(' ') + 2));
}
const FEMALE = new Set(lexiconEn.givenNames.female);

/** `the Uruguayan born researcher`, `the Brazilian-born professor`: a nationality before the head makes a role an epithet */
function nationQualified(text: string): boolean {
  const words = text.split(' ');
  for (let i = 1; i < words.length - 1; i++) if (isNationality(words[i].endsWith('-born') ? words[i].slice(0, -5) : words[i]) || PARTIES.has(words[i])) return true;
  return false;
}
/** a party's adjective before a role makes it an epithet too (`The Tory spokesman also criticised …`) */
const PARTIES = new Set(['Tory', 'Labour', 'Conservative', 'Republican', 'Democratic', 'Democrat', 'Liberal']);

const TITLE_ABBREVIATIONS = new Map(Object.entries(lexiconEn.titleAbbreviations));

/** An honorific as the word a description would use: `Capt.` → captain, `Judge` → judge. */
function titleWord(honorific: string): string {
  const t = honorific.toLowerCase().replace(/\.$/, '');
  return TITLE_ABBREVIATIONS.get(t) ?? t;
}

/** A name written in the prose with a common given name: where it starts, that name's gender, and its phrase, read only when wanted. */
export interface WrittenName {
  start: number;
  gender: Gender;
  read: () => SpeakerPhrase | null;
}

/** `Robbie` → male: the gender of a common given name (any case), else null. */
export function givenNameOf(word: string): Gender | null {
  const first = word.toLowerCase();
  return MALE.has(first) ? 'male' : FEMALE.has(first) ? 'female' : null;
}

/** `Margaret Hodge` → female: a common given name, when the name has a surname after it. */
function givenNameGender(words: string[]): Gender | null {
  return words.length < 2 ? null : givenNameOf(words[0]);
}

const lowerWords = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/** The first letters of the words that start with a capital: `European Union` → `EU`. */
function initials(words: string[]): string {
  let out = '';
  for (const w of words) if (w[0] && w[0] !== w[0].toLowerCase()) out += w[0];
  return out;
}

/** `the minister`, `the Prime Minister`: one person named by a post (no body, no document, no indefinite `a minister`). */
export function postHolder(p: SpeakerPhrase): boolean {
  // (`the campaigners`, `the Vale fans`: a plural head is a group)
  return p.kind === 'description' && p.definite && !p.organisation && !p.document && /^the /i.test(p.text) && p.head !== null && ROLE.has(p.head) && !isPluralHead(p.head);
}

/** text[from, to) is a sentence's opening adjunct and its comma, no quote in it (`Speaking in Leeds, `). */
function openingAdjunct(text: string, from: number, to: number): boolean {
  if (to - from > MAX_OPENING_ADJUNCT || to <= from) return false;
  const words = text.slice(from, to);
  return words.trimEnd().endsWith(',') && !/["“”]/.test(words);
}
/** most characters of an opening adjunct before a post (openingAdjunct) */
const MAX_OPENING_ADJUNCT = 120;

/** `x` may be the one a post's description means: of no other gender, and with no role or one that has the post's head word. */
function mayHoldPost(x: Entity, d: SpeakerPhrase): boolean {
  return (d.gender === null || x.gender === null || x.gender === d.gender) && (!x.role || lowerWords(x.role).includes(d.head ?? ''));
}

/** The kin word a role ends on when one has only one such (`his mother`, `Smith's widow`), else null. */
function uniqueKin(role: string): string | null {
  const last = lastWord(role).toLowerCase();
  return UNIQUE_KIN.has(last) ? last : null;
}
const UNIQUE_KIN = new Set(['mother', 'father', 'wife', 'husband', 'widow', 'widower', 'mum', 'dad']);

function isPluralHead(head: string): boolean {
  return head.endsWith('s') && !head.endsWith('ss') && ROLE.has(head.slice(0, -1));
}

/**
 * The words of a post (lower case, `head` last: `mayor`, `police chief`) stand right before `surname` in
 * the text, or before the capitalised words (one or two) of a name ending on it: `London mayor Ken
 * Livingstone`; `Norfolk police chief Andy Hayman` is no `Metropolitan police chief`.
 */
function titledInText(text: string, surname: string, post: string[]): boolean {
  if (!surname || post.length === 0) return false;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    // back over the name's other capitalised words, then the post's words, the head first
    let end = at;
    let matched = 0;
    for (let w = 0; w < 3 + post.length && matched < post.length; w++) {
      let j = end - 1;
      if (j < 0 || text.charCodeAt(j) !== 32) break;
      while (j >= 0 && text.charCodeAt(j) === 32) j--;
      let st = j;
      while (st >= 0 && isAsciiLetter(text.charCodeAt(st))) st--;
      const word = text.slice(st + 1, j + 1);
      if (!word) break;
      const wanted = post[post.length - 1 - matched];
      if (word.length === wanted.length && word.toLowerCase() === wanted) matched++;
      else if (matched > 0 || word.charCodeAt(0) < 65 || word.charCodeAt(0) > 90) break;
      end = st + 1;
    }
    if (matched === post.length) return true;
  }
  return false;
}

/** How far back pronouns and descriptions look: the last entities met, most recent first. */
const RECENT_WINDOW = 64;
/** how many names written in the prose are kept for a pronoun that finds no one */
const MENTIONED_KEPT = 8;

export class SpeakerRegistry {
  /** names written as places in the article (see placeNames); the article's text (short names of bodies) */
  readonly #places: WordSet;
  readonly #text: string;
  constructor(
    places: WordSet = new Set(),
    text = '',
  ) {
    this.#places = places;
    this.#text = text;
  }
  readonly entities: Entity[] = [];
  #clock = 0;
  /** entities in the order they were last met (with repeats); trimmed so that lookups stay bounded */
  #recency: Entity[] = [];
  /** named entities by last word, acronym and initials; descriptions by their text */
  #byKey = new Map<string, Entity[]>();
  /**
   * An unnamed source of no known gender who opened the previous sentence and spoke in it
   * (`Another worker, who asked not to be named, said …`): the `he`/`she` of the next sentence.
   */
  unnamedSubject: Entity | null = null;
  /** the person the sentence before opened with, as its subject (analyzeQuotes readSentence) */
  openedWith: Entity | null = null;
  /**
   * The speaker of the sentence before, when a person described with a/an and met only there
   * (`A rogue builder who …`), and where the sentence now read starts: a new name opening it with an
   * age after it (`Darren Cole, 41,`) names that person (set by the reader before each sentence).
   */
  describedBefore: { entity: Entity; at: number } | null = null;
  /**
   * The named person who spoke in the sentence before, and where the sentence now read starts: a post
   * in lower case opening this sentence is that person again (`…, Greer said. The feminist writer and
   * broadcaster said …`) when nothing met by that post and no role of theirs says otherwise.
   */
  speakerBefore: { entity: Entity; at: number } | null = null;
  /** the words of each name text met, as written and lower-cased: the same names are resolved again and again (never changed in place) */
  #wordsByText = new Map<string, { words: string[]; lower: string[] }>();

  #wordsOf(text: string): { words: string[]; lower: string[] } {
    let w = this.#wordsByText.get(text);
    if (!w) {
      const words = text.split(/\s+/);
      this.#wordsByText.set(text, (w = { words, lower: words.map((x) => x.toLowerCase()) }));
    }
    return w;
  }

  touch(e: Entity): void {
    e.seen = ++this.#clock;
    this.#recency.push(e);
    if (this.#recency.length > 4096) this.#recency = this.#recency.slice(-RECENT_WINDOW * 4);
  }

  #index(key: string, e: Entity): void {
    const k = key.toLowerCase();
    const list = this.#byKey.get(k);
    if (!list) this.#byKey.set(k, [e]);
    else if (!list.includes(e)) {
      if (list.length >= 256) list.shift();
      list.push(e);
    }
  }

  #indexNames(e: Entity): void {
    if (e.named) {
      this.#index('w:' + e.words[e.words.length - 1], e);
      if (e.acronym) this.#index('a:' + e.acronym, e);
      const ini = initials(e.words);
      if (ini.length >= 2) this.#index('a:' + ini, e);
    }
    this.#index('t:' + e.name, e);
    for (const alias of e.aliases) this.#index('t:' + alias, e);
    // `Sir Geoffrey Lambe` is later `Sir Geoffrey`: a knight or a dame is found by the given name too
    if (e.named && e.words.length >= 2 && isTitleOfGivenName(e.honorific)) this.#index('g:' + e.words[0], e);
  }

  /** Resolves a phrase to an entity (creating one for a new name or description); null when nothing fits. */
  resolve(phrase: SpeakerPhrase): Entity | null {
    const e = this.#find(phrase);
    if (e) return this.#met(e, phrase);
    if (phrase.kind === 'pronoun') return null;
    const described = this.describedBefore;
    // `A rogue builder who … has been jailed. Darren Cole, 41, of Kidderminster, admitted …`
    if (described && phrase.kind === 'name' && phrase.span.start === described.at && AGE_AFTER.test(this.#text.slice(phrase.span.end, phrase.span.end + 6))) {
      this.describedBefore = null;
      const named = this.nameDescribed(described.entity, phrase);
      this.touch(named);
      return named;
    }
    // `Michael Jackson's mother has said …` … `His mother Katherine Jackson told …`: one has one mother
    const kin = phrase.kind === 'name' && phrase.role ? uniqueKin(phrase.role) : null;
    const kinDescribed = kin ? this.#recent((x) => !x.named && x.type !== 'organization' && x.head === kin) : null;
    if (kinDescribed) {
      const named = this.nameDescribed(kinDescribed, phrase);
      this.touch(named);
      return named;
    }
    const created = this.#create(phrase);
    this.touch(created);
    return created;
  }

  /**
   * A post's holder (postHolder) opening a sentence: the one met by that post; else, for a post in
   * capitals (`the Chancellor`, `the Home Secretary`: an office of its own), someone new; else someone
   * new only when no named person who might hold it was met (`Maya Trent … The singer …` may be the
   * same person, `the minister` someone else: that is left open, null).
   */
  resolvePost(d: SpeakerPhrase): Entity | null {
    const e = this.#find(d);
    if (e) {
      // (by all its words: `Top seed Lindsay Davenport` is not `the 27th seed`, whom the head alone would find)
      const words = lowerWords(d.text).slice(1);
      if (!(e.aliases.has(d.text) || hasAliasLowered(e, d.text.toLowerCase()) || (!!e.role && words.every((w) => lowerWords(e.role!).includes(w))))) return null;
      return this.#met(e, d);
    }
    return CAPITAL_HEAD.test(d.text) || !this.#recent((x) => x.type === 'person' && x.named && !x.place && mayHoldPost(x, d)) ? this.resolve(d) : null;
  }

  /** A cue's subject (postHolder) opening the sentence: what it refers to, or the speaker just before (speakerBefore), or someone new. */
  resolveOpeningPost(d: SpeakerPhrase): Entity | null {
    // (a post in capitals is an office of its own; one already met is found by resolve)
    const open = !CAPITAL_HEAD.test(d.text) && !this.#find(d);
    // (`London mayor Ken Livingstone` … `The mayor then says:`: the person the text titled so, before anyone who spoke last)
    const titled = open ? this.#titledHolder(d) : null;
    if (titled) {
      this.touch(titled);
      return titled;
    }
    const prev = this.speakerBefore;
    // (`Speaking amid a flurry of campaigning, the prime minister said`: after an opening adjunct too)
    if (open && prev && (d.span.start === prev.at || openingAdjunct(this.#text, prev.at, d.span.start)) && mayHoldPost(prev.entity, d)) {
      this.touch(prev.entity);
      return prev.entity;
    }
    return this.resolve(d);
  }

  /**
   * The one person met lately whom the text titles with all the post's words right before their name
   * (`London mayor Ken Livingstone` for `the mayor`), when only one is; null otherwise.
   */
  #titledHolder(d: SpeakerPhrase): Entity | null {
    const head = d.head;
    if (!head || !ROLE.has(head) || isPluralHead(head)) return null;
    // (the post's words after the article: `the Metropolitan police chief` → metropolitan police chief)
    const post = lowerWords(d.text).slice(1);
    if (post.length === 0 || post.length > 3 || post[post.length - 1] !== head || post.some((w) => w.endsWith("'s") || w.endsWith('’s'))) return null;
    let found: Entity | null = null;
    const seen = new Set<Entity>();
    for (let i = this.#recency.length - 1, stop = Math.max(0, this.#recency.length - RECENT_WINDOW); i >= stop; i--) {
      const e = this.#recency[i];
      if (seen.has(e)) continue;
      seen.add(e);
      if (e.type !== 'person' || !e.named || e.place || (d.gender && e.gender && d.gender !== e.gender)) continue;
      if (!titledInText(this.#text, e.words[e.words.length - 1], post)) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /** An entity already met that the phrase names or refers to, met again (merged and made the last met); null if none. */
  resolveKnown(phrase: SpeakerPhrase): Entity | null {
    const e = this.#find(phrase);
    return e ? this.#met(e, phrase) : null;
  }

  /** `e`, found by `phrase`: what the phrase says of it is kept, and it is the last met. */
  #met(e: Entity, phrase: SpeakerPhrase): Entity {
    this.#merge(e, phrase);
    this.touch(e);
    return e;
  }

  /** An entity already met that the phrase names or refers to; nothing is created. */
  lookup(phrase: SpeakerPhrase): Entity | null {
    return this.#find(phrase);
  }

  /** Resolves without creating: for pronouns and definite descriptions. */
  #find(phrase: SpeakerPhrase): Entity | null {
    if (phrase.kind === 'pronoun') return this.#byPronoun(phrase) ?? this.#mentionedBefore(phrase, null);
    if (phrase.kind === 'description') return this.#byDescription(phrase);
    return this.#byName(phrase);
  }

  /** The most recently met entity that fits, among the last RECENT_WINDOW met. */
  #recent(pred: (e: Entity) => boolean): Entity | null {
    const stop = Math.max(0, this.#recency.length - RECENT_WINDOW);
    for (let i = this.#recency.length - 1; i >= stop; i--) if (pred(this.#recency[i])) return this.#recency[i];
    return null;
  }

  /** The most recently met entity of `list` (then of `more`, as if they were one list) that fits. */
  #mostRecentOf(list: Entity[] | undefined, pred: (e: Entity) => boolean, more?: Entity[]): Entity | null {
    let best: Entity | null = null;
    if (list) for (const e of list) if (pred(e) && (!best || e.seen > best.seen)) best = e;
    if (more) for (const e of more) if (pred(e) && (!best || e.seen > best.seen)) best = e;
    return best;
  }

  #byPronoun(phrase: SpeakerPhrase): Entity | null {
    const p = phrase.text;
    if (p === 'he' || p === 'she') {
      const g: Gender = p === 'he' ? 'male' : 'female';
      const unnamed = this.unnamedSubject;
      // (`hailed … by many critics. "…," he said`: a plural source is no he or she)
      if (unnamed && unnamed.gender === null && !pluralHead(unnamed.head)) {
        unnamed.gender = g;
        return unnamed;
      }
      // a person, or an unnamed source whose role gives the gender (`a spokeswoman`)
      const e = this.#recent((x) => this.#personOfGender(x, g) || (x.type === 'anonymous' && x.gender === g));
      // (`Yahoo chose Google …. For Jupiter analyst Olivier Beauvillain, … "…," he said`: one of no known
      // gender gives way to a man or woman named after it, by a given name of the pronoun's gender; not
      // the one the sentence before opened with, `Hart spoke with Bath prop Lee Dunn`)
      if (e && !e.gender) {
        const named = e !== this.openedWith ? this.#mentionedSince(e, phrase, g) : null;
        if (named) return named;
        e.gender = g;
      }
      return e;
    }
    if (p === 'it') return this.#recent(bodyForIt);
    // (`Hundreds of nurses marched …. "…," they said.`: the unnamed group the sentence before opened with)
    const unnamed = this.unnamedSubject;
    if (unnamed && pluralHead(unnamed.head)) return unnamed;
    return this.#recent((x) => x.type !== 'person');
  }

  /** A person (no place) a he / she of gender `g` may mean: of that gender, or of none known. */
  #personOfGender(x: Entity, g: Gender): boolean {
    return x.type === 'person' && !x.place && (this.#genderOf(x) === null || x.gender === g);
  }

  /** For a trailing `, he said.` about `not`: the person of the pronoun's gender (or none known) met last before them; null when none. */
  otherPerson(phrase: SpeakerPhrase, not: Entity): Entity | null {
    const g: Gender = phrase.text === 'she' ? 'female' : 'male';
    const e = this.#recent((x) => x !== not && this.#personOfGender(x, g));
    if (!e) return null;
    if (!e.gender) e.gender = g;
    return this.#met(e, phrase);
  }

  /**
   * `it` as the subject of a cue (`Sony has said that …. "…," it said.`): the body met last, or a
   * one-word name with no honorific, role or gender met as a speaker since (a body read as a name).
   * Only for a cue's subject: `It now works …` in a sentence that reports no words keeps to bodies.
   */
  speakingIt(phrase: SpeakerPhrase): Entity | null {
    const e = this.#recent((x) => bodyForIt(x) || (x.type === 'person' && !x.place && x.spoke && x.words.length === 1 && x.gender === null && !x.honorific && !x.role && x.age === null));
    return e ? this.#met(e, phrase) : null;
  }

  /**
   * A person met by surname alone (`Jones said`) whose gender is unknown: the gender of the given name
   * the article writes before that surname elsewhere (`Democrat Doug Jones`), looked up once per person.
   */
  #genderOf(e: Entity): Gender | null {
    if (e.gender !== null || e.words.length !== 1 || this.#surnamesRead.has(e)) return e.gender;
    this.#surnamesRead.add(e);
    e.gender = this.#givenNameGenders().get(e.words[0]) ?? null;
    return e.gender;
  }
  readonly #surnamesRead = new Set<Entity>();

  /** The capital words of the text (names.ts capitalWords), read once: here when a gender is looked for, else in finish. */
  #caps: number[] | null = null;
  #capitalWords(): number[] {
    return (this.#caps ??= capitalWords(this.#text));
  }

  /** Each surname written after a known given name (`Doug Jones`), with that name's gender; null when two disagree. */
  #givenGenders: Map<string, Gender | null> | null = null;
  #givenNameGenders(): Map<string, Gender | null> {
    if (this.#givenGenders) return this.#givenGenders;
    const out = new Map<string, Gender | null>();
    const caps = this.#capitalWords();
    const text = this.#text;
    for (let i = 0; i + 3 < caps.length; i += 2) {
      // (the given name's end, one space, the surname's start)
      if (caps[i + 2] !== caps[i + 1] + 1 || text.charCodeAt(caps[i + 1]) !== 32) continue;
      const given = text.slice(caps[i], caps[i + 1]).toLowerCase();
      const g: Gender | null = MALE.has(given) ? 'male' : FEMALE.has(given) ? 'female' : null;
      if (!g) continue;
      const surname = text.slice(caps[i + 2], caps[i + 3]);
      const seen = out.get(surname);
      out.set(surname, seen === undefined || seen === g ? g : null);
    }
    return (this.#givenGenders = out);
  }

  #byDescription(d: SpeakerPhrase): Entity | null {
    const text = d.text.toLowerCase();
    const same = this.#mostRecentOf(this.#byKey.get('t:' + text), (e) => e.aliases.has(d.text) || hasAliasLowered(e, text) || e.name.toLowerCase() === text);
    if (same) return same;
    if (d.document) return this.#recent((e) => e.document && e.head === d.head);
    if (!d.definite) return null;
    // (`according to its authors`, `its makers say`: the people who made the thing `its` means speak as its body)
    if (MAKERS.has(d.head ?? '') && /^its /i.test(d.text)) return this.#recent(bodyForIt);
    if (d.organisation) {
      // `the ministry` is the body last called a ministry; a generic word (`the firm`) may stand for a named body,
      // never for a described body of another kind (`the company` is not `the ministry`)
      const head = d.head ?? '';
      // `The Conservative party` names a body of its own: it is no anaphor for another body
      if (SPACE_UPPER.test(d.text)) return null;
      const same = this.#recent((e) => e.type === 'organization' && !e.document && (e.head === head || e.words.some((w) => w.toLowerCase() === head)));
      return same ?? this.#recent((e) => e.type === 'organization' && !e.document && e.named);
    }
    const head = d.head ?? '';
    // `the Home Secretary`: a post's title in capitals is that post, never another of the same head
    // (`the Foreign Secretary`); it is found by its text (above) or by all its words in a person's role
    const post = SPACE_UPPER.test(d.text) ? lowerWords(d.text).slice(1) : null;
    // `a government source` … `the source`: the unnamed source met last with that head
    const unnamed = ROLE.has(head) && !post ? this.#recent((e) => e.type === 'anonymous' && e.head === head) : null;
    if (unnamed) return unnamed;
    if (ROLE.has(head) || /-year-old$/.test(head) || isDemonym(d.text)) {
      // (`Judge Peter Blair` … `the judge`, `Professor Jane Doe` … `the professor`: a title is a role too)
      // (`the two time champion` is not the `Double Olympic champion` met before: an epithet's own words
      // must all be in the role, else it stands for the person just named, below)
      const words = post ?? (EPITHETS.has(head) ? lowerWords(d.text).slice(1) : null);
      // (`the Foreign Secretary` is not the `Shadow foreign secretary` met before: a post's qualifier the title lacks makes it another post)
      const inRole = (role: string) => (words ? words.every((w) => lowerWords(role).includes(w)) && !(post && lowerWords(role).some((w) => POST_QUALIFIERS.has(w) && !words.includes(w))) : lowerWords(role).includes(head));
      // (`Capt. Patrick Sondenheimer` … `the captain`: an abbreviated title stands for its word)
      const byRole = this.#recent((e) => e.type === 'person' && ((!!e.role && inRole(e.role)) || (!post && !!e.honorific && titleWord(e.honorific) === head)));
      if (byRole) return byRole;
      // (`Former civil service chief Lord Butler` … `the former cabinet secretary`: a `former` post no one
      // holds by that name is the person met last whose role is a former one too)
      if (/^the former /i.test(d.text)) {
        const former = this.#recent((e) => e.type === 'person' && e.named && !!e.role && /\bformer\b/i.test(e.role));
        if (former) return former;
      }
      // `the 23-year-old`, `the American` stand for the person just named; `the minister` may be someone new;
      // `the European cross country champion`, `the singer`: an epithet of sport or the stage no one holds
      // by name stands for the person just named too
      const fits = (e: Entity) => e.type === 'person' && e.named && (d.gender === null || e.gender === null || e.gender === d.gender);
      // (`Mr Straw said: "…" The Foreign Secretary told the BBC:`: a post's title in capitals no one met
      // holds stands for the speaker just named, when the text gave them no role)
      // (`Oxfam's Barbara Stocking said …. The charity's director added`: so does a post in a body named by
      // its kind, for the speaker just named as that body's, or with no post)
      const kind = BODY_KIND_POSSESSOR.exec(d.text);
      const ofKind = kind !== null && BODY_KINDS.has(kind[1].toLowerCase());
      const capitalisedPost = post !== null && /^the /i.test(d.text);
      const last = capitalisedPost || ofKind ? this.#recent(fits) : null;
      if (last && last.spoke && (!last.role || (ofKind && !lowerWords(last.role).some((w) => ROLE.has(w))))) return this.#mentionedSince(last, d) ?? last;
      if (!d.text.toLowerCase().startsWith('the ') || (ROLE.has(head) && !EPITHETS.has(head) && !nationQualified(d.text))) return null;
      // an age picks the person written with that age, and never one written with another
      const years = /^(\d{1,3})-year-old$/.exec(head);
      if (years) {
        const n = Number(years[1]);
        return this.#recent((e) => fits(e) && e.age === n) ?? this.#recent((e) => fits(e) && e.age === null);
      }
      // (`backed Michael Howard's stance on abortions. The Tory leader supports …`: a person the prose
      // named since the one met last is whom the epithet means)
      const recent = this.#recent(fits);
      return (recent ? this.#mentionedSince(recent, d) : null) ?? recent ?? this.#mentionedBefore(d, d.gender);
    }
    return null;
  }

  /** names the prose writes with a common given name (`a bid for Robbie Savage`), most recent last: whom a `he` / `she` or an epithet that finds no one met means */
  #mentioned: WrittenName[] = [];

  /** Notes a name written in the prose (not a cue's subject): met only if a pronoun or an epithet later finds no one else. */
  noteMentioned(name: WrittenName): void {
    this.#mentioned.push(name);
    if (this.#mentioned.length > MENTIONED_KEPT) this.#mentioned.shift();
  }

  /** The person a written name is, met now; null when it reads as no person's name. */
  #meetWritten(m: WrittenName): Entity | null {
    const phrase = m.read();
    return phrase && phrase.kind === 'name' && !phrase.organisation ? this.resolve(phrase) : null;
  }

  /** The person named in the prose after `e` was last written and before `d`, of `d`'s gender or none known; null when none. */
  #mentionedSince(e: Entity, d: SpeakerPhrase, gender: Gender | null = d.gender): Entity | null {
    let last = -1;
    for (const m of e.mentions) if (m.span.start > last && m.span.start < d.span.start) last = m.span.start;
    return this.#writtenBetween(last, d.span.start, gender);
  }

  /** The person named last before `p` (of `p`'s gender: a pronoun's, else `gender`), met now; null when none. */
  #mentionedBefore(p: SpeakerPhrase, gender: Gender | null): Entity | null {
    const g: Gender | null = p.kind === 'pronoun' ? (p.text === 'he' ? 'male' : p.text === 'she' ? 'female' : null) : gender;
    if (p.kind === 'pronoun' && g === null) return null;
    return this.#writtenBetween(-1, p.span.start, g);
  }

  /** The last name written after offset `after` and before `before`, of gender `g` (null: either), met now; null when none. */
  #writtenBetween(after: number, before: number, g: Gender | null): Entity | null {
    for (let i = this.#mentioned.length - 1; i >= 0; i--) {
      const m = this.#mentioned[i];
      if (m.start >= before) continue;
      // (noted in reading order: every one further back is earlier still)
      if (m.start <= after) return null;
      if (g !== null && m.gender !== g) continue;
      return this.#meetWritten(m);
    }
    return null;
  }

  #byName(n: SpeakerPhrase): Entity | null {
    const { words, lower: lw } = this.#wordsOf(n.text);
    const last = lw[lw.length - 1];
    // `Sir Geoffrey`: the knight of that given name met before, else a new entity
    if (words.length === 1 && isTitleOfGivenName(n.honorific)) {
      const knight = this.#mostRecentOf(this.#byKey.get('g:' + last), (e) => e.type === 'person' && isTitleOfGivenName(e.honorific));
      if (knight) return knight;
    }
    const byAcronym = words.length === 1 ? this.#byKey.get('a:' + last) : undefined;
    // (`Mr Smith` is not `Jane Smith`: a man and a woman of one surname are two people)
    const gender = n.gender ?? (words.length >= 2 ? givenNameGender(words) : null);
    return this.#mostRecentOf(this.#byKey.get('w:' + last), (e) => {
      if (!e.named) return false;
      if (gender && e.gender && e.type === 'person' && gender !== e.gender) return false;
      if (e.acronym && words.length === 1 && e.acronym === words[0]) return true;
      if (words.length === 1 && ALL_UPPER.test(words[0]) && initials(e.words) === words[0]) return true;
      const ew = e.words.map((w) => w.toLowerCase());
      // `the Tomlinson plan` is no person called Tomlinson: a body matches bodies
      if (n.organisation && e.type === 'person') return false;
      if (e.type === 'organization' || n.organisation) return isSuffix(lw, ew) || isSuffix(ew, lw);
      if (ew[ew.length - 1] !== last) return false;
      // first names, when both have one, agree (an initial agrees with its name)
      if (lw.length >= 2 && ew.length >= 2 && lw[0] !== ew[0] && !(lw[0][0] === ew[0][0] && (lw[0].length === 1 || ew[0].length === 1))) return false;
      return true;
    }, byAcronym);
  }

  #create(p: SpeakerPhrase): Entity {
    const named = p.kind === 'name';
    const e: Entity = {
      name: p.text,
      words: this.#wordsOf(p.text).words,
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
      // (`something Pyongyang has vowed`: words before a place that name no post leave it a place)
      place: named && !p.honorific && (!p.role || !ROLE.has(lastWord(p.role).toLowerCase())) && this.#places.has(p.text),
      age: phraseAge(p),
    };
    if (!named && /\b(spokes(wo)?man|spokesperson|source|official|aide)s?$/.test(p.text)) e.type = 'anonymous';
    if (named && !p.organisation && !p.honorific && e.words.length === 1 && !p.role) e.type = UPPER_OR_DIGITS.test(p.text) || shortNameOfBody(this.#text, p.text) ? 'organization' : 'person';
    if (e.type === 'person' && !e.gender) e.gender = givenNameGender(e.words);
    this.entities.push(e);
    this.#indexNames(e);
    this.addMention(e, p);
    return e;
  }

  #merge(e: Entity, p: SpeakerPhrase): void {
    if (p.kind === 'pronoun') return;
    // what indexNames reads: an entity met again under a name it has is not indexed again (each
    // index costs a key, a lower-casing and a list search per name and alias)
    const { name, words, named, acronym, honorific } = e;
    const aliasCount = e.aliases.size;
    if (!e.role && p.role) e.role = p.role;
    if (e.age === null) e.age = phraseAge(p);
    if (!e.gender && p.gender) e.gender = p.gender;
    if (!e.gender && e.type === 'person' && p.kind === 'name') e.gender = givenNameGender(this.#wordsOf(p.text).words);
    if (!e.acronym && p.acronym) e.acronym = p.acronym;
    if (!e.honorific && p.honorific) e.honorific = p.honorific;
    if (p.kind === 'name') {
      const { words } = this.#wordsOf(p.text);
      // The fullest name is canonical; a document keeps the form that names it (`the Kok report`).
      if (!e.named || words.length > e.words.length) {
        const old = e.name;
        e.name = p.text;
        e.words = words;
        e.named = true;
        this.#addAlias(e, old);
      } else if (p.text !== e.name) this.#addAlias(e, p.text);
      if (p.honorific && words.length === 1 && !/^(sir|dame)$/i.test(p.honorific)) this.#addAlias(e, `${p.honorific} ${p.text}`);
    } else if (p.text.toLowerCase() !== e.name.toLowerCase()) {
      // a document's name: `the Kok report` over `Mr Kok's report` over `his report`
      const rank = (t: string) => (THE_UPPER.test(t) ? 2 : HAS_UPPER.test(t.slice(1)) ? 1 : 0);
      if (e.document && rank(p.text) > rank(e.name)) {
        const old = e.name;
        e.name = p.text;
        this.#addAlias(e, old);
      } else this.#addAlias(e, p.text);
    }
    if (e.name !== name || e.words !== words || e.named !== named || e.acronym !== acronym || e.honorific !== honorific || e.aliases.size !== aliasCount) this.#indexNames(e);
    this.addMention(e, p);
  }

  /** `A rogue builder who …` named later (`Darren Cole, 41, …`): the unnamed person gets the name, the description becomes their role. */
  nameDescribed(e: Entity, p: SpeakerPhrase): Entity {
    if (!e.role) e.role = e.name;
    e.name = p.text;
    e.words = this.#wordsOf(p.text).words;
    e.named = true;
    e.type = 'person';
    if (!e.gender) e.gender = p.gender ?? givenNameGender(e.words);
    this.#indexNames(e);
    this.addMention(e, p);
    return e;
  }

  #addAlias(e: Entity, alias: string): void {
    if (alias && alias.toLowerCase() !== e.name.toLowerCase()) e.aliases.add(alias);
  }

  addMention(e: Entity, p: SpeakerPhrase): void {
    if (p.kind === 'pronoun') return;
    if (e.mentions.some((m) => m.span.start === p.span.start)) return;
    e.mentions.push({ span: p.span, text: p.text, prefix: '' });
  }

  /** Final speakers: entities with quotes, ids in order of first mention, every written mention of a name. */
  finish(text: string, lowerWords: WordSet): { speakers: Speaker[]; idOf: Map<Entity, string> } {
    const quoted = this.entities.filter((e) => e.quotes.length > 0);
    const surnames = new Set(quoted.filter((e) => e.type === 'person' && e.named).map((e) => e.words[e.words.length - 1]));
    const caps = text === this.#text ? this.#capitalWords() : capitalWords(text);
    const positions = wordPositions(text, surnames, 60, caps);
    const sharing = surnameOwners(this.entities);
    for (const e of quoted) expandName(text, e, sharing, lowerWords, positions);
    collectMentions(text, quoted, caps);
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

/** `, 41,` right after a name: the person's age in apposition */
const AGE_AFTER = /^, \d{1,3},/;

/** who makes a thing: `its authors`, `its developers` speak for the body that makes it */
const MAKERS = new Set(['authors', 'makers', 'developers', 'creators', 'designers', 'publishers', 'manufacturers', 'producers']);

/** A body an `it` may stand for (`the US` or `Britain` is a place, not the body an `it said` stands for). */
function bodyForIt(x: Entity): boolean {
  return x.type === 'organization' && !x.place;
}

/** `critics`, `officials`: a description's head in the plural (an s not after another s; `boss` is one). */
export function pluralHead(head: string | null): boolean {
  return head !== null && head.length > 3 && head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('us') && !head.endsWith('is');
}

/** An unnamed source introduced with a/an and met once (`A rogue builder who targeted …`). */
export function describedOnce(e: Entity): boolean {
  return e.type === 'anonymous' && !e.named && e.mentions.length === 1 && INDEFINITE.test(e.name);
}
const INDEFINITE = /^an? /i;

/** How many of a word's first occurrences shortNameOfBody reads (the full name comes first in news copy). */
const FIRST_OCCURRENCES = 4;

/**
 * `Vireo` where the text writes `Vireo Technologies` (among the word's first few occurrences): the
 * short name of a body, an `it`, not a person. A search of the text, asked again of the same words
 * (each time a one-word name is met): remembered for the text.
 */
const shortNameOfBody: (text: string, word: string) => boolean = rememberedForText(searchShortNameOfBody);

function searchShortNameOfBody(text: string, word: string): boolean {
  let at = text.indexOf(word);
  for (let n = 0; at >= 0 && n < FIRST_OCCURRENCES; n++, at = text.indexOf(word, at + 1)) {
    const after = at + word.length;
    if (text.charCodeAt(after) !== 32 || (at > 0 && isAsciiLetter(text.charCodeAt(at - 1)))) continue;
    let end = after + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    const c = text.charCodeAt(after + 1);
    if (end - after > 2 && c >= 65 && c <= 90 && ORG.has(text.slice(after + 1, end).toLowerCase())) return true;
  }
  return false;
}

/** `Sir`, `Dame`: titles written before the given name alone (`Sir Geoffrey`). */
function isTitleOfGivenName(honorific: string | null): boolean {
  return honorific !== null && /^(sir|dame)$/i.test(honorific);
}

/** `the charity's director`, `The political reform group's general secretary`: `the`, words, a body's kind in the possessive */
const BODY_KIND_POSSESSOR = /^the (?:[a-z-]+ ){0,2}([a-z]+)'s /i;
/** nouns that name a body by its kind */
const BODY_KINDS = new Set(['charity', 'group', 'organisation', 'organization', 'party', 'company', 'firm', 'union', 'society', 'association', 'campaign', 'agency', 'body', 'council', 'club', 'team', 'network', 'institute', 'foundation', 'trust', 'bank']);

/** words that make a post another one (`Shadow foreign secretary`, `deputy prime minister`) */
const POST_QUALIFIERS = new Set(['shadow', 'former', 'deputy', 'vice', 'assistant', 'junior', 'acting', 'interim']);

/** role words that news writing uses as epithets for the person just named (`said the champion`) */
const EPITHETS = new Set(['champion', 'star', 'seed', 'winner', 'veteran', 'singer', 'rapper', 'actor', 'actress', 'striker', 'midfielder', 'goalkeeper', 'sprinter', 'runner', 'golfer', 'batsman', 'bowler', 'captain', 'jurist', 'lawmaker', 'legislator', 'nominee']);

/** Whether some alias of `e`, lower-cased, is `lowered`. */
function hasAliasLowered(e: Entity, lowered: string): boolean {
  for (const alias of e.aliases) if (alias.toLowerCase() === lowered) return true;
  return false;
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length > long.length || short.length === 0) return false;
  const off = long.length - short.length;
  return short.every((w, i) => w === long[off + i]);
}
