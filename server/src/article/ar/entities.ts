// Speaker entities of an Arabic article: every speaker phrase resolves to one entity (a later,
// shorter `كيري` or `المحكمة` joins `جون كيري` / `محكمة التحكيم الرياضي`); the fullest name is
// canonical, the others are aliases. Also keeps the recent speakers for continuations.
import type { Gender, SpeakerType } from '../model';
import { FORMER, type SpeakerPhrase } from './speakerPhrase';
import { norm } from './tokens';
import { givenNameGender, groupPlural, groupPlurals, honorifics, nationalities, roleNounsOnYa, roleWords } from './lexicon';
import { ownString, rememberedPerWord } from '../text';

export interface Entity {
  key: number;
  name: string;
  role: string | null;
  type: SpeakerType;
  gender: Gender | null;
  /** every name form seen, as written (canonical included) */
  forms: string[];
  /** offset of the first phrase that named it */
  firstOffset: number;
  quotes: number[];
  /** nameKey(name), kept in step with `name` */
  key_: string[];
  /** the registry's last firstFitting() call that took it (no entity weighed twice) */
  stamp: number;
  /** token index where it was last made the most recent speaker (touch), -1 before */
  touchedAt: number;
  /** a quote has been given to it (analyzeQuotes setSpeaker) */
  spoke: boolean;
}

/** Matching words of a name: normalised, article and honorifics set aside. Remembered per name (its words own copies). */
export const nameKey: (name: string) => string[] = rememberedPerWord((name) => computeNameKey(name).map(ownString), 20000);

function computeNameKey(name: string): string[] {
  return norm(name)
    .split(/[\s\u200c\u200f]+/)
    .filter((w) => w && !honorifics.has(w) && !/^[\p{P}\p{S}]+$/u.test(w))
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .filter((w) => w.length > 0);
}

/** Every word of `small` is in `big` (both a few words: a loop, no set built per call). */
function contains(big: string[], small: string[]): boolean {
  if (small.length === 0) return false;
  for (let i = 0; i < small.length; i++) if (!big.includes(small[i])) return false;
  return true;
}

/** A role's word with a country's ending or a nisba's set aside (`الصين` / `الصيني`, `تركيا` / `التركي`: ترك). */
function placeStem(w: string): string {
  if (w.length < 4) return w;
  if (w.endsWith('يه') || w.endsWith('يا')) return w.slice(0, -2);
  if (w.endsWith('ي') || w.endsWith('ا')) return w.slice(0, -1);
  return w;
}

function fits(e: Entity, key: string[], gender: Gender | null, type: string): boolean {
  const ek = e.key_;
  if (!(contains(ek, key) || contains(key, ek))) return false;
  if (gender && e.gender && gender !== e.gender) return false;
  // a person's name inside an organisation's (`الاتحاد … بن همام`) is not that organisation
  return !(e.type !== type && key.length > 1 && ek.length > 1);
}

const MAX_RECENT = 8;
/** role heads that name no post: `المسؤول الإيراني`, `الدبلوماسي الغربي` refer back to whoever spoke (article set aside, ta marbuta dropped) */
const GENERIC_HEADS = new Set(['مسؤول', 'رجل', 'امرا', 'سيد', 'دبلوماسي', 'مصدر', 'شخص'].map((w) => norm(w).replace(/ه$/, '')));

export class SpeakerRegistry {
  readonly entities: Entity[] = [];
  /** the text read (what stands between a post and the name after it, for #postJustBefore); '' when not given */
  readonly #text: string;

  constructor(text = '') {
    this.#text = text;
  }

  /** the entities created anonymous, in order (one may have been named since): a named person's role is looked for among these only */
  #anonymous: Entity[] = [];
  /** entities by each word of their names, so that a phrase is compared with a few, not all */
  #byWord = new Map<string, Entity[]>();

