// Normalised lookups over the Arabic lexicon (../lexicon/ar.ts), built once per process, and the
// derived forms of each reporting verb: feminine (ـت، تـ، ـة), plural (ـوا، ـون) and object pronouns.
import * as lex from '../lexicon/ar';
import type { Gender } from '../model';
import { norm, stripConjunction, type Token } from './tokens';
import { isArabicLetter, isHarakahOrTatweel, rememberedPerWord } from '../text';

export type CueKind = 'verb' | 'participle' | 'nested' | 'according' | 'came-in';

export interface CueForm {
  kind: CueKind;
  /** the verb's citation form (normalised) */
  lemma: string;
  gender: Gender | null;
  plural: boolean;
  /** the form carries an object pronoun (`وصفه`, `سماها`): its subject is someone else */
  withObject: boolean;
  describes: boolean;
  names: boolean;
  ambiguous: boolean;
  relays: boolean;
  /** learns the words from a source named after من (`علمت «عكاظ» من مصادر مطلعة أن …`): relays with من */
  learns?: boolean;
  /** also a common preposition (بين `between`): a cue only opening a clause, before the words */
  clauseStart?: boolean;
  /** also a verb of another sense (زاد `increased`): a cue only with the words close after it */
  tight?: boolean;
  /** asks a question: the one asked answers after it */
  asks?: boolean;
  /** reports a document's words only (`وتضمن البيان`): a cue only with a document noun after it */
  byDocument?: boolean;
  /** also a plural noun (كتب `books`): no cue bare after a noun ending in ة */
  alsoNoun?: boolean;
  /** a verbal noun (`إعلان`): a cue only with a person or body named right after it and أن soon after */
  verbalNoun?: boolean;
  /** a participle without its tanween alif (`سائل`): with a conjunction a noun (`وسائل` `means`), no cue */
  bareParticiple?: boolean;
  /** an imperfect form (`يقول`, `تفيد`): after قد a possibility (`قد تفيد`, may benefit), no report */
  imperfect?: boolean;
}

const set = (words: string[]) => new Set(words.map((w) => norm(w)));

/** `words` (normalised: ة is ه) with the sound plural in ات of each one ending in ه */
function withFeminineSoundPlurals(words: Set<string>): Set<string> {
  for (const w of [...words]) if (w.endsWith('ه') && w.length > 2) words.add(w.slice(0, -1) + 'ات');
  return words;
}

export const roleWords = set(lex.arabicRoleWords);
export const honorifics = set(lex.arabicHonorifics);
export const titles = set(lex.arabicTitles);
export const honorificPronouns = set(lex.arabicHonorificPronouns);
export const roleLinks = set(lex.arabicRoleLinks);
/** the feminine states named with the article (`الصين`): bodies of either ending; all such states are read as an organisation's head */
export const definiteStates = set(lex.arabicDefiniteStates);
/** every state named with the article, of either gender: a body's name, which takes no genitive after it */
export const allDefiniteStates = set([...lex.arabicDefiniteStates, ...lex.arabicDefiniteStatesMasculine]);
export const organisationHeads = new Set([...set(lex.arabicOrganisationHeads.filter((w) => !w.includes(' '))), ...allDefiniteStates]);
export const organisationNames = lex.arabicOrganisationHeads.filter((w) => w.includes(' ')).map((w) => norm(w));
/** the first word of each many-word organisation name (a word never holds a space: `o.startsWith(first + ' ')` is this lookup) */
export const organisationFirstWords = new Set(organisationNames.map((o) => o.slice(0, o.indexOf(' '))));
export const unnamedSources = set(lex.arabicUnnamedSources);
export const documentNouns = set(lex.arabicDocumentNouns);
/** reporting verb lemma → the preposition of its complement (normalised) */
export const cuePrepositions = new Map(lex.arabicCuePrepositions.map(([verb, preposition]) => [norm(verb), norm(preposition)]));
export const documentParts = set(lex.arabicDocumentParts);
export const sayingNouns = set(lex.arabicSayingNouns);
/** the nouns that introduce a name, and the sound plural of each in ة (`روايات «…»`, `مسرحيات`) */
export const termNouns = withFeminineSoundPlurals(set(lex.arabicTermNouns));
export const termIntroducers = set(lex.arabicTermIntroducers);
export const nameHeads = set(lex.arabicNameHeads);
export const foreignNameWords = set(lex.arabicForeignNameWords);
export const outletVerbs = set(lex.arabicOutletVerbs);
export const verseMarkers = set(lex.arabicVerseMarkers);
export const hadithNouns = set(lex.arabicHadithNouns);
export const hadithQualifiers = set(lex.arabicHadithQualifiers);
export const prophetNames = set(lex.arabicProphetNames);
/** صلى الله عليه وسلم, normalised, in text order */
export const prophetBlessing = lex.arabicProphetBlessing.map((w) => norm(w));
export const narratorVerbs = set(lex.arabicNarratorVerbs);
export const outlets = set(lex.arabicOutlets);
/** the first word of each outlet's name (normalised): `فرانس` of فرانس برس, `رويترز` */
export const outletFirstWords = new Set([...outlets].map((name) => name.split(' ')[0]));
export const scareWords = set(lex.arabicScareWords);
export const clauseOpeners = set(lex.arabicClauseOpeners);
export const roleNames = set(lex.arabicRoleNames);
export const givenNames = set(lex.arabicGivenNames);
const femaleGivenNames = set(lex.arabicFemaleGivenNames);

