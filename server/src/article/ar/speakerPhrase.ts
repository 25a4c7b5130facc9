// The speaker phrase after an Arabic reporting cue (VSO: `وقال وزير الخارجية الأميركي جون كيري …`),
// split into role and name: role + name, name + role, name + `، role،`, `role، name`, name (role),
// an unnamed source (`مصدر مسؤول`), an organisation (`وزارة الخارجية التركية`) or a document that
// speaks for its author (`بيان الفيفا`, `البيان`). Bounded: at most a dozen tokens are read.
import type { Gender, Span } from '../model';
import { hasDigit, isJsSpace, lastWord, rememberedForText, rememberedPerWord, startsWithNumber } from '../text';
import { firstWordNorm, isComma, norm, stripConjunction, type Token } from './tokens';
import {
  addressedDocuments, allDefiniteStates, adverbialPhrase, dualStem, nationalities, objectNouns, resumingVerbs, groupPlural, kunyaFathers, mannerWords, documentNoun, documentNouns, Facts, factsOf, IMAM, givenNames, hasFact, hasOrAccusative, imperfectVerbLike, isCue, isIn, isInBare, organisationHeads, organisationNames, roleWords, titles,
  possessedRole, cueForm, outletFirstWords, sayingNouns, prepositionObjects, stirredFeelings, termNouns, prepositionOnBodyNoun, prophetBlessing, roleBehindDefiniteWords, soundPluralWithNun, unnamedSources, wordFacts,
} from './lexicon';

export type PhraseType = 'person' | 'organization' | 'anonymous' | 'document' | 'descriptor';

export interface SpeakerPhrase {
  /** token range read (apposition and parentheses included) */
  from: number;
  to: number;
  type: PhraseType;
  /** the name as written (a person's name, or the organisation / source as the article puts it) */
  name: string | null;
  /** where the name is, without a proclitic glued to its first word */
  nameSpan: Span | null;
  namePrefix: string;
  role: string | null;
  gender: Gender | null;
  /** a document's author (`بيان الفيفا` → الفيفا); null for a bare `البيان` */
  owner: SpeakerPhrase | null;
  /** a title written before the name (`الدكتور`), when a role precedes it */
  title?: string | null;
  /** a bare definite noun (`الحرب`, `العدل`) may be the object as well as the subject: it names a speaker only if one already has that name */
  weak?: boolean;
  /**
   * a document with one bare word after its noun (`إعلان برازيليا`, `بيان ترامب`): the word is its
   * author if the article knows them, else the document's own name (entities.ts)
   */
  namedDocument?: boolean;
  /** the Prophet, his blessing after his name (`النبي صلى الله عليه وسلم قال`): words cited, whoever spoke before goes on speaking */
  cited?: boolean;
}

const MAX_TOKENS = 18;
/** the tokens of a body's quoted name inside a role, its marks included: eight words */
const QUOTED_NAME_TOKENS = 10;
/** how far titleAhead looks for a title past the words of a long role (`مستشار معالي الوزير لقطاع … بوزارة الاتصالات وتقنية المعلومات الدكتور …`) */
const TITLE_REACH = 10;
const DASHES = new Set(['-', '–', '—', 'ـ']);

/** titles an institution's namesake carries */
const royalTitles = new Set(['الملك', 'الملكه', 'الامير', 'الاميره', 'الشيخ', 'الامام', 'السلطان'].map((w) => norm(w)));

/** `صاحب السمو`, `صاحب المعالي`: styles of address */
const styles = new Set(['السمو', 'المعالي', 'الفضيلة', 'السعادة', 'الجلالة'].map((w) => norm(w)));

/** heads that take a namesake though they head no speaking body (`مدينة الملك عبدالله الطبية`) */
const namesakeHeads = new Set(['مدينة', 'مجمع', 'كرسي'].map((w) => norm(w)));

/** `بيان صادر عن …`: a document's author after these and عن */
const issuedBy = new Set(['صادر', 'الصادر', 'صادره', 'الصادره', 'منسوب', 'المنسوب'].map((w) => norm(w)));

/** `أصدره`, `نشرته`: a verb issuing the document, its author after it */
const issuingVerbs = new Set(
  ['أصدره', 'أصدرته', 'أصدرها', 'أصدرتها', 'نشره', 'نشرته', 'نشرها', 'نشرتها', 'وزعه', 'وزعته', 'وزعها', 'وزعتها', 'أعده', 'أعدته', 'أعدها', 'أعدتها', 'وجهه', 'وجهته', 'وجهها', 'وجهتها', 'أرسله', 'أرسلته', 'أرسلها', 'أرسلتها', 'بثه', 'بثته', 'بثها', 'بثتها'].map((w) => norm(w)),
);
/** `الذي`, `التي`: a relative before the verb that issued a document (`البيان الذي أصدرته الوزارة`) */
const DOCUMENT_RELATIVES = new Set(['الذي', 'التي'].map((w) => norm(w)));

/** prepositions that open a participle's complement after a body's quoted name (`المتخصصة في`, `المعنية ب…`) */
const PARTICIPLE_COMPLEMENTS = new Set(['في', 'على', 'علي', 'عن', 'الى', 'إلى', 'بين'].map((w) => norm(w)));

/** adjectives of a document, between it and its author: `تقرير حديث لمنصة …`, `دراسة جديدة أعدتها …` */
const documentAdjectives = new Set(['حديث', 'حديثه', 'جديد', 'جديده', 'أخير', 'أخيره', 'سنوي', 'سنويه', 'رسمي', 'رسميه', 'مشترك', 'مشتركه', 'دوري', 'دوريه', 'شهري', 'شهريه', 'أسبوعي', 'أسبوعيه', 'مفصل', 'مفصله', 'مطول', 'مطوله', 'موسع', 'موسعه', 'مكتوب', 'مكتوبه', 'مصور', 'مصوره', 'صوتي', 'صوتيه', 'آخر', 'أخرى', 'ثان', 'ثاني', 'ثانيه', 'منفصل', 'منفصله'].map((w) => norm(w)));

/** adjectives of an unnamed source: `مصدر … مطلع`, `مسؤول … رفيع` */
const sourceAdjectives = new Set(['مطلع', 'مطلعه', 'مطلعون', 'مطلعين', 'رفيع', 'رفيعه', 'رفيعو', 'كبير', 'كبار', 'بارز', 'مقرب', 'مقربه', 'مقربون', 'موثوق', 'موثوقه', 'مسؤول', 'مسؤوله', 'عيان', 'متطابقه', 'خاصه', 'مختلفه', 'متعدده', 'آخر', 'أخرى', 'آخرون', 'آخرين'].map((w) => norm(w)));

/** `مطلع`, and `مطلعا` in the accusative */
function isSourceAdjective(n: string): boolean {
  // (and in the dual: `مصدران مطلعان`)
  const dual = dualStem(n);
  return hasOrAccusative(sourceAdjectives, n) || (dual !== null && sourceAdjectives.has(dual));
}

/** after the lam of possession: a role, an unnamed source, an organisation or a document (`لوزير`, `لمصادر`, `لبيان`) */
function lamNoun(stem: string): boolean {
  return isInBare(roleWords, stem) || isNoun(unnamedSources, stem) || isNoun(organisationHeads, stem) || isNoun(documentNouns, stem);
}

/** The words of each known organisation name of several words (`أطباء بلا حدود`), normalised. */
const organisationNameWords = organisationNames.map((name) => name.split(' '));

/** Past the known organisation name of several words that starts at `j` (the longest), or -1. */
function knownOrganisationEnd(tokens: Token[], j: number, limit: number): number {
  let best = -1;
  for (const words of organisationNameWords) {
    if (j + words.length > limit || j + words.length <= best) continue;
    let k = 0;
    while (k < words.length && tokens[j + k].word && tokens[j + k].norm === words[k]) k++;
    if (k === words.length) best = j + k;
  }
  return best;
}

/**
 * tokens[j - 1] ends a proper noun inside a role: the one word after في / لدى (`في دمشق`, a place) or
 * the last word of a known body's name of several words (`أطباء بلا حدود`)
 */
function properNounBefore(tokens: Token[], j: number, from: number): boolean {
  if (j - 2 >= from && (tokens[j - 2].norm === 'في' || tokens[j - 2].norm === 'لدي')) return true;
  for (let s = Math.max(from, j - 5); s < j - 1; s++) if (tokens[s].word && hasFact(tokens[s], Facts.organisationFirstWord) && knownOrganisationEnd(tokens, s, j) === j) return true;
  return false;
}

/** tokens[j] and tokens[j + 1] are plain words, the second right before a colon, a comma or a quote mark. */
function twoWordsClosing(tokens: Token[], j: number): boolean {
  const second = tokens[j + 1];
  const after = tokens[j + 2];
  if (!second?.word || !after || after.word || hasFact(second, Facts.definite | Facts.prepositional | Facts.stop | Facts.cue)) return false;
  return after.text === ':' || isComma(after) || (after.text.length === 1 && OPENING_MARKS.includes(after.text));
}

/** `نظيره`, `نظيرتها`, `نظراءه`: someone's counterpart (normalised) */
const COUNTERPARTS = new Set(['نظيره', 'نظيرها', 'نظيرته', 'نظيرتها', 'نظيرهم', 'نظراءه', 'نظرائه', 'نظراءها', 'نظرائها'].map((w) => norm(w)));

/**
 * `word` stands somewhere in `text` as a word of its own: no letter right before it (`حماس`, not only
 * inside `لحماس`). A search of the whole text, asked again of the same words (each phrase is parsed
 * from several places): remembered for the text.
 */
export const writtenAlone: (text: string, word: string) => boolean = rememberedForText(searchAlone);

/**
 * `لمانشستر`, `لبي بي سي`, `بمونديال روسيا`: a word on ل or ب (no given name, role or body of its own)
 * whose word, or whose words with the plain ones after it, the text also writes alone: where they end
 * (tokens[j] alone when only its word is written so, and it has three letters or more), else -1.
 */
function prepositionOnWrittenWords(text: string, tokens: Token[], j: number, limit: number, quoted: Uint8Array): number {
  const t = tokens[j];
  const n = t.norm;
  const first = n.charCodeAt(0);
  if (!t.word || n.length < 3 || (first !== 0x644 && first !== 0x628) || n.charCodeAt(1) === first || hasFact(t, Facts.givenName | Facts.roleIn | Facts.organisationHead | Facts.stop | Facts.prepositional)) return -1;
  let words = t.text.slice(1);
  let e = j + 1;
  while (e < limit && e - j <= 3 && tokens[e].word && !quoted[e] && !isStop(tokens, e) && !hasFact(tokens[e], Facts.cue | Facts.definite) && writtenAlone(text, words + ' ' + tokens[e].text)) words += ' ' + tokens[e++].text;
  if (e > j + 1) return e;
  return n.length >= 4 && writtenAlone(text, t.text.slice(1)) ? j + 1 : -1;
}

function searchAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    if (!(before >= 0x621 && before <= 0x64a)) return true;
  }
  return false;
}

/** A token in `from`..`to` has the fact `bit`. */
function anyFact(tokens: Token[], from: number, to: number, bit: number): boolean {
  for (let j = from; j < to; j++) if (hasFact(tokens[j], bit)) return true;
  return false;
}

/** A word (normalised or as written) with the lam of possession set aside; on the article it leaves the article (`للوزارة` → `الوزارة`). */
function withoutLam(n: string): string {
  return n.startsWith('لل') ? 'ا' + n.slice(1) : n.slice(1);
}

function isNoun(set: Set<string>, n: string): boolean {
  return isInBare(set, n);
}


/**
 * Each word's accusative ending written with its tanween (`مصدراً` → `مصدر`, `مطلعاً` → `مطلع`). Only the
 * written tanween: a bare final alif may be the word's own (`أمريكا`).
 */
function withoutAccusativeTanween(name: string): string {
  return name.replace(ACCUSATIVE_TANWEEN, '');
}
/** `أحد`, `إحدى`: one out of a group (normalised) */
const QUANTIFIERS = new Set(['احد', 'احدي']);
/** roles that speak for a party or district, named after عن (`النائب عن …`), normalised */
const REPRESENTATIVES = new Set(['النائب', 'نائب', 'والنائب', 'عضو', 'العضو', 'ممثل', 'الممثل', 'المرشح', 'مرشح'].map((w) => norm(w)));
/** how many words after عن a representative's name may begin */
const CONSTITUENCY_WORDS = 4;

/** A given name begins within CONSTITUENCY_WORDS plain words from `j` (no mark, stop word or cue before it). */
function givenNameAhead(tokens: Token[], j: number, limit: number): boolean {
  for (let i = j + 1; i < limit && i <= j + CONSTITUENCY_WORDS; i++) {
    const t = tokens[i];
    if (!t.word || isCue(t) || isStop(tokens, i)) return false;
    if (hasFact(t, Facts.givenName)) return true;
  }
  return false;
}

/** `أصحاب` (and `وأصحاب`): a group that is always the head of a construct (normalised) */
const CONSTRUCT_GROUPS = new Set(['اصحاب', 'واصحاب']);
/** `يدعى`, `ويدعى`, `اسمه`, `واسمه`: the name of an unnamed source given in apposition (normalised) */
const NAMED_AS = new Set(['يدعي', 'ويدعي', 'اسمه', 'واسمه', 'تدعي', 'وتدعي', 'اسمها', 'واسمها']);

/**
 * `مصدرا مقربا` → مصدر مقرب: the accusative written with a bare alif, taken off every word of the
 * phrase that ends in one, when its first word without the alif is a word for a source (`مصدر`,
 * `مسؤول`): there the alif cannot be the word's own.
 */
function nominativeSource(name: string): string {
  const space = name.indexOf(' ');
  const head = space < 0 ? name : name.slice(0, space);
  if (head.length < 4 || !head.endsWith('\u0627') || (wordFacts(norm(head.slice(0, -1))) & Facts.unnamedSource) === 0) return name;
  return name
    .split(' ')
    .map((w) => (w.length >= 4 && w.endsWith('\u0627') ? w.slice(0, -1) : w))
    .join(' ');
}

/** alif then fathatan, or fathatan then alif, ending a word (one character class each: no backtracking) */
const ACCUSATIVE_TANWEEN = /(?:\u0627\u064B|\u064B\u0627)(?![\p{L}\p{M}])/gu;

/** `الخارجية` but not `إليسا`: the article, read on the original letters (lexicon.ts, Facts.definite) */
function definite(t: Token): boolean {
  return (factsOf(t) & Facts.definite) !== 0;
}

/** `للمرشد`, `بالقول`, `بإيران`, `لـ`, `لحزب`, `بوزارة`: a word carrying a preposition (lexicon.ts, Facts.prepositional) */
function prepositional(t: Token): boolean {
  return (factsOf(t) & Facts.prepositional) !== 0;
}

/** `لمانشستر يونايتد الإنجليزي`: a word on ل (no given name), one more word at most, then a nationality with its article; where it ends, else -1. */
function lamBodyOfNationality(tokens: Token[], j: number, limit: number, quoted: Uint8Array): number {
  const t = tokens[j];
  if (!t.word || t.norm.charCodeAt(0) !== LAM || t.norm.charCodeAt(1) === LAM || t.norm.length < 4 || hasFact(t, Facts.givenName | Facts.roleLink)) return -1;
  for (let m = j + 1; m < limit && m <= j + 2; m++) {
    if (!tokens[m].word || quoted[m]) return -1;
    if (isNationality(tokens[m].norm)) return m + 1;
  }
  return -1;
}

/** `هذا`, `هذه`, `ذلك`, `تلك` (normalised) */
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك'].map((w) => norm(w)));

/** envoys, ambassadors and delegates (normalised, with the article or without): sent to a place (إلى) or posted at one (لدى) */
const ENVOYS = new Set(['سفير', 'سفيرة', 'مبعوث', 'مبعوثة', 'موفد', 'موفدة', 'مندوب', 'مندوبة', 'ممثل', 'ممثلة'].flatMap((w) => [norm(w), norm('ال' + w)]));

/** An envoy's word among the role's tokens [k, j) (`والمبعوث` with its و too). */
function envoyBefore(tokens: Token[], k: number, j: number): boolean {
  for (let i = k; i < j; i++) {
    const n = tokens[i].norm;
    if (ENVOYS.has(n) || ENVOYS.has(stripConjunction(n).stem)) return true;
  }
  return false;
}

/** A word of five letters or more on the preposition ل or ب, no given name nor `باسم`: an adjunct (`لدقائق`), no name's start. */
function lamOrBaAdjunct(t: Token): boolean {
  const n = t.norm;
  return t.word && (n[0] === 'ل' || n[0] === 'ب') && n.length >= 5 && !hasFact(t, Facts.givenName | Facts.roleLink);
}

/** `لحقوق الإنسان`, `لشؤون الشرق`: inside a role, a lam/ba word before a definite one is a genitive, not a name */
function genitiveInRole(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  // after a title (`الدكتور بدران العمر`) or as a given name (`بسام`), it is the name
  if (j > 0 && hasFact(tokens[j - 1], Facts.title) || hasFact(t, Facts.givenName)) return false;
  if (!((t.norm[0] === 'ل' || t.norm[0] === 'ب') && t.norm.length >= 4 && !hasFact(t, Facts.roleLink) && !!next)) return false;
  // (`الرئيس التنفيذي لتويتر، جاك دورسي،`: or the last word of the role, a name in apposition after its comma)
  return (next.word && definite(next)) || (isComma(next) && !!tokens[j + 2]?.word && hasFact(tokens[j + 2], Facts.givenName));
}