  #index(e: Entity): void {
    const key = e.key_;
    for (let i = 0; i < key.length; i++) {
      const w = key[i];
      const list = this.#byWord.get(w);
      if (!list) this.#byWord.set(w, [e]);
      else if (!list.includes(e) && list.length < 64) list.push(e);
    }
  }

  /** the last stamp firstFitting() gave */
  #stamps = 0;

  /**
   * The entity a name key refers to: among those sharing a word with it, the first (by a one-word key, in
   * its word's list; else the lowest key, each entity taken once by a stamp, no list sorted) whose name
   * holds the key or is held by it, of no other gender, and of the same type unless one name is one word.
   */
  #firstFitting(key: string[], gender: Gender | null, type: string): Entity | null {
    if (key.length === 1) {
      const list = this.#byWord.get(key[0]);
      if (list) for (let l = 0; l < list.length; l++) if (fits(list[l], key, gender, type)) return list[l];
      return null;
    }
    const stamp = ++this.#stamps;
    let found: Entity | null = null;
    for (let i = 0; i < key.length; i++) {
      const list = this.#byWord.get(key[i]);
      if (!list) continue;
      for (let l = 0; l < list.length; l++) {
        const e = list[l];
        if (e.stamp === stamp) continue;
        e.stamp = stamp;
        if ((found === null || e.key < found.key) && fits(e, key, gender, type)) found = e;
      }
    }
    return found;
  }

  /** most recent first */
  #recent: Entity[] = [];

  /** Whether a phrase's name is someone already in the registry (nothing is created). */
  knows(phrase: SpeakerPhrase): boolean {
    if (!phrase.name || phrase.type === 'descriptor' || phrase.type === 'document') return false;
    const key = nameKey(phrase.name);
    return key.length > 0 && (this.#firstFitting(key, phrase.type === 'person' ? phrase.gender : null, phrase.type) !== null || (!!phrase.weak && this.#nationalityOf(phrase, key, null) !== null));
  }

  /** The entity a phrase names (created when new), or null for a phrase that names no one. */
  resolve(phrase: SpeakerPhrase, cueGender: Gender | null, offset: number): Entity | null {
    if (phrase.type === 'document') {
      // (`وتضمن إعلان برازيليا`: a bare word no one or no body in the article is called names the document itself; `بيان فيفا` is الفيفا's)
      if (phrase.namedDocument && phrase.owner && !this.knows(phrase.owner) && !this.knows({ ...phrase.owner, type: 'organization' })) return this.resolve({ ...phrase, type: 'organization', owner: null, namedDocument: false }, null, offset);
      return phrase.owner ? this.resolve(phrase.owner, null, offset) : this.previous(null, false);
    }
    if (phrase.type === 'descriptor') return this.#descriptor(phrase, cueGender, offset);
    if (!phrase.name) return null;
    // (`لكن الأخير اتهم …`: `the latter` is the person named last, of its gender)
    if (LATTER.has(norm(phrase.name))) return this.#latterOf(phrase.name.endsWith('ة') ? 'female' : cueGender ?? 'male');
    const key = nameKey(phrase.name);
    if (!key.length) return null;
    // (`اختارت دينا الشربيني …`: a woman's given name says she, when nothing else does)
    const gender = phrase.type === 'person' ? cueGender ?? phrase.gender ?? givenNameGender(phrase.name) : null;
    // (`واتهم نتانياهو عباس بأنه`: two words, each the name of a different person named before, are the
    // verb's subject and its object, not one new name)
    if (phrase.type === 'person' && !phrase.role && key.length === 2) {
      const subject = this.#firstFitting([key[0]], gender, 'person');
      const object = subject && this.#firstFitting([key[1]], null, 'person');
      // (neither one already carries both words: that one is this very name, met before)
      if (subject && object && object !== subject && !subject.key_.includes(key[1]) && !object.key_.includes(key[0])) return this.sameAs.get(subject) ?? subject;
    }
    const fitting = this.#firstFitting(key, gender, phrase.type);
    const found = fitting && (this.sameAs.get(fitting) ?? fitting);
    if (found) {
      this.#absorb(found, phrase, gender, key.length > found.key_.length);
      // (`نتانياهو` in the headline, `ووصف رئيس الوزراء الإسرائيلي` …, then `رئيس الوزراء الإسرائيلي بنيامين
      // نتانياهو`: the one described before is the one now named with that role)
      if (phrase.type === 'person' && phrase.role && found.type === 'person') {
        const described = this.#described(phrase.role, found);
        if (described) this.#fold(described, found);
      }
      return found;
    }
    // `وزير الطاقة` first, `وزير الطاقة خالد الفالح` later: the one described is the one named
    if (phrase.type === 'person' && phrase.role) {
      const described = this.#described(phrase.role, null);
      if (described) {
        described.forms.push(phrase.name!);
        described.name = phrase.name!;
        described.key_ = nameKey(described.name);
        described.type = 'person';
        described.role = phrase.role;
        described.gender = described.gender ?? gender;
        this.#index(described);
        return described;
      }
    }
    // `واعتبر الحرب …`: a bare definite noun may be the object; it names no one new
    // (`قال البولندي` after `البولندي روبرت ليفاندوفسكي`: a nationality alone is the person it introduced)
    if (phrase.weak) return this.#nationalityOf(phrase, key, gender);

    const post = phrase.type === 'person' && !phrase.role ? this.#postJustBefore(offset) : null;
    if (post) {
      post.role = post.name;
      post.forms.push(phrase.name);
      post.name = phrase.name;
      post.key_ = key;
      post.type = 'person';
      post.gender = post.gender ?? gender;
      this.#anonymous.splice(this.#anonymous.indexOf(post), 1);
      this.#index(post);
      return post;
    }
    return this.#create(phrase.name, phrase.role, phrase.type as SpeakerType, gender, offset, key);
  }

  /** An unnamed source created before from the words of `role` (not `but`), or undefined. */
  #described(role: string, but: Entity | null): Entity | undefined {
    if (!this.#anonymous.length) return undefined;
    const roleKey = nameKey(role);
    const found = this.#anonymous.find((e) => e !== but && e.type === 'anonymous' && contains(roleKey, e.key_));
    if (found) return found;
    // (`رئيس الصين:` in the headline, then `الرئيس الصيني، شي جين بينغ،`: a country and its nisba are one word)
    const roleStems = roleKey.map(placeStem);
    return this.#anonymous.find((e) => e !== but && e.type === 'anonymous' && e.key_.length > 1 && contains(roleStems, e.key_.map(placeStem)));
  }

  /** entities found to be another one (`fold`): whose quotes are that one's */
  readonly sameAs = new Map<Entity, Entity>();

  /** `described` was `named` all along: its forms are named's, and it is no more looked for. */
  #fold(described: Entity, named: Entity): void {
    this.sameAs.set(described, named);
    for (const form of described.forms) if (!named.forms.includes(form)) named.forms.push(form);
    this.#anonymous.splice(this.#anonymous.indexOf(described), 1);
    const i = this.#recent.indexOf(described);
    if (i >= 0) this.#recent.splice(i, 1);
  }

  /**
   * `المسؤول الإيراني`, `المدرب البرتغالي`: a role with no name is someone already speaking. (Loops and
   * module functions, no callbacks: closures made per call lose their optimised code at every full
   * garbage collection, and this method, compiled with them inlined, was compiled again each time.)
   */
  #descriptor(phrase: SpeakerPhrase, cueGender: Gender | null, offset: number): Entity {
    // role nouns, not nationalities, say two roles are one person's (`رئيس الدبلوماسية الإيرانية` ≠ `مساعد وزير الخارجية الإيراني`)
    const words = roleNouns(phrase.role ?? '');
    const gender = phrase.gender ?? cueGender;
    // `الشيخ`, `الدكتور`: a title alone (no role noun: every role would fit) is someone met with that
    // title, else the last person named; not an unnamed source of another role (`المدرب`)
    if (words.size === 0) return this.#describedSource(phrase.role ?? '', gender) ?? this.#titled(phrase.role ?? '', gender) ?? this.#create(phrase.role ?? '', null, 'anonymous', gender, offset);
    // `المدرب البرتغالي` is the coach named before; `مدرب النصر` is not `مدرب الهلال` — another coach
    // (each person's role words built once, not once per word weighed)
    let first: Entity | undefined;
    let fits: Entity | undefined;
    let clashes = false;
    const nationality = finalNisba(phrase.role ?? '');
    for (const e of this.#recent) {
      if (e.type === 'organization' || (gender && e.gender && e.gender !== gender)) continue;
      // (`المسؤول الإيراني` is one person, not the `المحللون` who spoke before; `المفتي` not `رجال الدين`)
      if (this.#aGroup(e)) continue;
      // (`الوزير المصري` is not `وزير الخارجية الأردني`: two nationalities ending the roles differ)
      if (nationality !== null && e.role) {
        const theirs = finalNisba(e.role);
        if (theirs !== null && theirs !== nationality) continue;
      }
      first ??= e;
      const theirs = roleWordsOf(e);
      if (fits === undefined && allIn(words, theirs)) fits = e;
      if (!clashes && anyIn(words, theirs)) clashes = true;
    }
    // `المتحدث باسم الجيش` introduces a new source; `المسؤول الإيراني` refers back
    const spokesperson = words.has('باسم');
    // `وزير الصحة`, `مدير المستشفى`: a role with its own complement names a post, so someone new unless it fits
    const roleWordList = (phrase.role ?? '').trim().split(/\s+/);
    // in the construct state: the head has no article, its complement has (not `المسؤول الإيراني`)
    const specific = roleWordList.length > 1 && !/^[وف]?ال/.test(roleWordList[0]) && complementHasArticle(roleWordList);
    // `المبعوث الأميركي`, `الأمينة التنفيذية`: a post refers back only to someone holding it or of no known post; a generic
    // head (`المسؤول الإيراني`) to whoever spoke last
    const head = withoutFinalHa(nameKey(roleWordList[0] ?? '')[0] ?? '');
    const post = head !== '' && !GENERIC_HEADS.has(head);
    // (someone whose post was never given may hold it; `لاعب في الفريق`, with no article and no
    // complement of its own, is someone new: `a player`)
    const indefinite = roleWordList.length > 0 && !/^[وف]?ال/.test(roleWordList[0]);
    // (`وكشف مهاجم بوروسيا دورتموند السابق`: a former post no one spoke in yet describes the person last named)
    // (`لكن لاعب يوفنتوس السابق ومدرب المنتخب الإيطالي يقول`: so do a former post in construct and a
    // second post joined to it by و, when the one last named has spoken)
    const formerThenAnother = indefinite && roleWordList.length >= 4 && FORMER.has(norm(roleWordList[2])) && roleWordList[3].startsWith('و') && roleWords.has(norm(roleWordList[3].slice(1)));
    const former = first?.type === 'person' && ((specific && !clashes && FORMER.has(norm(roleWordList[roleWordList.length - 1]))) || (formerThenAnother && first.spoke));
    const found = fits ?? (former ? first : spokesperson || clashes || specific || (post && indefinite) || (post && (first?.role || first?.type !== 'person')) ? undefined : first);
    if (found) return found;
    // `لمح الأمير عبدالعزيز بن سلمان وزير الطاقة …. وقال وزير الطاقة`: a post named with its holder
    // before (who has not spoken yet) is that holder
    const holder = spokesperson ? null : this.#holderOf(phrase.role ?? '', gender);
    if (holder) return holder;
    // (`وحاول مدرب الحراس جون آتشتربرغ التخفيف …. وقال المدرب الهولندي`: a person introduced with the
    // post, who has not spoken yet, when no speaker holds it and the post is not one of its own)
    const introduced = !post || specific || spokesperson || clashes ? null : this.#introducedWith(words, nationality, gender);
    if (introduced) return introduced;
    // (`الرئيس الجمهوري` after `الرئيس الأميركي، دونالد ترامب،`: a post and a party's adjective is the one
    // person named with that post)
    const partisan = roleWordList.length === 2 && /^[وف]?ال/.test(roleWordList[0]) && PARTY_NISBAS.has(nameKey(roleWordList[1])[0] ?? '') ? this.#postHolder(head, gender) : null;
    if (partisan) return partisan;
    // (`اللاعب أوير مابيل` … `قال لاعب الجناح`: the one person named with the head word alone for a role holds the post it specifies)
    const specified = specific && !spokesperson && !clashes ? this.#bareHolderOf(head, gender) : null;
    if (specified) return specified;
    return this.#create(phrase.role ?? '', null, 'anonymous', gender, offset);
  }

  /** The person met last, among the last INTRODUCED_REACH entities, whose role has every one of `words` and no other nationality. */
  #introducedWith(words: Set<string>, nationality: string | null, gender: Gender | null): Entity | null {
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - INTRODUCED_REACH; i--) {
      const e = this.entities[i];
      if (e.type !== 'person' || !e.role || (gender && e.gender && e.gender !== gender)) continue;
      const theirs = nationality !== null ? finalNisba(e.role) : null;
      if ((theirs === null || theirs === nationality) && allIn(words, roleWordsOf(e))) return e;
    }
    return null;
  }

  /**
   * `وكشف مصدر قيادي في الحركة … وأوضح القيادي`: a lone adjective (no role noun) is the unnamed source
   * it described, whoever was named since.
   */
  #describedSource(role: string, gender: Gender | null): Entity | null {
    const key = nameKey(role);
    if (key.length === 0) return null;
    for (const e of this.#recent) {
      if (e.type !== 'anonymous' || (gender && e.gender && e.gender !== gender)) continue;
      const theirs = nameKey(e.name);
      // (the source's own noun first: `مصدر قيادي`, not a role word alone, `القيادي`)
      if (theirs.length > key.length && key.every((w) => theirs.indexOf(w) > 0)) {
        // (the adjective is another way the article writes the source: its alias, found as its mention)
        if (!e.forms.includes(role)) e.forms.push(role);
        return e;
      }
    }
    return null;
  }

  /** The most recent named person whose role is the phrase's one word alone, a nationality (`البولندي`, its key `بولندي`), or null. */
  #nationalityOf(phrase: SpeakerPhrase, key: string[], gender: Gender | null): Entity | null {
    if (phrase.type !== 'person' || key.length !== 1 || !/^[وف]?ال/.test(phrase.name ?? '')) return null;
    const word = key[0];
    if (!(word.length > 2 && word.endsWith('ي'))) return null;
    // (every entity, latest first: one introduced so need not have spoken; the last NATIONALITY_REACH only)
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - NATIONALITY_REACH; i--) {
      const e = this.entities[i];
      if (e.type !== 'person' || !e.role || (gender && e.gender && e.gender !== gender)) continue;
      const role = nameKey(e.role);
      if (role.length === 1 && role[0] === word) return e;
    }
    return null;
  }

  /**
   * An unnamed group (`المحللون`), or one read as a person's name that opens on a group's broken
   * plural (`رجال الدين`); not a name such as `حسين` that only ends like a sound plural.
   */
  #aGroup(e: Entity): boolean {
    if (e.type === 'anonymous') return groupName(e.name);
    return e.type === 'person' && !e.role && groupPlurals.has(norm(e.name.split(' ')[0] ?? ''));
  }

  /** The most recent person named, or unnamed source written with `title` (an earlier `الشيخ`). */
  #titled(title: string, gender: Gender | null): Entity | null {
    if (!title) return null;
    for (const e of this.#recent) {
      if (e.type === 'organization' || (gender && e.gender && e.gender !== gender)) continue;
      // (`المفتي` after `أشار مسح أجري`: the one named last only once a quote was given to them)
      if (e.type === 'person' && !this.#aGroup(e) && e.spoke) return e;
      if (e.name === title || e.name.startsWith(title + ' ')) return e;
    }
    return null;
  }

  #absorb(e: Entity, phrase: SpeakerPhrase, gender: Gender | null, fuller: boolean): void {
    if (!e.forms.includes(phrase.name!)) e.forms.push(phrase.name!);
    if (fuller) {
      e.name = phrase.name!;
      e.key_ = nameKey(e.name);
      this.#index(e);
    }
    if (!e.role && phrase.role) e.role = phrase.role;
    if (!e.gender && gender) e.gender = gender;
    // (`فلّة الجزائرية تعلن` read as a body in the headline, then `الفنانة فلة`: named with a role, a person)
    if (e.type !== 'person' && phrase.type === 'person' && (fuller || phrase.role !== null)) e.type = 'person';
  }

  /** (`key`: nameKey(name), when the caller has it) */
  #create(name: string, role: string | null, type: SpeakerType, gender: Gender | null, offset: number, key = nameKey(name)): Entity {
    const e: Entity = { key: this.entities.length, name, role, type, gender, forms: [name], firstOffset: offset, quotes: [], key_: key, stamp: 0, touchedAt: -1, spoke: false };
    this.entities.push(e);
    if (type === 'anonymous') this.#anonymous.push(e);
    this.#index(e);
    return e;
  }

  /** token index of the last touch */
  lastTouchAt = -1;

  /** Makes `e` the most recent speaker (named or quoted at token `at`). */
  touch(e: Entity, at: number): void {
    this.lastTouchAt = Math.max(this.lastTouchAt, at);
    e.touchedAt = Math.max(e.touchedAt, at);
    const i = this.#recent.indexOf(e);
    if (i >= 0) this.#recent.splice(i, 1);
    this.#recent.unshift(e);
    if (this.#recent.length > MAX_RECENT) this.#recent.pop();
  }

  /**
   * The speaker a cue with no subject continues: the most recent one, unless the cue's gender
   * (`وقالت`) or number (`وأضافوا`) points to an earlier one.
   */
  previous(gender: Gender | null, plural: boolean): Entity | null {
    if (!this.#recent.length) return null;
    // `وأضافوا`: a group — the most recent speaker that is not one named individual
    if (plural) return this.#recent.find((e) => e.type !== 'person' || e.key_.length < 2) ?? this.#recent[0];
    // (`وقالت` after `البلدية` / `وزارة التجارة`: a body whose name opens on a feminine noun is a she)
    // (an unnamed source of no known gender may be a she too: `إحدى الضحايا`, `مصادر`)
    // (a man is never the one a feminine verb continues: `بليغ حمدي … وعندما سألها أجابت: "…"` — no
    // speaker rather than the wrong one; a masculine verb may be any speaker's, as Arabic's default gender)
    if (gender === 'female') return this.#recent.find((e) => e.gender === 'female' || (e.type !== 'person' && !e.gender && feminineName(e))) ?? this.#recent.find((e) => e.type !== 'person' || !e.gender) ?? null;
    // (`وأضاف` after `ويؤكد المحللون`: one man speaks on, not the group)
    if (gender === 'male') return this.#recent.find((e) => e.gender !== 'female' && !(e.type === 'anonymous' && groupName(e.name))) ?? this.#recent.find((e) => e.gender !== 'female') ?? this.#recent[0];
    return this.#recent[0];
  }

  /** The one person the registry knows by this role (its words, normalised, or the first of theirs), of no other gender; null if none or several. */
  #holderOf(role: string, gender: Gender | null): Entity | null {
    const key = nameKey(role).join(' ');
    if (!key) return null;
    let found: Entity | null = null;
    for (const e of this.entities) {
      if (e.type !== 'person' || !e.role || (gender && e.gender && e.gender !== gender)) continue;
      // (the role as written, or opening it when what runs on after it opens on ل / ب or في: an
      // apposition's role may take in the verb's complement, `وزير الطاقة لإصلاحات …`)
      const theirs = nameKey(e.role).join(' ');
      if (theirs !== key && !(theirs.startsWith(key + ' ') && RUN_ON.test(theirs.slice(key.length + 1)))) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /**
   * `حذر وزير الاقتصاد الفرنسي من أن …. وقال برونو لومير`: the post met last, with no name, that has
   * not spoken, described right before `offset` (POST_THEN_NAME characters at most, a sentence's end
   * between): the person named now with no post of their own holds it.
   */
  #postJustBefore(offset: number): Entity | null {
    const last = this.entities[this.entities.length - 1];
    if (!last || last.type !== 'anonymous' || last.spoke || offset <= last.firstOffset || offset - last.firstOffset > POST_THEN_NAME) return null;
    // (a post with its complement, `وزير المالية`; not a generic head, `المسؤول الإيراني`)
    const words = nameKey(last.name);
    if (words.length < 2 || GENERIC_HEADS.has(withoutFinalHa(words[0]))) return null;
    const between = this.#text.slice(last.firstOffset + last.name.length, offset);
    return /[.\n]/.test(between) ? last : null;
  }

  /** The one person named whose role has the noun `head` among its words, or null. */
  #postHolder(head: string, gender: Gender | null): Entity | null {
    let found: Entity | null = null;
    for (const e of this.entities) {
      if (e.type !== 'person' || !e.role || (gender && e.gender && e.gender !== gender) || !roleNouns(e.role).has(head)) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /** The one person named whose role is the word `head` alone (`اللاعب`), or null. */
  #bareHolderOf(head: string, gender: Gender | null): Entity | null {
    let found: Entity | null = null;
    for (const e of this.entities) {
      if (e.type !== 'person' || !e.role || (gender && e.gender && e.gender !== gender) || !bareRoleOf(e, head)) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /** The person first named last, of no other gender, or null. */
  #latterOf(gender: Gender): Entity | null {
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.type === 'person' && (!e.gender || e.gender === gender)) return e;
    }
    return null;
  }

  /** The most recent speaker, or null. */
  latest(): Entity | null {
    return this.#recent[0] ?? null;
  }

  /** The most recent speaker after `e` of no other gender than `gender` (a person or a source), or null. */
  previousBut(e: Entity, gender: Gender | null): Entity | null {
    for (const x of this.#recent) if (x !== e && x.type !== 'organization' && (!gender || !x.gender || x.gender === gender)) return x;
    return null;
  }
}

/** what a role that ran on into its verb's complement goes on with (normalised): ل / ب on a word, or في */
const RUN_ON = /^(?:[لب]\S|في )/;

/** `الأخير`, `الأخيرة`: the latter (normalised) */
const LATTER = new Set(['الأخير', 'الأخيرة', 'والأخير', 'والأخيرة'].map((w) => norm(w)));

/** `وزيره` → `وزير`: a role word without the pronoun ه after it (as /ه$/ replaced by nothing) */
function withoutFinalHa(w: string): string {
  return w.endsWith('ه') ? w.slice(0, -1) : w;
}

/** An unnamed group (`المحللون`, `مشجعون`, `عدد من الأهالي`, `مئات من …`): its first word a plural or a count. */
const groupName: (name: string) => boolean = rememberedPerWord(findGroupName, 5000, 200);

function findGroupName(name: string): boolean {
  let w = norm(name.trim().split(/\s+/)[0] ?? '');
  if (w.startsWith('و') || w.startsWith('ف')) w = w.slice(1);
  const bare = w.startsWith('ال') ? w.slice(2) : w;
  return bare.length > 3 && (groupPlural(bare) || COUNT_WORDS.has(bare));
}
/** how many of the latest entities a bare nationality may stand for */
const NATIONALITY_REACH = 64;
/** words that count a group out (`عدد من الأهالي`, `مئات من …`) */
const COUNT_WORDS = new Set(['عدد', 'عشرات', 'مئات', 'آلاف', 'بعض', 'مجموعة'].map((x) => norm(x)));

/**
 * The definite masculine nisba a role ends with (`الأردني` of `وزير الخارجية الأردني`), normalised, or
 * null: most often the nationality (a feminine ending, `الخارجية`, is as often the genitive noun).
 */
const finalNisba: (role: string) => string | null = rememberedPerWord(findFinalNisba, 5000, 200);

function findFinalNisba(role: string): string | null {
  const words = role.trim().split(/\s+/);
  if (words.length < 2) return null;
  const last = words[words.length - 1];
  // (a nationality the lexicon knows: `حارس ليفربول الثاني`, `المدير الفني` end on no nationality, nor
  // does `الرئيس الجمهوري` on a party's adjective)
  if (!(last.length > 4 && last.startsWith('ال') && last.endsWith('ي')) || !nationalities.has(norm(last.slice(2)))) return null;
  const key = nameKey(last);
  return key.length === 1 ? key[0] : null;
}

/** how many entities back a post with no speaker holding it looks for the person introduced with it (#introducedWith) */
const INTRODUCED_REACH = 8;

/** most characters from a post written with no name to the person named after it (#postJustBefore) */
const POST_THEN_NAME = 400;

/** nisbas of a party or a side, no nationality (normalised as nameKey gives them) */
const PARTY_NISBAS = new Set(['جمهوري', 'ديمقراطي', 'ديموقراطي', 'محافظ', 'عمالي', 'ليبرالي', 'اشتراكي', 'شيوعي'].map((w) => nameKey(w)[0]));

/** A role's words (nameKey's, without a final ه); without its nationalities (words ending in ي) when `nounsOnly`. */
function roleWordSet(role: string, nounsOnly: boolean): Set<string> {
  const out = new Set<string>();
  for (const w of nameKey(role)) {
    const word = withoutFinalHa(w);
    // (a word on ي is a nisba, `الإيراني`, `القيادي`, unless a post's noun: `المفتي`, `القاضي`)
    if (!nounsOnly || !word.endsWith('ي') || roleNounsOnYa.has(word)) out.add(word);
  }
  return out;
}

/** A role's nouns, not its nationalities. */
function roleNouns(role: string): Set<string> {
  return roleWordSet(role, true);
}

/** The words of an entity's role; an unnamed post (`وزير المالية`) is its own role. */
function roleWordsOf(e: Entity): Set<string> {
  return roleWordSet(e.role ?? (e.type === 'anonymous' ? e.name : ''), false);
}

/** `e`'s role is one word, `head` (`اللاعب` for the head لاعب) */
function bareRoleOf(e: Entity, head: string): boolean {
  const theirs = roleWordsOf(e);
  return theirs.size === 1 && theirs.has(head);
}

function allIn(words: Set<string>, set: Set<string>): boolean {
  for (const w of words) if (!set.has(w)) return false;
  return true;
}

function anyIn(words: Set<string>, set: Set<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

/** one of the words after the head (up to three) opens on the article: the complement of a construct */
function complementHasArticle(words: string[]): boolean {
  for (let i = 1; i < words.length && i < 4; i++) if (/^(ال|لل)/.test(words[i])) return true;
  return false;
}

/**
 * A body or unnamed source spoken of as a she: its first word ends in ta marbuta (`وزارة التجارة`,
 * `البلدية`, `الهيئة العامة …`), or it is `إحدى …` or `مصادر …` (a plural of things takes the feminine).
 */
function feminineName(e: Entity): boolean {
  const name = e.name;
  let end = 0;
  while (end < name.length && name.charCodeAt(end) !== 32) end++;
  if (end > 2 && name.charCodeAt(end - 1) === 0x629) return true;
  const first = name.slice(0, end);
  return e.type === 'anonymous' && (first === 'إحدى' || first === 'مصادر');
}