/** 'female' for a name opening on a woman's given name (arabicFemaleGivenNames); null for any other */
export function givenNameGender(name: string): Gender | null {
  const end = name.indexOf(' ');
  return femaleGivenNames.has(norm(end < 0 ? name : name.slice(0, end))) ? 'female' : null;
}
/** arabicNationalities normalised, masculine and feminine (`فرنسي`, `فرنسيه`), without the article */
export const nationalities = new Set(lex.arabicNationalities.flatMap((w) => [norm(w), norm(w) + 'ه']));
export const nameArticles = set(lex.arabicNameArticles);
export const phraseStops = set(lex.arabicPhraseStops);
export const relatives = set(lex.arabicRelatives);
export const complementisers = set(lex.arabicComplementisers);
export const pronounSources = set(lex.arabicPronounSources);
export const cueComplements = set(lex.arabicCueComplements);
const verbalNounMarkers = set(lex.arabicVerbalNounMarkers);
export const groupPlurals = set(lex.arabicGroupPlurals);

/** `محللون`, `خبراء` (normalised, without the article): a plural that names an unnamed group */
export function groupPlural(bare: string): boolean {
  return bare.endsWith('ون') || bare.endsWith('ين') || groupPlurals.has(bare);
}

/** `أبو` of a kunya (`أبو طالب`): the word after it is a name, whatever else it can be */
export const kunyaFathers = new Set(['أبو', 'ابو', 'أبي'].map((w) => norm(w)));

/** the adverbial nouns behind ب and behind ل, normalised (one lookup, no slice per word) */
const adverbialPhrases = set(lex.arabicAdverbialNouns.flatMap((w) => ['ب' + w, 'ل' + w]));

/** `بضرورة`, `لمدة`: ب or ل on one of the adverbial nouns (normalised word). */
export function adverbialPhrase(n: string): boolean {
  const c = n.charCodeAt(0);
  return (c === 0x628 || c === 0x644) && adverbialPhrases.has(n);
}
/** `أهمية`, `وجود` (normalised): the verbal noun that opens a cue's object (no name starts so) */
export const objectNouns = set(lex.arabicObjectNouns);
export const prepositionObjects = set(lex.arabicPrepositionObjects);
export const stirredFeelings = set(lex.arabicStirredFeelings);
export const resumingVerbs = set(lex.arabicResumingVerbs);
export const masdarGovernors = set(lex.arabicMasdarGovernors);
export const comingVerbs = set(lex.arabicComingVerbs);
export const questionNouns = set(lex.arabicQuestionNouns);
export const roleNounsOnYa = set(lex.arabicRoleNounsOnYa);
export const predicatePronouns = set(lex.arabicPredicatePronouns);
const constructRoles = set(lex.arabicConstructRoles);
export const definiteKin = set(lex.arabicDefiniteKin);
export const subjectPronounCarriers = set(lex.arabicSubjectPronounCarriers);
export const mannerWords = set(lex.arabicMannerWords);
export const afterQuoteNaming = lex.arabicAfterQuoteNaming.map((p) => norm(p).split(' '));
/** words that belong inside a name (`محمد بن همام`, `عبد الله`, `أبو احسان`) */
export const nameParticles = set(['بن', 'ابن', 'بنت', 'أبو', 'ابو', 'أبي', 'عبد', 'آل', 'ولد', 'أم']);
/** `ما سماه`, `بما قال إنها`, `كما وصفها`: a cue after these names or describes the words */
export const namingParticles = set(['ما', 'بما', 'مما', 'كما']);