/** `جامعة الملك سعود`, `مستشفى الملك فهد التخصصي`: an institution named after a person takes the name (3 words at most) */
function namedAfterPerson(tokens: Token[], j: number, k: number): boolean {
  for (let b = j - 1; b > k && b >= j - 3; b--) {
    if (royalTitles.has(tokens[b].norm)) return true;
    if (!tokens[b].word || definite(tokens[b])) return false;
  }
  return false;
}

/**
 * After `جامعة الملك`: the end of the namesake (`فهد`, `عبد العزيز`) and of the institution's own
 * adjectives (`التخصصي`), stopping at a title or role word that opens the speaker's name. At most 4 tokens.
 */
function namesakeEnd(tokens: Token[], j: number, limit: number): number {
  let m = j + 1;
  let names = 0;
  while (m < limit && m - j <= 4 && tokens[m].word && !hasFact(tokens[m], Facts.title) && !hasFact(tokens[m], Facts.roleOrHonorific) && !isStop(tokens, m) && !isCue(tokens[m])) {
    const article = definite(tokens[m]);
    // the namesake's names first (`عبد العزيز`: an article after a particle), then definite adjectives only
    if (!article || (names > 0 && hasFact(tokens[m - 1], Facts.nameParticle)) || hasFact(tokens[m], Facts.nameArticle)) {
      if (names > 0 && !hasFact(tokens[m - 1], Facts.nameParticle) && definite(tokens[m - 1]) && !hasFact(tokens[m], Facts.nameArticle)) break;
      if (!article && names >= 2) break;
      names++;
    } else if (names === 0 || !nisba(tokens[m])) break;
    m++;
  }
  return names > 0 ? m : j + 1;
}

/**
 * A title (`المهندس`, `الدكتورة`) within TITLE_REACH plain words after `j` (a dash or a number among
 * them: `بشركة ستبر موتور - فورميولا 1 السيد …`), followed by a word that can start a name: its
 * index, else -1.
 */
function titleAhead(tokens: Token[], j: number, limit: number, quoted: Uint8Array): number {
  for (let m = j + 1; m < limit && m <= j + TITLE_REACH; m++) {
    const t = tokens[m];
    if (!quoted[m] && (DASHES.has(t.text) || startsWithNumber(t.text))) continue;
    if (!t.word || quoted[m] || isStop(tokens, m) || isCue(t)) return -1;
    // (after a title even a role-like given name, `أمين`, is the name)
    const n = tokens[m + 1];
    if (hasFact(t, Facts.title) && m + 1 < limit && n.word && !quoted[m + 1] && !definite(n) && !prepositional(n) && !isStop(tokens, m + 1) && !isCue(n)) return m;
  }
  return -1;
}

/**
 * `المتحدث باسم منظمة هيومن رايتس ووتش أحمد بن شمسي`: after an organisation's head word, a name the
 * lexicon cannot read (a foreign one, written out) runs on until a given name, where the person's name
 * starts. Two words at least before it: one unknown word before a given name is the person's own
 * first name (`منظمة العفو الدولية ريم سعيد`). The given name's index, or -1.
 */
function givenNameAfterOrganisation(tokens: Token[], j: number, from: number, limit: number, quoted: Uint8Array): number {
  if (hasFact(tokens[j], Facts.givenName)) return -1;
  let head = false;
  for (let b = j - 1; b >= from && b >= j - 3; b--) if (hasFact(tokens[b], Facts.organisationHeadIn)) head = true;
  if (!head) return -1;
  for (let m = j + 1; m < limit && m <= j + 4; m++) {
    const t = tokens[m];
    if (!t.word || quoted[m] || definite(t) || isStop(tokens, m) || isCue(t)) return -1;
    if (hasFact(t, Facts.givenName)) return m - j >= 2 ? m : -1;
  }
  return -1;
}

/** `الإيراني`, `الإسلامية`: a nisba adjective */
function nisba(t: Token): boolean {
  return (factsOf(t) & Facts.nisba) !== 0;
}

/**
 * `المديرة التنفيذية لوكالة الطاقة الدولية سارة جونسون`: a lam word that usually ends a phrase
 * (`لوكالة`, `لصحيفة` — the addressee of `قال`) is a genitive inside the role when definite words and
 * then a name follow it. Reads at most 7 tokens.
 */
function genitiveBeforeName(tokens: Token[], j: number, limit: number): boolean {
  const n = tokens[j].norm;
  if (n[0] !== 'ل' || n.length < 4 || n === 'لـ') return false;
  let m = j + 1;
  while (m < limit && m - j <= 6 && tokens[m].word && definite(tokens[m]) && !isStop(tokens, m)) m++;
  return m > j + 1 && m < limit && canStartName(tokens, m, j);
}


/**
 * Nothing of a phrase goes on at token j: the limit, a mark, a stop word, a complementiser or a cue
 * (unlike endsPhrase, a role word may still go on with it).
 */
function nothingOfPhraseAt(tokens: Token[], j: number, limit: number): boolean {
  const t = tokens[j];
  return j >= limit || !t.word || isStop(tokens, j) || hasFact(t, Facts.complementiser) || isCue(t);
}

const JUMUA = norm('الجمعة');

function isStop(tokens: Token[], j: number): boolean {
  const facts = factsOf(tokens[j]);
  // (any word but إمام / أمام, علي / على and أم is a stop word as the lexicon says)
  // (`إمام الجمعة أحمد علم الهدى`, `خطيب الجمعة`: Friday right after a role word in construct is its
  // genitive, no word of time)
  if ((facts & Facts.stopReadInContext) === 0) return (facts & Facts.stop) !== 0 && !(j > 0 && tokens[j].norm === JUMUA && (factsOf(tokens[j - 1]) & (Facts.roleBare | Facts.definite)) === Facts.roleBare);
  const n = tokens[j].norm;
  // `إمام الجامع` (imam) is no `أمام` (in front of): the hamza under the alef tells them apart
  if (n === IMAM && tokens[j].text.charCodeAt(0) === 0x625) return false;
  // `ألي جان` (Allie) is no `إلى` / `الى` (to): the hamza over the alef tells them apart
  if (n === 'الي') return tokens[j].text.charCodeAt(0) !== 0x623;
  if (n === 'علي' && tokens[j].text !== 'على') {
    // `علي` is a name (علي خامنئي) unless a definite noun follows (`علي المصنفات`); after a given
    // name, where the phrase ends, it is the name's last word (`الناشط محمد علي:`)
    const next = tokens[j + 1];
    const prev = tokens[j - 1];
    if (prev && prev.word && hasFact(prev, Facts.givenName) && (!next || !next.word)) return false;
    // (`ناصر بن علي الدوسري`: after بن it is always the father's name)
    if (prev && prev.word && hasFact(prev, Facts.nameParticle)) return false;
    // (the preposition never stands right before a colon: `الطبيب د. سامر علي:`)
    if (prev && prev.word && next && next.text === ':') return false;
    // (`علي الموسوي`, `علي الزهراني`: before a family nisba with its article it is the given name; the
    // preposition is followed by a noun, `على الصعيد`, `على المستوى الدولي`)
    if (next && next.word && (factsOf(next) & (Facts.definite | Facts.nisba)) === (Facts.definite | Facts.nisba) && next.norm.endsWith('ي')) return false;
    // (nor before إن, which follows قال, or the lam of the one told, `لـ`: `الدكتور أحمد علي إن`, `أحمد علي لـ«عكاظ»`)
    if (prev && prev.word && hasFact(prev, Facts.givenName) && next && next.word && (next.text === 'إن' || next.text.startsWith('لـ'))) return false;
    return !next || !next.word || definite(next) || hasFact(next, Facts.phraseStop);
  }
  // `أم فهد`, `أم كلثوم`: a kunya, not `or`
  if (n === 'ام' && tokens[j + 1]?.word && hasFact(tokens[j + 1], Facts.givenName)) return false;
  // `وقد`, `فقد`, `وفي`, `فإن`: a conjunction on a stop word
  return hasFact(tokens[j], Facts.stop);
}

/** `سر` / `عام` / `صندوق` after أمين: the second word of a post (أمين سر, أمين عام, أمين صندوق) */
const POST_AFTER_ROLE_NAME = new Set(['سر', 'عام', 'صندوق'].map((w) => norm(w)));

/** `أمير`, `سيد` before another given name (`حسين أمير عبد اللهيان`, `سيد خطاب`) are names, not roles */
function roleAsName(tokens: Token[], j: number, inside = false): boolean {
  const next = tokens[j + 1];
  if (!hasFact(tokens[j], Facts.roleName) || !next || !next.word || hasFact(next, Facts.roleOrHonorific) || hasFact(next, Facts.phraseStop) || isCue(next)) return false;
  // `أمير منطقة القصيم`, `عميد كلية الهندسة`: before an institution or a region it is the post
  if (hasFact(next, Facts.organisationHead)) return false;
  // (`أمين سر اللجنة`, `أمين عام الحزب`: the secretary's post, a compound role)
  if (POST_AFTER_ROLE_NAME.has(next.norm)) return false;
  // (`نجم ليفربول السابق مايكل أوين`, `نجم ريال مدريد السابق …`: its complement, a definite adjective, then a given name: the post, then its holder)
  if (!hasFact(next, Facts.givenName)) {
    for (let m = j + 2; m <= j + 3; m++) {
      const adjective = tokens[m];
      if (!adjective?.word || hasFact(adjective, Facts.phraseStop)) break;
      if (definite(adjective) && tokens[m + 1]?.word && hasFact(tokens[m + 1], Facts.givenName)) return false;
    }
  }
  // before a family name with the article only once a role is complete (`الرئيس التنفيذي للشركة أمين الناصر`)
  return !definite(next) || inside;
}

/** A cue verb on و (`وأكد`) after `عاد`: the verb the subject goes back to. */
export function resumesCue(t: Token | undefined): boolean {
  return !!t && t.word && t.text.charCodeAt(0) === 0x648 && isCue(t);
}

/**
 * After a group's من at `w - 1`, the words a group reading goes on with (the rules after `عدد من` in
 * parseSpeakerPhrase): a definite word, a word before a definite one, a body's head or a group's own
 * word (`سكان`); no stop word, complementiser or cue.
 */
function groupAfterMin(tokens: Token[], quoted: Uint8Array, w: number, limit: number): boolean {
  const t = tokens[w];
  if (w >= limit || !t.word || quoted[w] || isStop(tokens, w) || hasFact(t, Facts.complementiser) || isCue(t)) return false;
  const next = tokens[w + 1];
  return definite(t) || hasFact(t, Facts.organisationHead | Facts.unnamedSource) || (w + 1 < limit && next.word && !quoted[w + 1] && definite(next));
}

/** the definite article alone after a clitic (normalised, the tatweel gone; not ال, which is also آل, `the family of`) */
const ARTICLE_ALONE = new Set(['بال', 'وال', 'فال', 'كال', 'لل', 'وبال', 'ولل'].map((w) => norm(w)));

function canStartName(tokens: Token[], j: number, from: number): boolean {
  const t = tokens[j];
  if (!t.word || startsWithNumber(t.text) || isStop(tokens, j)) return false;
  const n = t.norm;
  // (`ما تصفه بالـ "…"`: the article and its clitics written alone, the word after them in quotes, are no name)
  if (ARTICLE_ALONE.has(n)) return false;
  // (each token's facts read once: this runs on most words of a phrase)
  const f = factsOf(t);
  if ((f & Facts.nameParticle) !== 0) return true;
  if (beforeVerbalNoun(tokens, j) || (f & Facts.verbalNounMarker) !== 0) return false;
  const pf = j > from ? factsOf(tokens[j - 1]) : 0;
  const afterWord = j > from && (pf & (Facts.roleBare | Facts.honorific)) === 0;
  // (`د. أميرة حنا`: after a title such as د. or الدكتور, the role's word is the given name)
  if (roleAsName(tokens, j, afterWord) && (j === from || (pf & Facts.roleBare) === 0 || (pf & Facts.title) !== 0)) return true;
  if ((f & (Facts.definite | Facts.prepositional | Facts.roleOrHonorific | Facts.cue)) !== 0) return false;
  // (`مدير أعمالها يعايدها`, `وفور دخولها`: a noun with `her` / `their` is someone's thing, no name's first word)
  if (possessedWord(t, f)) return false;
  // (`الطبيب السابق لدونالد ترامب`: a given name on the lam of possession is whose the role is, no name's first word)
  // (nor its surname after it: `لدونالد ترامب`)
  if (lamOnGivenName(t, f) || (j > from && lamOnGivenName(tokens[j - 1], pf))) return false;
  // (`وأكد النجم السينمائي، الذي يقود هذه الحملة، أنه`: the word after a relative pronoun opens its clause, no name)
  if (j > 0 && (factsOf(tokens[j - 1]) & Facts.relative) !== 0) return false;
  // (`المستشار الاقتصادي لترامب غاري كوهين`: nor a word on that lam, no given name, right before a given
  // name: whose the role is, the name starting after it)
  if (n.length >= 4 && n.charCodeAt(0) === LAM && (f & Facts.givenName) === 0 && j + 1 < tokens.length && tokens[j + 1].word && hasFact(tokens[j + 1], Facts.givenName)) return false;
  // (`ورئيس جمعية الشلف`: a role joined by و is a second role, no name)
  if ((f & Facts.roleIn) !== 0 && n.charCodeAt(0) === WAW) return false;
  // (`وطالب الملك الحكومة ومجلس الأمة`: nor a body's head joined by و, a second object)
  if ((f & Facts.givenName) === 0 && conjoinedBodyHead(n)) return false;
  if (adverbialPhrase(n) || mannerWords.has(n)) return false;
  // (`وأكد وزير الطاقة أهمية التعاون`: the verb's object, after its subject)
  if ((f & Facts.givenName) === 0 && (objectNouns.has(n) || ELATIVES.has(n))) return false;
  // (`الوزير عاد وأكد`: the subject's verb before a cue on its و, no name)
  if (resumingVerbs.has(n) && resumesCue(tokens[j + 1])) return false;
  // (`وأعلن تخطيط تركيا`: a verbal noun of the تفعيل pattern, not a given name, is the verb's object)
  // (`واتهمتها بتصعيد أعمال العنف`: so behind ب / ل, what the verb charges or aims at)
  if ((f & Facts.givenName) === 0 && (verbalNounShape(n) || verbalNounBehindPreposition(n))) return false;
  // (`وزير الرياضة المصري يعد الجماهير`: after a definite word, a word in ي that no given name is, with a
  // definite word after it, is an imperfect verb and its object, no name)
  if ((f & Facts.givenName) === 0 && n.charCodeAt(0) === 0x64a && j > from && (pf & Facts.definite) !== 0 && tokens[j + 1]?.word && hasFact(tokens[j + 1], Facts.definite)) return false;
  // (`وكان الوزير يتحدث لعدد من`: or a derived imperfect, `يتفعل`, `ينفعل`, whatever follows it)
  if ((f & Facts.givenName) === 0 && j > from && (pf & Facts.definite) !== 0 && derivedImperfect(n)) return false;
  // (`تقول الواشنطن بوست، وتستخدم تلك الجماهير`: و on an imperfect verb in ت opens a clause, no name)
  if ((f & Facts.givenName) === 0 && n.length >= 5 && n.charCodeAt(0) === WAW && n.charCodeAt(1) === 0x62a) return false;
  // (`يعد تلاعباً`: a written tanween of the accusative marks an object or a predicate, never a name)
  if (accusativeEnding(t.text) || ((f & Facts.givenName) === 0 && accusativeObject(n))) return false;
  // (`نائب رئيس اللجنة لاذعا بقوله`: an active participle in the accusative, its tanween unwritten, before
  // no word of a name is how the subject spoke, no name)
  if ((f & Facts.givenName) === 0 && participleInAccusative(n) && !nameWordAfter(tokens, j + 1)) return false;
  // (`في مستودع كبير، مغنيا: «…»`: so is a derived form's, right before the colon of the words)
  if ((f & Facts.givenName) === 0 && derivedParticipleInAccusative(n) && tokens[j + 1]?.text === ':') return false;
  // (`ترامب يهاجم غوغل`: يفاعل, an imperfect of form III, with its object after it, is a verb, never a name)
  if ((f & Facts.givenName) === 0 && formThreeShape(n) && tokens[j + 1]?.word) return false;
  // (`بل جسّد الحارس العصري`: فعّل, its shadda written, is a verb, never a name)
  if ((f & Facts.givenName) === 0 && t.text.length === 4 && t.text.charCodeAt(2) === 0x651) return false;
  // (`أول مدرب في التاريخ يحرز ألقاب`: يفعل, an imperfect verb with its object after it, opens a clause)
  if ((f & Facts.givenName) === 0 && imperfectOfThree(n) && tokens[j + 1]?.word) return false;
  // (`وأبدى أسفه`, `سعادته`: a feeling with its owner's pronoun is the verb's object)
  if ((f & Facts.withHis) !== 0 && feelingShown(t.text)) return false;
  // (`أيضاًالرياضةالمملكة`: a web page's `اقرأ أيضاً` glued to the next story's title is no name)
  if (n.length > ALSO.length && n.startsWith(ALSO)) return false;
  // (`وزير العدل حافظ الأختام الطيب لوح`: the keeper of the seals, a title, not the given name حافظ)
  if (n === HAFIZ && tokens[j + 1]?.norm === SEALS) return false;
  // (`منة فضالي`: normalised, the name منة is منه, `from him`; the ة written says the name)
  if (n === FIRST || n === AMMA || TENS.has(n) || (PREPOSITION_WITH_PRONOUN.has(n) && t.text.charCodeAt(t.text.length - 1) !== 0x629)) return false;
  // (`الحارس البالغ طوله مترين`, `البالغ من العمر 30 عاما`: what البالغ measures is no name; a given name after it is)
  if ((f & Facts.givenName) === 0 && measuredAfter(tokens, j, from)) return false;
  // `الفريق أول ركن فياض الرويلي`, `اللواء الطيار`: what qualifies a rank belongs to it
  if (RANK_QUALIFIERS.has(n) && j > from && tokens[j - 1].word && (hasFact(tokens[j - 1], Facts.roleOrHonorific | Facts.title) || RANK_QUALIFIERS.has(tokens[j - 1].norm) || RANKS.has(tokens[j - 1].norm))) return false;
  // `رئيس الغرفة التجارية بجدة محمد …`: a ba/lam word before a given name is a place, not the name
  if ((n[0] === 'ب' || n[0] === 'ل') && (f & Facts.givenName) === 0 && tokens[j + 1]?.word && hasFact(tokens[j + 1], Facts.givenName)) return false;
  // (`عضو اللجنة المركزية لفتح مسؤول ملف المصالحة`: ل on a word after a definite word, a role after it, is
  // whose the role is)
  if (n.charCodeAt(0) === LAM && n.length >= 4 && (f & Facts.givenName) === 0 && (pf & Facts.definite) !== 0 && tokens[j + 1]?.word && (factsOf(tokens[j + 1]) & Facts.roleOrHonorific) !== 0) return false;
  // (`المستشارة القانونية لمجموعة "بي إن"`: ب / ل on a body's or a group's noun opens the role's complement)
  if ((f & Facts.givenName) === 0 && prepositionOnBodyNoun(n)) return false;
  // (`محامي ترامب بدفعه مبالغ`: so is what a noun of confession or charge names, after its subject)
  if ((f & Facts.givenName) === 0 && chargedWith(n, t.text, tokens[j + 1])) return false;
  // (`التي تحاصرها قوات النظام`: an imperfect verb carrying its object's pronoun opens a clause, no name)
  if ((f & Facts.givenName) === 0 && imperfectWithObject(t.text)) return false;
  // (`باسم` opens a role's complement, never a name)
  if ((f & (Facts.roleLink | Facts.organisationHead | Facts.unnamedSource | Facts.documentNounBare)) !== 0) return false;
  if (j > from) {
    const prev = tokens[j - 1];
    const given = (f & Facts.givenName) !== 0;
    const prevDefinite = (pf & Facts.definite) !== 0;
    // a construct complement: `وزير خارجية`, `مديرة تشيلسي`, `باسم الخارجية`, `في سامسونج`
    // (`مؤسسها خالد`: a role under a possessive takes no complement; a name may follow at once)
    if (prev.word && !prevDefinite && (pf & (Facts.roleBare | Facts.roleLink | Facts.organisationHead)) !== 0 && !(given && possessedRole(prev.norm))) return false;
    // (`الرئيس التنفيذي لشركة أرامكو أمين الناصر`: so after a body's head behind ل / ب)
    // (not after one with its article, `للمصرف ماهر بن خالد`: a definite head takes no genitive)
    if (prev.word && (pf & Facts.prepositional) !== 0 && (pf & Facts.organisationHeadIn) !== 0 && !given && !DEFINITE_BEHIND_PREPOSITION.test(prev.norm)) return false;
    if (prev.norm === 'في' || prev.norm === 'من') return false;
    // `وشكر المدرب لاعبيه`, `ووجه الرئيس رسالته`, `ودعا الشيخ أتباعه`: a possessed noun after the
    // subject's role is the verb's object, no name
    // (`وتابع الهداف الإنجليزي حديثه`: so after the role's definite adjectives)
    if (prevDefinite && !given && possessedAfterRole(tokens, j, from)) return false;
    // (`المتحدث باسم عملية عاصفة الحزم، العميد …`: the construct after باسم is all the role's)
    // (only inside a construct, the word before indefinite: `باسم الخارجية الأميركية جين بساكي` names her)
    if (!prevDefinite && j - 2 >= from && tokens[j - 2].word && hasFact(tokens[j - 2], Facts.roleLink) && !given) return false;
    // `مدير مشروع سكني`: an indefinite nisba after an indefinite common noun is its adjective, not a name
    // (t is indefinite here: a definite word returned above)
    // (`المتحدثة باسم اللجنة في دمشق انجي صدقي:`, `مديرة أطباء بلا حدود ميني نيكولاي:`: after a place or a
    // body's known name, two such words closing the phrase are a foreign name, ي ending or not)
    if (prev.word && !prevDefinite && (f & Facts.nisba) !== 0 && !given && (pf & (Facts.roleOrHonorific | Facts.title | Facts.givenName)) === 0 && !(properNounBefore(tokens, j, from) && twoWordsClosing(tokens, j))) return false;
    // `مدير عام فرع …`: after the adjective عام the role goes on
    if (prev.norm === 'عام' && j - 2 >= from && hasFact(tokens[j - 2], Facts.roleBare)) return false;
  }
  return true;
}

/**
 * tokens[open] opens a quote right after a definite word of a role, holding two to five words, none
 * definite, a stop word or a cue (as a foreign name is written; `بن` may stand in it): the index past
 * its closing mark, else -1.
 */
function quotedNameAfterRole(tokens: Token[], quoted: Uint8Array, open: number, limit: number): number {
  // (`الرئيس التنفيذي للشركة "تيم كوك"`: or a definite word on its lam, the body the role is held at)
  if (open === 0 || !tokens[open - 1].word || !(definite(tokens[open - 1]) || tokens[open - 1].norm.startsWith('لل'))) return -1;
  let w = open + 1;
  for (; w < limit && quoted[w] && tokens[w].word && w - open <= 5; w++) {
    const t = tokens[w];
    if (definite(t) || (isStop(tokens, w) && !hasFact(t, Facts.nameParticle)) || isCue(t) || startsWithNumber(t.text)) return -1;
  }
  const words = w - open - 1;
  // (`وقال الوزير "نريد تغييرا جذريا".`: a quote closing the sentence is the words, no name the sentence goes on from)
  const after = tokens[w + 1];
  if (!after || after.newLine || after.sentenceEnd) return -1;
  return words >= 2 && words <= 5 && w < limit && quoted[w] && !tokens[w].word ? w + 1 : -1;
}

/**
 * The word at `j` is a possessed noun right after a definite role word (`وشكر المدرب لاعبيه`), or a
 * noun of speech, a document or a feeling with `his` after the role's definite adjectives or genitive
 * (`الهداف الإنجليزي حديثه`, `صاحب الظلال كلامه`; not any word shaped so: `المدرب البرتغالي جوزيه` is a name).
 */
function possessedAfterRole(tokens: Token[], j: number, from: number): boolean {
  // (`يتابع صاحب الظلال كلامه`: a role in construct with its definite genitive, too)
  const b = roleBehindDefiniteWords(tokens, j, from);
  if (b < 0) return false;
  const text = tokens[j].text;
  return b === j - 1 ? definite(tokens[b]) && possessedNoun(text) : spokenOrFeltWithHis(text);
}

/** `تخطيط`, `تطوير`, `تعزيز` (normalised): the تفعيل verbal noun, five letters, ت first and ي fourth */
function verbalNounShape(n: string): boolean {
  return n.length === 5 && n.charCodeAt(0) === 0x62a && n.charCodeAt(3) === 0x64a;
}

/**
 * `بتسهيل`, `لتعزيز` (normalised): ب or ل on the تفعيل verbal noun, the complement of a verb; and on
 * the verbal nouns of the derived forms opening on alef with alef before their last letter
 * (`باتهام`, `بإعلان`, `بانتقاد`, `باستخدام`)
 */
function verbalNounBehindPreposition(n: string): boolean {
  if (n[0] !== 'ب' && n[0] !== 'ل') return false;
  if (prepositionObjects.has(n.slice(1))) return true;
  const m = n.length - 1;
  return verbalNounShape(n.slice(1)) || (m >= 5 && m <= 7 && n.charCodeAt(1) === ALEF && n.charCodeAt(n.length - 2) === ALEF);
}
const ALEF = 0x627;

/**
 * A noun carrying a possessive pronoun, as written: `رسالتها`, `لاعبيهم`, and with ه after the endings
 * names seldom have before it (`لاعبيه`, `رسالته`, `زملائه`) or in a broken plural (`أتباعه`, `أنصاره`).
 */
export function possessedNoun(text: string): boolean {
  const n = text.length;
  if (n < 4) return false;
  if (POSSESSIVE_PLURAL.test(text)) return true;
  if (text.charCodeAt(n - 1) !== 0x647) return false; // ه
  const before = text.charCodeAt(n - 2);
  // ي ت ئ ء before it, or أفعاله
  if (before === 0x64a || before === 0x62a || before === 0x626 || before === 0x621 || (n >= 5 && text.charCodeAt(0) === 0x623 && text.charCodeAt(n - 3) === 0x627)) return true;
  return spokenOrFeltWithHis(text);
}

/**
 * `وختم الوزير حديثه`, `كلمته`, `بيانه`: a document's or speech's noun with ه, no name; `وأبدى أسفه`,
 * `سعادته`: a feeling shown, the object of أبدى / أعرب عن.
 */
function spokenOrFeltWithHis(text: string): boolean {
  if (text.length < 4 || text.charCodeAt(text.length - 1) !== 0x647) return false;
  const noun = norm(text.slice(0, -1));
  return documentNoun(noun) !== null || SPEECH_NOUNS.has(noun) || feelingNoun(noun);
}
/** A tanween of the accusative written on the last letter, before or after its alef (`تلاعباً`, `تلاعبًا`); by char codes, asked of most words of a phrase. */
export function accusativeEnding(text: string): boolean {
  const n = text.length;
  if (n < 3) return false;
  const a = text.charCodeAt(n - 2);
  const b = text.charCodeAt(n - 1);
  return (a === 0x627 && b === 0x64b) || (a === 0x64b && b === 0x627);
}

/**
 * `بعدم`, `بدفعه مبالغ` (normalised): ب / ل on عدم, or on a verbal noun of three letters carrying its
 * doer's pronoun before an indefinite word (its object): what a verb charges someone with, no name
 */
function chargedWith(n: string, written: string, next: Token | undefined): boolean {
  if ((n[0] !== 'ب' && n[0] !== 'ل') || n.length < 4) return false;
  // (the pronoun ه as written: normalised, a ة reads the same)
  return (wordFacts(n.slice(1)) & Facts.verbalNounMarker) !== 0 || (n.length === 5 && written.endsWith('ه') && next?.word === true && !definite(next));
}

/** `تحاصرها`, `يعتبرهم` (as written): ت / ي, four letters or more, then ها / هم / هن */
function imperfectWithObject(text: string): boolean {
  const n = text.length;
  if (n < 6) return false;
  const first = text.charCodeAt(0);
  if (first !== 0x62a && first !== 0x64a) return false;
  const a = text.charCodeAt(n - 2);
  const b = text.charCodeAt(n - 1);
  return a === 0x647 && (b === 0x627 || b === 0x645 || b === 0x646);
}

/**
 * `تعاونا مستقبليا`: an indefinite noun and its nisba adjective, both with the alif of the accusative
 * (tanween unwritten): the verb's object, no subject or name
 */
function accusativePair(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t.word || !next?.word || t.norm.length < 4 || next.norm.length < 5 || !t.norm.endsWith('ا') || !next.norm.endsWith('يا')) return false;
  return !hasFact(t, Facts.givenName | Facts.definite) && !hasFact(next, Facts.givenName | Facts.definite);
}

/**
 * `اجتماع`, `استخدام` (normalised): the verbal noun of form VIII (افتعال, its ت also ط or د) or X
 * (استفعال), never a subject's first word when a genitive follows it
 */
function derivedVerbalNoun(n: string): boolean {
  if (n.length === 6) return n.charCodeAt(0) === ALEF && (n[2] === 'ت' || n[2] === 'ط' || n[2] === 'د') && n.charCodeAt(4) === ALEF;
  return n.length === 7 && n.startsWith('است') && n.charCodeAt(5) === ALEF;
}

/**
 * `لاذعا`, `ساخرا`: the shape فاعلا, an active participle with the alif of the accusative; `تمسكا`:
 * تفعّلا, a verbal noun so
 */
function participleInAccusative(n: string): boolean {
  return n.length === 5 && (n.charCodeAt(1) === 0x627 || n.charCodeAt(0) === 0x62a) && n.charCodeAt(4) === 0x627;
}

/**
 * `متحديا`, `مغنيا`, `مبتسما`: the participle of a derived form (مُفعِلا, مُتفعّلا, مُستفعِلا) with the
 * alif of the accusative, a consonant after its م (not `ماريا`, `مونيكا`)
 */
/** `ساخرا`, `مغنيا`: a participle in the accusative, how words are said (either shape above) */
export function accusativeParticiple(n: string): boolean {
  return participleInAccusative(n) || derivedParticipleInAccusative(n);
}

function derivedParticipleInAccusative(n: string): boolean {
  return n.length >= 5 && n.length <= 8 && n.charCodeAt(0) === 0x645 && n.charCodeAt(n.length - 1) === 0x627 && !isLongVowel(n.charCodeAt(1));
}

/** ا, و or ي: a long vowel where a pattern's consonant would stand */
function isLongVowel(c: number): boolean {
  return c === 0x627 || c === 0x648 || c === 0x64a;
}

/**
 * `يستعد لتنفيذ`, `يحرز ألقاب`: ي, a consonant, then at least two letters, before a word that is no
 * stop, cue or complementiser (`بن علي يلدريم إن` keeps its surname)
 */
function imperfectAfterName(tokens: Token[], j: number): boolean {
  const n = tokens[j].norm;
  if (n.length < 4 || n.charCodeAt(0) !== 0x64a) return false;
  if (isLongVowel(n.charCodeAt(1))) return false;
  const next = tokens[j + 1];
  return !!next && next.word && !isStop(tokens, j + 1) && (factsOf(next) & (Facts.cue | Facts.complementiser)) === 0;
}

/** `البالغ` / `البالغة` (amounting to) among the four words before `j` (after `from`) */
function measuredAfter(tokens: Token[], j: number, from: number): boolean {
  for (let b = j - 1; b >= from && b >= j - 4; b--) {
    if (!tokens[b].word) return false;
    // (a length test first: this runs for most words a name may start on)
    const n = tokens[b].norm;
    if ((n.length === 6 || n.length === 7) && AMOUNTING.has(n)) return true;
  }
  return false;
}

/** `يحرز`, `يؤكد`, `تعشق`: ي or ت and three root letters, none a long vowel (`يوسف`, `ياسر`, `تركي` are names) */
function imperfectOfThree(n: string): boolean {
  if (n.length !== 4 || (n.charCodeAt(0) !== 0x64a && n.charCodeAt(0) !== 0x62a)) return false;
  for (let i = 1; i < 4; i++) {
    const c = n.charCodeAt(i);
    if (c === 0x627 || c === 0x648 || c === 0x64a || c === 0x649 || c === 0x629) return false;
  }
  return true;
}

/**
 * What may follow a name stands at `j`: anything but a word behind a preposition (`لاذعا بقوله`,
 * `ساخرا من`), which takes a participle's complement (`وقالت داليا:` keeps its name)
 */
function nameWordAfter(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !t || !t.word || ((factsOf(t) & Facts.prepositional) === 0 && !t.norm.startsWith('بقول'));
}

/** `دخولها`, `نتائجهم`: a noun with a possessive `her` / `their` (no given name); `f`: the token's facts. */
export function possessedWord(t: Token, f = factsOf(t)): boolean {
  const n = t.norm;
  return (f & Facts.givenName) === 0 && n.length >= 5 && (n.endsWith('ها') || n.endsWith('هم'));
}

/** A feeling's noun with `his` (`أسفه`, `سعادته`): what someone shows, never a name. */
export function feelingShown(text: string): boolean {
  return feelingNoun(norm(text.slice(0, -1)));
}

/** `noun` (normalised, its ه taken off) is a feeling's, its ta marbuta written ت before the pronoun (`سعادت`). */
function feelingNoun(noun: string): boolean {
  return FEELING_NOUNS.has(noun) || (noun.endsWith('ت') && FEELING_NOUNS.has(noun.slice(0, -1) + 'ه'));
}
/** feelings and stances one shows (`أبدى أسفه`, `أعرب عن قلقه`), normalised */
const FEELING_NOUNS = new Set(['أسف', 'خوف', 'قلق', 'ارتياح', 'سعادة', 'استغراب', 'تفاؤل', 'رضا', 'أمل', 'ترحيب', 'استياء', 'غضب', 'دهشة', 'تقدير', 'شكر', 'امتنان', 'اعتزاز', 'فخر', 'حزن', 'تضامن', 'تأييد', 'رفض', 'اعتراض', 'انزعاج', 'تخوف', 'ثقة', 'استعداد', 'إعجاب', 'أسى', 'تشكك', 'شك', 'تحفظ', 'حرص', 'رغبة', 'نية', 'عزم'].map((w) => norm(w)));
/** `حديثه`, `كلمتها`: what someone says, with his or her pronoun (never a speaker's name) */
function ownTalk(text: string): boolean {
  // (read first by two char codes: this is asked at every speaker phrase)
  if (!TALK_FIRST.has(text.charCodeAt(0))) return false;
  const pronoun = text.endsWith('ها') || text.endsWith('هم') ? 2 : text.endsWith('ه') ? 1 : 0;
  if (pronoun === 0 || text.length < pronoun + 3) return false;
  const noun = norm(text.slice(0, -pronoun));
  return SPEECH_NOUNS.has(noun) || noun === KALIMA;
}
const KALIMA = norm('كلمت');
/** `المحللون`, `الخبراء`: an unnamed source's plural with its article (normalised, after و/ف) */
function definiteGroup(n: string): boolean {
  const w = n.startsWith('وال') || n.startsWith('فال') ? n.slice(1) : n;
  return w.startsWith('ال') && groupPlural(w.slice(2));
}