const cueForms = new Map<string, CueForm>();
/** قال, normalised: the lemma of the verb of saying */
export const QALA = norm('قال');

function addForm(form: string, f: CueForm): void {
  const n = norm(form);
  if (!cueForms.has(n)) cueForms.set(n, f);
}

for (const v of lex.arabicCueVerbs) {
  const lemma = norm(v.past);
  const base = { kind: 'verb' as CueKind, lemma, plural: false, withObject: false, describes: !!v.describes, names: !!v.names, ambiguous: !!v.ambiguous, relays: !!v.relays || !!v.learns, learns: !!v.learns, clauseStart: !!v.clauseStart, tight: !!v.tight, asks: !!v.asks, byDocument: !!v.byDocument, alsoNoun: !!v.alsoNoun };
  // perfect: قال، قالت، قالوا — weak endings drop (`دعا` → دعت، دعوا; `نفى` → نفت، نفاه) — and with
  // object pronouns (`وصفه`, `وصفوه`, `وصفته`)
  const weak = v.past.endsWith('ى') || v.past.endsWith('ا');
  const root = weak ? v.past.slice(0, -1) : v.past;
  const objBase = v.past.endsWith('ى') ? root + 'ا' : v.past;
  // (a verb of learning only as `علمت`, a paper's `learned`: `علم` is also `science`, `flag`)
  if (v.learns) {
    addForm(root + 'ت', { ...base, gender: 'female' });
    continue;
  }
  addForm(v.past, { ...base, gender: 'male' });
  addForm(root + 'ت', { ...base, gender: 'female' });
  addForm(root + 'وا', { ...base, gender: null, plural: true });
  // duals, read as a group: `وقالتا`, `وأكدتا`; the masculine `وقالا`, `وأضافا` only for قال and the verbs
  // on أ / ا (forms IV, VIII, X), whose dual is no noun in the accusative (`ردا`, `شرحا`, `ذكرا` are)
  if (!weak) {
    addForm(root + 'تا', { ...base, gender: 'female', plural: true });
    if (lemma === QALA || /^[أا]/.test(v.past)) addForm(v.past + 'ا', { ...base, gender: null, plural: true });
  }
  // (`بينهم` is `between them`: no object forms for a clause-start verb)
  // (`علمه` is `his knowledge`: none for a verb of learning either)
  for (const obj of v.clauseStart || v.learns ? [] : ['ه', 'ها', 'هم', 'هما']) {
    addForm(objBase + obj, { ...base, gender: 'male', withObject: true });
    addForm(root + 'ت' + obj, { ...base, gender: 'female', withObject: true });
    addForm(root + 'وا' + obj, { ...base, gender: null, plural: true, withObject: true });
    addForm(root + 'و' + obj, { ...base, gender: null, plural: true, withObject: true });
  }
  if (v.present) {
    const fem = 'ت' + v.present.slice(1);
    const present = { ...base, imperfect: true };
    addForm(v.present, { ...present, gender: 'male' });
    addForm(fem, { ...present, gender: 'female' });
    // (a weak ending drops before ون: `يرى` → يرون, `ينفي` → ينفون, `يدعو` → يدعون)
    addForm((/[ىيو]$/.test(v.present) ? v.present.slice(0, -1) : v.present) + 'ون', { ...present, gender: null, plural: true });
    for (const obj of ['ه', 'ها']) {
      addForm(v.present + obj, { ...present, gender: 'male', withObject: true });
      addForm(fem + obj, { ...present, gender: 'female', withObject: true });
    }
  }
  if (v.participle) {
    const stem = v.participle.endsWith('ا') ? v.participle.slice(0, -1) : v.participle;
    const p = { ...base, kind: 'participle' as CueKind };
    addForm(v.participle, { ...p, gender: 'male' });
    addForm(stem, { ...p, gender: 'male', bareParticiple: true });
    addForm(stem + 'ة', { ...p, gender: 'female' });
    addForm(stem + 'ين', { ...p, gender: null, plural: true });
  }
}
for (const w of lex.arabicNestedCueNouns) addForm(w, { kind: 'nested', lemma: norm(w), gender: null, plural: false, withObject: false, describes: false, names: false, ambiguous: false, relays: false });
for (const w of lex.arabicAccordingTo) addForm(w, { kind: 'according', lemma: norm(w), gender: null, plural: false, withObject: false, describes: false, names: false, ambiguous: false, relays: false });
for (const [noun, verb] of lex.arabicVerbalNounCues) addForm(noun, { kind: 'verb', lemma: norm(verb), gender: null, plural: false, withObject: false, describes: false, names: false, ambiguous: false, relays: false, verbalNoun: true });
for (const w of lex.arabicCameIn) addForm(w, { kind: 'came-in', lemma: norm(w), gender: null, plural: false, withObject: false, describes: false, names: false, ambiguous: false, relays: false });

/** The cue a word is, with its conjunction stripped (`وقالت` → قالت, feminine), or null. Remembered: the running pass asks it of every token. */
export const cueForm: (word: string) => { form: CueForm; conj: string } | null = rememberedPerWord(findCueForm);

function findCueForm(word: string): { form: CueForm; conj: string } | null {
  const direct = cueForms.get(word);
  if (direct) return { form: direct, conj: '' };
  const { conj, stem } = stripConjunction(word);
  if (conj) {
    const f = cueForms.get(stem);
    if (f && !f.bareParticiple) return { form: f, conj };
  }
  // `ليؤكد`, `لتقول`: the lam of purpose on an imperfect verb (`وعاد الوزير ليؤكد أن`)
  if (word.length > 3 && word[0] === 'ل' && (word[1] === 'ي' || word[1] === 'ت')) {
    const f = cueForms.get(word.slice(1));
    if (f && f.kind === 'verb') return { form: f, conj: 'ل' };
  }
  // `الصادرقائلا`: a participle glued to the word before it (a common typo)
  for (const p of ['قائلا', 'قائله', 'مضيفا', 'مضيفه']) {
    if (word.length > p.length + 2 && word.endsWith(p)) return { form: cueForms.get(p)!, conj: '' };
  }
  return null;
}

/** A noun's stem without proclitics and article: `لحركة` → حركه, `والمتحدثة` → متحدثه. */
export function nounStems(word: string): string[] {
  const out: string[] = [word];
  const strip = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
  out.push(strip(word));
  for (const p of ['و', 'ف', 'ل', 'ب', 'ك', 'ول', 'وب', 'فل', 'وك']) {
    if (word.length > p.length + 2 && word.startsWith(p)) {
      const rest = word.slice(p.length);
      out.push(rest, strip(rest));
      if (p.endsWith('ل') && rest.startsWith('ل')) out.push(rest.slice(1));
    }
  }
  return out;
}

const NOUN_PROCLITICS = ['', 'و', 'ف', 'ل', 'ب', 'ك', 'ول', 'وب', 'فل', 'وك'];

/** isIn answers per set, remembered per word (the sets are built once per process) */
const isInOf = new Map<Set<string>, (word: string) => boolean>();

/** The word, without proclitics and article (`لحركة`, `والمتحدثة`, `للمرشد`), is in the set. */
export function isIn(words: Set<string>, word: string): boolean {
  let inSet = isInOf.get(words);
  if (!inSet) isInOf.set(words, (inSet = rememberedPerWord((w) => findIn(words, w))));
  return inSet(word);
}

function findIn(words: Set<string>, word: string): boolean {
  for (const p of NOUN_PROCLITICS) {
    if (p && !(word.length > p.length + 2 && word.startsWith(p))) continue;
    const rest = p ? word.slice(p.length) : word;
    if (words.has(rest)) return true;
    if (rest.startsWith('ال') && rest.length > 3 && words.has(rest.slice(2))) return true;
    if (p.endsWith('ل') && rest.startsWith('ل') && words.has(rest.slice(1))) return true;
  }
  return false;
}

/** The bare word (article allowed) is in the set — no proclitic stripping. */
export function isInBare(words: Set<string>, word: string): boolean {
  let withArticle = withArticleOf.get(words);
  if (!withArticle) {
    withArticle = new Set(words);
    for (const w of words) withArticle.add('ال' + w);
    withArticleOf.set(words, withArticle);
  }
  return withArticle.has(word);
}