/** ل or ب on the article (`للمصرف`, `بالشركة`), normalised */
const DEFINITE_BEHIND_PREPOSITION = /^(?:لل|بال|وال|فال|ولل|وبال)/;
/** words after a military rank that qualify it (`الفريق أول ركن`, `العميد الطيار`), normalised */
const RANK_QUALIFIERS = new Set(['أول', 'ركن', 'الركن', 'طيار', 'الطيار', 'بحري', 'البحري', 'متقاعد', 'المتقاعد', 'ثان'].map((w) => norm(w)));
/** `أول` (first) is never a name's first word: `وقال أول المتحدثين` */
const FIRST = norm('أول');
/** `أما` (as for) opens a topic, never a name: `أما الذين قرروا التحدث، فلديهم …:` */
const AMMA = norm('أما');
/** `عشر`, `عشرة` (ten, of `الحادية عشرة`) are never a name's first word */
const TENS = new Set(['عشر', 'عشرة'].map((w) => norm(w)));
const AMOUNTING = new Set(['البالغ', 'البالغة'].map((w) => norm(w)));
/** `مسؤول ملف المصالحة فيها`: a preposition carrying a pronoun is the role's, never a name's first word */
const PREPOSITION_WITH_PRONOUN = new Set(['فيه', 'فيها', 'فيهم', 'منه', 'منها', 'منهم', 'عنه', 'عنها', 'عليه', 'عليها', 'لديه', 'لديها', 'لدى'].map((w) => norm(w)));
const HAFIZ = norm('حافظ');
const SEALS = norm('الأختام');
/** a sport's posts, whose construct names a club (normalised) */
const CLUB_POSTS = new Set(['مدرب', 'لاعب', 'مهاجم', 'حارس', 'مدافع', 'نجم', 'هداف', 'قائد'].map((w) => norm(w)));

/** Every token of tokens[from, to) is a plain indefinite word: no given name, particle, title, role, body or preposition says where a name starts. */
function unknownWords(tokens: Token[], from: number, to: number): boolean {
  for (let b = from; b < to; b++) if (!tokens[b].word || hasFact(tokens[b], Facts.givenName | Facts.nameParticle | Facts.title | Facts.definite | Facts.roleOrHonorific | Facts.prepositional | Facts.organisationHead)) return false;
  return true;
}

/** The `)` closing the bracket at `open` over one to three words, before `limit`; -1 when none. */
function closingBracket(tokens: Token[], open: number, limit: number): number {
  for (let b = open + 1; b < limit && b <= open + 4; b++) {
    if (tokens[b].text === ')') return b;
    if (!tokens[b].word) return -1;
  }
  return -1;
}

/** `السابق`, `الأسبق`: former (normalised) */
export const FORMER = new Set(['السابق', 'السابقة', 'الأسبق'].map((w) => norm(w)));
/** أيضا, also (normalised) */
export const ALSO = norm('أيضا');
/** ranks that are no role word of their own (`الفريق` is also `the team`) */
const RANKS = new Set(['الفريق', 'فريق'].map((w) => norm(w)));
/** occasions where words are said, indefinite (`في عرض قدمه`, `خلال ندوة نظمتها`): after في / خلال they end a role */
const SPEAKING_OCCASIONS = new Set(['عرض', 'مداخلة', 'ندوة', 'مؤتمر', 'لقاء', 'حوار', 'مقابلة', 'محاضرة', 'اتصال', 'جلسة', 'اجتماع', 'حديث'].map((w) => norm(w)));
/** nouns of what someone says, besides documents (`حديثه`, `كلامه`, `ردّه`), normalised */
const SPEECH_NOUNS = new Set(['حديث', 'كلام', 'رد', 'قول', 'تعليق', 'جواب', 'حوار', 'طلب', 'مطلب', 'اقتراح', 'موقف', 'رأي'].map((w) => norm(w)));
/** the first letters of ownTalk's nouns */
const TALK_FIRST = new Set([...SPEECH_NOUNS, KALIMA].map((w) => w.charCodeAt(0)));
const POSSESSIVE_PLURAL = /(?:ها|هم|هما|هن)$/;

/** `فضل عدم الكشف`, `طلب عدم ذكر`: a word before عدم / دون is a verb (فضل, not the name Fadl) */
function beforeVerbalNoun(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && next.word && hasFact(next, Facts.verbalNounMarker);
}

const FAMILY = norm('آل');

/** The word after `j` is definite and no family name: `اسم الفائز`, `نتائج الدراسة` (not `سالم العمري`) */
function headsDefiniteNoun(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && next.word && definite(next) && !nisba(next) && !hasFact(next, Facts.nameArticle) && !hasFact(next, Facts.givenName);
}

/** Whether the quoted span opening at token `open` is a few words with a name right after it, before `limit`. */
function nameAfterQuotedBody(tokens: Token[], quoted: Uint8Array, open: number, limit: number): boolean {
  let q = open;
  while (q < limit && quoted[q] && q - open < QUOTED_NAME_TOKENS) q++;
  return q > open + 1 && q < limit && !quoted[q] && !isCue(tokens[q]) && canStartName(tokens, q, q);
}

/** the damma, a short u written over a letter */
const DAMMA = 0x64f;

/** `يعتذر`, `يتحدث`, `ينسحب`, `يستعد` (normalised): يـ on form V, VI, VII, VIII or X, a verb (five letters or more) */
/** `يهاجم`, `يطالب`, `يتابع` (normalised): ي, a consonant, then ا (يفاعل), five letters */
function formThreeShape(n: string): boolean {
  return n.length === 5 && n.charCodeAt(0) === 0x64a && n.charCodeAt(2) === 0x627 && !isLongVowel(n.charCodeAt(1));
}

/** tokens[j] is an imperfect verb of form III (`يهاجم`), no given name, with a word after it */
export function formThreeImperfect(t: Token): boolean {
  return t.word && formThreeShape(t.norm) && !hasFact(t, Facts.givenName);
}

function derivedImperfect(n: string): boolean {
  return n.length >= 5 && n.charCodeAt(0) === 0x64a && (n.charCodeAt(1) === 0x62a || n.charCodeAt(2) === 0x62a || n.charCodeAt(1) === 0x646);
}

/** elatives before the noun they qualify (`أفضل وداع`, `أكثر من`), normalised; not أكبر, a given name's second word (علي أكبر ولايتي) */
const ELATIVES = new Set(['أفضل', 'أكثر', 'أقل', 'أحسن', 'أسوأ', 'أعلى', 'أدنى', 'أقوى', 'أبرز', 'أهم', 'أخطر', 'أسرع', 'أطول', 'أصغر', 'أقدم', 'أحدث'].map((w) => norm(w)));

/**
 * tokens[k] is a nationality with its article (`الفرنسي`, `المصرية`: lexicon), and what follows may
 * open a name (a given name, or a word neither definite nor a stop, role, body or cue word).
 */
function nationalityBeforeGivenName(tokens: Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (k + 1 >= limit || !next?.word || !isNationality(t.norm)) return false;
  const nf = factsOf(next);
  if ((nf & Facts.givenName) === 0 && (nf & (Facts.definite | Facts.stop | Facts.phraseStop | Facts.roleOrHonorific | Facts.organisationHead | Facts.cue | Facts.prepositional)) !== 0) return false;
  const f = factsOf(t);
  return (f & Facts.definite) !== 0 && (f & (Facts.stop | Facts.relative | Facts.roleOrHonorific | Facts.organisationHead | Facts.givenName)) === 0;
}

/**
 * `بيانا`, `اعتذارا`: a document or an object noun with the alif of the indefinite accusative (its
 * tanween unwritten) is what a verb issues or offers, no word of a name (normalised).
 */
function accusativeObject(n: string): boolean {
  return n.length >= 4 && n.charCodeAt(n.length - 1) === 0x627 && accusativeObjectStem(n);
}
// (`واقتبس عباس كلاما للمفكر`, `أثارت ملاحظاته غضبا`: a noun of saying or a feeling stirred, or a document noun listed with its alif, too)
const accusativeObjectStem: (n: string) => boolean = rememberedPerWord((n) => documentNouns.has(n.slice(0, -1)) || objectNouns.has(n.slice(0, -1)) || sayingNouns.has(n.slice(0, -1)) || stirredFeelings.has(n.slice(0, -1)) || documentNouns.has(n));

/** `ومجلس` (normalised): و on a body's head */
function conjoinedBodyHead(n: string): boolean {
  return n.charCodeAt(0) === WAW && (factsAfterConjunction(n) & Facts.organisationHead) !== 0;
}

/** `الفرنسي`, `المصريه` (normalised): a nationality with its article (remembered per word) */
const isNationality: (n: string) => boolean = rememberedPerWord((n) => n.startsWith('ال') && nationalities.has(n.slice(2)));

/**
 * `لدونالد`, `لعلي`: a given name on the lam of possession or of the one told (not a given name of its
 * own, `لطيفة`); `f`: the token's facts, when the caller has them.
 */
export function lamOnGivenName(t: Token, f = factsOf(t)): boolean {
  const n = t.norm;
  return t.word && (f & Facts.givenName) === 0 && n.length > 3 && n.charCodeAt(0) === 0x644 && (wordFacts(n.slice(1)) & Facts.givenName) !== 0;
}

/** قام, قامت, يقوم, تقوم (on و / ف too): `قام بـ` + what was done */
const QAMA = new Set(['قام', 'قامت', 'يقوم', 'تقوم'].map((w) => norm(w)));

/** A form of قام stands within four words (a role, a title) before the name starting at `nameStart`. */
function afterQama(tokens: Token[], nameStart: number): boolean {
  for (let b = nameStart - 1; b >= 0 && b >= nameStart - 5; b--) {
    const t = tokens[b];
    if (!t.word) return false;
    if (QAMA.has(stripConjunction(t.norm).stem)) return true;
  }
  return false;
}

function canContinueName(tokens: Token[], j: number, index: number, afterRole = false): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  // (each token's facts read once: this runs on every word of a name)
  const f = factsOf(t);
  const pf = factsOf(prev);
  // five words at most, or six when the last follows a particle (`عبد الله بن زايد آل نهيان`)
  // (`وصرح أصغر فرهادي لفرانس24`: no word of a person's name holds a digit)
  if (!t.word || (index >= 5 && !(index === 5 && (pf & Facts.nameParticle) !== 0)) || hasDigit(t.text)) return false;
  const n = t.norm;
  if (isStop(tokens, j) || beforeVerbalNoun(tokens, j) || (f & Facts.verbalNounMarker) !== 0) return false;
  // (`رامي عبد الرحمن لفرانس برس`: an outlet on the lam of the one told ends the name)
  if (n.length > 3 && n.charCodeAt(0) === 0x644 && outletFirstWords.has(n.slice(1))) return false;
  // (`واتهم تركيا بتسهيل دخول …`: ب / ل on a verbal noun of the تفعيل pattern is the verb's complement)
  if ((f & Facts.givenName) === 0 && verbalNounBehindPreposition(n)) return false;
  // (`ساره ساندرز Yk "…"`: a name written in Arabic letters goes on in no other script)
  if (t.text.charCodeAt(0) < 0x600 && prev.text.charCodeAt(0) >= 0x600) return false;
  // (`وودّع بوزيدي جماهير مونبلييه`: a group or an unnamed source, fans / witnesses / experts, is the verb's object, no name's word)
  if ((f & (Facts.givenName | Facts.unnamedSource)) === Facts.unnamedSource && !t.norm.startsWith('ال')) return false;
  // (`وصف الرئيس الأمريكي دونالد ترامب كتاب الصحفي`: after two words of a name, a book, a film, a company… heading a definite genitive is the verb's object)
  if (index >= 2 && (f & Facts.givenName) === 0 && isIn(termNouns, n) && !!tokens[j + 1]?.word && definite(tokens[j + 1]) && !hasFact(tokens[j + 1], Facts.nameArticle)) return false;
  // (`طلب جون سميث تأجيل القضية`, `ترامب ارتكاب`: after two words of a name, a verbal noun of a derived
  // form, تفعيل / افتعال / استفعال, with a word after it is the verb's object)
  if (index >= 2 && (f & Facts.givenName) === 0 && (derivedVerbalNoun(n) || verbalNounShape(n)) && !nothingOfPhraseAt(tokens, j + 1, tokens.length)) return false;
  // (`وكانت المطربة سعاد حسني تخاف من الجمهور`: after two words of a name, an imperfect on ت / ي, no given
  // name, with a preposition right after it is the subject's verb, no name's word)
  if (index >= 2 && (f & Facts.givenName) === 0 && (n.charCodeAt(0) === 0x62a || n.charCodeAt(0) === 0x64a) && n.length >= 3 && n.length <= 5 && !!tokens[j + 1]?.word && BARE_PREPOSITIONS.has(tokens[j + 1].norm)) return false;
  // (`وقامت الفنانة دنيا سمير غانم بنشر صورة`, `قام الرئيس سامي يوسف بزيارة`: after a form of قام, its
  // subject's name ends before the بـ of what was done)
  if (index >= 2 && (f & (Facts.givenName | Facts.nameParticle)) === 0 && n.length >= 4 && n.charCodeAt(0) === 0x628 && afterQama(tokens, j - index)) return false;
  // (`منح مدربه فينغر أفضل وداع`: an elative, best / biggest / most, qualifies what follows, no name's word)
  if ((f & Facts.givenName) === 0 && ELATIVES.has(n)) return false;
  // (`وقدم فريمان اعتذارا`, `وأصدر فريمان بيانا قال فيه`: the verb's object after its subject)
  if ((f & Facts.givenName) === 0 && accusativeObject(n)) return false;
  // (`ونشر الشيخ محمد تغريدة عبر صفحته`: so is a document with no article in ة, `tweet`, `letter`;
  // not `خطاب`, `كتاب`, family names too)
  if ((f & (Facts.givenName | Facts.documentNounBare)) === Facts.documentNounBare && n.endsWith('ه')) return false;
  // after آل comes the family's name, whatever else the word can be (`حمد آل الشيخ`); after بن the
  // father's (`مراد بن شيخ الحسين`), unless it is a verb of saying
  if (prev.norm === FAMILY) return true;
  // (after أبو of a kunya even a verb's form is the name: `دنيا أبو طالب`)
  if ((pf & Facts.nameParticle) !== 0 && ((f & Facts.cue) === 0 || kunyaFathers.has(prev.norm))) return true;
  if (roleAsName(tokens, j)) return true;
  if ((f & Facts.withHis) !== 0 && surnameEndingInHa(tokens, j, index, pf)) return true;
  if ((f & (Facts.roleOrHonorific | Facts.roleLink | Facts.prepositional | Facts.cue)) !== 0) return false;
  // (from here on the word before is no particle: after one the name went on or a cue ended it)
  if (n.length >= 5 && (n.endsWith('ها') || n.endsWith('هم'))) return false;
  // (`أنتوني ألبانيزي كاتبا “…”`, `رجب طيب أردوغان متحديا،`: after two words of a name, a participle
  // in the accusative right before the words said is how they were said; `آنا ماريا:` keeps its second word)
  if (index >= 2 && (f & Facts.givenName) === 0 && accusativeParticiple(n) && tokens[j + 1] !== undefined && !tokens[j + 1].word) return false;
  // (`التونسية أنس جابر تتأهل لنهائي دورة`: تتفعّل, an imperfect of form V or VI, is a verb, never a name)
  if ((f & Facts.givenName) === 0 && n.length >= 5 && n.charCodeAt(0) === 0x62a && n.charCodeAt(1) === 0x62a) return false;
  // (`محمود عباس يعتذر عن`: so is يـ on a derived form, يتفعّل / يفتعل / ينفعل / يستفعل, after a name's first word)
  if (index >= 1 && (f & Facts.givenName) === 0 && derivedImperfect(n)) return false;
  const isDefinite = (f & Facts.definite) !== 0;
  const prevDefinite = (pf & Facts.definite) !== 0;
  // `سعاد بنعلي اسم الفائز`: after two words of a name, a word heading a definite noun (no family
  // nisba, no compound like `عبد الله`) is the verb's object, unless it is a given name
  if (index >= 2 && !isDefinite && (f & (Facts.givenName | Facts.nameParticle)) === 0 && headsDefiniteNoun(tokens, j)) return false;
  // `منصور حديثه`: a noun with `his` is the verb's object (not `عبدالله`, `سيبويه`; nor a word with the
  // article, which takes no such pronoun: `محمد الفقيه`)
  if ((f & Facts.withHis) !== 0 && (f & Facts.definite) === 0) return false;
  // (`مهاجم بوروسيا دورتموند السابق`: `former` qualifies a role, never a name)
  if (FORMER.has(n)) return false;
  // (`وتعتبرها تل أبيب وواشنطن إرهابية`: a long feminine nisba without the article after a name is
  // the predicate the verb gives its object, no word of the name; `محمد عطية` is short)
  if (index >= 1 && !isDefinite && (f & Facts.givenName) === 0 && t.text.length >= 6 && t.text.endsWith('ية')) return false;
  // (`الدكتور كورشامب حلاً مبتكراً`: a written accusative tanween ends the name, as it never starts one)
  if (accusativeEnding(t.text)) return false;
  // (`كان كورتوا يستعد لتنفيذ`: an imperfect verb with its complement after the name is its predicate)
  if ((f & Facts.givenName) === 0 && imperfectAfterName(tokens, j)) return false;
  // (`ريكس تيلرسون محادثات مطولة`, `كشف إسرائيل معلومات استخباراتية`: after a name, a plural in ات
  // with its feminine adjective after it is the verb's object)
  if (index >= 1 && (f & Facts.givenName) === 0 && t.text.length >= 5 && t.text.endsWith('ات') && tokens[j + 1]?.word && !definite(tokens[j + 1]) && tokens[j + 1].text.endsWith('ة')) return false;
  // `سامي الفرج جماهير ناديه`: after a family name with its article, a plain word is the verb's object
  // (not after a compound like `عبد الرحمن` or `زين الدين`, and not a given name or `بن`)
  if (index >= 2 && prevDefinite && !isDefinite && (f & (Facts.nameParticle | Facts.givenName)) === 0 && ((pf & Facts.nameArticle) === 0 || index !== 2 || n === prophetBlessing[0]) && !hasFact(tokens[j - 2], Facts.nameParticle)) return false;
  if (isDefinite) {
    // `وانتقد الوزير خالد سعيد الحكومة،`: a body's head word with its article (الحكومة، الوزارة) is the verb's object, no family name
    if ((f & Facts.organisationHead) !== 0) return false;
    // an article inside a name: after a particle (`عبد اللهيان`), a compound (`زين الدين`), or a family nisba (`طارق الشناوي`)
    // (`محمد سالم العمري`: a family nisba closes a longer name too)
    // `ماجد بن عبدالله الحقيل`: a family name after a patronymic
    // (`عبد الحكيم ولد سيدي المختار`: ولد, son of, as in Mauritanian names)
    const patronymic = index >= 2 && j >= 2 && (tokens[j - 2].norm === 'بن' || tokens[j - 2].norm === 'بنت' || tokens[j - 2].norm === 'ابن' || tokens[j - 2].norm === 'ولد') && !prevDefinite;
    // (`طارق عبد المجيد الزهراني`: a family nisba after a compound with عبد, or one closed by a name's article word, nameArticles: `حسام الدين المرزوقي`)
    const afterCompound = index >= 2 && j >= 2 && prevDefinite && (hasFact(tokens[j - 2], Facts.nameParticle) || (pf & Facts.nameArticle) !== 0);
    // (`الدكتور عادل سليمان النجار أستاذ …`: a family name closing a three-word name before a role, a comma or the words)
    // (not before a participle of saying or بأن: `أيد رئيس الوزراء ماريو روسي الدعوة مؤكدا`, `وصف الرئيس إيمانويل ماكرون الحادث بأنه` have the verb's object there)
    const closesName = index === 2 && afterRole && !prevDefinite && endsPhrase(tokens, j + 1) && !objectBeforeWords(tokens[j + 1]);
    const isNisba = (f & Facts.nisba) !== 0;
    // (`وقال عادل الجبير إن`, `ثامر السبهان:`: a definite family name right before the words said;
    // an object there would not be followed by إن or a colon)
    const familyBeforeWords = index === 1 && opensWords(tokens[j + 1]);
    // (`وقال أشرف القدرة الناطق باسم الوزارة`: so right before a definite role word, its apposition)
    const familyBeforeRole = index === 1 && !!tokens[j + 1]?.word && definite(tokens[j + 1]) && hasFact(tokens[j + 1], Facts.roleBare);
    // (`ماجد حسن الجابري أوضح`: a family nisba after a given name and a father's given name)
    const afterTwoGiven = index === 2 && isNisba && !prevDefinite && (pf & Facts.givenName) !== 0 && hasFact(tokens[j - 2], Facts.givenName);
    // (`وقال المدير عبد الرحمن الراشد إن`: any family name after a compound with عبد, where the phrase ends right after it)
    // (`يؤكد … عبد الحق الخيام على أن`: or before the cue's على أن)
    const familyAfterCompound = afterCompound && ((endsPhrase(tokens, j + 1) && !objectBeforeWords(tokens[j + 1])) || (tokens[j + 1]?.norm === 'علي' && tokens[j + 2]?.norm === 'ان'));
    return familyBeforeWords || familyBeforeRole || afterTwoGiven || patronymic || (f & Facts.nameArticle) !== 0 || (index === 1 && (isNisba || afterRole)) || (index >= 2 && afterRole && isNisba && !prevDefinite) || (afterCompound && isNisba) || familyAfterCompound || closesName;
  }
  if (n === 'و' || n === 'ف') return false; // a conjunction standing alone (`عزت العلايلي و(…)`)
  // `و` is a conjunction, unless the word is a long foreign name on its own (`كاثرين ويليامز`, not `ومحمود`)
  if (n.startsWith('و') && (f & Facts.nameParticle) === 0 && n.length >= 3 && (n.length < 6 || givenNames.has(n.slice(1)))) return false;
  return true;
}