/** each set with every word also under the article: isInBare is then one lookup, no slice */
const withArticleOf = new Map<Set<string>, Set<string>>();

/** stop words, complementisers and relatives, also behind a conjunction (`وقد`, `فإن`: `و`/`ف` + a word of two letters or more) */
const stopForms = new Set<string>();
for (const w of [...phraseStops, ...complementisers, ...relatives, ...set(lex.arabicNameEndingVerbs), ...set(lex.arabicEmphaticSelf)]) {
  stopForms.add(w);
  if (w.length >= 2) stopForms.add('و' + w).add('ف' + w);
}

/**
 * The stop forms whose word is written with ة (`الجمعة`, `بداية`): any other stop form that ends in ه,
 * `فله` (so to him), is no stop on a word written with ة, `فلة` (a name).
 */
const stopFormsOnTa = new Set<string>();
for (const w of [...lex.arabicPhraseStops, ...lex.arabicComplementisers, ...lex.arabicRelatives]) {
  if (!w.endsWith('ة')) continue;
  const n = norm(w);
  stopFormsOnTa.add(n).add('و' + n).add('ف' + n);
}

/** role words (article allowed) and honorifics in one set */
export const roleOrHonorific = new Set([...roleWords, ...[...roleWords].map((w) => 'ال' + w), ...honorifics]);

/** Lexicon facts of a word, one bit each (Facts), worked out once per distinct token text (factsOf). */
export enum Facts {
  cue = 1 << 0,
  honorificPronoun = 1 << 1,
  documentNoun = 1 << 2,
  /** isInBare(roleWords) */
  roleBare = 1 << 3,
  /** isIn(roleWords) */
  roleIn = 1 << 4,
  /** a role word (article allowed) or an honorific */
  roleOrHonorific = 1 << 5,
  /** a stop word, complementiser or relative, bare or behind و/ف */
  stop = 1 << 6,
  title = 1 << 7,
  complementiser = 1 << 8,
  phraseStop = 1 << 9,
  /** isIn(organisationHeads) */
  organisationHeadIn = 1 << 10,
  /** isInBare(organisationHeads) */
  organisationHead = 1 << 11,
  /** isInBare(unnamedSources) */
  unnamedSource = 1 << 12,
  /** isInBare(documentNouns) */
  documentNounBare = 1 << 13,
  givenName = 1 << 14,
  nameParticle = 1 << 15,
  roleLink = 1 << 16,
  honorific = 1 << 17,
  pronounSource = 1 << 18,
  relative = 1 << 19,
  clauseOpener = 1 << 20,
  /** the first word of a many-word organisation name (`وزارة` of `وزارة الخارجية`) */
  organisationFirstWord = 1 << 21,
  /** isIn(verbalNounMarkers): `عدم`, `بدون` */
  verbalNounMarker = 1 << 22,
  /** the article on the original letters (`الخارجية`, `اَلـ`), not `إليسا`: normalisation makes إل into ال (a token's only) */
  definite = 1 << 23,
  /** a word carrying a preposition: `للمرشد`, `بالقول`, `بإيران`, `لـ`, `لحزب`, `بوزارة` (a token's only) */
  prepositional = 1 << 24,
  /** a nisba ending: `الإيراني`, `الإسلامية`, `المصريون` (a token's only) */
  nisba = 1 << 25,
  /** a noun with `his` (`حديثه`), not a name ending so (`عبدالله`, `سيبويه`, `عبده`) (a token's only) */
  withHis = 1 << 26,
  /** roleNames: `أمير`, `سيد`, roles that are also given names (a token's only) */
  roleName = 1 << 27,
  /** nameArticles (a token's only) */
  nameArticle = 1 << 28,
  /**
   * after any conjunction, كان / كانت or a word that looks like a verb opening its sentence (short, no
   * article unless a verb on ال, no plural or feminine noun ending, no stop word): the subject after
   * it may be whom the sentence goes on about (attribution.ts noteSentenceSubject) (a token's only)
   */
  sentenceVerb = 1 << 29,
  /** إمام (also أمام, `in front of`), علي (also على, `on`) or ام (`or`, and أم of a kunya): a stop word or not by its letters and neighbours (a token's only) */
  stopReadInContext = 1 << 30,
}

/** `إمام` (imam) normalised: the same letters as `أمام` (in front of) */
export const IMAM = norm('إمام');

/**
 * verbs that open on ال like a definite noun once hamza is normalised: form VIII of roots in ل
 * (`التقى الوزير بالمتظاهرين`), and form IV of roots in ل (`ألقى الطالب كلمة`, `ألغت الوزارة القرار`)
 */
export const VERBS_ON_AL = new Set(['التقي', 'التقت', 'التزم', 'التزمت', 'التحق', 'التحقت', 'التمس', 'التمست', 'التفت', 'التفتت', 'التقط', 'التقطت', 'ألقى', 'ألقت', 'ألغى', 'ألغت', 'ألزم', 'ألزمت', 'ألمح', 'ألمحت'].map((w) => norm(w)));

/** Facts that are membership of one word list, as the word is written (normalised). */
const LISTED_FACTS: [Set<string>, number][] = [
  [honorificPronouns, Facts.honorificPronoun],
  [roleOrHonorific, Facts.roleOrHonorific],
  [stopForms, Facts.stop],
  [titles, Facts.title],
  [complementisers, Facts.complementiser],
  [phraseStops, Facts.phraseStop],
  [givenNames, Facts.givenName],
  [nameParticles, Facts.nameParticle],
  [roleLinks, Facts.roleLink],
  [honorifics, Facts.honorific],
  [pronounSources, Facts.pronounSource],
  [relatives, Facts.relative],
  [clauseOpeners, Facts.clauseOpener],
  [organisationFirstWords, Facts.organisationFirstWord],
];

/** Facts that are membership of a word list once proclitics and article are set aside (isIn) or only the article (isInBare). */
const STEM_FACTS: [Set<string>, 'in' | 'bare', number][] = [
  [roleWords, 'bare', Facts.roleBare],
  [roleWords, 'in', Facts.roleIn],
  [organisationHeads, 'in', Facts.organisationHeadIn],
  [organisationHeads, 'bare', Facts.organisationHead],
  [unnamedSources, 'bare', Facts.unnamedSource],
  [documentNouns, 'bare', Facts.documentNounBare],
  [verbalNounMarkers, 'in', Facts.verbalNounMarker],
];

function computeFacts(n: string): number {
  let f = 0;
  if (cueForm(n)) f |= Facts.cue;
  if (documentNoun(n) !== null) f |= Facts.documentNoun;
  for (const [words, bit] of LISTED_FACTS) if (words.has(n)) f |= bit;
  for (const [words, how, bit] of STEM_FACTS) if (how === 'in' ? isIn(words, n) : isInBare(words, n)) f |= bit;
  if (constructRoles.has(n)) f |= Facts.roleBare | Facts.roleIn | Facts.roleOrHonorific;
  // `وقال مؤسسها خالد العمر`, `مدربه`: a role word with a possessive pronoun is still the role
  if ((f & Facts.roleIn) === 0 && possessedRole(n)) f |= Facts.roleBare | Facts.roleIn | Facts.roleOrHonorific;
  // `غير أن مصدرا مطلعا قال`: an unnamed source in the accusative (its tanween alif)
  if (hasOrAccusative(unnamedSources, n)) f |= Facts.unnamedSource;
  // `الناطقان باسم الحكومتين`, `مصدران مطلعان`: a role's or a source's dual
  const dual = dualStem(n);
  if (dual !== null) {
    if ((f & Facts.roleIn) === 0 && isInBare(roleWords, dual)) f |= Facts.roleBare | Facts.roleIn | Facts.roleOrHonorific;
    if (isInBare(unnamedSources, dual)) f |= Facts.unnamedSource;
  }
  return f;
}

/** The singular of a dual in ان (`الناطقان` → الناطق, `مصدران` → مصدر), or null. */
export function dualStem(n: string): string | null {
  return n.length > 5 && n.endsWith('ان') ? n.slice(0, -2) : null;
}

/**
 * Facts only a token's record holds (not wordFacts, whose callers read any bit set as `listed`): what
 * the speaker phrase asks of nearly every word it reads, some of it on the letters as written.
 */