/** prepositions written as words of their own, that an imperfect verb takes (`تخاف من`, `يعمل في`) */
const BARE_PREPOSITIONS = new Set(['من', 'في', 'على', 'الى', 'عن', 'مع'].map((w) => norm(w)));

/** `وهو`, `وهي` opening a description after a name and its comma */
const PREDICATE_PRONOUNS_ON_WAW = new Set(['وهو', 'وهي']);

/**
 * `مارك روته:`, `أنطونيو كونته إن`: a word ending in ه after a given name, right before the words said,
 * is a foreign surname, not a noun with `his` nor a verb with `it` (`روته`, she told it): after the
 * cue and its subject's given name no object or second verb comes before a colon or إن.
 */
export function surnameEndingInHa(tokens: Token[], j: number, index = 1, pf = j > 0 ? factsOf(tokens[j - 1]) : 0): boolean {
  return index === 1 && (pf & Facts.givenName) !== 0 && hasFact(tokens[j], Facts.withHis) && opensWords(tokens[j + 1]) && !ownTalk(tokens[j].text);
}

const WAW = 0x648;
const LAM = 0x644;

/** `بصنعاء`, `بالرياض`: a word on ب, no given name (`بندر`, `بسام` are: canStartName read them so) */
/** `، عمرو طنطاوي،`: at `j` a comma, then a name of two words or more, then another comma */
function nameInCommas(tokens: Token[], j: number, limit: number): boolean {
  if (!(j + 2 < limit && isComma(tokens[j]) && canStartName(tokens, j + 1, j + 1))) return false;
  let b = j + 2;
  while (b < limit && canContinueName(tokens, b, b - j - 1, true)) b++;
  return b - j > 2 && b < limit && isComma(tokens[b]);
}

/** `المسؤول`, `المسؤولة` (normalised): the one responsible, whose عن goes on with the role */
const RESPONSIBLE = new Set(['المسؤول', 'المسؤولة', 'مسؤول', 'مسؤولة'].map((w) => norm(w)));

function postPlace(t: Token): boolean {
  return t.norm.length >= 4 && t.norm.charCodeAt(0) === 0x628 && !hasFact(t, Facts.givenName);
}

/** إن / أن / بأن or a colon: the words said, or their clause, begin here. */
function opensWords(t: Token | undefined): boolean {
  return !!t && (t.text === ':' || (t.word && hasFact(t, Facts.complementiser) && (t.norm === 'ان' || t.norm === 'بان')));
}

/** What stands at `j` ends a speaker phrase: a role word, a mark, a complementiser or a cue, or nothing. */
/** `على صفحته`, `في تغريدة`, `عبر حسابها`: a preposition, then someone's page or a document: where words were said */
function whereSaid(tokens: Token[], b: number): boolean {
  if (inDocumentAt(tokens, b, true)) return true;
  const n = tokens[b].norm;
  const next = tokens[b + 1];
  if ((n !== 'في' && n !== 'علي' && n !== 'عبر') || !next?.word) return false;
  return next.text.length >= 5 && /(?:ه|ها|هم)$/.test(next.text) && !hasFact(next, Facts.roleOrHonorific | Facts.organisationHead);
}

/** `مؤكدا`, `بأنه`: a participle of saying or بأن, which follow a verb's object as readily as its subject */
function objectBeforeWords(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  if (t.norm.startsWith('بان')) return true;
  return isCue(t) && cueForm(t.norm)?.form.kind === 'participle';
}

function endsPhrase(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !t || !t.word || hasFact(t, Facts.roleOrHonorific) || hasFact(t, Facts.complementiser) || isCue(t);
}