function tokenFacts(text: string, n: string): number {
  let f = 0;
  // (`بارنييه`, `أوليفييه`: a double ya before the final ha spells a French -ier, no nisba and no `his`)
  const frenchIer = n.length >= 5 && n.endsWith('ييه');
  if (n.endsWith('ي') || (n.endsWith('يه') && !frenchIer) || n.endsWith('يون') || n.endsWith('يين')) f |= Facts.nisba;
  if (roleNames.has(n)) f |= Facts.roleName;
  if (nameArticles.has(n)) f |= Facts.nameArticle;
  if (opensLikeVerb(n)) f |= Facts.sentenceVerb;
  if (n === IMAM || n === 'علي' || n === 'ام' || n === 'الي') f |= Facts.stopReadInContext;
  if (startsWithArticle(text)) f |= Facts.definite;
  if (carriesPreposition(text, n)) f |= Facts.prepositional;
  // (harakat and tatweel set aside)
  const bare = text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  if (bare.length >= 4 && bare.endsWith('ه') && !bare.endsWith('الله') && !bare.endsWith('ويه') && !frenchIer && bare !== 'عبده') f |= Facts.withHis;
  return f;
}

function opensLikeVerb(n: string): boolean {
  // an Arabic verb is written in Arabic letters: `The`, `Mr`, `CNN` open no sentence as its verb
  if (!isArabicLetter(n)) return false;
  const w = stripConjunction(n).stem;
  if (w === 'كان' || w === 'كانت') return true;
  return !((w.startsWith('ال') && !VERBS_ON_AL.has(w)) || w.length < 2 || w.length > 6 || w.endsWith('ات') || w.endsWith('ه') || w.endsWith('ون') || w.endsWith('ين') || phraseStops.has(w) || complementisers.has(w));
}

/** The first two letters, harakat and tatweel skipped, are alef and lam: `الـ`, `اَل` (read by char code, no copy). */
function startsWithArticle(s: string): boolean {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHarakahOrTatweel(c)) continue;
    if (seen === 0) {
      if (c !== 0x627) return false;
      seen = 1;
    } else return c === 0x644;
  }
  return false;
}

function carriesPreposition(text: string, n: string): boolean {
  // (`فالح`, `والي`: four letters are a word of their own, not و/ف/ب/ك + ال + one letter)
  if ((text.length >= 5 && /^(لل|بال|وال|فال|كال)/.test(text)) || /^([بلك][أإآ]|[بلك]ـ)/.test(text)) return true;
  if (n.length < 4 || (n[0] !== 'ل' && n[0] !== 'ب')) return false;
  const stem = n.slice(1);
  // (`لجمعيات السكري`, `لنقابات المعلمين`: a body's head in the feminine plural too)
  const singular = stem.length >= 5 && stem.endsWith('ات') ? stem.slice(0, -2) + 'ه' : '';
  return isInBare(organisationHeads, stem) || isInBare(roleWords, stem) || isInBare(documentNouns, stem) || (singular !== '' && isInBare(organisationHeads, singular));
}

/** `مؤسسها` → مؤسس, `مديرتها` → مديرة: a role word under a possessive pronoun. */
export function possessedRole(n: string): boolean {
  for (const suffix of ['ها', 'هم', 'ه']) {
    if (n.length < suffix.length + 3 || !n.endsWith(suffix)) continue;
    const stem = n.slice(0, -suffix.length);
    // (`أمامهم` is `in front of them`, not `their imam`)
    if (phraseStops.has(stem)) return false;
    if (roleWords.has(stem) || (stem.endsWith('ت') && roleWords.has(stem.slice(0, -1) + 'ه'))) return true;
  }
  return false;
}

/** `n` is in `words`, as written or in the accusative with its tanween alif (`مصدرا`, `مطلعا`). */
export function hasOrAccusative(words: Set<string>, n: string): boolean {
  return words.has(n) || (n.length > 4 && n.endsWith('ا') && words.has(n.slice(0, -1)));
}

/**
 * The lexicon facts of a normalised word that is no token's own (a token's are factsOf), without the
 * facts only a token's record holds (tokenFacts). Remembered per word: the same clitic-stripped words
 * are asked of at every cue and phrase, and each answer is some forty list lookups.
 */
export const wordFacts: (n: string) => number = rememberedPerWord(computeFacts, 50000, 40);

/** `لمجموعة`, `بشركة`, `لوزير` (normalised): ب or ل on a body's, a group's or a role's noun (remembered per word) */
export const prepositionOnBodyNoun: (n: string) => boolean = rememberedPerWord(
  (n) => (n.charCodeAt(0) === 0x628 || n.charCodeAt(0) === 0x644) && n.length > 3 && (computeFacts(n.slice(1)) & (Facts.organisationHead | Facts.unnamedSource | Facts.roleOrHonorific)) !== 0,
);

/** The lexicon facts of a token's normalised form (bits of Facts): each asked of a bit, not of a set per call. */
export function factsOf(t: Token): number {
  const form = t.form;
  let f = form.facts;
  if (f < 0) {
    f = computeFacts(form.norm) | tokenFacts(form.text, form.norm);
    // (`مؤسسه مارك زوكربيرغ`, its founder: a role word under `his`, written with ه, is no body's head as مؤسسة is)
    if ((f & Facts.withHis) !== 0 && (f & Facts.organisationHead) !== 0 && possessedRole(form.norm)) f &= ~(Facts.organisationHead | Facts.organisationHeadIn);
    // (`فلة`: a word written with ة is no stop word written with ه, `فله`)
    if ((f & Facts.stop) !== 0 && form.text.endsWith('ة') && !stopFormsOnTa.has(form.norm)) f &= ~(Facts.stop | Facts.phraseStop);
    form.facts = f;
  }
  return f;
}

/** The document noun a word is (`مقالا` → مقال, `البيان` → بيان), or null. Remembered per word. */
export const documentNoun: (word: string) => string | null = rememberedPerWord(findDocumentNoun);

/**
 * Documents sent to someone: after them a lam on the article names the addressee (`خطاب للبلدية`, a
 * letter to the municipality), not the author (`بيان للوزارة`, the ministry's statement). Normalised,
 * as documentNoun gives them.
 */
export const addressedDocuments = new Set(['رسالة', 'خطاب', 'مذكرة', 'بلاغ'].map((w) => norm(w)));

function findDocumentNoun(word: string): string | null {
  for (const w of [word, word.replace(/ا$/, '')]) {
    const bare = w.startsWith('ال') ? w.slice(2) : w;
    if (documentNouns.has(bare)) return bare;
  }
  return null;
}

/** The token's normalised form has the fact `bit` (Facts). */
export function hasFact(t: Token, bit: number): boolean {
  return (factsOf(t) & bit) !== 0;
}

/**
 * `الهداف الإنجليزي`, `صاحب الظلال`, `الروائي العالمي`: reading back from token `j - 1` (at most three
 * tokens, not before `floor`) over definite words only, the index of the role word met, else -1.
 * `exceptCues`: a role word that is also a cue (`الطالب`, `طالب`) is read as one more definite word.
 */
export function roleBehindDefiniteWords(tokens: Token[], j: number, floor: number, exceptCues = false): number {
  for (let b = j - 1; b >= floor && b >= j - 3; b--) {
    const f = factsOf(tokens[b]);
    if ((f & Facts.roleBare) !== 0 && !(exceptCues && (f & Facts.cue) !== 0)) return b;
    if ((f & Facts.definite) === 0) return -1;
  }
  return -1;
}

/** The token is a reporting cue's form (cueForm of its normalised form is not null). */
export function isCue(t: Token): boolean {
  return (factsOf(t) & Facts.cue) !== 0;
}

const KATABA = norm('كتب');

/**
 * `لافتة كتب عليها`, `كُتب عليه`: a form of كتب at j with عليها / عليه after it: the words written on a
 * sign, a wall, a banner (an inscription, no one's words).
 */
export function inscriptionAt(tokens: Token[], j: number): boolean {
  const verb = tokens[j];
  const on = tokens[j + 1];
  if (!verb || !on || !verb.word || !on.word || (on.norm !== 'عليها' && on.norm !== 'عليه') || !isCue(verb)) return false;
  return cueForm(verb.norm)!.form.lemma === KATABA;
}

/** a sound masculine plural with its nun (`مشجعون`, `مسؤولين`; normalised, any proclitic و / ف / ب / ل in front) */
export function soundPluralWithNun(n: string): boolean {
  return n.length > 4 && (n.endsWith('ون') || n.endsWith('ين'));
}

/**
 * `تهدد`, `يواصل`: how an imperfect verb looks (ي / ت before three letters or more; such a word never
 * carries the article), not a given name or a role.
 */
export function imperfectVerbLike(t: Token): boolean {
  const n = t.norm;
  return t.word && n.length >= 4 && (n[0] === 'ي' || n[0] === 'ت') && (factsOf(t) & (Facts.givenName | Facts.roleOrHonorific)) === 0;
}