/** `s` without the white space and punctuation (`،` `,` `:` `؛` `;` and dashes) that end it, read back from its end */
function trimPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && isTrailingPunctuation(s.charCodeAt(end - 1))) end--;
  // (`الروائي العالمي "` before a name in quotes: an opening mark after a space ends nothing)
  if (end > 1 && OPENING_MARKS.includes(s[end - 1]) && isJsSpace(s.charCodeAt(end - 2))) {
    end--;
    while (end > 0 && isTrailingPunctuation(s.charCodeAt(end - 1))) end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

const OPENING_MARKS = '"«“„';

/** JavaScript's \s (isJsSpace), `،` `,` `:` `؛` `;` `-` `–` `—` */
function isTrailingPunctuation(c: number): boolean {
  return isJsSpace(c) || c === 0x60c || c === 44 || c === 58 || c === 0x61b || c === 59 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** (one token's text is its word's own string: no slice, and the per-word memos find it by identity) */
function textOf(text: string, tokens: Token[], from: number, to: number): string {
  const s = to === from + 1 ? tokens[from].text : text.slice(tokens[from].start, tokens[to - 1].end);
  // (a hashtag's words, `ابنته #لورا_سميت`, as words: `ابنته لورا سميت`)
  return s.indexOf('_') < 0 && s.indexOf('#') < 0 ? s : s.replace(HASHTAG_MARKS, (m) => (m === '_' ? ' ' : ''));
}
const HASHTAG_MARKS = /[#_]/g;

/**
 * Reads a speaker phrase starting at token `k`, never past `limit` (exclusive). `possessor`: the phrase
 * follows a document and may open with the lam of possession (`مقالا لوزير الخارجية … ظريف`).
 */
export function parseSpeakerPhrase(text: string, tokens: Token[], k: number, limit: number, quoted: Uint8Array, possessor = false, conjunction = false): SpeakerPhrase | null {
  /** an apposition after the phrase may reach a little further than the phrase itself */
  const appositionLimit = Math.min(limit, tokens.length);
  limit = Math.min(limit, tokens.length, k + MAX_TOKENS);
  // `صاحب السمو الملكي أمير منطقة الرياض`: the style of address is part of neither role nor name
  if (k + 2 < limit && tokens[k].norm === 'صاحب' && styles.has(tokens[k + 1].norm)) {
    const at = tokens[k + 2].norm === 'الملكي' ? k + 3 : k + 2;
    const p = parseSpeakerPhrase(text, tokens, at, limit, quoted, possessor, conjunction);
    return p ? { ...p, from: k } : null;
  }
  // `وقال يجب أن …`, `قال هناك …`: a clause, not a speaker
  // (`ويتفق معه محللون`: a preposition with a pronoun opens no speaker)
  if (k < 0 || k >= limit || !tokens[k].word || quoted[k] || isStop(tokens, k) || hasFact(tokens[k], Facts.honorificPronoun | Facts.clauseOpener | Facts.pronounSource)) return null;
  // (`أعلن الفرنسي أرسين فينغر`: a nationality before a given name is how the person is introduced, a role)
  const nationality = nationalityBeforeGivenName(tokens, k, limit) ? parseSpeakerPhrase(text, tokens, k + 1, limit, quoted, possessor, conjunction) : null;
  if (nationality && nationality.type === 'person' && nationality.name && nationality.nameSpan?.start === tokens[k + 1].start) {
    return { ...nationality, from: k, role: nationality.role ?? tokens[k].text, gender: nationality.gender ?? (tokens[k].norm.endsWith('يه') ? 'female' : 'male') };
  }
  // `وختم حديثه بالقول`, `وأنهى كلمته قائلا`: his talk is the verb's object; the speaker is the one before
  // (`وعلّق عليها كاتباً:`: a word in the accusative, its tanween written, alone before the words is
  // how they were said, no subject; `نشرته مؤخراً مؤسسة` has its subject after such an adverb)
  if (ownTalk(tokens[k].text) || (accusativeEnding(tokens[k].text) && !tokens[k + 1]?.word)) return null;
  // (`وفقا لمصادر حضرت`: after وفقا the lam goes with a source or an organisation too)
  // (`ووفقا لبيان صادر عن البنك المركزي`: a document too)
  // (`بيان لحماس`: so on a name the article writes elsewhere without it; `لبنان` keeps its own ل)
  const lam = possessor && tokens[k].norm[0] === 'ل' && (lamNoun(withoutLam(tokens[k].norm)) || (tokens[k].norm.length >= 4 && !hasFact(tokens[k], Facts.givenName) && writtenAlone(text, tokens[k].text.slice(1))));
  // (`.. ومدرب القادسية يرد:`, `.. والسكان:`: a subject opening its clause may carry و / ف, when `conjunction`)
  const conj = !lam && conjunction && conjoinedPhraseHead(tokens[k].norm);
  const clitic = lam ? 'ل' : conj ? tokens[k].norm[0] : '';
  const first = lam ? withoutLam(tokens[k].norm) : clitic ? tokens[k].norm.slice(1) : tokens[k].norm;
  // what the lexicon says of the first word: the token's own facts, read once per distinct word (a bit each, no lookup)
  const firstFacts = clitic ? wordFacts(first) : factsOf(tokens[k]);
  if ((firstFacts & Facts.cue) !== 0) return null;
  // (a first word no lexicon names as a given name, role, body, source or document)
  const plainFirst = (firstFacts & (Facts.givenName | Facts.roleOrHonorific | Facts.organisationHead | Facts.unnamedSource | Facts.documentNounBare)) === 0;
  // (`تصريحات أدلى بها رئيس الوزراء`: a word with a preposition carrying a pronoun right after it is a verb
  // and its complement, the subject after them)
  // (`التي تحاصرها قوات النظام`: so is an imperfect carrying its object's pronoun)
  if (plainFirst && ((tokens[k + 1]?.word && hasFact(tokens[k + 1], Facts.pronounSource)) || imperfectWithObject(tokens[k].text))) return null;
  // (`وأعلن تخطيط تركيا لـ`: a phrase opening on a verbal noun of the تفعيل pattern is the verb's object)
  if (plainFirst && verbalNounShape(first)) return null;
  // (`وأضاف بسخرية:`, `وتابع بنبرة حادة`: how it was said, no subject)
  if (plainFirst && adverbialPhrase(tokens[k].norm)) return null;
  // (`ووصف اجتماع وزراء المجموعة بأنه`: so on one of form VIII or X with its genitive; `لا يستبعد تعاونا
  // مستقبليا`: and on a noun with its adjective in the accusative)
  if (plainFirst && ((derivedVerbalNoun(first) && tokens[k + 1]?.word === true && !quoted[k + 1]) || accusativePair(tokens, k))) return null;
  // `أشاد بنظام الرئيس …`, `بجهود المعلمين`: a preposition glued to the first word opens a complement, not a subject
  // (`لاعب الوسط`, `لجنة الانضباط`: a role or body whose own first letter is ل or ب)
  const ownLetter = (firstFacts & (Facts.roleOrHonorific | Facts.organisationHead | Facts.unnamedSource | Facts.documentNounBare)) !== 0;
  // (`بمشاركة عازف الغيتار …`: so before a role word)
  // (`واتهمتها بتصعيد أعمال العنف`: or a verbal noun behind it)
  // (`أفادت بمقتل 16 مدنيا`: or a number after it, what the preposition's noun counts)
  if (!lam && !ownLetter && (first[0] === 'ب' || first[0] === 'ل') && (firstFacts & Facts.givenName) === 0 && ((tokens[k + 1]?.word && (definite(tokens[k + 1]) || hasFact(tokens[k + 1], Facts.roleBare))) || startsWithNumber(tokens[k + 1]?.text ?? '') || verbalNounShape(first.slice(1)))) return null;
  // (`واتهمهم بعدم إقرار تشريع`, `اتهمه بدفعه مبالغ`: ب / ل on عدم, or on a verbal noun carrying its doer's
  // pronoun, is what the verb charges him with, no subject)
  if (!lam && !ownLetter && (firstFacts & Facts.givenName) === 0 && chargedWith(first, tokens[k].text, tokens[k + 1])) return null;

  if ((firstFacts & Facts.documentNounBare) !== 0) {
    // `بيان صادر عن الوزارة`: the author follows عن
    let o = k + 1;
    // (`تقرير حديث لمنصة …`: an adjective or two of the document first)
    while (o < limit && o <= k + 2 && documentAdjectives.has(tokens[o].norm)) o++;
    if (o + 1 < limit && issuedBy.has(tokens[o].norm) && tokens[o + 1].norm === 'عن') o += 2;
    // `بيان أصدره المرصد`, `البيان الذي أصدرته الوزارة`: the verb that issued it, then its author
    else if (o + 1 < limit && issuingVerbs.has(tokens[o].norm)) o += 1;
    else if (o + 2 < limit && DOCUMENT_RELATIVES.has(tokens[o].norm) && issuingVerbs.has(tokens[o + 1].norm)) o += 2;
    // (`تقرير لوزارة الصحة`, `تقرير حديث لشركة …`: the author may follow the lam of possession; not
    // the lam on the article after a document sent to someone, `خطاب للبلدية`)
    const addressee = o === k + 1 && o < limit && tokens[o].norm.startsWith('لل') && addressedDocuments.has(documentNoun(tokens[k].norm) ?? '');
    // (`وأوضح البيان تفاصيل عمل الدوائر`: a definite document takes no genitive; the word right after it,
    // off a lam, is the verb's object, no author)
    const objectAfter = o === k + 1 && definite(tokens[k]) && o < limit && tokens[o].norm.charCodeAt(0) !== LAM;
    const owner = o < limit && tokens[o].word && !isStop(tokens, o) && !addressee && !objectAfter ? parseSpeakerPhrase(text, tokens, o, limit, quoted, true) : null;
    const ownerOk = owner && owner.type !== 'document' && owner.type !== 'descriptor' ? owner : null;
    // (`تقرير برلماني خرج مؤخرا`, `تقرير برلماني فرنسي`: indefinite nisbas right after the noun are its
    // adjectives, and a verb after them opens a clause about the document: `برلماني خرج` is no one's
    // name; the document is named with its adjectives, and the clause still read over, as the name was)
    if (owner && o === k + 1 && owner.type === 'person') {
      let e = o;
      while (e < owner.to && tokens[e].word && !definite(tokens[e]) && (factsOf(tokens[e]) & (Facts.nisba | Facts.givenName)) === Facts.nisba) e++;
      if (e > o && (e === owner.to || (tokens[e].word && (factsOf(tokens[e]) & (Facts.sentenceVerb | Facts.nisba)) === Facts.sentenceVerb))) {
        const adjectives: SpeakerPhrase = { from: o, to: e, type: 'person', name: textOf(text, tokens, o, e), nameSpan: { start: tokens[o].start, end: tokens[e - 1].end }, namePrefix: '', role: null, gender: null, owner: null };
        return { from: k, to: owner.to, type: 'document', name: textOf(text, tokens, k, e), nameSpan: { start: tokens[k].start, end: tokens[e - 1].end }, namePrefix: '', role: null, gender: null, owner: adjectives, namedDocument: true };
      }
    }
    const doc: SpeakerPhrase = { from: k, to: ownerOk ? ownerOk.to : k + 1, type: 'document', name: null, nameSpan: null, namePrefix: '', role: null, gender: null, owner: ownerOk };
    // (`إعلان برازيليا`: an indefinite word, no given name, right after the noun)
    if (ownerOk && o === k + 1 && ownerOk.type === 'person' && ownerOk.to === o + 1 && !ownerOk.role && !ownerOk.title && !definite(tokens[o]) && !hasFact(tokens[o], Facts.givenName)) {
      doc.name = textOf(text, tokens, k, o + 1);
      doc.nameSpan = { start: tokens[k].start, end: tokens[o].end };
      doc.namedDocument = true;
    }
    return doc;
  }

  const leading: 'org' | 'anonymous' | 'role' | 'other' =
    // (a known name of several words only when it is written whole: `أطباء` alone are doctors)
    (firstFacts & Facts.organisationHead) !== 0 || ((firstFacts & Facts.organisationFirstWord) !== 0 && knownOrganisationEnd(tokens, k, limit) > k + 1) ? 'org'
      // `مصدر عسكري` is a new unnamed source; `المسؤول الإيراني` refers back to someone named
      // (a group with its article is one: `ويؤكد المحللون`, `ويرى الخبراء`)
      : (firstFacts & Facts.unnamedSource) !== 0 && (!definite(tokens[k]) || definiteGroup(tokens[k].norm)) ? 'anonymous'
        : (firstFacts & Facts.roleOrHonorific) !== 0 ? 'role'
          : 'other';

  /** `أحد …`, `إحدى …`: a source counted out of a group, whose words follow */
  const quantified = leading === 'anonymous' && !clitic && QUANTIFIERS.has(tokens[k].norm) && k + 1 < limit;
  /** `أصحاب …`: a group named in a construct with what it owns */
  const constructGroup = leading === 'anonymous' && CONSTRUCT_GROUPS.has(tokens[k].norm) && k + 1 < limit;

  // 1. the main phrase
  let j = k;
  let nameFrom = -1;
  let nameTo = -1;
  let postRoleFrom = -1;
  let firstPreposition = -1;
  /** the first word a preposition inside the role governs (its object), while it and the definite words after it run */
  let objectFrom = -1;
  let sawRole = false;
  for (; j < limit; j++) {
    const t = tokens[j];
    // (a headline's `مصممة سعودية على الطريقة اليابانية` ends at its line: the next line's words are no name of it)
    if (j > k && t.newLine) break;
    if (t.word && hasFact(t, Facts.roleIn)) sawRole = true;
    // `المحلل في بنك «الراجحي» مازن السديري`: a short quoted name inside a role is part of it, and
    // so is the name of a body right after its head (`صحيفة "عكاظ"`, `حركة «حماس»`)
    if (quoted[j] && ((leading === 'role' || sawRole) || (leading === 'org' && j === k + 1)) && nameFrom < 0) {
      let q = j;
      while (q < limit && quoted[q] && q - j < QUOTED_NAME_TOKENS) q++;
      // (`واعتبر الوزير "حماس" تهدد الاستقرار`: a verb right after the quote makes it the subject of the
      // clause the verb opens, no part of the role)
      if (q < limit && !quoted[q] && imperfectVerbLike(tokens[q])) break;
      // (`وأدان الوزير "العدوان" الإسرائيلي`: a definite word takes no definite genitive, so a quoted
      // definite word right after one is the verb's object, no body the role names)
      if (leading !== 'org' && j > k && j + 1 < q && definite(tokens[j - 1]) && definite(tokens[j + 1])) break;
      // (`الناطق الرسمي باسم “الحوثيين”، محمد عبدالسلام،`: the body's name closes the role, a name follows in apposition)
      if (leading !== 'org' && q - j <= 5 && q + 1 < limit && isComma(tokens[q]) && canStartName(tokens, q + 1, q + 1)) {
        j = q;
        break;
      }
      // (`يقول الروائي العالمي "غابريل غاريثا ماركيز" الحائز على …`: after a definite role, two to five
      // indefinite words in quotes, none a stop word, are the person's name in apposition)
      const pastName = leading === 'role' ? quotedNameAfterRole(tokens, quoted, j, limit) : -1;
      if (pastName > 0) {
        nameFrom = j + 1;
        nameTo = pastName - 1;
        j = pastName;
        break;
      }
      // (`وقال الوزير "نعم" ثم غادر`: inside a role only a name or the role's words go on after it)
      // (`رئيسة بعثة منظمة "أطباء بلا حدود" في الأراضي الفلسطينية ماري …`: after a body's quoted name, where it works goes on with the role)
      const bodyIn = q < limit && tokens[q].norm === 'في' && j > k && hasFact(tokens[j - 1], Facts.organisationHead);
      if (leading !== 'org' && (q >= limit || !tokens[q].word || (isStop(tokens, q) && !bodyIn))) break;
      // (`مدير منظمة "سوريون من أجل الحقيقة والعدالة" بسام الأحمد`: a body's name of up to eight words)
      if (q < limit && !quoted[q] && q - j < QUOTED_NAME_TOKENS) {
        // (`منصة "ماجنيت" المتخصصة في …`: a participle with its complement describes the body the
        // quote names, no word of its name)
        if (leading === 'org' && !sawRole && definite(tokens[q]) && q + 1 < limit && PARTICIPLE_COMPLEMENTS.has(tokens[q + 1].norm)) {
          j = q;
          break;
        }
        j = q - 1;
        continue;
      }
    }
    // `مدير برامج أطباء بلا حدود في إيطاليا ماركو بيرتوتو`, `منظمة العفو الدولية`: a body's known name of
    // several words, in a role before any name or in a body's name, is read whole (no person named أطباء)
    if (nameFrom < 0 && (leading === 'org' || leading === 'role' || sawRole) && t.word && hasFact(t, Facts.organisationFirstWord)) {
      const end = knownOrganisationEnd(tokens, j, limit);
      if (end > j + 1) {
        j = end - 1;
        continue;
      }
    }
    // `د. خالد يوسف`: the dot of an abbreviated title, a name after it
    // (a mark is never a word: the flag first, the text only for marks)
    if (!t.word && t.text === '.' && j > k && nameFrom < 0 && hasFact(tokens[j - 1], Facts.title) && j + 1 < limit && tokens[j + 1].word && !quoted[j + 1]) continue;
    // `الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ`: a body's short name in brackets inside a role, a name after it
    if (!t.word && t.text === '(' && j > k && nameFrom < 0 && (leading === 'role' || sawRole)) {
      const close = closingBracket(tokens, j, limit);
      if (close > j + 1 && close + 1 < limit && canStartName(tokens, close + 1, close + 1)) {
        j = close;
        continue;
      }
    }
    // (`غرفة التجارة المشتركة الإيرانية - العراقية حميد حسيني`: a dash between two nisbas inside a role joins them)
    if (!t.word && (t.text === '-' || t.text === '–') && j > k && nameFrom < 0 && (leading === 'role' || sawRole) && j + 1 < limit && !quoted[j + 1] && hasFact(tokens[j - 1], Facts.nisba) && hasFact(tokens[j + 1], Facts.nisba)) continue;
    if (!t.word || quoted[j]) break;
    // (`أشار مسح أُجري في عام 2014`: a damma written on a word's first letter marks a verb in the
    // passive, no word of a name)
    if (j > k && t.text.charCodeAt(1) === DAMMA) break;
    // `شاهد عيان يدعى أحمد`: a source named right after يدعى / اسمه, no comma between
    if (j > k && nameFrom < 0 && (leading === 'anonymous' || leading === 'role') && NAMED_AS.has(t.norm) && j + 1 < appositionLimit && canStartName(tokens, j + 1, j + 1)) {
      let b = j + 2;
      while (b < appositionLimit && canContinueName(tokens, b, b - j - 1)) b++;
      return { from: k, to: b, type: 'person', name: textOf(text, tokens, j + 1, b), nameSpan: { start: tokens[j + 1].start, end: tokens[b - 1].end }, namePrefix: '', role: textOf(text, tokens, k, j), gender: null, owner: null };
    }
    // (`دنيا أبو طالب`: after أبو / بن the name goes on, whatever the word else is)
    // (`مارك روته:`: nor after a given name before the words said, surnameEndingInHa)
    if (j > k && isCue(t) && !(nameFrom >= 0 && (hasFact(tokens[j - 1], Facts.nameParticle) || surnameEndingInHa(tokens, j, j - nameFrom)))) break;
    // `مصدر طلب عدم ذكر اسمه`: the word before عدم is the verb of a clause about the source
    if (j > k && beforeVerbalNoun(tokens, j)) break;
    // (`اللاعب السابق للفريق الأحمر وأحد أبرز نجومه`: a second description joined by و ends a role with no name)
    if (j > k && nameFrom < 0 && t.norm.length > 2 && t.norm.charCodeAt(0) === WAW && (wordFacts(t.norm.slice(1)) & Facts.unnamedSource) !== 0) break;
    // (`وكان الوزير يتحدث لعدد من`: a derived imperfect after a definite word is the subject's verb)
    if (j > k && nameFrom < 0 && definite(tokens[j - 1]) && !hasFact(t, Facts.givenName) && derivedImperfect(t.norm)) break;
    // `وطالب الوزير بضرورة …`, `وقال الرئيس لمدة ساعة`: a phrase of the verb ends the speaker's
    // (`القيادي بحماس محمود الزهار`: `بحماس`, `with zeal`, is also `in Hamas` when a given name follows)
    // (`وأكد وزير الطاقة أهمية التعاون`: so does the verb's object after its subject)
    if (j > k && objectNouns.has(t.norm) && !hasFact(t, Facts.givenName)) break;
    // (`وأبلغ وزير المال الكندي نظيره الأمريكي منوتشين`: his counterpart is the one the verb reaches, no part of its subject)
    if (j > k && COUNTERPARTS.has(t.norm)) break;
    // (`ووعد الكونغرس ب"الشفافية"`: a preposition written apart before the quote ends the phrase)
    if (j > k && t.norm.length === 1 && (t.norm === 'ب' || t.norm === 'ل') && j + 1 < tokens.length && (quoted[j + 1] || (!tokens[j + 1].word && OPENING_MARKS.includes(tokens[j + 1].text)))) {
      // (`الرئيس السابق لـ"سوليداريتيه سكولير" كريستيان أجاكس`: but a role's لـ before a body's quoted name
      // and a name after it goes on with the role, as a genitive before a name does)
      if (!(t.norm === 'ل' && nameFrom < 0 && (leading === 'role' || sawRole) && nameAfterQuotedBody(tokens, quoted, j + 1, limit))) break;
      if (firstPreposition < 0) firstPreposition = j;
      continue;
    }
    // (`اعتراف محامي ترامب بدفعه مبالغ`: what he is charged with ends the phrase)
    if (j > k && !hasFact(t, Facts.givenName) && chargedWith(t.norm, t.text, tokens[j + 1])) break;
    // (`مدربه الذهبي أيضاً الإيطالي كارلو أنشيلوتي`: أيضا, also, inside a role before its next adjective, goes on with it)
    if (j > k && nameFrom < 0 && t.norm === ALSO && (leading === 'role' || sawRole) && tokens[j + 1]?.word && (nisba(tokens[j + 1]) || hasFact(tokens[j + 1], Facts.givenName))) continue;
    if (j > k && (adverbialPhrase(t.norm) || (mannerWords.has(t.norm) && !(tokens[j + 1]?.word && hasFact(tokens[j + 1], Facts.givenName) && !isStop(tokens, j + 1))))) break;
    // `الباحثة في مركز … بجامعة الملك فهد الدكتورة …`: an institution's namesake belongs to the role
    // (only after a head in construct, `بجامعة الملك فهد`: after a definite word, `أمير المنطقة الأمير فيصل بن
    // سلمان`, `وزير الداخلية الأمير …`, the title opens the name of the one the role describes)
    if (nameFrom < 0 && j > k && (leading === 'role' || sawRole) && royalTitles.has(t.norm) && !definite(tokens[j - 1]) && (hasFact(tokens[j - 1], Facts.organisationHeadIn) || isIn(namesakeHeads, tokens[j - 1].norm))) {
      const m = namesakeEnd(tokens, j, limit);
      if (m > j + 1 && m < limit) {
        j = m - 1;
        continue;
      }
    }
    const inRole = postRoleFrom >= 0;
    // `عدد من الفنانين المصريين`, `مصادر من الحزب`: a quantifier takes its من
    // (not `حذر خبراء من أن …`: من there is the verb's, before a complementiser or a stop word)
    // (nor `يحذر فيه خبراء من أضرار اندلاع حرب`: only when a group the rules below read follows it)
    if (leading === 'anonymous' && j === k + 1 && t.norm === 'من' && groupAfterMin(tokens, quoted, j + 1, limit)) continue;
    // `أحد أقارب المصابين`, `إحدى ساكنات الحي`: one of a group names the group in a construct, then its definite genitive
    if (quantified && !quoted[j] && t.word && ((j === k + 1 && !isStop(tokens, j) && !isCue(t)) || (j === k + 2 && definite(t) && !definite(tokens[k + 1])))) continue;
    // `أصحاب صالات أفراح`: a group named by what it owns takes a genitive chain of two words, definite or not
    // (`أصحاب محلات رفضوا`, `أصحاب محلات يطالبون`: not a verb)
    if (constructGroup && j <= k + 2 && !quoted[j] && t.word && !isStop(tokens, j) && !isCue(t) && (j === k + 1 || (!definite(tokens[k + 1]) && !imperfectVerbLike(t) && !t.norm.endsWith('وا')))) continue;
    // (`عدد من أولياء الأمور`: the noun after that من may be the head of a construct)
    // (`خبراء من مجلس نافيلد البريطاني`: so is a body's head, whatever its name after it)
    // (`عدد من سكان حي الفيصلية`: and a group's own word, whatever follows it)
    if (leading === 'anonymous' && j === k + 2 && tokens[k + 1].norm === 'من' && t.word && !quoted[j] && tokens[j + 1]?.word && (definite(tokens[j + 1]) || hasFact(t, Facts.organisationHead | Facts.unnamedSource))) continue;
    // (and the body's own name after its head: `مجلس نافيلد`)
    if (leading === 'anonymous' && j === k + 3 && tokens[k + 1].norm === 'من' && hasFact(tokens[k + 2], Facts.organisationHead) && !definite(tokens[k + 2]) && t.word && !quoted[j] && !definite(t) && !isStop(tokens, j) && !isCue(t) && canStartName(tokens, j, j)) continue;
    // (`عدد من الأهالي`: a definite group after that من is the group counted)
    if (leading === 'anonymous' && j === k + 2 && tokens[k + 1].norm === 'من' && t.word && !quoted[j] && definite(t) && !isCue(t)) continue;
    // `مصدر مطلع`: مطلع is the source's adjective here, not `the start of`
    const adjectiveStop = leading === 'anonymous' && j <= k + 3 && !definite(t) && isSourceAdjective(t.norm);
    if (isStop(tokens, j) && !adjectiveStop) {
      // (`المسؤولة عن الفرانكفونية في هذا المجلس ماري …`: a demonstrative opening a preposition's object, its noun after it)
      if (objectFrom === j && DEMONSTRATIVES.has(t.norm) && j + 1 < limit && tokens[j + 1].word && definite(tokens[j + 1])) {
        objectFrom = j + 1;
        continue;
      }
      // inside a role, before any name: `مدير مجموعة الاتصالات في سامسونج … هيسم ياسين`
      const roleSide = nameFrom < 0 || inRole;
      // (`السفير الفلسطيني لدى الأمم المتحدة رياض منصور`: لدى before a definite body too)
      const lada = t.norm === 'لدي' && !!tokens[j + 1]?.word && definite(tokens[j + 1]);
      // `وأوضح وكيل الوزارة في كلمة ألقاها`, `في بيان`: where the words were said ends the phrase
      // (`في عرض قدمه`, `خلال ندوة`, `في مقابلة`: so does the occasion where they were said)
      if ((t.norm === 'في' || t.norm === 'خلال') && tokens[j + 1]?.word && (hasFact(tokens[j + 1], Facts.documentNounBare) || SPEAKING_OCCASIONS.has(tokens[j + 1].norm))) break;
      // (`المبعوث الأمريكي الخاص إلى الشرق الأوسط جيسون غرينبلات`, `السفير الأمريكي لدى إسرائيل ديفيد فريدمان`:
      // an envoy's or ambassador's إلى / لدى and the place he is sent to)
      const sentTo = (t.norm === 'الي' || t.norm === 'لدي') && !!tokens[j + 1]?.word && !hasFact(tokens[j + 1], Facts.withHis) && envoyBefore(tokens, k, j);
      if (roleSide && leading === 'role' && (t.norm === 'في' || t.norm === 'علي' || t.norm === 'على' || lada || sentTo) && j - k < 12) {
        if (firstPreposition < 0) firstPreposition = j;
        objectFrom = j + 1;
        continue;
      }
      // (`رئيسة مجلس الإدارة المسؤولة عن السياسة في شركة …`: what the one responsible is responsible for)
      if (roleSide && leading === 'role' && t.norm === 'عن' && j > k && RESPONSIBLE.has(tokens[j - 1].norm) && j - k < 12) {
        if (firstPreposition < 0) firstPreposition = j;
        objectFrom = j + 1;
        continue;
      }
      // `النائب عن التحالف الوطني محمد الصيهود`: a representative's party or district, a name after it
      if (roleSide && leading === 'role' && t.norm === 'عن' && REPRESENTATIVES.has(tokens[k].norm) && givenNameAhead(tokens, j + 1, limit)) {
        if (firstPreposition < 0) firstPreposition = j;
        objectFrom = j + 1;
        continue;
      }
      if (nameFrom < 0 && (leading === 'role' || sawRole) && genitiveBeforeName(tokens, j, limit)) {
        if (firstPreposition < 0) firstPreposition = j;
        continue;
      }
      break;
    }
    // (`طلال الفهد نائب رئيس اللجنة لاذعا بقوله`: how he spoke ends the role after the name)
    if (inRole && !hasFact(t, Facts.givenName) && participleInAccusative(t.norm) && !nameWordAfter(tokens, j + 1)) break;
    if (inRole) continue;
    // an organisation's name: its head, one construct noun, then adjectives (`الاتحاد الاسيوي اصدر …` stops at the verb)
    // an unnamed source takes indefinite adjectives (`مصدر دبلوماسي غربي`, `مصدر مصري مطلع`)
    const sourceAdjective = leading === 'anonymous' && j <= k + 3 && !definite(t) && (nisba(t) || isSourceAdjective(t.norm));
    // `وعزا المصرف تراجع أرباحه`: a definite head takes no construct noun after it; an indefinite word there is the object
    if (leading === 'org' && j === k + 1 && definite(tokens[k]) && t.word && !definite(t) && !prepositional(t) && !quoted[j] && !hasFact(t, Facts.givenName)) break;
    if ((leading === 'org' || leading === 'anonymous') && j > k + 1 && !definite(t) && !prepositional(t) && !sourceAdjective && !namedAfterPerson(tokens, j, k)) break;
    // (`واتهم حزب المؤتمر الوطني الرئيس السابق`, `وانتقدت الحكومة الرئيس`: a definite word takes no
    // genitive and a role word is no adjective, so a definite role word after one is the verb's object)
    if (leading === 'org' && j > k && definite(t) && definite(tokens[j - 1]) && hasFact(t, Facts.roleBare) && !nisba(t) && !quoted[j]) break;
    // (`ووصف بيان أصدرته كتائب عز الدين القسام الحادث`: a body named after a person ends with the person's
    // name; a definite noun after it, no nisba, is the verb's object)
    if (leading === 'org' && j > k + 2 && definite(t) && !nisba(t) && definite(tokens[j - 1]) && hasFact(tokens[j - 2], Facts.nameArticle) && !quoted[j]) break;
    // `مصادر حضرت اللقاء`: right after an unnamed source, an indefinite word that is no adjective is a verb
    if (leading === 'anonymous' && j === k + 1 && !definite(t) && !prepositional(t) && !sourceAdjective && !nisba(t) && t.norm !== 'من') break;
    // `حمّل مشجعون الإدارة مسؤولية`: a plural in ون / ين keeps its nun only outside a construct (`مشجعو
    // النادي`), so a definite word right after one is not its genitive but the verb's object
    if (leading === 'anonymous' && j === k + 1 && definite(t) && soundPluralWithNun(tokens[k].norm)) break;
    // after an indefinite adjective a definite word is the verb's object (`وصف مصدر غربي الجولة`)
    if (leading === 'anonymous' && j > k + 1 && definite(t) && !definite(tokens[j - 1]) && !(j === k + 3 && tokens[k + 1].norm === 'من')) break;
    if (nameFrom >= 0 && nameTo < 0) {
      // (`مدرب ريال مدريد الإسباني زين الدين زيدان`: a definite nisba after what was read as a name, a given
      // name after it, says the words before were the club or body the role is held at)
      // (`مدرب ريال مدريد السابق كريم بنزيمة`: or `former`, which qualifies the role)
      // (`كبير مستشاري ترامب الاقتصاديين غاري كون`: so a one-word genitive after a role head in construct,
      // when two words that may be a name follow)
      const constructGenitive = nameFrom === j - 1 && nameFrom > k && tokens[nameFrom - 1].word && !definite(tokens[nameFrom - 1]) && j + 2 < limit && !quoted[j + 2] && canStartName(tokens, j + 1, j + 1) && canStartName(tokens, j + 2, j + 1);
      if (nameFrom > k && (leading === 'role' || sawRole) && definite(t) && (nisba(t) || FORMER.has(t.norm)) && j + 1 < limit && tokens[j + 1].word && !quoted[j + 1] && !isStop(tokens, j + 1) && (hasFact(tokens[j + 1], Facts.givenName) || (j + 2 < limit && tokens[j + 2].word && hasFact(tokens[j + 2], Facts.nameArticle)) || constructGenitive)) {
        nameFrom = ++j;
        continue;
      }
      if (canContinueName(tokens, j, j - nameFrom, nameFrom > k && (leading === 'role' || sawRole))) continue;
      nameTo = j;
      // (`الفنان عادل إمام إن`, `محمد عادل إمام يكشف`: an indefinite role word closing the name, no
      // complement after it, is the family's name: a post after a name is held in something)
      if (hasFact(t, Facts.roleOrHonorific) && !definite(t) && !hasFact(t, Facts.title | Facts.honorific) && nothingOfPhraseAt(tokens, j + 1, limit)) {
        nameTo = j + 1;
        break;
      }
      if (hasFact(t, Facts.roleOrHonorific)) {
        postRoleFrom = j;
        continue;
      }
      break;
    }
    // `وعظ المسيح أتباعه`: a possessed noun after a definite subject is the verb's object
    if (nameFrom < 0 && leading === 'other' && j > k && /ه$|ها$|هم$/.test(t.text) && t.norm.length >= 4) break;
    // (`وشكر المدرب لاعبيه`: so after a definite role word; canStartName reads it so too)
    // (`وتابع الهداف الإنجليزي حديثه`: and after its definite adjectives, a noun of speech, a document or a feeling)
    if (nameFrom < 0 && j > k && !hasFact(t, Facts.givenName) && possessedAfterRole(tokens, j, k)) break;
    if (nameFrom < 0) {
      // `وقالت الوزيرة على حسابها …`, `أكد رئيس الحزب على ضرورة الحوار`: what a preposition in the role
      // governs (its object, and the definite words that follow it) is no name; one may follow it
      // (`المشرف على المشروع أحمد سالم`)
      if (objectFrom >= 0 && (j === objectFrom || definite(t))) continue;
      // (`رئيس المجلس على تعليق الجلسة لدقائق`: a word on ل or ب right after that object goes on with it, no name)
      if (objectFrom >= 0 && lamOrBaAdjunct(t)) continue;
      objectFrom = -1;
      // (`المتحدث لبي بي سي`, `مشجع للمنتخبات المشاركة بمونديال روسيا`, `المدير الرياضي لمونبلييه ماتيو
      // لوكلير`: after a role, a word on ل or ب whose word(s) the article writes alone is the body the role
      // is held at, the outlet told or the event: no name starts there, and the definite words after it are its own)
      // (`المدير الفني لمانشستر يونايتد الإنجليزي إن`: or on ل, one or two words, then a nationality with its article: the club and its country)
      const complementEnd = j > k && (leading === 'role' || sawRole) ? Math.max(prepositionOnWrittenWords(text, tokens, j, limit, quoted), lamBodyOfNationality(tokens, j, limit, quoted)) : -1;
      if (complementEnd > j) {
        j = complementEnd - 1;
        objectFrom = j;
        continue;
      }
      // (`رحبت الولايات المتحدة بجهود تحالف`: an effort or a purpose behind ب / ل is the verb's complement, after any subject)
      if (j > k && (t.norm[0] === 'ب' || t.norm[0] === 'ل') && prepositionObjects.has(t.norm.slice(1))) break;
      // (`وطالب الوزير بتحقيق عاجل`, `وطالبت المنظمة بالتحقيق`: so is a تفعيل verbal noun on ب right after the role word, the thing called for)
      if (j === k + 1 && t.norm[0] === 'ب' && (verbalNounShape(t.norm.slice(1)) || (t.norm.startsWith('بال') && verbalNounShape(t.norm.slice(3))))) break;
      if (prepositional(t)) {
        if (leading === 'other' && !(j > k)) break;
        if (firstPreposition < 0) firstPreposition = j;
        continue;
      }
      // (`وطالب ملك الأردن الحكومة ومجلس الأمة`: after a role's definite genitive, a body's head with the article is the verb's object)
      // (`ملك الأردن`: a state's name is such a genitive, though read as a body)
      if (j > k + 1 && (leading === 'role' || sawRole) && definite(t) && definite(tokens[j - 1]) && (!hasFact(tokens[j - 1], Facts.organisationHead) || allDefiniteStates.has(tokens[j - 1].norm)) && hasFact(t, Facts.organisationHead) && !hasFact(t, Facts.title | Facts.roleOrHonorific) && !nisba(t) && !quoted[j]) break;
      if (sawRole && genitiveInRole(tokens, j)) continue;
      // (`أول مدرب في التاريخ يحرز ألقاب`: an imperfect verb with its object opens a clause about the role)
      if (j > k && !hasFact(t, Facts.givenName) && imperfectOfThree(t.norm) && tokens[j + 1]?.word) break;
      // (`واتهم المتحدث وفد بومبيو`: a definite word takes no genitive, so an indefinite body's head
      // right after a definite role word is the verb's object, no part of the role)
      if (j === k + 1 && definite(tokens[k]) && !definite(t) && !prepositional(t) && hasFact(t, Facts.organisationHead) && !hasFact(t, Facts.givenName)) break;
      // (a head word with its و / ف is the role, body or source itself, never a name's start)
      if (j === k && clitic) continue;
      // (`وحارس عمارة`: an indefinite word right after such a role is its complement, as canStartName reads it without the clitic)
      if (j === k + 1 && clitic && !definite(t) && (firstFacts & Facts.roleBare) !== 0 && !hasFact(t, Facts.givenName)) continue;
      // (`خبير سياسي ومستشار مختص`: so after a second role joined by و inside the phrase)
      if (j > k + 1 && !definite(t) && !hasFact(t, Facts.givenName) && (factsAfterConjunction(tokens[j - 1].norm) & Facts.roleBare) !== 0) continue;
      // with no role before it, a name does not start after a plain definite noun (`مواقف الظواهري جاءت`),
      // unless it is a given name after a nationality (`القطري محمد بن همام`)
      const prev = tokens[j - 1];
      const after = j === k || leading === 'role' || sawRole || prepositional(prev) || (nisba(prev) && hasFact(t, Facts.givenName));
      // (`وتابع ولد سيدي المختار`: ولد, son of, opens a short form of the name)
      if (j === k && leading === 'other' && t.norm[0] === 'و' && !hasFact(t, Facts.givenName | Facts.nameParticle)) break;
      if (leading !== 'org' && leading !== 'anonymous' && after && canStartName(tokens, j, k)) {
        // `الرئيس التنفيذي لشركة أرامكو السعودية المهندس أمين الناصر`: a title further on, before a
        // name, marks where the name starts; the words before it still belong to the role
        const titled = (leading === 'role' || sawRole) ? titleAhead(tokens, j, limit, quoted) : -1;
        if (titled > j) {
          j = titled + 1;
          nameFrom = j;
          continue;
        }
        const given = leading === 'role' || sawRole ? givenNameAfterOrganisation(tokens, j, k, limit, quoted) : -1;
        if (given > j) {
          j = given;
          nameFrom = j;
          continue;
        }
        nameFrom = j;
        continue;
      }
    }
  }
  if (nameFrom >= 0 && nameTo < 0) nameTo = j;
  // `مدرب ريال مدريد كارلو أنشيلوتي`: a player's or a coach's post in construct with a club's name,
  // three to five words no lexicon knows after it: the club first, the last two the person's name
  // (only a sport's posts: `رئيس وزراء سنغافورة لي هسين لونغ` has a country of one word and a name of three)
  if (leading === 'role' && nameFrom > k && nameTo - (k + 1) >= 3 && !definite(tokens[k]) && !clitic && CLUB_POSTS.has(tokens[k].norm) && unknownWords(tokens, k + 1, nameTo)) nameFrom = nameTo - 2;
  // `السفير الأميركي بصنعاء، جيرالد فايرستاين،`: one word on ب after the role, then a name after a comma:
  // the word is where the post is held (part of the role), the name the person's
  if (nameFrom >= 0 && nameTo === nameFrom + 1 && nameFrom > k && leading === 'role' && j === nameTo && postPlace(tokens[nameFrom]) && j + 1 < limit && isComma(tokens[j]) && canStartName(tokens, j + 1, j + 1)) nameFrom = nameTo = -1;
  // `مهاجم بوروسيا دورتموند السابق`: `former` after what was read as a name says it was the role's
  // complement (a club, a body): the phrase is the role alone, up to and with `former`
  if (nameFrom > k && nameTo === j && j < limit && FORMER.has(tokens[j].norm) && (leading === 'role' || sawRole)) {
    nameFrom = nameTo = -1;
    j++;
  }
  // `العضو المنتدب لبنك مصر إيران، عمرو طنطاوي،`: one word after a role's body, then a name of two words
  // or more set off by commas: the word ends the body's name, the apposition is the person's
  if (nameFrom > k && nameTo === nameFrom + 1 && nameTo === j && leading === 'role' && !hasFact(tokens[nameFrom], Facts.givenName) && nameInCommas(tokens, j, appositionLimit)) nameFrom = nameTo = -1;
  // (`مدرب ريال مدريد الإسباني، زين الدين زيدان،`, `مدرب أتلتيكو مدريد الإسباني إن`: a word no given name
  // is, after the role's genitive, then a nationality, is the rest of the club's name and where it is from)
  if (nameFrom > k && nameTo === nameFrom + 2 && nameTo === j && (leading === 'role' || sawRole) && !hasFact(tokens[nameFrom], Facts.givenName) && tokens[nameFrom - 1].word && !definite(tokens[nameFrom - 1]) && isNationality(tokens[nameTo - 1].norm)) nameFrom = nameTo = -1;
  let end = j;
  if (end <= k) return null;

  // 2. what follows: `، role،` or `، name` apposition, or `(role)`
  let to = end;
  let appositionRole: string | null = null;
  /** the token appositionRole starts at */
  let appositionFrom = -1;
  if (j < limit && isComma(tokens[j]) && j + 1 < limit) {
    const a = j + 1;
    // `وكيل المتهم الرابع، المحامي سلطان بن فهد العتيبي،`: an unnamed role, then a role and a name in
    // apposition: the person named there
    // (`أمير قطر، الشيخ تميم بن حمد آل ثاني،`: so is a role word that is also a given name, read as a
    // name's first word, before a title and a name)
    const roleReadAsName = nameFrom === k && hasFact(tokens[k], Facts.roleName) && hasFact(tokens[a], Facts.title);
    if (((nameFrom < 0 && leading === 'role') || roleReadAsName) && tokens[a].word && hasFact(tokens[a], Facts.roleOrHonorific)) {
      const inner = parseSpeakerPhrase(text, tokens, a, Math.min(appositionLimit, a + MAX_TOKENS), quoted);
      if (inner && inner.type === 'person' && inner.name) {
        const close = inner.to < appositionLimit && isComma(tokens[inner.to]) ? inner.to + 1 : inner.to;
        return { ...inner, from: k, to: close, role: inner.role ?? textOf(text, tokens, k, end) };
      }
    }
    // (`كريم صدر، وهو خبير سياسي ومستشار مختص في بلدان المشرق،`: or a role after وهو / وهي, the person's)
    const described = nameFrom >= 0 && a + 1 < limit && PREDICATE_PRONOUNS_ON_WAW.has(tokens[a].norm) && tokens[a + 1].word && hasFact(tokens[a + 1], Facts.roleBare);
    if (described || (tokens[a].word && hasFact(tokens[a], Facts.roleOrHonorific))) {
      const a = described ? j + 2 : j + 1;
      let b = a;
      // (`المدير العام السابق لقناة الجزيرة على صفحته بتويتر،`: where the words were said, a preposition and someone's page or a document, ends the role)
      while (b < limit && b - a < 10 && tokens[b].word && !hasFact(tokens[b], Facts.complementiser) && !hasFact(tokens[b], Facts.relative) && !isCue(tokens[b]) && !whereSaid(tokens, b)) b++;
      appositionRole = textOf(text, tokens, a, b);
      appositionFrom = a;
      to = b < limit && isComma(tokens[b]) ? b + 1 : b;
    } else if (nameFrom < 0 && leading === 'anonymous' && a + 1 < appositionLimit && NAMED_AS.has(tokens[a].norm) && canStartName(tokens, a + 1, a + 1)) {
      // `أحد أقارب المصابين، ويدعى عبدالرحمن المطيري،`: the source is named after `(و)يدعى` / `(و)اسمه`
      let b = a + 2;
      while (b < appositionLimit && canContinueName(tokens, b, b - a - 1)) b++;
      const close = b < appositionLimit && isComma(tokens[b]) ? b + 1 : b;
      const named: SpeakerPhrase = { from: k, to: close, type: 'person', name: textOf(text, tokens, a + 1, b), nameSpan: { start: tokens[a + 1].start, end: tokens[b - 1].end }, namePrefix: '', role: textOf(text, tokens, k, end), gender: null, owner: null };
      return named;
    } else if (nameFrom < 0 && leading !== 'org' && canStartName(tokens, a, a)) {
      let b = a + 1;
      // (`رئيس مجلس النواب الأردني، عاطف الطراونة،`: a name in apposition to a role takes a family name with its article)
      while (b < limit && canContinueName(tokens, b, b - a, leading === 'role' || sawRole)) b++;
      // (`بسبب خروج المتسابق، وحاول عاصي أن`: a word on و no given name is, not closed by a comma, opens
      // the next clause, no apposition)
      if (!(tokens[a].norm.charCodeAt(0) === WAW && !hasFact(tokens[a], Facts.givenName) && !(b < tokens.length && isComma(tokens[b])))) {
        nameFrom = a;
        nameTo = b;
        to = b;
      }
    } else if (nameFrom < 0 && leading === 'role' && a + 1 < appositionLimit && definite(tokens[a]) && nisba(tokens[a]) && canStartName(tokens, a + 1, a + 1)) {
      // `وكيل أعمال اللاعب، الفرنسي جيروم لافاي،`: a nationality, then the name
      const lim = Math.min(appositionLimit, a + 7);
      let b = a + 2;
      while (b < lim && canContinueName(tokens, b, b - a - 1)) b++;
      nameFrom = a + 1;
      nameTo = b;
      to = b < appositionLimit && isComma(tokens[b]) ? b + 1 : b;
    }
  } else if (j < limit && tokens[j].text === '(') {
    let b = j + 1;
    while (b < limit + 8 && b < tokens.length && tokens[b].text !== ')' && b - j < 10) b++;
    if (b < tokens.length && tokens[b].text === ')' && b > j + 1) {
      appositionRole = textOf(text, tokens, j + 1, b);
      appositionFrom = j + 1;
      to = b + 1;
    }
  }

  // without a name, a role does not run on through a preposition or into the object:
  // `المسؤول الإيراني الرياض إلى …` → المسؤول الإيراني
  if (nameFrom < 0 && firstPreposition > k && leading !== 'org') {
    end = firstPreposition;
    to = end;
  }
  if (nameFrom < 0 && leading === 'role') {
    for (let b = k + 1; b < end; b++) {
      if (tokens[b].word && definite(tokens[b]) && definite(tokens[b - 1]) && !nisba(tokens[b])) {
        end = b;
        to = b;
        break;
      }
    }
  }

  const phrase: SpeakerPhrase = { from: k, to, type: 'person', name: null, nameSpan: null, namePrefix: '', role: null, gender: null, owner: null };
  if (leading === 'org' || leading === 'anonymous') {
    phrase.type = leading === 'org' ? 'organization' : 'anonymous';
    const skip = clitic ? cliticLength(tokens[k].text) : 0;
    // (`بيان للوزارة`: the lam on the article, لل, leaves الوزارة)
    phrase.name = clitic ? withoutOpeningClitic(textOf(text, tokens, k, end)) : textOf(text, tokens, k, end);
    // `صحيفة "عكاظ"` is named صحيفة عكاظ (a later `عكاظ` is the same body)
    if (quoted[k + 1]) phrase.name = withoutQuoteMarks(phrase.name);
    // `غير أن مصدراً مطلعاً قال`: an unnamed source is named in the nominative (`مصدر مطلع`), as elsewhere
    if (leading === 'anonymous') phrase.name = nominativeSource(withoutAccusativeTanween(phrase.name));
    phrase.nameSpan = { start: tokens[k].start + skip, end: tokens[end - 1].end };
    phrase.namePrefix = skip ? clitic : '';
    phrase.role = appositionRole;
    return phrase;
  }
  if (nameFrom >= 0) {
    phrase.name = textOf(text, tokens, nameFrom, nameTo);
    phrase.nameSpan = { start: tokens[nameFrom].start, end: tokens[nameTo - 1].end };
    // (`شريط فيديو لكامبل`: a name on the lam of possession is named without it)
    if (lam && nameFrom === k && !tokens[k].text.startsWith('لل')) {
      phrase.name = withoutOpeningClitic(phrase.name);
      phrase.nameSpan.start += cliticLength(tokens[k].text);
      phrase.namePrefix = 'ل';
    }
    // the role before a name starts at its role word: `الموقع الرسمي للمرشد الأعلى … علي خامنئي` → المرشد الأعلى …
    let preFrom = k;
    while (preFrom < nameFrom && !hasFact(tokens[preFrom], Facts.roleIn)) preFrom++;
    if (preFrom === nameFrom) preFrom = k;
    while (preFrom < nameFrom && hasFact(tokens[preFrom], Facts.honorific)) preFrom++;
    // a title between the role and the name (`… الدكتورة هند العتيبي`) belongs to neither
    let preTo = nameFrom;
    // (`د. خالد يوسف`, `الطبيب في مستشفى الشفاء د. خالد يوسف`: an abbreviated title with its dot)
    if (nameFrom - 2 >= k && tokens[nameFrom - 1].text === '.' && hasFact(tokens[nameFrom - 2], Facts.title)) {
      preTo = nameFrom - 2;
      preFrom = Math.min(preFrom, preTo);
    }
    // (`قائد الفريق سلمان الفرج`: after a role head in construct the title word is its genitive, the role's)
    while (preTo > preFrom + 1 && hasFact(tokens[preTo - 1], Facts.title) && !(hasFact(tokens[preTo - 2], Facts.roleBare) && !definite(tokens[preTo - 2]))) preTo--;
    phrase.title = preTo < nameFrom ? textOf(text, tokens, preTo, nameFrom) : null;
    let pre = preFrom < preTo ? trimPunctuation(textOf(text, tokens, preFrom, preTo)) : null;
    if (pre && (pre.startsWith('لل') || (clitic && preFrom === k))) pre = withoutOpeningClitic(pre);
    const post = postRoleFrom >= 0 ? trimPunctuation(textOf(text, tokens, postRoleFrom, end)) : null;
    phrase.role = appositionRole ?? post ?? pre;
    // `عضو مجلس الشورى الدكتورة لطيفة الشعلان`: a feminine title outweighs a role word used for both
    phrase.gender = titleGender(phrase.title) ?? roleGender(phrase.role, tokens[appositionRole !== null ? appositionFrom : post !== null ? postRoleFrom : preFrom]);
    return phrase;
  }
  if (leading === 'role') {
    phrase.type = 'descriptor';
    // `سمو أمير المنطقة`: the honorific is not the post
    let roleFrom = k;
    while (roleFrom + 1 < end && hasFact(tokens[roleFrom], Facts.honorific)) roleFrom++;
    phrase.role = textOf(text, tokens, roleFrom, end);
    // (`وسبق للوزير أن قال`: the lam on the article, لل, leaves الوزير)
    if (clitic && roleFrom === k) phrase.role = withoutOpeningClitic(phrase.role);
    phrase.gender = roleGender(phrase.role, tokens[roleFrom]);
    return phrase;
  }
  // a definite noun phrase with no role: `المحكمة`, `الاتحاد الدولي`, `الظواهري`, `العلماء`
  phrase.name = textOf(text, tokens, k, end);
  phrase.nameSpan = { start: tokens[k].start, end: tokens[end - 1].end };
  // (`لكامبل`: a name on the lam of possession is named without it; `للوزارة` leaves `الوزارة`)
  if (lam) {
    phrase.name = withoutOpeningClitic(phrase.name);
    if (!tokens[k].text.startsWith('لل')) phrase.nameSpan.start += cliticLength(tokens[k].text);
    phrase.namePrefix = 'ل';
  }
  const personal = (end - k === 1 && definite(tokens[k]) && first.endsWith('ي')) || anyFact(tokens, k, end, Facts.nameParticle);
  // `المزارعة أم خالد`, `الحاج أبو محمد`: definite words before a kunya are a description, the kunya the name
  let particle = k;
  while (particle < end && definite(tokens[particle])) particle++;
  // (`الأم سلمى الخطيب`, `الجدة فاطمة`: so are they before a given name)
  const kunya = particle < end - 1 && hasFact(tokens[particle], Facts.nameParticle);
  const given = particle < end && hasFact(tokens[particle], Facts.givenName);
  if (particle > k && (kunya || given)) {
    phrase.name = textOf(text, tokens, particle, end);
    phrase.nameSpan = { start: tokens[particle].start, end: tokens[end - 1].end };
    phrase.role = appositionRole ?? textOf(text, tokens, k, particle);
    return phrase;
  }
  phrase.type = personal ? 'person' : 'organization';
  phrase.role = appositionRole;
  // (`ويقول الأطباء إن`, `قال الشهود:`: before إن or a colon it is the subject: an object would not stand there)
  // (`وقال المسيح لأتباعه:`, `قال الشهود للصحفيين إن`, `وقال باشينيان لرئيس الوزراء أمام الكاميرات:`:
  // an addressee with its lam, and a few words after it, may stand between)
  // (`وعظ المسيح أتباعه`: the verb's object after it, a possessed noun: the word is its subject)
  // (`اعتبرت الصين في تقرير أنها`: nor before the document the words were given in)
  // (`قالت السعودية السبت إنها`, `أعلنت الإمارات السبت أنها`: nor before إن / أن past the day it was said)
  phrase.weak = end - k === 1 && !opensWhatIsSaid(tokens[end]) && !saidAfterDay(tokens, end) && !toldBeforeWords(tokens, end) && !(tokens[end]?.word && possessedNoun(tokens[end].text)) && !inDocumentAt(tokens, end);
  return phrase;
}

/** `ومدرب`, `والسكان`, `ومحللون`: و / ف on a role, a body or an unnamed source (facts of the rest); remembered per word (wordFacts works out the rest's facts anew) */
const conjoinedPhraseHead: (n: string) => boolean = rememberedPerWord(findConjoinedPhraseHead);

function findConjoinedPhraseHead(n: string): boolean {
  return (factsAfterConjunction(n) & (Facts.roleOrHonorific | Facts.organisationHead | Facts.unnamedSource)) !== 0 || (n.length >= 4 && (n[0] === 'و' || n[0] === 'ف') && residents.has(n.slice(1)));
}

/** The lexicon facts of a word (normalised, four letters or more) without its و / ف; 0 for any other word. Remembered per word: wordFacts works them out anew. */
const factsAfterConjunction: (n: string) => number = rememberedPerWord((n) => (n.length >= 4 && (n[0] === 'و' || n[0] === 'ف') ? wordFacts(n.slice(1)) : 0));

/** plural nouns of people that speak in a headline (`والسكان:`, `والأهالي:`) */
const residents = new Set(['السكان', 'الاهالي', 'الاهالى'].map((w) => norm(w)));

/** the proclitic letter and a tatweel after it (`لـ`, `و`) */
export function cliticLength(s: string): number {
  return s.charCodeAt(1) === 0x640 ? 2 : 1;
}

/**
 * `s`, read from the phrase's first word, without the clitic that word opens on: the lam on the article
 * leaves the article (`للوزارة` → `الوزارة`); any other (ل, لـ, و, ف) goes whole (cliticLength).
 */
function withoutOpeningClitic(s: string): string {
  return s.startsWith('لل') ? withoutLam(s) : s.slice(cliticLength(s));
}

/** a pronoun suffix of the one spoken to (`لأتباعه`, `لهم`, `لكم`) */
const ADDRESSEE_PRONOUN = /(?:ه|ها|هم|هما|هن|كم|نا)$/;

/** `لأتباعه`, `للصحفيين`, `له`: a word carrying the lam of the one spoken to */
function addressee(t: Token | undefined): boolean {
  return !!t && t.word && t.norm[0] === 'ل' && t.norm.length >= 2 && (prepositional(t) || hasFact(t, Facts.pronounSource) || ADDRESSEE_PRONOUN.test(t.norm));
}

/** words of time written between a verb and its subject (`وقال أمس الوزير`), normalised: yesterday, today, the days */
const TIME_AFTER_VERB = new Set(['امس', 'اليوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);

/** `أمس`, `اليوم` or a day's name */
export function isTimeWord(t: Token): boolean {
  return t.word && TIME_AFTER_VERB.has(t.norm);
}

/** Past `أمس`, `اليوم`, a day's name or `أول من أمس` at `k` (at most one such phrase), when a word follows. */
export function afterTimeWords(tokens: Token[], k: number, limit: number): number {
  const t = tokens[k];
  if (!t || !t.word || k + 1 >= limit) return k;
  if (isTimeWord(t)) return tokens[k + 1].word ? k + 1 : k;
  // (`أول من أمس`: the day before yesterday)
  if (t.norm === 'اول' && tokens[k + 1].norm === 'من' && tokens[k + 2]?.norm === 'امس' && k + 3 < limit && tokens[k + 3].word) return k + 3;
  return k;
}

/** A day's name or `أمس` at `j`, then إن / أن / بأن or a colon */
function saidAfterDay(tokens: Token[], j: number): boolean {
  const after = afterTimeWords(tokens, j, tokens.length);
  return after > j && (opensWhatIsSaid(tokens[after]) || hasFact(tokens[after], Facts.complementiser));
}

/** `في تقرير`, `عبر بيان` (with `on`, `على بيان` too): the document words were given in, at tokens[j] */
function inDocumentAt(tokens: Token[], j: number, on = false): boolean {
  const t = tokens[j];
  return !!t && (t.norm === 'في' || t.norm === 'عبر' || (on && t.norm === 'علي')) && !!tokens[j + 1]?.word && hasFact(tokens[j + 1], Facts.documentNoun);
}

/**
 * `لرئيس الوزراء أمام الكاميرات:`, `للصحفيين إن`: the one told (a lam word at `j`), then a few words
 * with no verb of saying among them, then the words said
 */
function toldBeforeWords(tokens: Token[], j: number): boolean {
  if (!addressee(tokens[j])) return false;
  for (let k = j + 1; k < tokens.length && k <= j + TOLD_REACH; k++) {
    const t = tokens[k];
    if (opensWhatIsSaid(t)) return true;
    if (!t.word || hasFact(t, Facts.cue)) return false;
  }
  return false;
}

/** words read after the one told, before the words said */
const TOLD_REACH = 5;

/** `إن` (with its hamza below, as only after قال) or a colon: the words said begin */
function opensWhatIsSaid(t: Token | undefined): boolean {
  return !!t && (t.text === ':' || (t.text.charCodeAt(0) === 0x625 && hasFact(t, Facts.complementiser)));
}

function withoutQuoteMarks(name: string): string {
  let out = '';
  for (const ch of name) if (!QUOTE_MARKS.includes(ch)) out += ch;
  return out.replace(/ {2,}/g, ' ').trim();
}

const QUOTE_MARKS = '"«»“”„';

/** `الدكتورة`, `المهندسة`: a title in the feminine gives the gender */
function titleGender(title: string | null | undefined): Gender | null {
  if (!title) return null;
  const w = norm(lastWord(title.trim()));
  if (w.endsWith('ه') && titles.has(w)) return 'female';
  return titles.has(w + 'ه') ? 'male' : null;
}

/**
 * `المتحدثة`, `مديرة`, `لاعبة`: a role word in the feminine (its masculine is a role word too) gives the gender.
 * `t`: the token the role likely starts at; where its text is the role's first word, its normalised form is read off it.
 */
function roleGender(role: string | null, t: Token): Gender | null {
  if (!role) return null;
  // (`مؤسسه`, its founder, read as no body's head (factsOf): the ه written is `his`, no feminine ending)
  if (role.startsWith(t.text) && hasFact(t, Facts.withHis) && (wordFacts(t.norm) & Facts.organisationHead) !== 0 && possessedRole(t.norm)) return null;
  return roleWordGender(firstWordNorm(role, t));
}

/** roleGender's answer for a role's first word (normalised), remembered per word */
const roleWordGender: (first: string) => Gender | null = rememberedPerWord(findRoleWordGender);

function findRoleWordGender(first: string): Gender | null {
  const w = first.replace(/^ال/, '');
  if (!isInBare(roleWords, w)) return null;
  if (w.endsWith('ه') && isInBare(roleWords, w.slice(0, -1))) return 'female';
  return isInBare(roleWords, w + 'ه') ? 'male' : null;
}
