// Who said an Arabic quote: the reporting cue that governs it (before it in its sentence, or right
// after it), the speaker phrase of that cue, or — for a cue with no subject (`وأضاف:`, `وأوضح أنه`,
// `ما سماه`, `قائلا`) — the speaker the text is already following. Every look is bounded to the
// sentence (at most 80 tokens back) or a few tokens ahead.
import type { AttributionKind, Gender, Span } from '../model';
import type { Entity, SpeakerRegistry } from './entities';
import type { CueForm } from './lexicon';
import { QALA, definiteKin, definiteStates, questionNouns, outlets, resumingVerbs, sayingNouns, addressedDocuments, imperfectVerbLike, afterQuoteNaming, cuePrepositions, kunyaFathers, soundPluralWithNun, VERBS_ON_AL, complementisers, cueComplements, comingVerbs, masdarGovernors, verseMarkers, documentParts, hadithNouns, hadithQualifiers, prophetNames, prophetBlessing, narratorVerbs, cueForm, documentNoun, Facts, hasFact, wordFacts, inscriptionAt, isCue, isIn, isInBare, termNouns, namingParticles, predicatePronouns, subjectPronounCarriers, mannerWords, pronounSources, relatives, roleWords, unnamedSources } from './lexicon';
import { ALSO, accusativeEnding, accusativeParticiple, afterTimeWords, isTimeWord, formThreeImperfect, cliticLength, feelingShown, lamOnGivenName, parseSpeakerPhrase, possessedNoun, possessedWord, resumesCue, surnameEndingInHa, writtenAlone, type SpeakerPhrase } from './speakerPhrase';
import { isComma, norm, stripConjunction, type Token } from './tokens';
import { hasDigit, rememberedPerWord, startsWithNumber } from '../text';

export interface Attribution {
  entity: Entity | null;
  kind: AttributionKind | null;
  cue: string | null;
  cueSpan: Span | null;
  /** a cue governs the quote (it is speech, however short) */
  governed: boolean;
  /** the quote directly follows its cue's speaker phrase, naming it (`محكمة التحكيم الرياضي «كاس»`) */
  appositive: boolean;
  /** governed by a naming cue (`ما وصفه بـ`, `ما سماه`) */
  named?: boolean;
  /** the words are cited, not said here (a verse): whoever spoke before goes on speaking */
  cited?: boolean;
}

interface CueHit {
  at: number;
  form: CueForm;
  /** the conjunction or lam written on the cue (`و`, `ف`, `ل`, or '') */
  conj: string;
  /** `ليؤكد`: the verb of purpose after another verb, whose subject is its own (`وعاد الوزير ليؤكد`) */
  purpose: boolean;
  /** subjectOf's last answer for this cue, kept on the hit (one per cue token): the limit it was read to (-1: none yet) */
  subjectLimit: number;
  subject: SpeakerPhrase | null;
  /** what `subject` resolved to (resolve), undefined while not yet asked: a phrase kept is resolved once */
  subjectEntity: Entity | null | undefined;
}

const NONE: Attribution = { entity: null, kind: null, cue: null, cueSpan: null, governed: false, appositive: false };
const SHADDA = '\u0651';
/** `بهذه الكلمات`, `بتلك العبارة`: the words just quoted */
const wordsNouns = new Set(['الكلمات', 'الكلمة', 'العبارة', 'العبارات', 'الجملة', 'الجمل', 'الرسالة'].map((w) => norm(w)));
/** prepositions before a medium's or a platform's name (`في "إكس"`, `عبر «سناب شات»`) */
const placePrepositions = new Set(['في', 'عبر', 'على', 'علي', 'من'].map((w) => norm(w)));
/** `حول`, `عن`, `بشأن`: what the words are about */
const ABOUT_PREPOSITIONS = new Set(['حول', 'عن', 'بشأن', 'حيال', 'بخصوص'].map((w) => norm(w)));
/** prepositions, after which a verb's form is its verbal noun (`إلى نفي`, `على رد`) */
const NOUN_PREPOSITIONS = new Set(['إلى', 'الى', 'على', 'في', 'من', 'عن'].map((w) => norm(w)));
/** negations before a sentence's verb */
const NEGATIONS = new Set(['لم', 'ولم', 'فلم', 'لا', 'ولا', 'لن', 'ولن'].map((w) => norm(w)));
const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
/** `على حد قول X` (normalised) */
const ALA = norm('على');
/** `مثل`, such as (normalised) */
const LIKE = norm('مثل');
/** `رد فعل` (normalised) */
const RADD = norm('رد');
const FIL = norm('فعل');
const HADD = norm('حد');

/** An attribution through a cue (built field by field: an object spread per quote costs more than the fields) */
function withCue(info: { cue: string; cueSpan: Span }, entity: Entity | null, kind: AttributionKind | null, governed: boolean, appositive: boolean, named?: boolean): Attribution {
  return { cue: info.cue, cueSpan: info.cueSpan, entity, kind, governed, appositive, named };
}

const ILA = norm('إلى');
/** a ruling (`الحكم`, as documentNoun names it), and the court that issues one */
const RULING = norm('حكم');
const COURT = norm('المحكمة');
/** most tokens read back from a ruling for the court that issued it */
const COURT_WINDOW = 2000;

/** A given name, or one with و / ف before it (`وأحمد قال لي`). */
function givenNameAt(t: Token): boolean {
  if (hasFact(t, Facts.givenName)) return true;
  const n = t.norm;
  return n.length > 3 && (n[0] === 'و' || n[0] === 'ف') && (wordFacts(n.slice(1)) & Facts.givenName) !== 0;
}

/** A document's author as noteDocument read it: resolved at once, or when first needed (undefined until then). */
interface NotedOwner {
  phrase: SpeakerPhrase;
  entity: Entity | null | undefined;
  /** the token of the document noun */
  at: number;
}
/** a pronoun or demonstrative before `ما` opens a clause of its own (`وهو ما نفاه X`, `وهذا ما أكده X`) */
const resumptives = new Set(['هو', 'هي', 'هذا', 'هذه', 'ذلك', 'تلك', 'وهو', 'وهي', 'وهذا', 'وهذه', 'وذلك', 'وتلك'].map(norm));

/** words that open a clause with its own subject (`لكن الوزير رد قائلا`) */
const CLAUSE_OPENERS = new Set(['لكن', 'ولكن', 'بينما', 'فيما', 'ثم'].map((w) => norm(w)));
/** قد before an imperfect: may (`قد تفيد`) */
const MAY = new Set(['قد', 'وقد', 'فقد'].map((w) => norm(w)));
/** how far (tokens) a cue may stand from the sentence's verb whose subject it shares */
const SHARED_VERB_REACH = 12;
/** what may stand before the verb that opens a sentence whose subject a later cue shares (`وقد هاجمت`, `فيما دافعت`) */
const SHARED_VERB_OPENERS = new Set([...CLAUSE_OPENERS, ...MAY, ...['لقد', 'كما'].map((w) => norm(w))]);
/** how far back (tokens) from a cue a comma and an opener may start the clause whose subject it shares */
const SHARED_CLAUSE_REACH = 30;
/** openers of a clause after a comma, with a subject of its own (`، لذا قامت دنيا …`) */
const COMMA_CLAUSE_OPENERS = new Set(['لذا', 'لذلك', 'ثم', 'بعدها', 'فيما', 'بينما', 'كما'].map((w) => norm(w)));
const CLAUSE_SUBJECT_WINDOW = 6;
/** most words of the one spoken to between a headline's speaker and its colon (`لملك السعودية سلمان بن عبد العزيز`) */
const HEADLINE_ADDRESSEE_WORDS = 7;
/** most tokens from كان back to the cue that is its verb (`فكانت وكالة الأنباء (سانا) قالت`) */
const KANA_SUBJECT_BEFORE_CUE = 7;
/** most tokens from a verb of saying back from a cue on و that shares its subject (the verb, the subject) */
const CONJOINED_VERB_WINDOW = 7;
/** `اسمه`, `هويتها`: someone's name or identity, the object of a verb that then reports nothing (normalised) */
const NAME_OBJECTS = new Set(['اسمه', 'اسمها', 'اسمهم', 'اسمهما', 'اسمائهم', 'هويته', 'هويتها', 'هويتهم', 'هويتهما'].map((w) => norm(w)));

/** The cue at `j` has someone's name or identity for its object, right after it or after عن. */
function namedObjectAfter(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next) return false;
  if (NAME_OBJECTS.has(next.norm)) return true;
  return next.norm === 'عن' && !!tokens[j + 2] && NAME_OBJECTS.has(tokens[j + 2].norm);
}

/** prepositions with a pronoun back to a relative's antecedent (`الذي قال فيه`, `التي تحدث عنها`), normalised */
const RESUMPTIVES = new Set(['فيه', 'فيها', 'عنه', 'عنها', 'به', 'بها', 'عليه', 'عليها'].map((w) => norm(w)));

/** `ومحللين`, `وخبراء`: an unnamed source's word joined by و (a sound plural in ين read as in ون) */
function groupJoined(t: Token): boolean {
  if (!t.word || t.norm.charCodeAt(0) !== 0x648 || t.norm.length < 4) return false;
  const n = t.norm.slice(1);
  return isIn(unnamedSources, n) || (n.endsWith('ين') && isIn(unnamedSources, n.slice(0, -2) + 'ون'));
}

/** `سرعان` (ما), `soon`, before the verb of its sentence */
const SOON = new Set(['سرعان', 'وسرعان', 'فسرعان'].map((w) => norm(w)));

/** a word opening on the conjunction و or ف */
const PROCLITIC_START = /^[وف]/;

/**
 * `وقالت روي في بيان`: no verb of saying follows another bare (no و or ف, colon or quote between);
 * a word shaped like one (روى) right after a cue verb and before في, a comma or a colon is its subject's name.
 */
function cueShapedName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  if (!before || !next || !before.word || !isCue(t) || !isCue(before) || PROCLITIC_START.test(t.text)) return false;
  if (next.norm !== 'في' && !isComma(next) && next.text !== ':') return false;
  // (a surname has the verb's bare perfect shape, روى: `وتابع يقول:` is a verb and its present)
  const own = cueForm(t.norm)?.form;
  return cueForm(before.norm)?.form.kind === 'verb' && own?.kind === 'verb' && own.lemma === t.norm;
}
/** impersonal openers (`يذكر أن`, `والجدير بالذكر أن`, `ويشار إلى أن`) after which a clause's subject stands before its verb */
const IMPERSONAL_OPENERS = ['يذكر أن', 'ويذكر أن', 'الجدير بالذكر أن', 'والجدير بالذكر أن', 'يشار إلى أن', 'ويشار إلى أن', 'ومن المعروف أن', 'من المعروف أن'].map((p) => p.split(' ').map(norm));
/** the first words of IMPERSONAL_OPENERS */
const IMPERSONAL_FIRST_WORDS = new Set(IMPERSONAL_OPENERS.map((words) => words[0]));
/** words after which a subject stands before its verb (`فإن X قال`), and how far back they are looked for */
const SUBJECT_OPENERS = new Set(['إن', 'فإن', 'وإن', 'لكن', 'ولكن', 'لأن'].map((w) => norm(w)));
const NAMED_BEFORE_CUE_WINDOW = 12;
/** `قوله`, `بقوله` (normalised): His saying, after a verse marker (`الله تعالى عنه بقوله`) */
const SAYING = new Set(['قوله', 'بقوله']);
/** how far (in tokens) a cue with no subject may stand after the document that speaks (documentOfSentence) */
const DOCUMENT_CLAUSE_REACH = 15;
/** kin whose ة is written ت before his ه (`ابنته`, `حفيدته`): a speaker, unlike the verb's object `إدانته` */
const KIN_WITH_HIS = new Set(['ابن', 'حفيد', 'زميل', 'خال', 'عم', 'جد', 'أخ', 'بن'].map((w) => norm(w)));
/** the veil of `كشف النقاب عن` / `أماط اللثام عن` / `أزاح الستار عن`, after a verb that is a cue elsewhere */
const UNVEILED = new Set(['النقاب', 'اللثام', 'الستار'].map((w) => norm(w)));
/** words of an addressee (`لبي بي سي عربي`) read for the clause said after them */
const ADDRESSEE_WORDS = 5;
/** `آخر`, `أحدث`: the latest, before a document noun (normalised as tokens are) */
const LATEST = new Set(['آخر', 'أحدث'].map((w) => norm(w)));
/** `خطابه`, `رسالتها`, `بيانهم` (normalised): a document noun carrying its owner's pronoun */
function ownDocument(n: string): boolean {
  const stem = possessedStem(n);
  if (stem === null) return false;
  return documentNoun(stem) !== null || (stem.endsWith('ت') && documentNoun(stem.slice(0, -1) + 'ه') !== null);
}

/** `خطابه` → خطاب, `قولها` → قول: a word of three letters or more before ه / ها / هم; null when it has none. */
function possessedStem(n: string): string | null {
  const m = /^(.{3,}?)(ها|هم|ه)$/.exec(n);
  return m ? m[1] : null;
}

/** `تعبيره`, `قولها`: a noun of saying with the pronoun of the one who said it */
function ownSaying(n: string): boolean {
  const stem = possessedStem(n);
  return stem !== null && sayingNouns.has(stem);
}

/** what is named after a person, its title and name following (`كأس الأمير …`, `طريق الملك …`) */
const NAMED_AFTER = new Set(['كأس', 'جائزة', 'بطولة', 'مسابقة', 'وسام', 'شارع', 'طريق', 'ميدان', 'جسر', 'مطار', 'مدينة', 'مجمع', 'كرسي', 'برنامج', 'مركز'].map((w) => norm(w)));
/** how many words a document's author (`بيانا لمتحدث باسم وزارة الخارجية`) may take before `قال فيه` */
const DOCUMENT_AUTHOR_WINDOW = 10;
/** how many words before `بقوله` its verse marker may stand */
const SAYING_REACH = 3;
/** the most words of a document's name in a term quote (`«إعلان برازيليا»`, `«وثيقة الأخوة الإنسانية»`) */
const NAMED_DOCUMENT_WORDS = 4;
/** `قال لي`, `قالت لنا`: the one told, a pronoun on lam, between a verb of saying and its subject (normalised) */
const ADDRESSEES = new Set(['لي', 'لنا', 'له', 'لها', 'لهم', 'لك', 'لكم']);
/** how far before a nested quote (in tokens, its colon aside) the verb that brings it in may stand */
const NESTED_CUE_WINDOW = 6;
/** most tokens in a subject before its verb (SVO), and with an apposition between commas */
const SVO_SUBJECT = 12;
const SVO_WITH_APPOSITION = 12;
/** القول, normalised */
const AL_QAWL = norm('القول');
/** عن and عن with the pronoun of the one quoted, normalised */
const AN_FORMS = new Set(['عن', 'عنه', 'عنها', 'عنهم', 'عنهما'].map((w) => norm(w)));
/** how far before القول its عن may stand (`نقلت صحيفة الأيام عن الخبيرة ريم حداد القول`) */
const AN_BEFORE_QAWL = 8;
/** `while`, `whereas` before a sentence's verb (normalised) */
const WHILE = new Set(['بينما', 'وبينما', 'فيما', 'وفيما'].map((w) => norm(w)));
/** words that open what ties an unnamed source to the story (`ذا صلة ب…`, `مقرب من …`), normalised */
const SOURCE_TIES = new Set(['ذا', 'ذو', 'ذات', 'ذوو', 'ذوي', 'مقرب', 'مقربا', 'مقربة', 'قريب', 'قريبا', 'قريبة', 'مطلع', 'مطلعا', 'مطلعة'].map((w) => norm(w)));
/** most words of such a tie */
const TIES_WORDS = 6;
/** verbs whose object pronoun is the one spoken to (`أجابها`, `خاطبه`, `قاطعه`), besides those of asking */
const ADDRESSING_LEMMAS = new Set(['أجاب', 'خاطب', 'قاطع'].map((w) => norm(w)));
/** `ما` and the prepositions on it before a verb whose object it is (`لما ذكرته`, `بما أعلنه`) */
const MA_BEFORE_VERB = new Set([...namingParticles, norm('لما')]);
/** `في`, `خلال`, `عبر`: after a cue and a quoted name, where the words were said (`وأضاف "عبدالخالق" في مداخلة`) */
const WHERE_SAID = new Set(['في', 'خلال', 'عبر'].map((w) => norm(w)));
/** according words that take ل before the source (`وفقا لـ`, `طبقا لـ`) */
const LAM_TAKERS = new Set(['وفقا', 'طبقا'].map((w) => norm(w)));
const LAM = 0x644;
const WAW = 0x648;
/** verbs of calling on someone: `ودعا جميع الأحزاب إلى …`, whose quantified phrase is whom they call on */
const CALLING_LEMMAS = new Set(['دعا', 'طالب', 'حذر', 'حث', 'ناشد'].map((w) => norm(w)));
/** `جميع`, `كافة`, `كل` (not `كل من`, both of): a phrase they open after a verb of calling is its object */
const QUANTIFIERS = new Set(['جميع', 'كافة', 'كل'].map((w) => norm(w)));
/** the words among tokens[from, to) */
function wordsBetween(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (tokens[j].word) n++;
  return n;
}

/** most tokens from a verb of saying to a وفقا / بحسب after its subject (speakingBeforeRelay) */
const RELAY_REACH = 8;
/** an interview's nouns, normalised (`مقابلة مع`, `حوار مع`, `لقاء مع`), and how far before a cue's sentence one is read */
const INTERVIEWS = new Set(['مقابله', 'حوار', 'لقاء']);
const INTERVIEW_REACH = 60;

/** most tokens between a relative pronoun and a verb joined to its clause (relativeAntecedent) */
const RELATIVE_REACH = 12;
/** most words of a body's name in quotes before a relative (`"هيومن رايتس ووتش" التي`) */
const MAX_QUOTED_NAME = 5;
/** what names the source of relayed words: `نقل عن X`, `نقلت عنه`, `على لسان X` */
/** `أنه`, `إنها`, `أنهن`: a complementiser carrying its clause's subject, and what it says of that subject */
const PRONOUN_COMPLEMENTISERS = new Map<string, { gender: Gender | null; plural: boolean }>();
for (const [w, gender, plural] of [['ه', 'male', false], ['ها', 'female', false], ['هم', null, true], ['هن', 'female', true]] as const) {
  for (const c of ['أن', 'إن', 'لكن']) PRONOUN_COMPLEMENTISERS.set(norm(c + w), { gender, plural });
}
const MIN = norm('من');
/** the first word of each of afterQuoteNaming's phrases: a word after a quote that is none of them opens none */
const AFTER_QUOTE_FIRST = new Set(afterQuoteNaming.map((phrase) => phrase[0]));
const NO_PHRASES: string[][] = [];
/** most words between a line's opening `X:` and a quote it attributes */
const HEADLINE_CLAUSE = 10;
const LAFATA = norm('لفت');
/** `من جهته`, `من جانبها`, `بدوره`: turning to someone before the verb of a sentence (normalised) */
const ON_ITS_SIDE = new Set(['جهته', 'جهتها', 'جانبه', 'جانبها', 'ناحيته', 'ناحيتها', 'بدوره', 'بدورها'].map((w) => norm(w)));
/** `اقرأ أيضاً`, a link's words (normalised) */
const READ_NORM = norm('اقرأ');
/** how far after أظهر its أن may stand (`أظهرت نتائج دراسة حديثة أن`) */
const SHOWN_REACH = 8;
/** أظهر, showed (normalised) */
const IZHAR = norm('أظهر');
/** `علمت «الحياة» من مصادر`: how far من may stand after a verb of learning */
const LEARN_WINDOW = 8;
const SOURCE_MARKERS = new Set(['عن', 'عنه', 'عنها', 'عنهم', 'لسان'].map((w) => norm(w)));
const WA_HUWA = norm('وهو');
const WA_HIYA = norm('وهي');
const CIRCUMSTANCE_WINDOW = 12;
/** `نقلت مجلة … عن عالمة البيئة البحرية في جامعة … الدكتورة كاثرين ميلر قولها`: a long role lies between عن and قولها */
const NESTED_SOURCE_WINDOW = 16;
/**
 * how far past its first token a phrase read with a limit 10 tokens on may end: an apposition in
 * parentheses may run a few tokens past the limit (speakerPhrase), so twice that and room to spare
 */
const PHRASE_REACH = 30;

/** أن, normalised */
const AN = norm('أن');
/** سبق, يسبق (`وسبق للحكومة أن`, `لم يسبق له أن`), normalised */
const SABAQA = new Set(['سبق', 'يسبق'].map((w) => norm(w)));
/** the most words a phrase on the lam after سبق may take before أن */
const PRECEDED_REACH = 7;

/** The relative pronoun `n` is (normalised), without a و / ف on it (`والتي` → `التي`); null for any other word. */
function bareRelative(n: string): string | null {
  if (relatives.has(n)) return n;
  return (n[0] === 'و' || n[0] === 'ف') && relatives.has(n.slice(1)) ? n.slice(1) : null;
}

/** الذي → male, التي → female (on و / ف too); null for the plurals and duals */
function relativeGender(n: string): Gender | null {
  const r = bareRelative(n);
  return r === ALLADHI || r === ALLADHA ? 'male' : r === ALLATI ? 'female' : null;
}
const ALLADHI = norm('الذي');
const ALLADHA = norm('الذى');
const ALLATI = norm('التي');
/** the most tokens between such a verb's own subject and the words (`توقيعها بأنه`) */
const RELATIVE_OWN_REACH = 3;

const MUTAHADDITH = norm('متحدث');

/** `متحدثا`, `متحدثاً`, `متحدثةً`: متحدث in the accusative, `speaking`, as written (no spokesperson) */
function speakingParticiple(t: Token): boolean {
  return t.word && (t.norm === MUTAHADDITH + 'ا' || (t.norm === MUTAHADDITH + 'ه' && t.text.endsWith('ةً')));
}

/** `لخصمه`, `لزملائه`, `لمحاوريها`: ل on a noun carrying his / her / their, no given name (the one told) */
function lamOnPossessed(t: Token): boolean {
  const n = t.norm;
  if (!t.word || n.length < 5 || n.charCodeAt(0) !== 0x644 || n.startsWith('لل') || hasFact(t, Facts.givenName)) return false;
  return n.endsWith('ه') ? hasFact(t, Facts.withHis) : n.endsWith('ها') || n.endsWith('هم') || n.endsWith('هن');
}

/** stripConjunction(w).stem, remembered per word (no object and no slice per call) */
const stemOf: (w: string) => string = rememberedPerWord((w) => stripConjunction(w).stem);

/** `يقول`, `تؤكد`: an imperfect verb opens on ي or ت after any conjunction (a perfect one on its root) */
function imperfect(word: string, conj: string): boolean {
  const c = word.charAt(conj.length);
  return c === 'ي' || c === 'ت';
}

export class Attributor {
  readonly #text: string;
  readonly #tokens: Token[];
  readonly #quoted: Uint8Array;
  readonly #sentenceStartOf: Int32Array;
  constructor(
    text: string,
    tokens: Token[],
    quoted: Uint8Array,
    readonly registry: SpeakerRegistry,
    /** sentence start of each token (tokens.ts, sentenceStarts) */
    sentenceStartOf: Int32Array,
  ) {
    this.#text = text;
    this.#tokens = tokens;
    this.#quoted = quoted;
    this.#sentenceStartOf = sentenceStartOf;
    this.#cueSlot = new Int32Array(tokens.length);
  }

  /**
   * cueAt per token, computed once: 0 not yet, 1 none, else the hit at cueHits[slot - 2] (a typed
   * array: `new Array(n)` of a long part is a dictionary, slow to read and write)
   */
  readonly #cueSlot: Int32Array;
  readonly #cueHits: CueHit[] = [];

  /** The cue at token `j`, or null; `عبر` counts only as `وعبر`, `عبّر` or at a clause start. */
  #cueAt(j: number): CueHit | null {
    // (a word no cue form, or a mark, is never a cue: findCue would say so after the same reads)
    const t = this.#tokens[j];
    if (t === undefined || !t.word || !isCue(t)) return null;
    const slot = this.#cueSlot[j];
    if (slot === 1) return null;
    if (slot > 1) return this.#cueHits[slot - 2];
    const hit = this.#findCue(j);
    if (hit === null) this.#cueSlot[j] = 1;
    else {
      this.#cueSlot[j] = this.#cueHits.length + 2;
      this.#cueHits.push(hit);
    }
    return hit;
  }

  #findCue(j: number): CueHit | null {
    const t = this.#tokens[j];
    // a speaker phrase can end at the last token: j is then past the end
    if (!t || !t.word || this.#quoted[j]) return null;
    // `سموه` (His Highness) is not `سمّوه` (they named him)
    if (hasFact(t, Facts.honorificPronoun)) return null;
    if (!isCue(t)) return null;
    const hit = cueForm(t.norm)!;
    // `تعمل على إضافة …`: ة written at the end is a verbal noun, not a verb with its object (أضافه)
    // (the two are one word once normalised)
    if (hit.form.withObject && t.text.charCodeAt(t.text.length - 1) === 0x629) return null;
    // (`إدانته لـ…`, his condemnation: إفعال with its owner's pronoun, written with إ, where أدانته would be
    // the verb; `كانت إجابته: «…»`, his answer before the words, still introduces them as his)
    if (hit.form.withObject && t.text.charCodeAt(0) === 0x625 && this.#tokens[j + 1]?.text !== ':') return null;
    // `لافتة كتب عليها «…»`: written on a sign or a wall is an inscription, no one's words
    if (inscriptionAt(this.#tokens, j)) return null;
    // (`اقرأ أيضاً…`: a web page's link to another story, no verb of anyone's)
    if (this.#tokens[j + 1]?.norm.startsWith(ALSO) && t.norm === READ_NORM) return null;
    // (`كشف النقاب عن`, `أماط اللثام عن`: to unveil a thing, no words said)
    if (j + 1 < this.#tokens.length && UNVEILED.has(this.#tokens[j + 1].norm)) return null;
    // (`صورة تظهرها بغطاء أخضر`: أظهر with its object's pronoun shows someone; it reports nothing)
    // (`لوحات تظهر فتيات`: showing someone, with no أن or colon after it, reports nothing either; `أظهرت دراسة أن` does)
    if (hit.form.lemma === IZHAR && hit.form.kind === 'verb' && (/(?:ه|ها|هم)$/.test(t.norm) || !this.#contentAhead(j, SHOWN_REACH))) return null;
    // `لافتة` is also a banner: as `pointing out` it is followed by إلى or أن
    if (hit.form.lemma === LAFATA && hit.form.kind === 'participle' && this.#tokens[j + 1]?.norm !== ILA && !complementisers.has(this.#tokens[j + 1]?.norm ?? '')) return null;
    // (`سارعتا إلى نفي صحة ما جاء`: after a preposition a cue verb's form is a verbal noun; no verb follows one)
    if (hit.form.kind === 'verb' && j > 0 && hit.conj === '' && NOUN_PREPOSITIONS.has(this.#tokens[j - 1].norm)) return null;
    // `طلب عدم ذكر اسمه إن`: after عدم / دون a cue verb's form is a verbal noun
    if (hit.form.kind === 'verb' && j > 0 && (hasFact(this.#tokens[j - 1], Facts.verbalNounMarker) || masdarGovernors.has(stemOf(this.#tokens[j - 1].norm)))) return null;
    // (`وجاء كشف الاستعداد الإيراني`, `تم كشف`: a verb of coming or of being done takes the verbal noun as its subject; `وجاء رد فعل الرئيس` is the reaction's, read with رد)
    if (hit.form.kind === 'verb' && j > 0 && hit.conj === '' && comingVerbs.has(stemOf(this.#tokens[j - 1].norm)) && !t.norm.endsWith(RADD)) return null;
    // `قبل أن يكشف التطبيق`, `يريد أن يقول`: an imperfect verb after أن is a subjunctive, not a report
    // (`قبل أن تضيف ضاحكة: «…»`: with a colon right after, it reports)
    if (hit.form.kind === 'verb' && j > 0 && this.#tokens[j - 1].text === 'أن' && imperfect(t.norm, hit.conj) && !this.#colonWithin(j, 3)) return null;
    // (`قد تفيد إدارة اللعبة`: قد before an imperfect is a possibility, may benefit, no report; a colon after still introduces words)
    if (hit.form.imperfect && j > 0 && MAY.has(this.#tokens[j - 1].norm) && !this.#colonWithin(j, 3)) return null;
    // `دنيا أبو طالب`: after أبو of a kunya a verb's form is the name; `مارك روته:` a surname (not `she told it`)
    if (j > 0 && (kunyaFathers.has(this.#tokens[j - 1].norm) || surnameEndingInHa(this.#tokens, j))) return null;
    // (`رغم إعلان مدرب ليفربول يورغن كلوب أن …`: a verbal noun reports with a role, a name or a body right after it and أن close after;
    // `إعلان الاتفاق`, `إعلان برازيليا` are things announced)
    if (hit.form.verbalNoun && !(this.#tokens[j + 1]?.word && hasFact(this.#tokens[j + 1], Facts.roleOrHonorific | Facts.givenName | Facts.organisationHead) && this.#complementiserWithin(j + 2, 14, true))) return null;
    // (`وقالت روي في بيان`: the subject of the cue before it)
    if (cueShapedName(this.#tokens, j)) return null;
    // (`المصدر الذي لم تذكر اسمه`, `رفض الكشف عن هويته`: naming or unveiling someone, no words reported)
    if (namedObjectAfter(this.#tokens, j)) return null;
    // `أحمد، وهو طالب جامعي`: after هو / هي a verb would be imperfect (`وهو يقول`); a perfect form is a noun
    if (hit.form.kind === 'verb' && j > 0 && predicatePronouns.has(this.#tokens[j - 1].norm) && !imperfect(t.norm, hit.conj)) return null;
    // `عبر` is also `via`: a verb only when `عن` follows its subject (`عبر X عن أمله`)
    if (hit.form.ambiguous && !t.text.includes(SHADDA) && !this.#followedBy(j, 'عن', 16)) return null;
    // `وبين الوزير أن`, `من جهته، بين`: بين is a verb only opening a clause, with the words to come
    if (hit.form.clauseStart && hit.form.kind === 'verb' && !t.text.includes(SHADDA)) {
      const prev = this.#tokens[j - 1];
      const opens = this.#sentenceStartOf[j] === j || (!!prev && isComma(prev));
      // (`، بين "ذكرى …" و"أزمة قطر"`: a quote right after it is one side of `between`)
      if (!opens || !this.#wordsFollow(j, 16) || this.#quoted[j + 1]) return null;
    }
    // `بحسب ما نقلته صحيفة … عن مسؤول`: the relaying verb belongs to بحسب ما
    // (`كما نقلت وكالة … عن مسؤول` opening its sentence is `also`)
    if (hit.form.relays && j > 0 && namingParticles.has(this.#tokens[j - 1].norm) && !(this.#tokens[j - 1].norm === 'كما' && this.#sentenceStartOf[j] === j - 1)) return null;
    // `زادت حدة التنافس، إذ "…"`: زاد reports only with the words close after it (`وزاد: «…»`, `وزاد الوزير أن`)
    if (hit.form.tight && !this.#wordsFollow(j, 4)) return null;
    // (`زاد احتمال أن`: with an indefinite common noun after it, `increased`; a subject there is a role, a name or a body)
    if (hit.form.tight && this.#indefiniteNounAfter(j)) return null;
    // (`قراءة كتب ماركسية`: books, the genitive of the noun before)
    if (hit.form.alsoNoun && hit.conj === '' && j > 0 && this.#tokens[j - 1].word && this.#tokens[j - 1].text.endsWith('ة')) return null;
    // (`وتضمن إعلان برازيليا «…»` reports; `قوانين تضمن حرية الإبداع` guarantees)
    if (hit.form.byDocument && !(this.#tokens[j + 1] && hasFact(this.#tokens[j + 1], Facts.documentNoun))) return null;
    // (`نقلت الوكالة عنه القول`: the definite القول marks someone's words only after عن and the one named;
    // `ذهب البعض إلى القول "…"` is the subject's own saying)
    if (hit.form.kind === 'nested' && this.#tokens[j].norm === AL_QAWL && !this.#anBefore(j)) return null;
    // `ستتولى نقل الطلاب`: a relaying verb reports only with عن / على لسان after it (else it is `transport`)
    if (hit.form.relays && !(hit.form.learns ? this.#learnedFrom(j) : this.#sourceMarkerAfter(j, 14))) return null;
    if (hit.form.kind === 'came-in') {
      const next = this.#tokens[j + 1];
      // (`وجاء على لسان رئيس الوزراء أن`: on someone's tongue, their words)
      if (!next || (next.norm !== 'في' && !this.#onTongueOf(j + 1))) return null;
    }
    return { at: j, form: hit.form, conj: hit.conj, purpose: hit.conj === 'ل', subjectLimit: -1, subject: null, subjectEntity: undefined };
  }

  /** The word after `j` is indefinite and names no one by itself (no given name, role, body or source word). */
  #indefiniteNounAfter(j: number): boolean {
    const t = this.#tokens[j + 1];
    return !!t && t.word && !this.#quoted[j + 1] && !hasFact(t, Facts.definite | Facts.givenName | Facts.roleOrHonorific | Facts.organisationHeadIn | Facts.unnamedSource | Facts.complementiser | Facts.pronounSource);
  }

  /**
   * `ترامب يهاجم غوغل ويتهم …`: a line whose first word reads as no verb with a subject after it opens
   * on a name, its imperfect verb right after it: that name is the sentence's subject (a verb of saying
   * there has its own subject before it, as cues do: `السويد تحذر من`).
   */
  #nameBeforeVerb(j: number, limit: number): void {
    const p = parseSpeakerPhrase(this.#text, this.#tokens, j, limit, this.#quoted);
    if (!p || (p.type !== 'person' && p.type !== 'organization') || p.to >= limit || !imperfectVerbLike(this.#tokens[p.to]) || isCue(this.#tokens[p.to])) return;
    // (a bare word is the subject here: the verb right after it says so)
    const e = this.#resolve(p.weak ? { ...p, weak: false } : p, null);
    if (e) this.#sentenceSubject = { start: this.#sentenceStartOf[j], at: j, entity: e };
  }

  /**
   * `وقال تروير إن`: one word the phrase reader takes for none of a name (تروير has the shape of a
   * verbal noun, تفعيل), which names someone the article has met: that person.
   */
  #knownName(k: number, limit: number, afterCue = false): SpeakerPhrase | null {
    const t = this.#tokens[k];
    // (`وقالت روي في بيان`: right after a cue, a word shaped like a cue, روى, may be the surname of someone met)
    if (k >= limit || !t?.word || this.#quoted[k] || hasFact(t, Facts.definite | Facts.stop | (afterCue ? 0 : Facts.cue) | Facts.prepositional | Facts.complementiser | Facts.relative)) return null;
    const p = wordAsName(t, k);
    return (afterCue && k + 1 < limit && cueShapedName(this.#tokens, k)) || this.registry.knows(p) ? p : null;
  }

  /** `على لسان` at `j`. */
  #onTongueOf(j: number): boolean {
    const t = this.#tokens[j];
    // (normalised: على is علي)
    return !!t && t.norm === 'علي' && this.#tokens[j + 1]?.norm === 'لسان';
  }

  /** A complementiser, a colon or a quote comes within `window` tokens after `j`, in its sentence. */
  #wordsFollow(j: number, window: number): boolean {
    for (let k = j + 1; k < this.#tokens.length && k <= j + window; k++) {
      const t = this.#tokens[k];
      if (this.#quoted[k] || t.text === ':' || hasFact(t, Facts.complementiser)) return true;
      if (t.sentenceEnd) return false;
    }
    return false;
  }

  /** A complementiser (أن) or a colon among the `window` tokens after `j` (a quoted name between them counts as nothing). */
  #contentAhead(j: number, window: number): boolean {
    for (let k = j + 1, words = 0; k < this.#tokens.length && words <= window; k++) {
      const t = this.#tokens[k];
      if (this.#quoted[k]) continue;
      if (t.text === ':' || hasFact(t, Facts.complementiser)) return true;
      if (t.sentenceEnd) return false;
      words++;
    }
    return false;
  }

  #colonWithin(j: number, window: number): boolean {
    for (let k = j + 1; k < this.#tokens.length && k <= j + window; k++) if (this.#tokens[k].text === ':') return true;
    return false;
  }

  #sourceMarkerAfter(j: number, window: number): boolean {
    for (let k = j + 1; k < this.#tokens.length && k <= j + window; k++) {
      const n = this.#tokens[k].norm;
      if (SOURCE_MARKERS.has(n)) return true;
      if (this.#tokens[k].sentenceEnd) return false;
    }
    return false;
  }

  /** `علمت «عكاظ» من`: من within LEARN_WINDOW, past a quoted outlet, before any complementiser */
  #learnedFrom(j: number): boolean {
    for (let k = j + 1; k < this.#tokens.length && k <= j + LEARN_WINDOW; k++) {
      if (this.#quoted[k]) continue;
      const n = this.#tokens[k].norm;
      if (n === MIN) return true;
      if (this.#tokens[k].sentenceEnd || complementisers.has(n)) return false;
    }
    return false;
  }

  /** A word of a cue's form among the `n` tokens from `from` (a cheap sieve before reading a phrase that must end on a cue). */
  #cueWordWithin(from: number, n: number): boolean {
    const tokens = this.#tokens;
    for (let j = from; j < tokens.length && j < from + n; j++) if (tokens[j].word && isCue(tokens[j])) return true;
    return false;
  }

  /** عن (or عنه, عنها, عنهم) within the few words before token j, in its sentence */
  #anBefore(j: number): boolean {
    const s = this.#sentenceStartOf[j];
    for (let k = j - 1; k >= s && k >= j - AN_BEFORE_QAWL; k--) if (this.#tokens[k].word && AN_FORMS.has(this.#tokens[k].norm)) return true;
    return false;
  }

  #followedBy(j: number, word: string, window: number): boolean {
    for (let k = j + 1; k < this.#tokens.length && k <= j + window; k++) {
      if (this.#tokens[k].norm === word) return true;
      if (this.#tokens[k].sentenceEnd || this.#quoted[k]) return false;
    }
    return false;
  }

  /** The speaker phrase a cue at `c` names, read up to `limit`; null when the cue has no subject. */
  #subjectOf(c: CueHit, limit: number): SpeakerPhrase | null {
    // (cueAt gives one hit per token: the answer kept on it is the cue's own)
    if (c.subjectLimit === limit) return c.subject;
    let phrase = this.#readSubject(c, limit);
    // (`ودعت ولي العهد السعودي إلى "…"`: a man named right after a feminine verb is its object, no subject)
    // (`ولي العهد السعودي`: a role closed by a masculine nisba is a man's)
    // (a name with it speaks, whatever its title: `وقالت كرستين كنوتسون الأستاذ المساعد`)
    if (phrase && phrase.from === c.at + 1 && c.form.gender === 'female' && !c.form.plural && phrase.type === 'descriptor' && (phrase.gender === 'male' || (phrase.gender === null && masculineNisbaLast(phrase.role)))) phrase = null;
    // (`قال رسول الله صلى الله عليه وسلم: «…»`: the Prophet after the verb, his blessing after him)
    if (phrase && !phrase.cited && this.#isBlessedProphet(phrase)) phrase.cited = true;
    c.subjectLimit = limit;
    c.subject = phrase;
    c.subjectEntity = undefined;
    return phrase;
  }

  #readSubject(c: CueHit, limit: number): SpeakerPhrase | null {
    const tokens = this.#tokens, quoted = this.#quoted;
    if (c.form.kind === 'participle') return null;
    let k = c.at + 1;
    if (c.form.kind === 'came-in') k += this.#onTongueOf(k) ? 2 : 1; // `جاء في البيان`, `جاء على لسان الوزير`
    // `وجاء في حيثيات الحكم أن`: a part of a document stands for the document
    if (c.form.kind === 'came-in' && k + 1 < limit && documentParts.has(tokens[k].norm) && hasFact(tokens[k + 1], Facts.documentNoun)) k++;
    // (`حيث جاء في خطابه`, `في رسالتها`: the document of the one the pronoun stands for, who goes on speaking)
    if (c.form.kind === 'came-in' && k < limit && ownDocument(tokens[k].norm)) return null;
    // (`وجاء رد فعل الرئيس التركي …`: the reaction, رد فعل, of the one named after it)
    if (k + 1 < limit && tokens[k].norm === FIL && tokens[c.at].norm.endsWith(RADD)) k++;
    // `وأضاف "الشمري": "…"`, `وأشار "بارشيد" إلى أن`: the subject is a name the paper put in quotes
    const quotedName = this.#quotedSubjectEnd(k);
    if (quotedName > 0) {
      const start = tokens[k + 1].start;
      const end = tokens[quotedName - 2].end;
      return { from: k, to: quotedName, type: 'person', name: this.#text.slice(start, end), nameSpan: { start, end }, namePrefix: '', role: null, gender: null, owner: null };
    }
    if (c.form.kind === 'according') {
      // `بحسب ما نقلته صحيفة X عن مسؤول`: the source after عن, else who reported it; `بحسب ما اعتبره`: naming
      if (k < limit && tokens[k].norm === 'ما') {
        for (let j = k + 1; j < limit && j < k + 10; j++) {
          if (tokens[j].norm === 'عن') return parseSpeakerPhrase(this.#text, tokens, j + 1, limit, quoted);
          if (!tokens[j].word && !quoted[j] && '،,.:؛'.includes(tokens[j].text)) break;
        }
        // (`وفق ما صرح به لـ"الاقتصادية"`: a pronoun after the verb is no speaker)
        let m = k + 2;
        while (m < limit && hasFact(tokens[m], Facts.pronounSource)) m++;
        return m < limit ? parseSpeakerPhrase(this.#text, tokens, m, limit, quoted) : null;
      }
      if (k < limit && tokens[k].norm === 'عن') return null;
      if (k < limit && (tokens[k].norm === 'ل' || tokens[k].norm === 'لـ')) k++;
      // `وحسب آخر تقدير للفريق الطبي`: the latest of a document is the document
      else if (k + 1 < limit && LATEST.has(tokens[k].norm) && hasFact(tokens[k + 1], Facts.documentNoun)) k++;
      // `حسب قول القيم على المعرض`, `وفق رواية الشرطة`: the one whose saying it is
      else if (k + 1 < limit && sayingNouns.has(tokens[k].norm) && tokens[k + 1].word && !quoted[k + 1]) k++;
    }
    // `وعاد الوزير ليؤكد أن`: the subject of the verb the purpose follows (VSO, from the sentence start)
    // (`ليرد زوما باتهام الحزب`: unless a name right after it is its own subject)
    // (`ليرد عليها الناشط محمد الفقيه، قائلا`: after the one answered, on its preposition, a role and a name are its own subject)
    let own = k;
    while (c.purpose && own < limit && own - k < 2 && hasFact(tokens[own], Facts.pronounSource)) own++;
    const ownSubject = c.purpose && own < limit ? parseSpeakerPhrase(this.#text, tokens, own, limit, quoted) : null;
    const rolePlusName = !!ownSubject && ownSubject.type === 'person' && ownSubject.role !== null && ownSubject.name !== null && ownSubject.nameSpan !== null && ownSubject.nameSpan.start > tokens[own].start;
    if (rolePlusName) return ownSubject;
    if (c.purpose && !(ownSubject && own === k && ownSubject.type === 'person' && ownSubject.nameSpan !== null && ownSubject.nameSpan.start === tokens[k].start && (hasFact(tokens[k], Facts.givenName) || this.registry.knows(ownSubject)))) {
      let s = this.#sentenceStartOf[c.at];
      if (CLAUSE_OPENERS.has(tokens[s].norm)) s++; // `ثم عاد`
      if (s + 1 < c.at && c.at - s <= 7) {
        const p = parseSpeakerPhrase(this.#text, tokens, s + 1, c.at, quoted);
        return p && p.to === c.at && p.type !== 'document' ? p : null;
      }
      return null;
    }
    // `إن النبي صلى الله عليه وسلم قال`: the Prophet, the blessing written after his name, then the verb
    if (c.form.kind === 'verb') {
      const prophet = this.#blessedProphetBefore(c.at);
      if (prophet) return prophet;
    }
    // `لافروف يدعو …`, `الوزير قال إن …`: a subject before the verb, alone at the sentence start (SVO)
    // `أما مدرب النصر فقد اعترف …`: after أما, and with قد / فقد before the verb
    if (c.form.kind === 'verb') {
      let s = this.#sentenceStartOf[c.at];
      // (`…، غير أن مسؤولا في الوزارة قال`: a clause opened after a comma has its own subject)
      for (let b = c.at - 1; b > s && b >= c.at - SVO_WITH_APPOSITION - 2; b--) {
        // (`ولدى توجههم الى القاعة، كان المتظاهرون يهتفون`: or كان opening it)
        if (isComma(tokens[b - 1]) && (this.#clauseOpenerAt(b) > 0 || (KANA.has(tokens[b].norm) && this.#plainWords(b, c.at)))) {
          s = b;
          break;
        }
      }
      const amma = tokens[s].norm === 'اما';
      if (amma) s++;
      // `غير أن الناقد …`, `لكن الوزير …`: a clause opener before the subject
      else s += this.#clauseOpenerAt(s);
      let v = c.at;
      // (`أم كلثوم كانت تؤكد`: كان between the subject and the verb, too)
      // (`المكتب الإعلامي عاد وأكد`: عاد and the cue on its و, `went back and confirmed`, one verb of the subject)
      if (v - 1 > s && resumingVerbs.has(tokens[v - 1].norm) && resumesCue(tokens[v])) v--;
      while (v > s && (tokens[v - 1].norm === 'قد' || tokens[v - 1].norm === 'فقد' || tokens[v - 1].norm === 'لقد' || (v - 1 > s && KANA.has(tokens[v - 1].norm)))) v--;
      // `الناقد هاني أبو رمان، وهو من المتابعين للجائزة، رأى`: a description between commas after the subject
      v = this.#beforeDescription(s, v);
      // `وكان وزير الصحة قد دشن`, `وكانت الأمينة التنفيذية للاتفاقية قد دعت`: all between كان and قد is the subject
      // (`كان المتظاهرون يهتفون`: and all between كان and an imperfect verb)
      // (`وكان واصل أبو يوسف عضو اللجنة التنفيذية … قال لوكالة`: and a verb in the past, كان's pluperfect)
      const kana = (v < c.at || imperfectVerbLike(tokens[c.at]) || c.form.kind === 'verb') && v > s + 1 && KANA.has(tokens[s].norm);
      if (kana) s++;
      // (`وكيل أعمال اللاعب، الفرنسي جيروم لافاي، رد`: with an apposition closed by a comma the subject runs longer)
      const longest = v > s && isComma(tokens[v - 1]) ? SVO_WITH_APPOSITION : SVO_SUBJECT;
      // (`فتم اختيار أربعة مخرجين … ثم أعلن`: a sentence opening on تم / جاء opens on a verb, no subject)
      if (v > s && v - s <= longest && !isCue(tokens[s]) && !VERBS_ON_AL.has(stemOf(tokens[s].norm)) && !comingVerbs.has(stemOf(tokens[s].norm))) {
        const p = parseSpeakerPhrase(this.#text, tokens, s, v, quoted, false, true) ?? this.#nameOnWaw(s, v);
        // (`المتحدث الرسمي لشركة المياه قال`: a role's genitive may stand between it and the verb)
        const genitive = !!p && p.to < v && p.type === 'descriptor' && this.#complementOnly(p.to, v);
        if (p && genitive) return { ...p, to: v, role: (p.role ?? '') + this.#text.slice(tokens[p.to - 1].end, tokens[v - 1].end) };
        // (`غير أن مسؤولا رفيعا في الوزارة قال`: an unnamed source and where it is, before the verb)
        // (`لكن مصدرا ذا صلة برد فعل الشركة قال`: or what ties it to the story)
        const placed = !!p && p.to < v && (p.type === 'anonymous' || p.type === 'descriptor') && (this.#placeOnly(p.to, v) || this.#tiesOnly(p.to, v));
        // (`أما الطالبة لين، في الصف الثالث، فلخصت`: after أما, a description between commas may follow the subject)
        const aside = amma && !!p && p.to < v && isComma(tokens[p.to]) && isComma(tokens[v - 1]);
        // (`محمد ناجي علاو «محام وأديب» أوضح`: a quote describing the person between the name and the verb)
        const described = !!p && p.to < v && p.type === 'person' && this.#quotedOnly(p.to, v);
        // (`فرنسا قال الرئيس الفرنسي إيمانويل ماكرون إن`: a subject right after the verb, a person or a
        // post, is the verb's own; the word before it heads the section)
        // (`لكن خبراء ومحللين يرون أن`: an unnamed group and another joined by و, one subject)
        if (p && p.type === 'anonymous' && p.to === v - 1 && groupJoined(tokens[p.to])) return { ...p, to: v, name: this.#text.slice(tokens[p.from].start, tokens[p.to].end) };
        // (`ويذكر أن السيناتور جون ماكين، قال`: a named person, then a comma before the verb)
        const commaBefore = !!p && p.to === v - 1 && isComma(tokens[p.to]) && p.type === 'person' && p.nameSpan !== null;
        if (p && (p.to === v || kana || placed || aside || described || commaBefore) && !p.weak && p.type !== 'document' && !verbBeforeRole(p, tokens, s) && !this.#personAfterVerb(c, limit)) return p;
      }
    }
    // `نقلت الصحيفة عن الوزير أن`, `نقل على لسان مصدر`: the words are of whom عن / لسان names
    // `إذ نقلت عنه صحيفة «ليكيب» قوله`: the source is whom عنه refers to (the reporter is no speaker)
    if (c.form.relays && k < limit && SOURCE_MARKERS.has(tokens[k].norm) && tokens[k].norm !== 'عن' && tokens[k].norm !== 'لسان') return null;
    // (after a verb of learning, من: `علمت «عكاظ» من مصادر مطلعة أن`; a quoted outlet's name and its
    // marks lie inside the window: `نقلت صحيفة "عكاظ" عن مصادر`)
    if (c.form.relays) {
      const window = c.form.learns ? LEARN_WINDOW : 14;
      // (`ونقلت وكالة ميزان، التابعة للقضاء، عن`: an apposition between two commas is read past)
      let commas = 0;
      for (let j = k; j < limit && j < k + window; j++) {
        if (quoted[j]) continue;
        const n = tokens[j].norm;
        if (c.form.learns ? n === MIN : n === 'عن' || n === 'لسان') return j + 1 < limit ? parseSpeakerPhrase(this.#text, tokens, j + 1, limit, quoted) : null;
        if (isComma(tokens[j]) && ++commas <= 2) continue;
        // (`ونقلت وكالة الأنباء الرسمية (سانا) عن`: so is the outlet's short name in brackets)
        if (tokens[j].text === '(' || tokens[j].text === ')') continue;
        if (!tokens[j].word || complementisers.has(n)) break;
      }
      if (c.form.learns) return null;
    }
    // `لكنه انتقد الاتحاد`: the subject is the pronoun before the verb; the phrase after it is the object
    if (c.at > 0 && subjectPronounCarriers.has(tokens[c.at - 1].norm)) return null;
    // `قال له`, `أكد لهم`: an addressee pronoun before the subject is skipped; `قال إن`: none
    while (k < limit && (hasFact(tokens[k], Facts.pronounSource) || mannerWords.has(tokens[k].norm)) && k - c.at < 3) k++;
    // `وقالت لفرانس24 المخرجة …`, `وقال لـ«عكاظ» المدير …`: the outlet told, on its lam, before a definite role
    k = this.#pastOutletTold(c.at, k, limit);
    // (`حيث علق، ياسر أبوهلالة، المدير …`: a comma between the verb and a subject opening on a given name or a role)
    if (k === c.at + 1 && k + 1 < limit && isComma(tokens[k]) && tokens[k + 1].word && !quoted[k + 1] && hasFact(tokens[k + 1], Facts.givenName | Facts.roleOrHonorific)) k++;
    // (`وقال #نتنياهو`: a hashtag's mark before the name)
    if (k < limit - 1 && tokens[k].text === '#' && tokens[k + 1].word) k++;
    // `وقال أمس الوزير …`, `أعلن اليوم`: a word of time between the verb and its subject
    k = afterTimeWords(tokens, k, limit);
    if (k >= limit) return null;
    // (`وأضاف لعلي جمال الدين، مراسل …`: a given name on the lam of the one told, right after the verb, is no subject)
    if (k === c.at + 1 && lamOnGivenName(tokens[k])) return null;
    // (`وأوضحت متحدثة لبي بي سي`, `وأضاف متحدثا لقناة الجزيرة`: `speaking to` an outlet, a participle of
    // how it was said, no spokeswoman: the verb has no subject after it)
    // (only in the accusative, its alef or its tanween written: `وقال متحدث لرويترز` is a spokesman)
    if (k === c.at + 1 && k + 1 < limit && speakingParticiple(tokens[k]) && tokens[k + 1].word && tokens[k + 1].norm.charCodeAt(0) === 0x644 && !hasFact(tokens[k + 1], Facts.roleLink)) return null;
    // (`قال لخصمه "…"`, `قال لزملائه`: nor one's own someone on that lam, the one told)
    if (k === c.at + 1 && lamOnPossessed(tokens[k])) return null;
    // (`قال لبوتين عبر مكالمة هاتفية`: nor a word on that lam that the text writes without it elsewhere, `بوتين`)
    if (k === c.at + 1 && c.form.kind === 'verb' && this.#toldWrittenAlone(tokens[k])) return null;
    // (`وأضاف لراديو "أر.تي.إل" الفرنسي "…"`: nor a medium on that lam; no subject named after the verb)
    if (k === c.at + 1 && toldMedium(tokens[k])) return null;
    // (`فأجابت بلغة عربية سليمة "…"`, `ورد بنبرة حادة`: how it was said, a feminine noun on ب, no subject)
    if (k === c.at + 1 && mannerOnBa(tokens[k], tokens[k + 1])) return null;
    // (`مازالوا يعظون بوجهات نظر محافظة`, `وقالوا لنا`: a verb in the plural or the dual has its subject
    // before it or in itself; one after it takes the singular, `ويقول الخبراء`)
    if (k === c.at + 1 && c.form.kind === 'verb' && c.form.plural) return null;
    // (`وأبدى أسفه`: a feeling with its owner's pronoun is the object; the subject is the one before)
    if (hasFact(tokens[k], Facts.withHis) && feelingShown(tokens[k].text)) return null;
    // (`كما أكد إدانته "…"`: a noun whose ة is written ت before his ه is his thing, the verb's object)
    if (hasFact(tokens[k], Facts.withHis) && !hasFact(tokens[k], Facts.givenName | Facts.roleIn) && tokens[k].text.length >= 5 && tokens[k].text.endsWith('ته') && !KIN_WITH_HIS.has(norm(tokens[k].text.slice(0, -2)))) return null;
    // (`ودعا جميع الأحزاب إلى`, `وحث كافة المواطنين`: the ones called on; the subject is the verb's pronoun)
    if (k === c.at + 1 && QUANTIFIERS.has(tokens[k].norm) && CALLING_LEMMAS.has(c.form.lemma) && tokens[k + 1]?.norm !== MIN) return null;
    // (`ودعا الحكومة إلى`, `وانتقد الوزارة`: a masculine verb never agrees with a body's feminine noun right after it, its object)
    // (nor with a feminine state of another ending: `ودعا الصين إلى`)
    if (k === c.at + 1 && c.form.gender === 'male' && !c.form.plural && !c.form.withObject && hasFact(tokens[k], Facts.organisationHead) && tokens[k].norm.startsWith('ال') && (tokens[k].norm.endsWith('ه') || definiteStates.has(tokens[k].norm))) return null;
    // (`طالبت الاتحاد الدولي بتقليص`: nor a feminine verb with a body's masculine noun, `الاتحاد`, `المجلس`)
    // (a feminine state is the subject whatever its ending: `ودعت الصين إلى`)
    if (k === c.at + 1 && c.form.gender === 'female' && !c.form.plural && !c.form.withObject && hasFact(tokens[k], Facts.organisationHead) && tokens[k].norm.startsWith('ال') && !tokens[k].norm.endsWith('ه') && !definiteStates.has(tokens[k].norm)) return null;
    // (`عندما أبلغت رئيسها المباشر`: a man's role with her / their pronoun after a feminine verb is its object)
    if (k === c.at + 1 && c.form.gender === 'female' && !c.form.plural && !c.form.withObject && mansRoleOfHers(tokens[k].norm)) return null;
    const p = parseSpeakerPhrase(this.#text, tokens, k, limit, quoted, c.form.kind === 'according') ?? this.#knownName(k, limit, k === c.at + 1);
    if (p && this.#describedObject(c, p, limit)) {
      // (`وصف الرئيس الفرنسي إيمانويل ماكرون الحادث بأنه`: a definite word closing a name of three is the one described; the name before it is the subject)
      const last = tokens[p.to - 1];
      if (p.type === 'person' && p.nameSpan && p.to - 1 > k && hasFact(last, Facts.definite) && tokens[p.to - 2].end > p.nameSpan.start && tokens[p.to - 2].end < p.nameSpan.end) {
        return { ...p, to: p.to - 1, name: this.#text.slice(p.nameSpan.start, tokens[p.to - 2].end), nameSpan: { start: p.nameSpan.start, end: tokens[p.to - 2].end } };
      }
      // (`ووصفت وزارة الخارجية القرار بأنه`: a body's name, then a definite word no adjective of it: that
      // word opens the one described, the words before it are the subject)
      if (p.type === 'organization') {
        for (let m = k + 1; m < p.to; m++) {
          if (!hasFact(tokens[m - 1], Facts.definite) || !hasFact(tokens[m], Facts.definite) || hasFact(tokens[m], Facts.nisba)) continue;
          const start = tokens[k].start, end = tokens[m - 1].end;
          return { ...p, to: m, name: this.#text.slice(start, end), nameSpan: { start, end }, role: null, weak: false };
        }
      }
      return null;
    }
    // (`وفقا لزونسزين`: the lam وفقا / طبقا take, glued to a name, is no part of it)
    if (p && p.type === 'person' && p.nameSpan && p.name && c.form.kind === 'according' && LAM_TAKERS.has(c.form.lemma) && p.nameSpan.start === tokens[k].start && tokens[k].norm.charCodeAt(0) === LAM && tokens[k].norm.charCodeAt(1) !== LAM && tokens[k].norm.length > 3) {
      const skip = cliticLength(p.name);
      return { ...p, name: p.name.slice(skip), nameSpan: { start: p.nameSpan.start + skip, end: p.nameSpan.end }, namePrefix: p.name.slice(0, skip) };
    }
    // (`وأعرب المشاركون عن`: the preposition the verb takes right after a bare noun: the noun is its subject)
    if (p?.weak && this.#prepositionAfter(p.to, cuePrepositions.get(c.form.lemma))) p.weak = false;
    // `وأظهرت نتائجها «…»`: a lone indefinite noun with a possessive is a thing of someone's, no speaker
    // (a role word so, `وقال زوجها`, `وقالت صديقتها`, is someone's kin or friend: a speaker)
    if (p && p.type !== 'anonymous' && p.to - p.from === 1 && !hasFact(tokens[k], Facts.unnamedSource | Facts.givenName | Facts.roleOrHonorific) && !tokens[k].norm.startsWith('ال') && (tokens[k].norm.endsWith('ها') || tokens[k].norm.endsWith('هم')) && tokens[k].norm.length > 4) return null;
    // `ووصف العلاقات … بالإستراتيجية`: after a describing verb a phrase is its object unless it names a
    // person; its first word is the subject only if it names someone already known (`وصفت الشركة الهجوم`)
    // (`وصفها مصدر مطلع`: with the object on the verb, or an unnamed source, the phrase is the subject)
    // (`ووصفت وزارة التجارة الصينية في بيان التهديدات بأنها`: a body followed by the document it spoke in is the subject)
    const spokeIn = !!p && p.to + 1 < limit && hasFact(tokens[p.from], Facts.organisationHead) && tokens[p.to].norm === 'في' && hasFact(tokens[p.to + 1], Facts.documentNoun);
    if (p && c.form.describes && !c.form.withObject && !spokeIn && p.type !== 'anonymous' && p.type !== 'person' && p.type !== 'descriptor') {
      return { ...p, to: k + 1, name: tokens[k].text, nameSpan: { start: tokens[k].start, end: tokens[k].end }, role: null, weak: true };
    }
    // (`أعلن المغرب على لسان وزير خارجيته ناصر بوريطة`: who speaks on the subject's behalf says the words)
    const tongue = p && !p.weak && p.type !== 'document' ? afterTimeWords(tokens, p.to, limit) : -1;
    if (tongue >= 0 && this.#onTongueOf(tongue) && tongue + 2 < limit) {
      const voice = parseSpeakerPhrase(this.#text, tokens, tongue + 2, limit, quoted);
      if (voice && voice.type !== 'document' && !voice.weak) return voice;
    }
    // (`ويرى بعض الجماهير، مثل محمد حسين الذي تحدثنا إليه، أن`: the one named as an example of them is the one heard)
    if (p && (p.type === 'anonymous' || p.type === 'descriptor') && p.to + 2 < limit && isComma(tokens[p.to]) && tokens[p.to + 1].norm === LIKE) {
      const example = parseSpeakerPhrase(this.#text, tokens, p.to + 2, limit, quoted);
      if (example && example.type === 'person' && example.name && !example.weak) return example;
    }
    return p;
  }

  /**
   * The preposition `prep` at `j`, past a place (`في القمة`, `في القمة العربية`) and an opening quote
   * mark (`المشاركون " عن القلق`): the complement of the verb before.
   */
  #prepositionAfter(j: number, prep: string | undefined): boolean {
    const tokens = this.#tokens;
    if (prep === undefined) return false;
    if (tokens[j]?.norm === 'في') {
      let k = j + 1;
      while (k < tokens.length && k <= j + 2 && tokens[k].word && tokens[k].norm !== prep && !this.#quoted[k]) k++;
      if (k === j + 1) return false;
      j = k;
    }
    if (tokens[j] && !tokens[j].word && this.#quoted[j]) j++;
    return tokens[j]?.norm === prep;
  }

  /** `لكن`, `بينما`, `ثم` (one token) or `غير أن`, `إلا أن` (two) opening a clause at `j`: how many tokens, else 0 */
  #clauseOpenerAt(j: number): number {
    const tokens = this.#tokens;
    if (CLAUSE_OPENERS.has(tokens[j].norm)) return 1;
    // (`إلا أن تينكوب يرحب`: and إلا أن, however)
    if ((tokens[j].norm === 'غير' || tokens[j].norm === 'الا') && tokens[j + 1]?.norm === 'ان') return 2;
    // (`ويذكر أن السيناتور X، قال`, `والجدير بالذكر أن الوزير قال`: an impersonal `it is worth mentioning that`;
    // its openers are tried only on one of their first words)
    if (!IMPERSONAL_FIRST_WORDS.has(tokens[j].norm)) return 0;
    for (const opener of IMPERSONAL_OPENERS) if (opener.every((w, i) => tokens[j + i]?.norm === w)) return opener.length;
    return 0;
  }

  /**
   * `X، وهو من …، رأى`, `X، الذي وقّع …، فقال`, `مصدرا مقربا، طلب عدم الكشف عن هويته، قال`: where the subject ends when a description opened by `، وهو` / `، وهي` or a relative (at
   * most 10 tokens, closed by a comma) stands right before the verb at `v`; else `v`.
   */
  #beforeDescription(s: number, v: number): number {
    const tokens = this.#tokens;
    if (v - 1 <= s || !isComma(tokens[v - 1])) return v;
    for (let j = v - 2; j > s && j >= v - 12; j--) {
      if (isComma(tokens[j])) return j + 1 < v && (predicatePronouns.has(tokens[j + 1].norm) || hasFact(tokens[j + 1], Facts.relative) || anonymityClause(tokens, j + 1, v)) ? j : v;
      if (!tokens[j].word || this.#quoted[j]) return v;
    }
    return v;
  }

  /** A post, with or without its holder's name, right after the verb at `at` (its subject in the usual order). */
  #personAfterVerb(c: CueHit, limit: number): boolean {
    const at = c.at;
    // (a post's word first: `لافروف يدعو حماس`, `هولاند ذكر بوجود` have the verb's object there)
    if (at + 1 >= limit || !this.#tokens[at + 1].word || !hasFact(this.#tokens[at + 1], Facts.roleOrHonorific)) return false;
    const p = parseSpeakerPhrase(this.#text, this.#tokens, at + 1, limit, this.#quoted);
    return !!p && !p.weak && ((p.type === 'person' && !!p.name && !!p.role) || p.type === 'descriptor') && !this.#describedObject(c, p, limit);
  }

  /**
   * `ماكرون يصف زوجة رئيس الوزراء بـ"اللذيذة"`, `بعد أن وصف زوجة رئيس الوزراء بأنها "…"`: after a verb
   * of describing (no object pronoun on it), a phrase with the description on ب right after it is the
   * one described, the verb's object (`وصفه الوزير بأنه` has its object on the verb: the phrase is the subject).
   */
  #describedObject(c: CueHit, p: SpeakerPhrase, limit: number): boolean {
    const next = this.#tokens[p.to];
    // (`بعض الاستقالات بأنها`: بعض, some, opens the object after the subject; no description on ب)
    return c.form.describes && !c.form.withObject && p.to < limit && !!next && next.word && !this.#quoted[p.to] && next.norm.charCodeAt(0) === 0x628 && !hasFact(next, Facts.givenName | Facts.unnamedSource);
  }

  /** Tokens `from`..`to` are words, none quoted, none a cue's particle `كما` (`كان المتظاهرون يهتفون`). */
  #plainWords(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (!this.#tokens[j].word || this.#quoted[j] || this.#tokens[j].norm === 'كما') return false;
    return true;
  }

  /** Tokens `from`..`to` are all inside quotes (marks included). */
  #quotedOnly(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (!this.#quoted[j]) return false;
    return true;
  }

  /** Tokens `from`..`to` are plain words, none a stop word or a cue (a role's genitive complement). */
  #complementOnly(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const t = this.#tokens[j];
      if (!t.word || this.#quoted[j] || hasFact(t, Facts.phraseStop) || hasFact(t, Facts.complementiser) || isCue(t)) return false;
    }
    return true;
  }

  /** The nearest cue before token `qk` in its sentence, scanning back at most to `s`. */
  #cueBefore(qk: number, s: number): CueHit | null {
    // (the running pass lists the words that may be cues: only those are asked, not every token back to `s`)
    const words = this.#cueWords;
    if (qk > this.#cueWordsTo) {
      for (let j = qk - 1; j >= s; j--) {
        const hit = this.#cueAt(j);
        if (hit) return hit;
      }
      return null;
    }
    let w = words.length - 1;
    while (w >= 0 && words[w] >= qk) w--;
    for (; w >= 0 && words[w] >= s; w--) {
      const hit = this.#cueAt(words[w]);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * The words not quoted whose form is a cue's (Facts.cue), in text order, among the tokens before
   * cueWordsTo: the running pass notes them as it reads (noteCueWord) and says how far it has read.
   * No other token can be a cue (findCue).
   */
  readonly #cueWords: number[] = [];
  #cueWordsTo = 0;

  noteCueWord(j: number): void {
    this.#cueWords.push(j);
  }

  cueWordsReadTo(j: number): void {
    this.#cueWordsTo = j;
  }

  /** Is the cue at `j` inside a relative clause (`الذي أكد`, `التي وصفها`)? */
  #relativeBefore(j: number): number {
    for (let b = j - 1; b >= 0 && b >= j - 3; b--) {
      const n = this.#tokens[b].norm;
      if (bareRelative(n) !== null) return b;
      if (n !== 'قد' && n !== 'كان' && n !== 'كانت' && n !== 'هو' && n !== 'هي') return -1;
    }
    return -1;
  }

  /** `…مع تصريحات لاري سكوت، رئيس …، الذي عبر`: the phrase a relative pronoun refers back to. */
  #antecedent(rel: number, floor: number): SpeakerPhrase | null {
    const tokens = this.#tokens;
    let b = rel - 1;
    const quotedName = this.#quotedNameEndingAt(b, floor);
    if (quotedName) return quotedName;
    if (b >= floor && isComma(tokens[b])) {
      // `بمشاركة عازف الغيتار كارلوس إيبانييث، الذي`, `البروفيسور يان فان دير برخ من جامعة …، الذي`:
      // a person named right before the comma (or before where they work) is the antecedent
      const named = this.#personBefore(Math.max(floor, b - 10), b);
      if (named) return named;
      // skip a `، role،` apposition
      let c = b - 1;
      while (c >= floor && c > b - 12 && tokens[c].word) c--;
      if (c >= floor && isComma(tokens[c])) b = c - 1;
      else b = rel - 2;
    }
    let start = b;
    while (start - 1 >= floor && start > b - 4 && tokens[start - 1].word && !hasFact(tokens[start - 1], Facts.phraseStop) && !isCue(tokens[start - 1])) start--;
    // (`حيال الإصابة وبينهم لوكاكو الذي قال`: the phrase that reaches the relative is its antecedent, before one that ends earlier)
    let first: SpeakerPhrase | null = null;
    for (let k = start; k <= b; k++) {
      const p = parseSpeakerPhrase(this.#text, tokens, k, rel, this.#quoted);
      if (!p || !(p.name || p.type === 'document' || p.type === 'descriptor')) continue;
      if (p.to >= b + 1) return p;
      first ??= p;
    }
    return first;
  }

  /**
   * `من بينها "هيومن رايتس ووتش" التي ذكرت`: a name of one to five words in quotes whose closing mark is
   * at `close` (no earlier than `floor`), read as a body's name; else null.
   */
  #quotedNameEndingAt(close: number, floor: number): SpeakerPhrase | null {
    const tokens = this.#tokens, quoted = this.#quoted;
    if (close - 1 < floor || tokens[close]?.word !== false || !quoted[close - 1] || !tokens[close - 1].word) return null;
    let open = close - 1;
    while (open > floor && quoted[open] && tokens[open].word && close - open <= MAX_QUOTED_NAME) open--;
    if (open < floor || tokens[open].word || open === close - 1) return null;
    // (`أغنية "يا حارس الليل" التي كتب`: the name of a work or a place a noun before it introduces is no speaker; a body's head may)
    const before = tokens[open - 1];
    if (before?.word && isIn(termNouns, before.norm) && !hasFact(before, Facts.organisationHead)) return null;
    const first = tokens[open + 1];
    const last = tokens[close - 1];
    return { from: open, to: close + 1, type: 'organization', name: this.#text.slice(first.start, last.end), nameSpan: { start: first.start, end: last.end }, namePrefix: '', role: null, gender: null, owner: null };
  }

  /** A person or body already met whose name ends right before `end`, starting at `floor` or later (three words at most). */
  #knownRightBefore(end: number, floor: number): SpeakerPhrase | null {
    const tokens = this.#tokens;
    for (let k = end - 1; k >= floor && k >= end - 3 && tokens[k].word; k--) {
      const p = parseSpeakerPhrase(this.#text, tokens, k, end, this.#quoted);
      if (p && p.to === end && p.name && (p.type === 'person' || p.type === 'organization') && this.registry.knows(p)) return p;
    }
    // (a surname alone reads as no phrase: `تصريحات بومبيو الذي`)
    const last = tokens[end - 1];
    if (end - 1 < floor || !last?.word || this.#quoted[end - 1] || hasFact(last, Facts.definite)) return null;
    const bare: SpeakerPhrase = { from: end - 1, to: end, type: 'person', name: last.text, nameSpan: { start: last.start, end: last.end }, namePrefix: '', role: null, gender: null, owner: null };
    return this.registry.knows(bare) ? bare : null;
  }

  /** A person's name ending at `end`, or followed only by `من` / `في` and where (five words at most). */
  #personBefore(from: number, end: number): SpeakerPhrase | null {
    const tokens = this.#tokens;
    for (let k = from; k < end; k++) {
      if (!tokens[k].word || this.#quoted[k]) continue;
      const p = parseSpeakerPhrase(this.#text, tokens, k, end, this.#quoted);
      if (!p || p.type !== 'person' || !p.name) continue;
      if (p.to === end) return p;
      const at = tokens[p.to];
      if (end - p.to <= 5 && at.word && (at.norm === 'من' || at.norm === 'في') && this.#wordsOnly(p.to, end)) return p;
    }
    return null;
  }

  #wordsOnly(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (!this.#tokens[j].word || this.#quoted[j]) return false;
    return true;
  }

  #cueInfo(c: CueHit): { cue: string; cueSpan: Span } {
    const t = this.#tokens[c.at];
    return { cue: t.text, cueSpan: { start: t.start, end: t.end } };
  }

  /**
   * The entity phrase `p` names. `of`: the cue whose kept subject `p` is (subjectOf), resolved once and
   * answered from the hit after; any other phrase is read anew by each caller, so resolved once anyway.
   */
  #resolve(p: SpeakerPhrase | null, gender: Gender | null, of: CueHit | null = null): Entity | null {
    if (!p) return null;
    if (p.type === 'document' && !p.owner) {
      const noun = documentNoun(this.#tokens[p.from].norm) ?? '';
      // (`وجاء في الحكم أن`: a ruling no one is named as issuing is the court's the article named before it)
      const owner = this.#notedOwner(noun, p.from) ?? (noun === RULING ? this.#courtBefore(p.from) : null);
      if (owner) return owner;
    }
    if (of !== null && of.subjectEntity !== undefined) return of.subjectEntity;
    const e = this.registry.resolve(p, gender, this.#tokens[p.from].start);
    // `الدكتور خالد الشمري`: the titled name is an alias
    if (e && e.type === 'person' && p.title && p.name) {
      const titled = `${p.title} ${p.name}`;
      if (!e.forms.includes(titled) && e.forms.length < 16) e.forms.push(titled);
    }
    if (of !== null) of.subjectEntity = e;
    return e;
  }

  /**
   * Registers the subject of a cue met in the running text (with or without a quote), so that later
   * cues with no subject can continue it.
   */
  noteCue(j: number, limit: number): void {
    const hit = this.#cueAt(j);
    // (a relative clause's verb speaks for the antecedent, unless the verb's pronoun is the antecedent and a
    // subject of its own follows: `الرأي الذي أكده صالح سليم إذ قال`; not a hadith's narrator, `الذي رواه X`)
    // (`وهو الأمر الذي رد عليه الرئيس الإيراني، حسن روحاني قائلا`: or the pronoun on a preposition after the verb)
    if (!hit || hit.form.kind === 'nested' || (this.#relativeBefore(j) >= 0 && !((hit.form.withObject || RESUMPTIVES.has(this.#tokens[j + 1]?.norm ?? '')) && !narratorVerbs.has(this.#tokens[j].norm)))) return;
    if (hit.form.kind === 'according') {
      // (`وبحسب التلفزيون السوري فإن الدفاعات …. وأضاف "…"`: the source a report goes on from is the one
      // speaking, as a verb's subject would be)
      const source = this.#subjectOf(hit, limit);
      if (source && source.to < limit && THEN_THAT.has(this.#tokens[source.to].norm)) {
        const e = this.#resolve(source, null, hit);
        if (e) this.registry.touch(e, j);
      }
      return;
    }
    if (namingParticles.has(this.#tokens[j - 1]?.norm ?? '') && (!this.#alsoCue(hit, limit) || this.#objectClause(j))) return;
    // (`وحين سأله أحد الحضور …، قال`: the asker is no speaker the answer goes to; `وسألت «الاقتصادية»
    // الباحثة سارة المطيري عما …، فأجابت`: the one asked, named after the asker, is the one it goes to)
    if (hit.form.asks) {
      const asked = hit.form.withObject ? null : this.#askedAfter(hit, limit);
      const e = asked ? this.#resolve(asked, null, null) : null;
      if (e) this.registry.touch(e, j);
      return;
    }
    const subject = this.#subjectOf(hit, limit);
    // (the Prophet's words cited: the one citing them is still the one speaking)
    if (subject?.cited) return;
    const e = this.#resolve(subject, hit.form.relays ? null : hit.form.gender, hit);
    if (e) this.registry.touch(e, j);
  }

  /** The one an asking verb asks, named after the asker (a name in quotes, an outlet, or its subject phrase); null when none is named there. */
  #askedAfter(c: CueHit, limit: number): SpeakerPhrase | null {
    const tokens = this.#tokens, quoted = this.#quoted;
    let k = c.at + 1;
    if (k < limit && quoted[k]) while (k < limit && quoted[k]) k++;
    else {
      const asker = this.#subjectOf(c, limit);
      if (!asker) return null;
      k = asker.to;
    }
    const p = k < limit ? parseSpeakerPhrase(this.#text, tokens, k, limit, quoted) : null;
    return p && (p.type === 'person' || p.type === 'descriptor' || p.type === 'anonymous') ? p : null;
  }

  /**
   * `ورفض الدكتور علي عبد العال ما ذكره النائب، قائلا`: a `ما` clause after the subject of the verb its
   * sentence opened with is that verb's object; who said what it names (النائب) is not the one the
   * sentence goes on with (`وهو ما نفاه X، مؤكدا`, with no such subject before, is X speaking).
   */
  #objectClause(j: number): boolean {
    const ss = this.#sentenceSubject;
    if (this.#tokens[j - 1].norm !== 'ما' || ss === null || ss.start !== this.#sentenceStartOf[j] || ss.at >= j - 1) return false;
    // (`…، وهو ما نفاه العبدالكريم، مؤكدا`: after a pronoun or demonstrative, a clause of its own)
    return !resumptives.has(this.#tokens[j - 2]?.norm ?? '');
  }

  /**
   * A sentence opening `وكان مصدر مسؤول …` or `وبدا الفنان مدحت العدل …`: its subject is who a cue
   * with no subject later in the same sentence (`قد ذكر`, `قائلا`) continues.
   */
  noteSentenceSubject(j: number, limit: number, afterOpener = false): void {
    // after an opener's comma only when the sentence has no subject yet (`وكان مصدر، فضل عدم …`)
    if (afterOpener && this.#sentenceSubject?.start === this.#sentenceStartOf[j]) return;
    // (`من جهته نشر أكاديمي تركي …`, `بدوره أكد …`: the words that turn to this one come before the verb)
    // (`من جانبه، رفض …`: read after the opener's comma, the turn is behind it)
    let turned = afterOpener && j >= 2 && isComma(this.#tokens[j - 1]) && ON_ITS_SIDE.has(this.#tokens[j - 2].norm);
    if (this.#tokens[j].norm === 'من' && ON_ITS_SIDE.has(this.#tokens[j + 1]?.norm ?? '') && this.#tokens[j + 2]?.word) {
      j += 2;
      turned = true;
    } else if (ON_ITS_SIDE.has(this.#tokens[j].norm) && this.#tokens[j + 1]?.word) {
      j++;
      turned = true;
    }
    // (`هذا ودانت معصومة ابتكار …، وقالت`: the discourse marker هذا before a verb on و)
    if (this.#tokens[j].norm === 'هذا' && this.#tokens[j + 1]?.word && this.#tokens[j + 1].norm.charCodeAt(0) === 0x648) j++;
    // (`بينما ذهب الجنرال … باري ماكفري إلى أبعد من ذلك، محذرا`: the verb after `while`)
    if (WHILE.has(this.#tokens[j].norm) && this.#tokens[j + 1]?.word) j++;
    else if (this.#tokens[j].norm === 'في' && this.#tokens[j + 1]?.norm === 'حين' && this.#tokens[j + 2]?.word) j += 2;
    // (`ولم يتحدث أردوغان صراحة …، مؤكدا`: the verb after a negation)
    if (NEGATIONS.has(this.#tokens[j].norm) && this.#tokens[j + 1]?.word) j++;
    // (`وسرعان ما أيد رئيس الوزراء … مؤكدا`: the verb after `soon`)
    if (SOON.has(this.#tokens[j].norm) && this.#tokens[j + 1]?.norm === 'ما' && this.#tokens[j + 2]?.word) j += 2;
    const t = this.#tokens[j];
    // (كان / كانت, or a verb-like first word: short, no article, not a plural or feminine noun ending)
    // (`وهنأ الوزير`: هنأ is هنا, `here`, once normalised; the hamza written on the alef says verb)
    // (`متمنياً صنع فيلم …`: a participle in the accusative, its tanween written, goes on with the sentence
    // before; the words after it are its object, no subject)
    if (!t.word || this.#quoted[j] || isCue(t) || accusativeEnding(t.text)) return;
    const verbLike = hasFact(t, Facts.sentenceVerb) || t.text.charCodeAt(t.text.length - 1) === 0x623;
    let k = j + 1;
    // (كان / كانت behind any conjunction: KANA lists them all)
    const isKana = KANA.has(t.norm);
    if (k < limit && this.#tokens[k].norm === 'قد') k++;
    k = afterTimeWords(this.#tokens, k, limit);
    // (`ترامب يهاجم غوغل`: a name read as a verb leaves a verb, يفاعل, where a subject would stand)
    const p = !verbLike || (k < limit && formThreeImperfect(this.#tokens[k])) ? null : parseSpeakerPhrase(this.#text, this.#tokens, k, limit, this.#quoted) ?? this.#knownName(k, limit);
    // (a line opening on no verb, or on a verb-like word with no subject after it, may open on a name before its verb)
    if (!p) {
      if (t.newLine && !turned) this.#nameBeforeVerb(j, limit);
      return;
    }
    // (`وفور دخولها إلى المسرح`: one word with a possessive after the opening word is a thing of someone's, no subject)
    if (p.type === 'person' && p.to === k + 1 && possessedWord(this.#tokens[k])) return;
    if (p.type === 'document') {
      // `وخلص التقرير إلى أن …، مؤكدا`: a document whose author the text gave speaks for them
      const author = p.owner ? (p.owner.type === 'organization' || p.owner.role ? this.#resolve(p.owner, null) : null) : this.#notedOwner(documentNoun(this.#tokens[p.from].norm) ?? '', j);
      if (author) this.#sentenceSubject = { start: this.#sentenceStartOf[j], at: j, entity: author };
      return;
    }
    // `وكان وزير الصحة قد دشن …، وقال`: a role with no name is the subject too, as it opens on a role word
    if (p.type === 'descriptor' && !hasFact(this.#tokens[k], Facts.roleBare)) return;
    // after a verb other than كان, only a person named at once (or after a role) is its subject
    const named = p.type === 'person' && p.nameSpan && (p.nameSpan.start === this.#tokens[k].start || hasFact(this.#tokens[k], Facts.roleIn));
    // `وعزا المصرف …، مؤكدا`: a body (opening on a body word) after a verb is its subject (not after a role or body word: `ومدير الشركة`)
    const body = p.type === 'organization' && hasFact(this.#tokens[k], Facts.organisationHeadIn) && !hasFact(t, Facts.roleIn) && !hasFact(t, Facts.organisationHeadIn);
    if (!isKana && !named && !body && p.type !== 'anonymous' && p.type !== 'descriptor') return;
    const e = this.#resolve(p, null);
    if (!e) return;
    this.#sentenceSubject = { start: this.#sentenceStartOf[j], at: j, entity: e };
    // (`واقترح الدكتور كورشامب حلا …. وأضاف أن`: a person already heard, named as a sentence's subject, is
    // whom the next sentence's cue with no subject goes on with)
    // (`وأيد ريو فيردناند، نجم مانشستر يونايتيد السابق، الرأي نفسه. وقال إن`: so is one the sentence
    // introduces, a name and a role, before their first words)
    // (`من جانبه، رفض وزير الدفاع أفيغدور ليبرمان الاعتذار. وكتب`: or one the text turns to, `on his side`)
    if (e.type === 'person' && named && (e.touchedAt >= 0 || turned || this.#appositionAfterName(p))) this.registry.touch(e, j);
  }

  /** The phrase's role follows its name between commas (`ريو فيردناند، نجم مانشستر يونايتيد السابق،`). */
  #appositionAfterName(p: SpeakerPhrase): boolean {
    if (p.role === null || p.nameSpan === null || p.to < 1 || !isComma(this.#tokens[p.to - 1] ?? this.#tokens[p.to])) return false;
    for (let k = p.from; k < p.to; k++) if (this.#tokens[k].start >= p.nameSpan.end) return isComma(this.#tokens[k]);
    return false;
  }

  /** the subject a sentence opened with: its sentence's start, the token it was read at */
  #sentenceSubject: { start: number; at: number; entity: Entity } | null = null;

  /** the last person the text introduced by role and name (`المؤرخ المصري د. محمد حسنين هيكل`) */
  lastIntroduced: Entity | null = null;
  /** the token where lastIntroduced's role was written */
  #lastIntroducedAt = -1;

  /** the author of each kind of document met (`مقالا لوزير الخارجية … ظريف` → المقال is Zarif's) */
  readonly #documentOwners = new Map<string, NotedOwner>();

  /**
   * The author noted for a kind of document (noteDocument), unless a body other than it has spoken
   * since (`أعلنت هيئة السوق المالية …، وجاء في البيان`: that statement is the body's): null then.
   */
  #notedOwner(noun: string, at: number): Entity | null {
    const noted = this.#documentOwners.get(noun);
    if (!noted) return null;
    // (an author read from the document's own phrase is resolved when first needed: a body named only
    // as a document's author, `قرار محكمة جنح الهرم`, is no entity a later `المحكمة` may mean)
    if (noted.entity === undefined) noted.entity = this.#resolve(noted.phrase, null);
    const recent = this.registry.previous(null, false);
    if (noted.entity && recent && recent !== noted.entity && recent.type === 'organization' && recent.touchedAt > noted.at && recent.touchedAt < at) return null;
    return noted.entity;
  }

  /** `مقالا لوزير …`, `تقرير صادر عن الاتحاد …`: remembers whose document it is, for a later `وجاء في المقال`, `وأكد التقرير`. */
  noteDocument(j: number, limit: number): void {
    const t = this.#tokens[j];
    if (!t.word || this.#quoted[j]) return;
    if (!hasFact(t, Facts.documentNoun)) return;
    const noun = documentNoun(t.norm);
    if (!noun || !this.#tokens[j + 1]?.word) return;
    // (`خطاب للبلدية`: after a document sent to someone, a lam on the article names the addressee)
    const toAddressee = this.#tokens[j + 1].norm.startsWith('لل') && addressedDocuments.has(noun);
    const p = this.#tokens[j + 1].norm[0] === 'ل' && !toAddressee ? parseSpeakerPhrase(this.#text, this.#tokens, j + 1, limit, this.#quoted, true) : null;
    if (p && p.name && (p.type === 'person' || p.type === 'organization')) {
      const e = this.#resolve(p, null);
      if (e) this.#documentOwners.set(noun, { phrase: p, entity: e, at: j });
      return;
    }
    // (`تقرير صادر عن الاتحاد …`, `بيان أصدره المرصد`: the document's phrase names its author; only a
    // body, or a person named with a role: `بيان نشر على مواقع` names no one)
    const doc = parseSpeakerPhrase(this.#text, this.#tokens, j, limit, this.#quoted);
    const owner = doc && doc.type === 'document' ? doc.owner : null;
    if (owner && owner.name && (owner.type === 'organization' || (owner.type === 'person' && owner.role))) {
      this.#documentOwners.set(noun, { phrase: owner, entity: undefined, at: j });
      this.#authoredDocument = { noun, at: j };
    }
  }

  /**
   * `في «إعلان برازيليا»`: a document named in a short term quote (open mark at `open`, `after` past
   * the close) is what a later bare `الإعلان` means; the named document speaks as itself.
   */
  noteNamedDocument(open: number, after: number): void {
    let k = open + 1;
    while (k < after && !this.#tokens[k].word) k++;
    const t = this.#tokens[k];
    if (!t || k + 1 >= after || after - k > NAMED_DOCUMENT_WORDS + 1 || !hasFact(t, Facts.documentNounBare)) return;
    const noun = documentNoun(t.norm);
    let end = after - 1;
    while (end > k && !this.#tokens[end - 1].word) end--;
    if (!noun || end <= k + 1) return;
    const start = t.start;
    const stop = this.#tokens[end - 1].end;
    const phrase: SpeakerPhrase = { from: k, to: end, type: 'organization', name: this.#text.slice(start, stop), nameSpan: { start, end: stop }, namePrefix: '', role: null, gender: null, owner: null };
    const e = this.registry.resolve(phrase, null, start);
    if (e) this.#documentOwners.set(noun, { phrase, entity: e, at: k });
  }

  /** the last document met with its author in its own phrase (`التعميم الذي وجهته الإدارة`) */
  #authoredDocument: { noun: string; at: number } | null = null;

  /**
   * `اطلعت «الجزيرة» على التعميم الذي وجهته الإدارة …، ونص على أن …`: a cue with no subject after a
   * document named with its author earlier in the sentence, no one having spoken in it: the document
   * speaks, for its author.
   */
  #documentOfSentence(at: number): Entity | null {
    const d = this.#authoredDocument;
    const start = this.#sentenceStartOf[at];
    if (!d || d.at >= at || at - d.at > DOCUMENT_CLAUSE_REACH || this.#sentenceStartOf[d.at] !== start || this.registry.lastTouchAt >= start) return null;
    // (`وقدمت الفنانة فلة اعتذارها بسبب قرار الاعتزال، قائلة`: a sentence that named its subject before the document goes on with it)
    const ss = this.#sentenceSubject;
    if (ss && ss.start === start && ss.at < d.at && ss.entity.type === 'person') return null;
    // (`التسجيل الصوتي لزعيم الجماعة، شاكر العبسي، الذي وصفه بأنه "…"`: a cue in a relative clause has the
    // sentence's subject, not the document's author)
    for (let j = d.at + 1; j < at; j++) if (relatives.has(this.#tokens[j].norm) && isCue(this.#tokens[j + 1])) return null;
    return this.#notedOwner(d.noun, at);
  }

  /**
   * The court the article names last before token `at` (`قضت المحكمة الجزائية في جدة …`), at most
   * COURT_WINDOW tokens back. Each token is read once in a reading: a later ruling reads back only to
   * where an earlier one's search began, and takes the court found then.
   */
  #courtBefore(at: number): Entity | null {
    const tokens = this.#tokens;
    const stop = Math.max(0, at - COURT_WINDOW, this.#courtSearchedTo);
    for (let j = at - 1; j >= stop; j--) {
      if (tokens[j].norm !== COURT || this.#quoted[j]) continue;
      const p = parseSpeakerPhrase(this.#text, tokens, j, Math.min(tokens.length, j + 8), this.#quoted);
      const entity = p && p.type === 'organization' ? this.#resolve(p, null) : null;
      if (entity) {
        this.#court = { at: j, entity };
        break;
      }
    }
    this.#courtSearchedTo = Math.max(this.#courtSearchedTo, at);
    return this.#court && this.#court.at >= at - COURT_WINDOW ? this.#court.entity : null;
  }

  /** the court courtBefore found last, and where its searches have read up to */
  #court: { at: number; entity: Entity } | null = null;
  #courtSearchedTo = 0;

  /** a `quoted` array where no token is quoted (unquoted()) */
  #noneQuoted: Uint8Array | null = null;

  /**
   * A `quoted` array of this reading where no token is quoted, made once: for reading the words inside
   * a quote as if they stood outside it (innerSource, nestedCueSubject, a nested quote's class).
   */
  unquoted(): Uint8Array {
    return (this.#noneQuoted ??= new Uint8Array(this.#tokens.length));
  }

  /**
   * `«أن حكم المحكمة يشير الى … وأن «…»»`: a long quote inside another is the words of the document or
   * organisation the outer quote opens with, if it opens with one.
   */
  innerSource(from: number, to: number): Entity | null {
    const tokens = this.#tokens;
    let k = from;
    while (k < to && (!tokens[k].word || hasFact(tokens[k], Facts.complementiser))) k++;
    if (k >= to) return null;
    // (inside the outer quote no token counts as quoted)
    const p = parseSpeakerPhrase(this.#text, tokens, k, to, this.unquoted());
    if (!p || (p.type !== 'document' && p.type !== 'organization') || (p.type === 'document' && !p.owner)) return null;
    // (`«الإسراف داخل في …`: a definite noun the quote opens with is no body unless it is a body's word)
    if (p.type === 'organization' && !hasFact(tokens[k], Facts.organisationHeadIn)) return null;
    return this.#resolve(p, null);
  }

  /**
   * `"… ولما سألتهم قال لي أحد الرجال: "…"…"`, `"… والطبيب قال لي: "…"…"`: inside a quote, the one a
   * verb of saying right before a nested quote names (after the verb, past an addressee pronoun, or
   * right before it); null when none is named there (`قلت للاعبين: "…"`: the outer speaker quotes
   * themself).
   */
  nestedCueSubject(from: number, qk: number): Entity | null {
    const tokens = this.#tokens;
    const end = qk - 1 >= from && tokens[qk - 1].text === ':' ? qk - 1 : qk;
    const unquoted = this.unquoted();
    for (let j = end - 1; j >= from && j >= end - NESTED_CUE_WINDOW; j--) {
      if (!tokens[j].word) return null;
      // (the words of a quote are no cues of the running text: the lexicon is asked directly)
      const hit = isCue(tokens[j]) ? cueForm(tokens[j].norm) : null;
      if (!hit || hit.form.kind !== 'verb' || hit.form.gender === null || hit.form.withObject || hit.form.asks) continue;
      let k = j + 1;
      while (k < end && (hasFact(tokens[k], Facts.pronounSource) || ADDRESSEES.has(tokens[k].norm)) && k - j < 3) k++;
      let p = k < end ? parseSpeakerPhrase(this.#text, tokens, k, end, unquoted) : null;
      if (p && p.to !== end) p = null;
      // (`والطبيب قال لي`: the subject before the verb, one or two words)
      for (let b = j - 1; !p && b >= from && b >= j - 2 && tokens[b].word; b--) {
        const before = parseSpeakerPhrase(this.#text, tokens, b, j, unquoted, false, true);
        // (a role, a source, or a name opening on a given name: `وكل مرة يقول` has no subject `مرة`)
        const someone = before !== null && (before.type !== 'person' || before.role !== null || givenNameAt(tokens[b]));
        if (before && before.to === j && someone) p = before;
      }
      if (!p || (p.type !== 'person' && p.type !== 'anonymous' && p.type !== 'descriptor')) return null;
      // (`والطبيب قال لي`: a role in someone's words is a third person they met, not whoever spoke last)
      if (p.type === 'descriptor' && p.role) return this.#resolve({ ...p, type: 'anonymous', name: p.role }, hit.form.gender);
      return this.#resolve(p, hit.form.gender);
    }
    return null;
  }

  /** the token after the last phrase noteIntroduction read */
  #introducedTo = 0;

  /** A role word followed by a name introduces a person a later pronoun may refer to. */
  noteIntroduction(j: number, limit: number): void {
    const t = this.#tokens[j];
    if (!t.word || this.#quoted[j]) return;
    // (`انتقال البولندي روبرت ليفاندوفسكي`: a nationality before a name introduces him as a role does;
    // a later `قال البولندي` is that person)
    const role = hasFact(t, Facts.roleBare);
    const nationality = !role && nationalityBeforeName(this.#tokens, j);
    if (!role && !nationality) return;
    // `جامعة الملك عبدالعزيز`: a title inside an institution's name introduces no one
    if (j > 0 && hasFact(this.#tokens[j - 1], Facts.organisationHeadIn)) return;
    // (`دوري كأس الأمير محمد بن سلمان`, `شارع الملك فهد`: nor inside a cup's, a prize's or a place's)
    if (j > 0 && NAMED_AFTER.has(this.#tokens[j - 1].norm)) return;
    // `مدرب النجمة المصري حسام …`: a role word governed by another (the club النجمة) starts no phrase of its own
    if (j > 0 && hasFact(this.#tokens[j - 1], Facts.roleIn)) return;
    // (`الأمير سعود بن نايف أمير المنطقة الشرقية، صعود …`: a role word inside the phrase just read opens none of its own)
    if (j < this.#introducedTo) return;
    const p = parseSpeakerPhrase(this.#text, this.#tokens, j, limit, this.#quoted);
    if (nationality && p?.role !== t.text) return;
    if (p) this.#introducedTo = p.to;
    if (!p || p.type !== 'person' || !p.name || !p.role || !p.nameSpan || p.nameSpan.start <= t.start) return;
    const e = this.#resolve(p, null);
    if (e) {
      this.lastIntroduced = e;
      this.#lastIntroducedAt = j;
    }
  }

  /**
   * Who a cue with no subject at token `at` continues: the subject its sentence opened with, unless a
   * speaker was named since; else the most recent speaker (gender and number deciding).
   */
  continuing(at: number, gender: Gender | null, plural: boolean): Entity | null {
    // (`من بينها "هيومن رايتس ووتش" التي ذكرت في تقرير أن`: a body named in quotes right before the cue's relative)
    const rel = plural ? -1 : this.#relativeBefore(at);
    const quotedName = rel > 0 ? this.#quotedNameEndingAt(rel - 1, this.#sentenceStartOf[at]) : null;
    const named = quotedName ? this.#resolve(quotedName, null) : null;
    if (named) return named;
    const own = this.#clauseSubject(at, gender, plural) ?? this.#namedBeforeCue(at, gender) ?? this.#conjoinedVerbSubject(at, gender) ?? this.#circumstantialSubject(at, gender) ?? this.#kanaSubject(at, gender) ?? (plural ? null : this.#documentOfSentence(at));
    if (own) return own;
    const ss = this.#sentenceSubject;
    const sentenceSubject = ss && this.#sentenceStartOf[at] === ss.start ? ss : null;
    // (`ووجهت الرئاسة الاتهام لحركة حماس التي دانت الواقعة قائلة`: a relative clause after the sentence's
    // subject has a subject of its own, nearer the cue)
    const nearer = sentenceSubject ? this.#relativeAntecedent(at, gender, sentenceSubject.at) : null;
    if (nearer) return nearer;
    // (`ونددت دمشق بما وصفته بـ"…" مطالبة "…"`: the subject quoted since is no other speaker)
    if (sentenceSubject && (this.registry.lastTouchAt < sentenceSubject.at || this.registry.latest() === sentenceSubject.entity)) {
      const e = sentenceSubject.entity;
      if (!gender || !e.gender || e.gender === gender) return e;
    }
    const antecedent = this.#relativeAntecedent(at, gender);
    if (antecedent) return antecedent;
    const interviewed = plural ? null : this.#interviewedSince(at, gender);
    if (interviewed) return interviewed;
    // (`وسألتها: «…» لتجيبها: «…»`: the one the verb's pronoun addresses, the last speaker when it fits
    // them, is not the one answering: the one before, of the cue's gender, speaks)
    const addressed = !plural ? this.#objectPronounGender(at) : null;
    const last = addressed ? this.registry.latest() : null;
    const other = last && (last.gender === addressed || !last.gender) ? this.registry.previousBut(last, gender) : null;
    return other ?? this.registry.previous(gender, plural) ?? this.lastIntroduced;
  }

  /**
   * `وأجرى البرنامج مقابلة مع خاشقجي …. وقال`: the person an interview was held with, named since the
   * last speaker was met and before the cue's sentence, is the one a cue with no subject continues.
   */
  #interviewedSince(at: number, gender: Gender | null): Entity | null {
    const tokens = this.#tokens;
    const start = this.#sentenceStartOf[at];
    for (let j = Math.max(this.registry.lastTouchAt + 1, start - INTERVIEW_REACH, 0); j + 2 < start; j++) {
      if (!INTERVIEWS.has(tokens[j].norm) || tokens[j + 1].norm !== 'مع' || this.#quoted[j + 2]) continue;
      const p = parseSpeakerPhrase(this.#text, tokens, j + 2, start, this.#quoted);
      const e = p && p.type === 'person' && p.name ? this.#resolve(p, null) : null;
      if (e && (!gender || !e.gender || e.gender === gender)) return e;
    }
    return null;
  }

  /**
   * Token `k`, right after the verb at `at`, is a lam word that no role word carries (the outlet or
   * agency told: `لفرانس24`, `لـ«عكاظ»`, `لوكالة الأنباء`) and a definite role word or title follows
   * within four tokens: that word's index; else `k`.
   */
  #pastOutletTold(at: number, k: number, limit: number): number {
    const tokens = this.#tokens, quoted = this.#quoted;
    // (a lam the lexicon reads as one, `لـ`, `لوكالة`, `لرويترز`, or one on a name with digits, `لفرانس24`;
    // not a word of its own that opens on ل: `لجنة`, `لاعب`, `ليز`)
    const t = tokens[k];
    if (k !== at + 1 || k >= limit || !t.word || quoted[k] || t.norm.charCodeAt(0) !== LAM || hasFact(t, Facts.roleIn | Facts.organisationHead | Facts.givenName)) return k;
    if (!hasFact(t, Facts.prepositional | Facts.phraseStop) && !hasDigit(t.text)) return k;
    for (let j = k + 1; j < limit && j <= k + 4; j++) {
      const w = tokens[j];
      if (!w.word || quoted[j]) continue;
      if (hasFact(w, Facts.roleIn | Facts.title) && hasFact(w, Facts.definite)) return j;
    }
    return k;
  }

  /** `لبوتين`: a word on the lam of the one told (not on the article), whose word the text also writes alone. */
  #toldWrittenAlone(t: Token): boolean {
    const n = t.norm;
    return t.word && n.length >= 5 && n.charCodeAt(0) === LAM && n.charCodeAt(1) !== LAM && !hasFact(t, Facts.givenName | Facts.roleIn | Facts.organisationHead | Facts.stop) && writtenAlone(this.#text, t.text.slice(1));
  }

  /** The gender of the object pronoun a cue at `at` carries (`سألتها`, `أجابه`), or null. */
  #objectPronounGender(at: number): Gender | null {
    const hit = this.#cueAt(at);
    // (verbs of asking and answering only: `وختمه`, `ما سماه` carry a thing, not the one addressed)
    if (!hit || !hit.form.withObject || !(hit.form.asks || ADDRESSING_LEMMAS.has(hit.form.lemma))) return null;
    const before = this.#tokens[at - 1]?.norm ?? '';
    if (before === 'ما' || before === 'مما' || before === 'بما' || before === 'لما') return null;
    const n = this.#tokens[at].norm;
    return n.endsWith('هم') || n.endsWith('هن') ? null : n.endsWith('ها') ? 'female' : n.endsWith('ه') ? 'male' : null;
  }

  /**
   * `قامت به منة فضالي التي نشرت صورة … وأكدت أنها`: a verb joined to a relative clause shares its
   * subject, the person named right before التي / الذي in the same sentence, when no speaker was
   * named since.
   */
  #relativeAntecedent(at: number, gender: Gender | null, after = -1): Entity | null {
    const tokens = this.#tokens;
    const s = Math.max(this.#sentenceStartOf[at], after + 1);
    for (let r = at - 2; r > s && r >= at - RELATIVE_REACH; r--) {
      if (!relatives.has(tokens[r].norm)) continue;
      if (r <= this.registry.lastTouchAt) return null;
      // (the longest name first: `منة فضالي`, not `فضالي`; a name holds no stop word: not `قامت به منة فضالي`)
      let from = r;
      while (from > s && from > r - 4 && tokens[from - 1].word && !hasFact(tokens[from - 1], Facts.pronounSource | Facts.phraseStop | Facts.cue)) from--;
      for (let b = from; b < r; b++) {
        const p = parseSpeakerPhrase(this.#text, tokens, b, r, this.#quoted);
        // (after the sentence's subject, a body's name too: `لحركة حماس التي`)
        if (!p || p.to !== r || !(p.type === 'person' || (after >= 0 && p.type === 'organization' && hasFact(tokens[b], Facts.organisationHeadIn))) || !p.name || (gender && p.gender && p.gender !== gender)) continue;
        return this.#resolvedAgreeing(p, gender);
      }
      return null;
    }
    return null;
  }

  /**
   * Whom `عنه` / `عنها` before a nested cue refers to: `لم يخف المدير الرياضي ماتيو لوكلير استياءه، إذ
   * نقلت عنه صحيفة … قوله` — someone introduced in this sentence after the last speaker spoke; else as continuing.
   */
  #pronounReferent(at: number): Entity | null {
    const li = this.lastIntroduced;
    if (li && this.#lastIntroducedAt > this.registry.lastTouchAt && this.#lastIntroducedAt >= this.#sentenceStartOf[at] && this.#lastIntroducedAt < at) return li;
    return this.continuing(at, null, false);
  }

  /**
   * `…، لكن الهاجري قاطعه قائلا`: a clause opened by لكن / بينما / ثم with someone already known as
   * its subject, before a verb: that one goes on speaking (not the sentence's first subject); for a
   * plural cue, also an unnamed group the clause's verb has for subject (pluralSubjectAfterVerb).
   */
  #clauseSubject(at: number, gender: Gender | null, plural = false): Entity | null {
    const tokens = this.#tokens;
    const s = this.#sentenceStartOf[at];
    for (let j = at - 2; j >= s && j >= at - CLAUSE_SUBJECT_WINDOW; j--) {
      // (`ويذكر أن عباس اعتذر الجمعة، مؤكدا`: or an impersonal `it is mentioned that`, before one met already)
      // (`إلا أن أحلام اكتشفتها قائلة`: and إلا أن / غير أن, `however`, before one met already)
      const impersonal = IMPERSONAL_FIRST_WORDS.has(tokens[j].norm) || tokens[j].norm === 'الا' || tokens[j].norm === 'غير' ? this.#clauseOpenerAt(j) : 0;
      if (impersonal === 0 && !CLAUSE_OPENERS.has(tokens[j].norm)) continue;
      if (impersonal > 0) {
        const k = j + impersonal;
        if (k >= at - 1) return null;
        const read = parseSpeakerPhrase(this.#text, tokens, k, at, this.#quoted);
        if (read && read.to < at && (read.type === 'person' || read.type === 'organization') && this.registry.knows(read)) return this.#resolvedAgreeing(read, gender);
        // (`الحريري اعتذر`: the phrase runs into the clause's verb; its first word alone, when known, is the subject)
        const t = tokens[k];
        if (!t.word || this.#quoted[k] || hasFact(t, Facts.stop | Facts.prepositional | Facts.complementiser | Facts.relative)) return null;
        const first = wordAsName(t, k);
        return this.registry.knows(first) ? this.#resolvedAgreeing(first, gender) : null;
      }
      // `فيما حمّل مشجعون الإدارة مسؤولية ما وصفوه بـ"…"`: a plural cue goes on with the unnamed group
      // that the clause's verb has for subject, met there for the first time
      if (plural) {
        const group = this.#pluralSubjectAfterVerb(j + 1, at);
        if (group) return group;
      }
      const p = parseSpeakerPhrase(this.#text, tokens, j + 1, at, this.#quoted);
      if (!p || p.to >= at || p.type === 'document' || p.type === 'descriptor' || !this.registry.knows(p)) return null;
      return this.#resolvedAgreeing(p, gender);
    }
    return null;
  }

  /**
   * `وهو الأمر الذي نفته السلطات المصرية وقالت إن`, `الذي ردت عليه إليسا قائلة`: a cue on و, or a
   * participle, with no subject of its own, right after another verb of saying and the subject that
   * verb names (nothing else between), shares that subject.
   */
  #conjoinedVerbSubject(at: number, gender: Gender | null): Entity | null {
    const tokens = this.#tokens;
    if (tokens[at].norm.charCodeAt(0) !== WAW && this.#cueAt(at)?.form.kind !== 'participle') return null;
    const s = this.#sentenceStartOf[at];
    for (let v = at - 2; v >= s && v >= at - CONJOINED_VERB_WINDOW; v--) {
      const t = tokens[v];
      if (!t.word || this.#quoted[v]) return null;
      const hit = isCue(t) ? this.#cueAt(v) : null;
      if (!hit || hit.form.kind !== 'verb' || hit.form.relays) continue;
      const p = this.#subjectOf(hit, at);
      return p && p.to === at && (namesSomeone(p) || p.type === 'anonymous') ? this.#resolvedAgreeing(p, gender) : null;
    }
    return null;
  }

  /** The phrase's entity when its gender does not contradict the cue's `gender`; else null. */
  #resolvedAgreeing(p: SpeakerPhrase, gender: Gender | null): Entity | null {
    const e = this.#resolve(p, gender);
    return e && (!gender || !e.gender || e.gender === gender) ? e : null;
  }

  /**
   * `فإن رئيس النادي، القطري ناصر الخليفي قال بدوره "…"`: a person named (with a role or not) between
   * إن / لكن and the cue at `at`, ending right before it, is its subject, met before or not.
   */
  #namedBeforeCue(at: number, gender: Gender | null): Entity | null {
    const tokens = this.#tokens;
    const s = this.#sentenceStartOf[at];
    for (let j = at - 2; j >= s && j >= at - NAMED_BEFORE_CUE_WINDOW; j--) {
      if (!SUBJECT_OPENERS.has(tokens[j].norm)) continue;
      const p = parseSpeakerPhrase(this.#text, tokens, j + 1, at, this.#quoted);
      // (`لأن المحكمة اعتبرته`: a body named there too)
      if (!p || p.to !== at || !namesSomeone(p) || (gender && p.gender && p.gender !== gender)) return null;
      return this.#resolvedAgreeing(p, gender);
    }
    return null;
  }

  /**
   * `في وقت كانت الشابة تصرخ قائلة "…"`: كان / كانت, its subject, then an imperfect verb right before
   * the cue: that subject is whom the cue goes on with (met before or not).
   */
  #kanaSubject(at: number, gender: Gender | null): Entity | null {
    const tokens = this.#tokens;
    // (`فكانت وكالة الأنباء (سانا) قالت`: or the cue itself is كان's verb, right after its subject)
    const v = at > 0 && imperfectVerbLike(tokens[at - 1]) ? at - 1 : at;
    const s = this.#sentenceStartOf[at];
    if (v - 2 < s) return null;
    for (let j = v - 2; j >= s && j >= v - (v === at ? KANA_SUBJECT_BEFORE_CUE : 5); j--) {
      if (!KANA.has(tokens[j].norm)) continue;
      const p = parseSpeakerPhrase(this.#text, tokens, j + 1, v, this.#quoted);
      if (!p || p.to !== v || p.type === 'document' || (gender && p.gender && p.gender !== gender)) return null;
      // (a bare definite noun, `الشابة`, is the subject here: كان's noun, its verb after it)
      return this.#resolvedAgreeing(p.weak ? { ...p, weak: false } : p, gender);
    }
    return null;
  }

  /** An unnamed group in a sound plural (`مشجعون`) as the subject right after the verb at `v`, before `at`. */
  #pluralSubjectAfterVerb(v: number, at: number): Entity | null {
    const tokens = this.#tokens;
    if (v + 1 >= at || !tokens[v].word || isCue(tokens[v]) || !hasFact(tokens[v], Facts.sentenceVerb)) return null;
    const p = parseSpeakerPhrase(this.#text, tokens, v + 1, at, this.#quoted);
    if (!p || p.type !== 'anonymous' || p.to >= at || !soundPluralWithNun(tokens[v + 1].norm)) return null;
    return this.#resolve(p, null);
  }

  /**
   * `وبدا التأثر على الرواحي وهو يتسلم الجائزة، وقال`: one already known, just before `وهو` / `وهي`
   * and an imperfect verb (what he was doing), is whom the sentence goes on about.
   */
  #circumstantialSubject(at: number, gender: Gender | null): Entity | null {
    const tokens = this.#tokens;
    const s = this.#sentenceStartOf[at];
    for (let j = at - 2; j > s && j >= at - CIRCUMSTANCE_WINDOW; j--) {
      const n = tokens[j].norm;
      if (n !== WA_HUWA && n !== WA_HIYA) continue;
      const next = tokens[j + 1];
      if (!next.word || !imperfect(next.norm, '')) return null;
      const his = n === WA_HUWA ? 'male' : 'female';
      if (gender && gender !== his) return null;
      for (let k = j - 1; k > s && k >= j - 3; k--) {
        const p = parseSpeakerPhrase(this.#text, tokens, k, j, this.#quoted);
        if (p && p.to === j && this.registry.knows(p)) {
          const e = this.#resolve(p, his);
          return e && (!e.gender || e.gender === his) ? e : null;
        }
      }
      return null;
    }
    return null;
  }

  /** A verse marker (`الآية الكريمة`, `تعالى`) right before the quote (a colon between at most): God speaks. */
  #verseBefore(qk: number): Attribution | null {
    const tokens = this.#tokens;
    let j = qk - 1;
    if (j >= 0 && tokens[j].text === ':') j--;
    if (j < 0 || !tokens[j].word) return null;
    // `نهى الله تعالى عنه بقوله: «…»`: His saying, the marker a few words before it
    if (SAYING.has(tokens[j].norm)) {
      for (let k = j - 1; k >= 0 && k >= j - SAYING_REACH; k--) {
        if (!tokens[k].word) return null;
        if (verseMarkers.has(tokens[k].norm)) return this.#citedBy(j, 'الله');
      }
      return null;
    }
    if (!verseMarkers.has(tokens[j].norm)) return null;
    return this.#citedBy(j, 'الله');
  }

  /** Words cited right before the quote at qk from God or the Prophet (verseBefore, hadithBefore), also inside another quote. */
  citedBefore(qk: number): Attribution | null {
    return this.#verseBefore(qk) ?? this.#hadithBefore(qk);
  }

  /** Words cited from `name` (God, the Prophet), the marker at token j as their cue: whoever spoke before goes on speaking. */
  #citedBy(j: number, name: string): Attribution | null {
    const t = this.#tokens[j];
    const start = t.start;
    const phrase: SpeakerPhrase = { from: j, to: j + 1, type: 'person', name, nameSpan: { start, end: start }, namePrefix: '', role: null, gender: 'male', owner: null };
    const e = this.#resolve(phrase, null);
    return e ? { entity: e, kind: 'cue', cue: t.text, cueSpan: { start, end: t.end }, governed: true, appositive: false, cited: true } : null;
  }

  /**
   * A hadith cited right before the quote: the Prophet speaks (`مستشهدا بالحديث الشريف «…»`, `قوله صلى
   * الله عليه وسلم: «…»`, `حديث النبي صلى الله عليه وسلم الذي رواه النعمان بن بشير «…»`). Read back from
   * the quote: a colon, the narrator's clause (`الذي رواه` and up to five words), the blessing, then a
   * hadith noun with its qualifier, or the Prophet's name after a hadith noun, or `قوله` before the
   * blessing. He is named as the article writes him (`النبي`, `الرسول`), else `النبي`.
   */
  #hadithBefore(qk: number): Attribution | null {
    const tokens = this.#tokens;
    let j = qk - 1;
    if (j >= 0 && tokens[j].text === ':') j--;
    // `الذي رواه النعمان بن بشير`: the narrator is not the speaker
    for (let k = j; k >= 1 && k >= j - 5; k--) {
      if (!tokens[k].word) break;
      if (narratorVerbs.has(tokens[k].norm) && (tokens[k - 1].norm === 'الذي' || tokens[k - 1].norm === 'التي')) {
        j = k - 2;
        break;
      }
    }
    const blessed = this.#endsWithBlessing(j);
    if (blessed) j -= prophetBlessing.length;
    if (j < 0 || !tokens[j].word) return null;
    const t = tokens[j];
    let name: string | null = null;
    if (hadithQualifiers.has(t.norm) && j >= 1 && hadithNouns.has(tokens[j - 1].norm)) name = 'النبي';
    else if (prophetNames.has(t.norm) && j >= 1 && hadithNouns.has(tokens[j - 1].norm)) name = t.text;
    else if (blessed && t.norm === 'قوله') name = 'النبي';
    // (`، في الحديث: "…"`: the hadith with no qualifier, opening its clause before a colon)
    else if (t.norm === 'الحديث' && j === qk - 2 && tokens[qk - 1].text === ':' && j >= 1 && (tokens[j - 1].norm === 'في' || tokens[j - 1].norm === 'وفي') && (j < 2 || !tokens[j - 2].word)) name = 'النبي';
    return name === null ? null : this.#citedBy(j, name);
  }

  /** The Prophet named right before the blessing that ends before `at` (`النبي`, `الرسول`, `رسول الله`), else null. */
  #blessedProphetBefore(at: number): SpeakerPhrase | null {
    const tokens = this.#tokens;
    if (!this.#endsWithBlessing(at - 1)) return null;
    const j = at - 1 - prophetBlessing.length;
    const from = this.#prophetNameFrom(j);
    if (from < 0) return null;
    const nameSpan = { start: tokens[from].start, end: tokens[j].end };
    return { from, to: at, type: 'person', name: this.#text.slice(nameSpan.start, nameSpan.end), nameSpan, namePrefix: '', role: null, gender: 'male', owner: null, cited: true };
  }

  /** The phrase names the Prophet (`النبي`, `الرسول`, `رسول الله`) and the blessing follows it. */
  #isBlessedProphet(p: SpeakerPhrase): boolean {
    return this.#prophetNameFrom(p.to - 1) === p.from && this.#endsWithBlessing(p.to + prophetBlessing.length - 1);
  }

  /** Where the Prophet's name ending at token j starts (`النبي`, `الرسول`, `رسول الله`), else -1. */
  #prophetNameFrom(j: number): number {
    const tokens = this.#tokens;
    if (j < 0) return -1;
    if (prophetNames.has(tokens[j].norm)) return j;
    return tokens[j].norm === 'الله' && j >= 1 && tokens[j - 1].norm === 'رسول' ? j - 1 : -1;
  }

  /** Whether tokens ending at `j` write the blessing after the Prophet's name (صلى الله عليه وسلم). */
  #endsWithBlessing(j: number): boolean {
    const n = prophetBlessing.length;
    if (j - n + 1 < 0 || j >= this.#tokens.length) return false;
    for (let k = 0; k < n; k++) if (this.#tokens[j - n + 1 + k].norm !== prophetBlessing[k]) return false;
    return true;
  }

  /**
   * The token after a quoted name of one or two words standing at `k` as a cue's subject, followed by a
   * colon, إلى or a complementiser (`وأضاف "الشمري": …`); else -1.
   */
  #quotedSubjectEnd(k: number): number {
    const tokens = this.#tokens, quoted = this.#quoted;
    const open = tokens[k];
    if (!open || !quoted[k] || open.word) return -1;
    let e = k + 1;
    while (e < tokens.length && quoted[e] && tokens[e].word && e - k <= 3) e++;
    // e: the closing mark, after one or two words
    if (e - k < 2 || e - k > 3 || e >= tokens.length || tokens[e].word || !quoted[e]) return -1;
    const next = tokens[e + 1];
    if (!next || quoted[e + 1] && next.text !== ':') return -1;
    // (`وأضاف "عبدالخالق" في مداخلة هاتفية`, `وأكدت "محمود" في بيان`: or where the words were said)
    if (next.text === ':' || next.norm === ILA || complementisers.has(next.norm) || WHERE_SAID.has(next.norm)) return e + 1;
    // (`وقال "يويفا" لبي بي سي عربي إنه …`: or whom they were said to, then the clause said)
    if (next.word && !quoted[e + 1] && toldOnLam(next) && this.#cueAt(k - 1)?.form.kind === 'verb' && this.#complementiserWithin(e + 2, ADDRESSEE_WORDS)) return e + 1;
    // (`أقرّ "جيش" الاحتلال بمقتل …`: one quoted word, then a definite genitive: the head of the subject)
    // (not after a participle, whose object it is: `منتقدا "تدخل" السفير`)
    return e - k === 2 && next.word && !quoted[e + 1] && next.norm.startsWith('ال') && !hasFact(next, Facts.stop) && this.#cueAt(k - 1)?.form.kind === 'verb' ? e + 1 : -1;
  }

  /**
   * An unquoted complementiser (`إنه`, `أن`) among the `n` tokens from `j` on, all plain words (with
   * `commas`, commas too, read past: no other mark, quote or sentence end between).
   */
  #complementiserWithin(j: number, n: number, commas = false): boolean {
    const tokens = this.#tokens, quoted = this.#quoted;
    for (const end = j + n; j < tokens.length && j < end; j++) {
      const t = tokens[j];
      if (quoted[j]) return false;
      if (t.word) {
        if (complementisers.has(t.norm)) return true;
      } else if (!commas || !isComma(t)) return false;
    }
    return false;
  }

  /** Attribution of the quote whose opening mark is token `qk` and whose closing mark ends before token `after`. */
  attribute(qk: number, after: number): Attribution {
    const tokens = this.#tokens;
    const s = this.#sentenceStartOf[qk];
    // `مستشهدا بالآية الكريمة «…»`, `قوله تعالى: «…»`: a verse of the Quran is God's words (a hadith the Prophet's)
    const verse = this.citedBefore(qk);
    if (verse) return verse;
    // (`وأضاف "الشمري":`: the quoted name is the cue's subject, a name, not words said)
    // (a word only shaped like a cue is none: `فرق بين "المسلم والمسيحي" في مصر`)
    if (qk > 0 && this.#cueAt(qk - 1) !== null && this.#quotedSubjectEnd(qk) === after) return { ...NONE, appositive: true };
    // (`وفقاً لما ذكرته "بلومبرغ"،`: after ما and a verb carrying its object's pronoun, a short quote is the verb's subject, a name)
    // (not after a verb of naming: in `ما تسميه "الأعراس المجتمعية"` the quote is the name it gives)
    if (qk > 1 && MA_BEFORE_VERB.has(tokens[qk - 2].norm) && tokens[qk - 1].norm.endsWith('ه') && wordsBetween(tokens, qk, after) <= 2 && (after >= tokens.length || !tokens[after].word)) {
      const verb = this.#cueAt(qk - 1);
      if (verb && verb.form.kind === 'verb' && !verb.form.names && !verb.form.describes) return { ...NONE, appositive: true };
    }
    // (`وبحسب "سي.إن.إن"، لم يكن …`: a short quote right after بحسب / وفقا, its clause closed by a comma, names the source)
    if (qk > 0 && this.#cueAt(qk - 1)?.form.kind === 'according' && after < tokens.length && isComma(tokens[after]) && wordsBetween(tokens, qk, after) <= 3) return { ...NONE, appositive: true };
    const c = this.#cueBefore(qk, s);
    if (c) {
      const before = this.#fromCueBefore(c.form.kind === 'according' ? this.#speakingBeforeRelay(c, s) ?? c : c, qk, s, after);
      // (`يصفه المحيطون به: "…"، بحسب الرئيس السابق للنادي كريستيان أجاكس`: a cue with no subject of its
      // own before the quote, an according phrase naming a person right after it: that one says it; a
      // body there, `بحسب الوكالة الفرنسية للأنباء`, is who reported the words, and `حسب تعبيره` the
      // speaker before)
      if (before.kind === 'continuation' && after + 1 < tokens.length && isComma(tokens[after]) && this.#cueAt(after + 1)?.form.kind === 'according') {
        const named = this.#accordingLater(after);
        if (named && named.entity && named.entity.type === 'person' && !ownSaying(tokens[after + 2]?.norm ?? '')) return named;
      }
      return before;
    }
    // `وفي حديثه لـ«عكاظ»، أوضح`: a short quote after the lam is the medium told, not the words of the cue after it
    const lam = tokens[qk - 1];
    if (lam && (lam.norm === 'ل' || lam.norm === 'لـ') && after - qk <= 6) return NONE;
    const said = this.#saidWithQawl(qk, s);
    if (said) return said;
    const a = this.#afterQuote(after);
    if (a) return a;
    return this.#colon(qk, s) ?? this.#headlineColon(qk, s) ?? this.#accordingLater(after) ?? NONE;
  }

  /**
   * `قد تمثل "منهجا ثوريا" مما قد يكون له تداعيات كبيرة، بحسب تقرير المجلس`: an according phrase
   * after a comma further on in the quote's sentence, no cue and no quote between, sources it.
   */
  #accordingLater(after: number): Attribution | null {
    const tokens = this.#tokens;
    for (let k = after; k < tokens.length && k < after + ACCORDING_LATER_TOKENS; k++) {
      const t = tokens[k];
      if (this.#quoted[k] || t.newLine || t.sentenceEnd) return null;
      if (!t.word) continue;
      const hit = this.#cueAt(k);
      if (!hit) continue;
      if (hit.form.kind !== 'according' || !isComma(tokens[k - 1])) return null;
      const subject = this.#subjectOf(hit, Math.min(tokens.length, k + 14));
      const e = subject ? this.#resolve(subject, hit.form.gender, hit) : null;
      return e ? withCue(this.#cueInfo(hit), e, 'according-to', true, false) : null;
    }
    return null;
  }

  /** `المتحدث باسم الجيش: "…"` — a speaker phrase, a colon, the quote (headlines, captions). */
  /**
   * `عسيري: عاصفة الحزم بلغت مرحلة "الأهداف المنتقاة"`: a line opening `X:` and going on in words to
   * a quote: the one before the colon says it (the colon within the line's first four words).
   */
  #headlineColon(qk: number, s: number): Attribution | null {
    const tokens = this.#tokens;
    if (!tokens[s].newLine) return null;
    // (a word alone in quotes there is a name or a scare quote: `أبو الفتوح: استمرار "العسكري" …`)
    let words = 0;
    for (let j = qk + 1; j < tokens.length && this.#quoted[j] && words < 2; j++) if (tokens[j].word) words++;
    if (words < 2) return null;
    for (let c = s + 1; c <= s + 4 && c < qk - 1; c++) {
      if (tokens[c].text !== ':') continue;
      for (let j = c + 1; j < qk; j++) if (!tokens[j].word || this.#quoted[j]) return null;
      return qk - c <= HEADLINE_CLAUSE ? this.#colon(c + 1, s) : null;
    }
    return null;
  }

  /** `c`: the token after the colon (the quote's opening mark, or the first word after the colon) */
  #colon(qk: number, s: number): Attribution | null {
    const c = qk - 1;
    if (c <= s || this.#tokens[c].text !== ':') return null;
    // (`ربما يكون من الأجدر طرح سؤال: "…"`: the words are a question named, asked by no one there)
    if (questionNouns.has(this.#tokens[c - 1].norm)) return null;
    // `إلا أنهن استدركن: «…»`: a verb after a complementiser carrying its subject goes on with that subject
    // (`استدركن بالقول:`: the complement of the verb may stand before the colon)
    const v = c - 1 > s && cueComplements.has(this.#tokens[c - 1].norm) ? c - 1 : c;
    const carrier = v - 2 >= s && this.#tokens[v - 1].word ? PRONOUN_COMPLEMENTISERS.get(this.#tokens[v - 2].norm) : undefined;
    if (carrier) {
      const e = this.continuing(c, carrier.gender, carrier.plural);
      return e ? { entity: e, kind: 'continuation', cue: null, cueSpan: null, governed: true, appositive: false } : null;
    }
    // `.. و"بيريرا": "…"`: a name the paper put in quotes, opening its clause (after و), before the colon
    const named = this.#quotedNameBefore(c, s);
    if (named) {
      const e = this.#resolve(named, null);
      if (e) return { entity: e, kind: 'colon', cue: null, cueSpan: null, governed: true, appositive: false };
    }
    // `.. وماركوفيتش: «…»`: one name carrying و, opening its clause, before the colon
    if (c === s + 1) {
      const named = this.#conjoinedName(s);
      const e = named ? this.#resolve(named, null) : null;
      if (e) return { entity: e, kind: 'colon', cue: null, cueSpan: null, governed: true, appositive: false };
    }
    // (`وهو يرقص في مستودع كبير، مغنيا: "…"`: a participle in the accusative after a comma, before the
    // colon, is how the words were said, as قائلا is: by the one the sentence is about, no one named there)
    const manner = this.#tokens[c - 1];
    if (c - 2 > s && isComma(this.#tokens[c - 2]) && manner.word && !hasFact(manner, Facts.givenName) && (mannerWords.has(manner.norm) || accusativeParticiple(manner.norm))) {
      return { entity: this.continuing(c - 1, null, false), kind: 'continuation', cue: null, cueSpan: null, governed: true, appositive: false };
    }
    // (`وحول وحدة الإنتاج الجديدة، رئيس الشركة ديفيد:`: a clause opening on what the words are about, then a
    // comma: the speaker is after the comma)
    let from = Math.max(s, c - 10);
    if (ABOUT_PREPOSITIONS.has(stemOf(this.#tokens[s].norm))) {
      let comma = c - 1;
      while (comma > s && !isComma(this.#tokens[comma])) comma--;
      if (comma > s) from = Math.max(from, comma + 1);
    }
    // (`ترامب لكيم:`: a line opening on a name, then one the text writes alone on the lam of the one spoken to)
    const told = this.#toldAfterName(s, c);
    if (told) return told;
    for (let k = from; k < c; k++) {
      // `على حسابها في إكس:`: what a preposition governs is where the words were said, not who said them
      if (k > s && placePrepositions.has(this.#tokens[k - 1].norm)) {
        // (`ونشر الأهلي في بيان رسمي:`: the words came in a document, the verb's subject's; no one before the colon speaks)
        if (this.#tokens[k - 1].norm === 'في' && hasFact(this.#tokens[k], Facts.documentNounBare)) return this.#publisher(s, k - 1);
        continue;
      }
      // (`وتجسد دورها الفنانة سميرة عبد العزيز:`: a noun carrying its pronoun is the verb's object, no speaker)
      // (`ومحاميه:`, his lawyer, is one: a role's word with its pronoun still speaks)
      if (this.#tokens[k].word && !hasFact(this.#tokens[k], Facts.givenName | Facts.roleIn | Facts.unnamedSource) && possessedNoun(this.#tokens[k].text)) continue;
      // (`.. وحارس عمارة: "…"`: the speaker opening the clause may carry و)
      const p = parseSpeakerPhrase(this.#text, this.#tokens, k, c, this.#quoted, false, k === s);
      // (`هولاند لفرانس24:`: the outlet told, on its lam, may stand between the speaker and the colon)
      // (`ترامب لملك السعودية سلمان بن عبد العزيز:`: so may the one spoken to, on its lam, after a name opening the line)
      // (`ونقلت وكالة الأنباء العمانية، بتقرير، السبت:`: or asides between commas, the day and the document it came in)
      if (!p || p.weak || (p.to !== c && !this.#placeOnly(p.to, c) && !(c - p.to === 1 && this.#outletOnLam(this.#tokens[p.to])) && !(k === s && p.type === 'person' && !!p.name && this.#addressedUntil(p.to, c)) && !this.#asidesOnly(p.to, c))) continue;
      const e = this.#resolve(p, null);
      if (e) return { entity: e, kind: 'colon', cue: null, cueSpan: null, governed: true, appositive: false };
    }
    return null;
  }

  /** `ترامب لكيم:`: the name opening the line at `s`, right before a word on ل whose word the text writes alone, before the colon at `c`. */
  #toldAfterName(s: number, c: number): Attribution | null {
    const tokens = this.#tokens;
    for (let j = s + 1; j < c && j - s <= 4; j++) {
      const t = tokens[j];
      if (!t.word || this.#quoted[j]) return null;
      // (#addressedUntil reads the lam)
      if (t.norm.length < 4 || hasFact(t, Facts.givenName) || !this.#addressedUntil(j, c) || !writtenAlone(this.#text, t.text.slice(1))) continue;
      const p = parseSpeakerPhrase(this.#text, tokens, s, j, this.#quoted);
      const e = p && p.to === j && p.type === 'person' && p.name ? this.#resolve(p, null) : null;
      return e ? { entity: e, kind: 'colon', cue: null, cueSpan: null, governed: true, appositive: false } : null;
    }
    return null;
  }

  /** Tokens [j, c): a word on ل (not ال) opening at most HEADLINE_ADDRESSEE_WORDS words, nothing else: the one spoken to. */
  #addressedUntil(j: number, c: number): boolean {
    const tokens = this.#tokens;
    const n = tokens[j].norm;
    if (c - j > HEADLINE_ADDRESSEE_WORDS || !tokens[j].word || n.length < 3 || n.charCodeAt(0) !== LAM || n.charCodeAt(1) === LAM) return false;
    for (let k = j; k < c; k++) if (!tokens[k].word || this.#quoted[k]) return false;
    return true;
  }

  /**
   * `وأضاف ماكرون، وفقا للصحيفة: «…»`: a verb of saying with its own subject right before وفقا / بحسب
   * (a comma between) is the cue; the paper after وفقا only relays the words. Null when there is none.
   */
  #speakingBeforeRelay(relay: CueHit, s: number): CueHit | null {
    const tokens = this.#tokens;
    const end = relay.at > s && isComma(tokens[relay.at - 1]) ? relay.at - 1 : relay.at;
    for (let j = end - 1; j >= s && j >= end - RELAY_REACH; j--) {
      const hit = this.#cueAt(j);
      if (!hit || hit.form.kind !== 'verb') continue;
      const p = this.#subjectOf(hit, end);
      return p && p.to === end && p.type !== 'document' ? hit : null;
    }
    return null;
  }

  /**
   * `ونشر الأهلي في بيان رسمي: «…»`: the one whose document it is, the subject right after the verb
   * that opens the sentence and right before في (at `fi`); null when the sentence is not so.
   */
  #publisher(s: number, fi: number, exact = true): Attribution | null {
    const tokens = this.#tokens;
    const v = s + this.#clauseOpenerAt(s);
    // (the verb: a word that is no noun the lexicon knows, no name, no stop word; `وتوجه` ends on ه like a noun's pronoun)
    if (fi - v < 2 || !tokens[v].word || hasFact(tokens[v], Facts.definite | Facts.roleOrHonorific | Facts.organisationHead | Facts.givenName | Facts.stop | Facts.documentNoun) || isCue(tokens[v])) return null;
    const p = parseSpeakerPhrase(this.#text, tokens, v + 1, fi, this.#quoted);
    if (!p || (exact ? p.to !== fi : p.to > fi) || p.type === 'document' || (p.weak && !this.registry.knows(p))) return null;
    const e = this.#resolve(p, null);
    return e ? { entity: e, kind: 'colon', cue: null, cueSpan: null, governed: true, appositive: false } : null;
  }

  /**
   * `وتوجه هولاند للرئيس ترامب بالقول إن «…»`: a verb that is no cue, with بالقول before the words
   * (and إن / أن or a colon between): the verb's subject, right after it at the sentence's start, says them.
   */
  #saidWithQawl(qk: number, s: number): Attribution | null {
    const tokens = this.#tokens;
    let b = qk - 1;
    while (b > s && (tokens[b].text === ':' || complementisers.has(tokens[b].norm)) && qk - b <= 2) b--;
    if (b <= s || !cueComplements.has(tokens[b].norm)) return null;
    if (tokens[b].norm[0] === 'ب') return this.#publisher(s, b, false);
    // `حتى ذهب البعض إلى القول "…"`: went as far as saying; the verb's subject right before إلى
    if (b - 1 <= s || tokens[b - 1].norm !== ILA) return null;
    for (let v = b - 3; v >= s && v >= b - 6; v--) {
      const attribution = this.#publisher(v, b - 1);
      if (attribution) return attribution;
    }
    return null;
  }

  /** The quoted name of one or two words closing right before token `c`, opening its clause or after a lone و. */
  #quotedNameBefore(c: number, s: number): SpeakerPhrase | null {
    const tokens = this.#tokens, quoted = this.#quoted;
    const close = c - 1;
    if (close <= s || !quoted[close] || tokens[close].word) return null;
    let open = close - 1;
    while (open > s && quoted[open] && tokens[open].word && close - open <= 3) open--;
    if (open < s || !quoted[open] || tokens[open].word || close - open < 2 || close - open > 3) return null;
    const before = open - 1;
    if (!(before < s || tokens[before].norm === 'و' || tokens[before].text === '.')) return null;
    const start = tokens[open + 1].start;
    const end = tokens[close - 1].end;
    return { from: open, to: c, type: 'person', name: this.#text.slice(start, end), nameSpan: { start, end }, namePrefix: '', role: null, gender: null, owner: null };
  }

  /** `وماركوفيتش` as the name ماركوفيتش (not a given name that starts with و, like وليد), else null */
  #conjoinedName(j: number): SpeakerPhrase | null {
    const t = this.#tokens[j];
    if (!t.word || this.#quoted[j] || t.norm.length < 5 || t.norm[0] !== 'و' || hasFact(t, Facts.givenName)) return null;
    const rest = t.norm.slice(1);
    // a listed word, a definite noun or an adverb in the accusative (`وختاما:`) is no bare name; a
    // family name with its article (`.. والسديري:`) is one when the article names it again further on
    const start = t.start + 1;
    const familyName = rest.startsWith('ال') && rest.endsWith('ي') && rest.length >= 6 && this.#text.includes(this.#text.slice(start, t.end), t.end);
    if (wordFacts(rest) !== 0 || (rest.startsWith('ال') && !familyName) || rest.endsWith('ا')) return null;
    // (`واشنطن: على روسيا "…"`: a name whose و is its own letter is never written without it)
    if (!rest.startsWith('ال') && !writtenAlone(this.#text, this.#text.slice(start, t.end))) {
      return { from: j, to: j + 1, type: 'person', name: t.text, nameSpan: { start: t.start, end: t.end }, namePrefix: '', role: null, gender: null, owner: null };
    }
    return { from: j, to: j + 1, type: 'person', name: this.#text.slice(start, t.end), nameSpan: { start, end: t.end }, namePrefix: 'و', role: null, gender: null, owner: null };
  }

  /** `لفرانس24`, `لرويترز`: a word on the lam of the one told, an outlet by its digits or the lexicon's outlets. */
  #outletOnLam(t: Token): boolean {
    return t.word && t.norm.length > 2 && t.norm.charCodeAt(0) === LAM && !hasFact(t, Facts.givenName | Facts.roleIn) && (hasDigit(t.text) || outlets.has(t.norm.slice(1)));
  }

  /** Tokens [from, to): a comma first, then only commas, days (`السبت`, `أمس`) and a document on ب (`بتقرير`, `ببيان`). */
  #asidesOnly(from: number, to: number): boolean {
    const tokens = this.#tokens;
    if (from >= to || !isComma(tokens[from])) return false;
    for (let j = from + 1; j < to; j++) {
      const t = tokens[j];
      if (isComma(t) || isTimeWord(t)) continue;
      if (t.word && !this.#quoted[j] && t.norm.length > 3 && t.norm.charCodeAt(0) === 0x628 && documentNoun(t.norm.slice(1)) !== null) continue;
      return false;
    }
    return true;
  }

  /** `ذا صلة برد فعل الشركة`, `مقرب من الحكومة`: tokens[from, to) tell only how an unnamed source is tied to the story (at most TIES_WORDS words). */
  #tiesOnly(from: number, to: number): boolean {
    return to - from <= TIES_WORDS && SOURCE_TIES.has(this.#tokens[from].norm) && this.#wordsOnly(from, to);
  }

  /** `أهالي الحي بالدمام:`, `سكان في غزة:`: only where the speakers are, at most three words, lies before the colon */
  #placeOnly(from: number, to: number): boolean {
    if (to - from > 3) return false;
    const first = this.#tokens[from];
    if (!(placePrepositions.has(first.norm) || (first.norm.length > 3 && first.norm[0] === 'ب'))) return false;
    return this.#wordsOnly(from, to);
  }

  /** The speaker a verb of saying at v names right after it (`ذكرته وكالة …`, `أفاد به مصدر …`), before token qk. */
  #subjectAfterVerb(v: number, qk: number): Entity | null {
    const tokens = this.#tokens;
    if (v >= qk || !tokens[v].word || !isCue(tokens[v])) return null;
    // (`ما نقلته الوكالة عن الوزير`: a relaying verb's subject only passes on the words)
    if (cueForm(tokens[v].norm)?.form.relays) return null;
    let k = v + 1;
    // (`أفاد به`, `صرح به`: the preposition with the pronoun of what was said)
    if (k < qk && tokens[k].norm === 'به') k++;
    const p = k < qk ? parseSpeakerPhrase(this.#text, tokens, k, qk, this.#quoted) : null;
    if (!p || p.type === 'descriptor' || (p.type === 'document' && !p.owner) || p.to > qk) return null;
    return this.#resolve(p, null);
  }

  #fromCueBefore(c: CueHit, qk: number, s: number, after: number): Attribution {
    const tokens = this.#tokens;
    const info = this.#cueInfo(c);
    // `نقلت الصحيفة عن الوزير`: a relaying verb agrees with the reporter, not with the source
    const gender = c.form.relays ? null : c.form.gender;
    // `بحسب ما ذكرته وكالة الأنباء السعودية، فإن "…"`: the verb after ما names its own subject, the source
    // (read from the according word, or from the verb itself when it is the cue found)
    const verbAt = c.form.kind === 'according' && tokens[c.at + 1]?.norm === 'ما' ? c.at + 2 : tokens[c.at - 1]?.norm === 'ما' && c.at >= 2 && cueForm(tokens[c.at - 2].norm)?.form.kind === 'according' ? c.at : -1;
    if (verbAt >= 0) {
      const source = this.#subjectAfterVerb(verbAt, qk);
      if (source) return withCue(info, source, 'according-to', true, false);
    }
    // `ما سماه "…"`, `بما قال إنها "…"`, `بحسب ما اعتبره «…»`: the current speaker's words
    const naming = (namingParticles.has(tokens[c.at - 1]?.norm ?? '') && !this.#alsoCue(c, qk)) || (c.form.kind === 'according' && tokens[c.at + 1]?.norm === 'ما' && !this.#subjectOf(c, qk));
    if (c.form.kind === 'nested') return withCue(info, this.#nestedSource(c, s), 'nested', true, false);
    // `كتاب أسماه (تفكيك "هيكل")`: a naming verb with no `ما` gives a name, not words
    if (c.form.names && !naming) return withCue(info, null, null, false, true);
    // `قال لـ«عكاظ» إن …`, `يذكر لنا "هيكل" أنه …`: the medium told, or the subject, named before the
    // words begin, is a term
    const beforeContent = !this.#contentBetween(c.at + 1, qk);
    // (`انتقد الحكم لـ"تأخره في إشهار البطاقة"`: the medium told has a short name, three words at most;
    // `وفق ما صرح به لـ"الاقتصادية"`: after a naming or according cue or a participle too)
    if (beforeContent && tokens[qk - 1]?.norm === 'ل' && after - qk <= 5) {
      return withCue(info, this.continuing(c.at, gender, c.form.plural), 'continuation', false, true);
    }
    if (naming && c.form.names) {
      // `ما يسميه الباحثون "…"`, `نفذوا ما أسمته "…"` (the group): a body's or a field's name for a
      // thing is a term; a person's word stays theirs (`ما سماه "…"`, `ما تسميه "…"`)
      // (only the words right after the verb and its subject are the name it gives)
      const own = this.#subjectOf(c, qk);
      const named = own ? own.to === qk : qk === c.at + 1;
      const namer = !named ? null : own ? this.#resolve(own, gender, c) : this.continuing(c.at, gender, c.form.plural);
      if (namer !== null && namer.type === 'organization') return withCue(info, null, null, false, true);
    }
    // (`ما وصفه الجيش "بنشاط غير عادي"`: a subject of its own right after the verb and before the words is whose they are)
    if (naming && c.form.kind === 'verb') {
      const own = this.#subjectOf(c, qk);
      const e = own && own.to === qk && !own.weak && own.type !== 'document' ? this.#resolve(own, gender, c) : null;
      if (e) return withCue(info, e, 'cue', true, false, naming);
    }
    // (`فيما دافعت الولايات المتحدة عن إسرائيل مؤكدة أنها`: a participle goes on from its sentence's verb)
    const shared = naming || c.form.kind !== 'participle' ? null : this.#sharedSubject(c);
    if (shared) return withCue(info, shared, 'cue', true, false);
    if (naming || c.form.kind === 'participle') {
      return withCue(info, this.continuing(c.at, gender, c.form.plural), 'continuation', true, false, naming);
    }
    // (`وأكد رئيس الاتحاد "الفاف" محمد روراوة`: a short quote before the given name of the cue's subject is in its role)
    const subjectSlot = beforeContent && after < tokens.length && (hasFact(tokens[after], Facts.complementiser) || (after - qk <= 5 && hasFact(tokens[after], Facts.givenName)));
    // (`وغردت عبر حسابها في "إكس" قائلة`: a short quote after a preposition, before the words, is a name)
    // (`حذرت من "الإفراط في التفاؤل"`: a preposition right after the cue takes the words it governs)
    // (`وشدد الوزير على «أهمية الإصلاح»`: not the preposition the verb itself takes)
    const preposition = tokens[qk - 1]?.norm ?? '';
    const named = beforeContent && after - qk <= 5 && placePrepositions.has(preposition) && qk - 2 !== c.at && preposition !== cuePrepositions.get(c.form.lemma);
    if (beforeContent && (subjectSlot || named)) {
      return withCue(info, this.continuing(c.at, gender, c.form.plural), 'continuation', false, true);
    }
    const rel = this.#relativeBefore(c.at);
    // (`في الوقت الذي قال فيه الطراونة إنه`: a pronoun back to the antecedent after the verb, then the relative clause's own subject)
    const own = rel >= 0 && RESUMPTIVES.has(tokens[c.at + 1]?.norm ?? '') ? this.#subjectOf(c, qk) : null;
    const ownEntity = own && own.type !== 'document' && (!own.weak || this.registry.knows({ ...own, weak: false })) ? this.#resolve(own.weak ? { ...own, weak: false } : own, gender, c) : null;
    if (ownEntity) return withCue(info, ownEntity, 'cue', true, false);
    // (`بالاتفاقات التي وصف رئيس الوزراء … نتنياهو توقيعها بأنه`: a verb of the other gender than its
    // relative pronoun is not the antecedent's: its subject is its own, after it)
    if (rel >= 0 && !c.form.plural && c.form.gender !== null && c.form.gender !== relativeGender(tokens[rel].norm)) {
      const own = this.#subjectOf(c, qk);
      // (only where the words follow the clause: `التي كتب كلماتها الشاعر X … هي الأقرب إلى قلبها لأنها "…"` are not X's)
      // (and with the words brought in by a complementiser: `التي يكتب X عمودا على صفحاتها "…"` has none)
      const e = own && own.type !== 'document' && !own.weak && qk - own.to <= RELATIVE_OWN_REACH && this.#complementiserIn(own.to, qk) ? this.#resolve(own, gender, c) : null;
      if (e) return withCue(info, e, 'cue', true, false);
    }
    if (rel >= 0 && !c.form.withObject && !c.form.plural) {
      // `وقال مورينيو الذي أكد …: "…"`: the sentence's own speaker, or the relative's antecedent
      // (`قالت كوريا الشمالية إن … مع تصريحات بومبيو الذي رحب بـ"…"`: one already met, named right
      // before the relative and far from the sentence's subject, is the relative's own speaker)
      const outer = this.#cueBefore(rel, s);
      let outerSubject = outer ? this.#subjectOf(outer, rel) : null;
      let antecedent: SpeakerPhrase | null = outerSubject ? this.#knownRightBefore(rel, Math.max(s, outerSubject.to + 1)) : null;
      if (antecedent) outerSubject = null;
      else antecedent = this.#antecedent(rel, s);
      const p = outerSubject ?? antecedent;
      const e = this.#resolve(p, gender, outerSubject ? outer : null) ?? this.continuing(c.at, gender, false);
      return withCue(outer && outerSubject ? this.#cueInfo(outer) : info, e, p ? 'cue' : 'continuation', true, false);
    }
    // (`وسبق للحكومة أن حذرت مروجي الدعوة من …`: the one on the lam after سبق is the subject of the verb
    // after أن, whatever follows that verb, its object)
    const preceded = this.#precededSubject(c);
    const precededEntity = preceded ? this.#resolve(preceded, gender) : null;
    if (precededEntity) return withCue(info, precededEntity, 'cue', true, false);
    const subject = this.#subjectOf(c, qk);
    if (subject) {
      const e = this.#resolve(subject, gender, c) ?? this.#plainSubject(c, subject);
      if (e) {
        // right after the speaker phrase, or after it as the addressee (`قال لـ"رويترز"`), before the words begin
        const dative = qk - 1 >= subject.to && (tokens[qk - 1].norm === 'ل' || tokens[qk - 1].norm === 'لـ') && !this.#contentBetween(subject.to, qk);
        // an organisation's quoted short name right after it (`محكمة التحكيم الرياضي «كاس»`); after a
        // person the quote is their words (`وقال الوزير "سنرى"`)
        // (`وقال مصدر أمني "…"`, `وقال أحد المتظاهرين "…"`: an unnamed source is a person, whose words follow; only a group, مجموعة, is named so)
        const appositive = (subject.to === qk && (subject.type === 'organization' || (subject.type === 'anonymous' && tokens[subject.from].norm.endsWith(GROUP)))) || dative;
        const kind: AttributionKind = c.form.kind === 'according' ? 'according-to' : 'cue';
        const a = withCue(info, e, kind, true, appositive);
        if (subject.cited) a.cited = true;
        return a;
      }
    }
    // `بيانا لمتحدث باسم الوزارة قال فيه إن`: the verb describes the document; its author said it
    const author = this.#authorOfDocumentBefore(c.at, s);
    if (author) {
      const e = this.#resolve(author, gender);
      if (e) return withCue(info, e, 'cue', true, false);
    }
    // (`صرح عضو الأكاديمية هوراس أنغدال … أن هذه الهيئة لاحظت "…"`: a cue inside the clause another
    // cue reports, with no speaker of its own, is the reporting cue's speaker's reading)
    const reporting = this.#reportingCue(c.at, s);
    if (reporting) return withCue(this.#cueInfo(reporting.cue), reporting.entity, 'cue', true, false);
    // (`وقد هاجمت الصين تعليقات ترامب ووصفتها بأنها "…"`: a verb on و with no subject goes on from its sentence's verb)
    const sharedWithVerb = c.form.kind === 'verb' ? this.#sharedSubject(c) : null;
    if (sharedWithVerb) return withCue(info, sharedWithVerb, 'cue', true, false);
    return withCue(info, this.continuing(c.at, gender, c.form.plural), 'continuation', true, false);
  }

  /** a complementiser (`أن`, `إنها`, `بأنه`) among tokens [from, to) */
  #complementiserIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.#tokens[k].word && hasFact(this.#tokens[k], Facts.complementiser)) return true;
    return false;
  }

  /**
   * `وقال الجندي، الذي لم يفصح عن اسمه، …`: one definite word right after قال, a subject no one known
   * and no role word, is still the one speaking (قال takes no object): an unnamed source by that word.
   * (after any cue verb, a word of kin: `أقر الأب بأنه`)
   */
  #plainSubject(c: CueHit, p: SpeakerPhrase): Entity | null {
    if (c.form.kind !== 'verb' || !p.weak || p.from !== c.at + 1 || p.to > c.at + 2 || !p.name) return null;
    const t = this.#tokens[c.at + 1];
    // (a word of kin, read as a weak body's name when the verb is not قال)
    if (!(t.word && definiteKin.has(t.norm)) && (c.form.lemma !== QALA || p.type !== 'person')) return null;
    if (!t.word || !t.norm.startsWith('ال') || hasFact(t, Facts.givenName)) return null;
    return this.#resolve({ ...p, type: 'anonymous', weak: false }, null);
  }

  /**
   * `طرد نائب المدير.. وترامب يصفه بـ«…»`: one word on و right before the verb, no article, no word of
   * the lexicon, that the text also writes alone (`ترامب`): a name joined by و, the verb's subject.
   */
  #nameOnWaw(s: number, v: number): SpeakerPhrase | null {
    const t = this.#tokens[s];
    if (v !== s + 1 || !t.word || t.norm.length < 4 || t.norm.charCodeAt(0) !== 0x648 || t.norm.startsWith('وال') || t.text.length < 4 || wordFacts(t.norm) !== 0 || wordFacts(t.norm.slice(1)) !== 0) return null;
    const name = t.text.slice(1);
    if (!writtenAlone(this.#text, name)) return null;
    return { from: s, to: v, type: 'person', name, nameSpan: { start: t.start + 1, end: t.end }, namePrefix: 'و', role: null, gender: null, owner: null };
  }

  /**
   * `وسبق للحكومة أن حذرت`, `لم يسبق لوزير الخارجية سامي يوسف أن قال`: a cue verb right after أن, with
   * سبق and a phrase on its lam before it (within PRECEDED_REACH words): that phrase, the verb's subject.
   */
  #precededSubject(c: CueHit): SpeakerPhrase | null {
    const tokens = this.#tokens;
    const an = c.at - 1;
    if (an < 2 || c.form.kind !== 'verb' || tokens[an].norm !== AN) return null;
    for (let j = an - 1; j >= 1 && j >= an - PRECEDED_REACH; j--) {
      if (!tokens[j].word || this.#quoted[j]) return null;
      if (!SABAQA.has(stemOf(tokens[j - 1].norm)) || tokens[j].norm[0] !== 'ل') continue;
      const p = parseSpeakerPhrase(this.#text, tokens, j, an, this.#quoted, true);
      return p && p.to === an && p.type !== 'document' ? p : null;
    }
    return null;
  }

  /**
   * `وقد هاجمت الصين تعليقات ترامب ووصفتها بأنها «…»`, `دافعت الولايات المتحدة عن إسرائيل مؤكدة أنها`:
   * a feminine cue on و, or a feminine participle, with no subject of its own, goes on from the
   * feminine verb (its ت marks it one) that opens the sentence: that verb's subject is the speaker.
   */
  #sharedSubject(c: CueHit): Entity | null {
    if (c.form.gender !== 'female' || c.form.plural || c.form.relays) return null;
    if (c.form.kind !== 'participle' && !(c.form.kind === 'verb' && c.conj === 'و')) return null;
    return this.#sharedWithVerbAt(c, this.#sentenceStartOf[c.at]) ?? this.#sharedWithClauseAfterComma(c);
  }

  /**
   * `وباتت شبكات التواصل …، لذا قامت دنيا سمير غانم بنشر صورة …، ووجهت التهنئة …، معتبرة أنها`: the
   * last clause opened after a comma by an opener (لذا, ثم, …) and a feminine verb with a subject of its own.
   */
  #sharedWithClauseAfterComma(c: CueHit): Entity | null {
    const tokens = this.#tokens;
    const s = this.#sentenceStartOf[c.at];
    for (let j = c.at - 2; j > s && j >= c.at - SHARED_CLAUSE_REACH; j--) {
      if (this.#quoted[j] || relatives.has(tokens[j].norm)) return null;
      if (!isComma(tokens[j]) || !tokens[j + 1]?.word || !COMMA_CLAUSE_OPENERS.has(tokens[j + 1].norm)) continue;
      return this.#sharedWithVerbAt(c, j + 2, true);
    }
    return null;
  }

  /**
   * The subject after the feminine verb at `from` (past SHARED_VERB_OPENERS), when no relative parts it
   * from the cue, nor a comma unless `acrossCommas` (the clause a comma and an opener began).
   */
  #sharedWithVerbAt(c: CueHit, from: number, acrossCommas = false): Entity | null {
    const tokens = this.#tokens;
    let v = from;
    while (v < c.at && SHARED_VERB_OPENERS.has(tokens[v].norm)) v++;
    if (v + 1 >= c.at || this.#quoted[v] || !tokens[v].word) return null;
    const verb = stemOf(tokens[v].norm);
    if (verb.length < 4 || !verb.endsWith('ت') || verb.endsWith('ات') || verb.startsWith('ال') || cueForm(tokens[v].norm)) return null;
    // (`ووجهت الرئاسة الاتهام لحركة حماس التي دانت الواقعة قائلة`: a relative clause between has its own verb, closer)
    // (`وباتت شبكات التواصل …، لذا قامت دنيا …، ووجهت …، معتبرة`: nor may a comma part them: another clause, another subject)
    if (c.at - v > (acrossCommas ? SHARED_CLAUSE_REACH : SHARED_VERB_REACH)) return null;
    for (let j = v + 1; j < c.at; j++) if (relatives.has(tokens[j].norm) || this.#quoted[j] || (!acrossCommas && isComma(tokens[j]) && j < c.at - 1)) return null;
    const p = parseSpeakerPhrase(this.#text, tokens, v + 1, c.at, this.#quoted);
    // (a phrase running up to the cue has taken in the verb's object: `واستقبلت وزارة الخارجية الوفد وأكدت`)
    if (!p || p.weak || p.type === 'document' || p.type === 'descriptor' || p.to >= c.at) return null;
    return this.#resolve(p, 'female');
  }

  /** The cue before `at` in its sentence whose complementiser (`أن`, `إن`) opens the clause `at` is in, with its speaker. */
  #reportingCue(at: number, s: number): { cue: CueHit; entity: Entity } | null {
    const outer = this.#cueBefore(at, s);
    if (!outer || outer.form.kind !== 'verb') return null;
    let complementiser = false;
    for (let j = outer.at + 1; j < at; j++) {
      if (this.#quoted[j]) continue;
      const t = this.#tokens[j];
      if (!t.word) {
        if (!isComma(t)) continue;
        return null;
      }
      if (hasFact(t, Facts.complementiser)) complementiser = true;
    }
    if (!complementiser) return null;
    const p = this.#subjectOf(outer, at);
    const e = p ? this.#resolve(p, outer.form.relays ? null : outer.form.gender, outer) : null;
    return e ? { cue: outer, entity: e } : null;
  }

  /**
   * A cue verb followed by فيه / فيها right after `document ل-author` (`بيانا لمتحدث باسم الوزارة قال
   * فيه`): the author, whose document the verb's clause describes.
   */
  #authorOfDocumentBefore(at: number, s: number): SpeakerPhrase | null {
    const tokens = this.#tokens;
    const inIt = tokens[at + 1]?.norm;
    if (inIt !== 'فيه' && inIt !== 'فيها') return null;
    for (let j = at - 2; j >= s && j >= at - DOCUMENT_AUTHOR_WINDOW; j--) {
      if (!tokens[j].word) return null;
      if (!hasFact(tokens[j], Facts.documentNoun)) continue;
      // (`شريط فيديو سابقا لكامبل قالت فيه`: a word or two of the document's may stand before its author's lam)
      let m = j + 1;
      while (m < at - 1 && m <= j + 2 && tokens[m].word && !tokens[m].norm.startsWith('ل') && tokens[m].norm !== MIN && !hasFact(tokens[m], Facts.cue)) m++;
      // (`بسبب تغريدة من كيلي جينر، نجمة تلفزيون الواقع، قالت فيها`: or on من, whom it came from)
      const from = tokens[m].norm === MIN && m + 1 < at ? m + 1 : -1;
      if (from < 0 && !tokens[m].norm.startsWith('ل')) continue;
      const p = from >= 0 ? parseSpeakerPhrase(this.#text, tokens, from, at, this.#quoted) : parseSpeakerPhrase(this.#text, tokens, m, at, this.#quoted, true);
      // (`لمتحدث باسم الوزارة`: the author's phrase may end before what it speaks for)
      return p && p.type !== 'document' && p.type !== 'descriptor' && !this.#cueWordWithin(p.to, at - p.to) ? p : null;
    }
    return null;
  }

  /** `كما أكد المتحدث … أن`: كما meaning `also`, its verb followed by a named subject and the words, not `كما وصفها` */
  #alsoCue(c: CueHit, limit: number): boolean {
    const before = this.#tokens[c.at - 1]?.norm;
    // `وهو ما نفاه مدير التعليم X، مؤكدا`: `which X denied` names X as one speaking
    // (`على ما وصفه نائب الرئيس X بـ"…"`: a describing verb with its own subject gives X's word too)
    if (before === 'ما' && c.form.withObject && c.form.kind === 'verb' && !c.form.names) {
      const p = this.#subjectOf(c, limit);
      if (!p) return false;
      // (`وهو ما نفاه العبدالكريم`: a bare definite word, read as a body's name, is a speaker already met by it)
      if (p.weak) return this.registry.knows(p);
      return p.type === 'person' || p.type === 'descriptor' || p.type === 'anonymous';
    }
    if (before !== 'كما' || c.form.withObject || c.form.kind !== 'verb') return false;
    const p = this.#subjectOf(c, limit);
    return !!p && !p.weak && (p.type === 'person' || p.type === 'descriptor' || p.type === 'anonymous' || p.type === 'organization');
  }

  /** A complementiser or colon between tokens `from` and `to`: the reported words have begun. */
  #contentBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.#tokens[j].text === ':' || hasFact(this.#tokens[j], Facts.complementiser)) return true;
    return false;
  }

  /** `نقل عنه قوله`, `نسبته لمصدر … قوله`, `نقلت عن الوزير قوله`: who the words are from. */
  #nestedSource(c: CueHit, s: number): Entity | null {
    const tokens = this.#tokens;
    // `الشاعر X الذي أجاز الشطر بقوله «…»`: by his saying — the one the sentence just introduced
    if (tokens[c.at].norm.startsWith('بقول')) return this.#pronounReferent(c.at);
    for (let j = c.at - 1; j >= s && j >= c.at - NESTED_SOURCE_WINDOW; j--) {
      const n = tokens[j].norm;
      if (pronounSources.has(n)) {
        const r = this.#pronounReferent(c.at);
        // (`ونقلت وكالة فرانس برس عنه قوله`: the body relaying, named in the sentence just before the
        // pronoun, is not the one it relays from)
        const touched = this.registry.lastTouchAt;
        return r && r.type === 'organization' && r === this.registry.latest() && touched >= this.#sentenceStartOf[c.at] && touched < j ? (this.registry.previousBut(r, null) ?? r) : r;
      }
      // `نقلت عن الوزير قوله`, `على لسان رئيس الوزراء قوله`, `نسبت إلى مسؤول قوله`
      if (n === 'عن' || n === 'لسان' || n === ILA) return this.#resolve(parseSpeakerPhrase(this.#text, tokens, j + 1, c.at, this.#quoted), null) ?? this.continuing(c.at, null, false);
      if (tokens[j].word && n.startsWith('ل') && n.length > 3 && j + 1 <= c.at && (isInBare(unnamedSources, n.slice(1)) || isInBare(roleWords, n.slice(1)))) {
        // `لمصدر وصفته بالمسؤول …`: the source is the word after the lam
        const name = tokens[j].text.replace(/^ل\u0640?/, '');
        const p: SpeakerPhrase = { from: j, to: j + 1, type: 'anonymous', name, nameSpan: { start: tokens[j].end - name.length, end: tokens[j].end }, namePrefix: 'ل', role: null, gender: null, owner: null };
        return this.#resolve(p, null);
      }
    }
    return this.continuing(c.at, null, false);
  }

  /** tokens[k] opens a sentence that is only an according phrase (`بحسب ما أوردت وكالة سانا.`): no quote or other cue before its end. */
  #accordingSentence(k: number): boolean {
    const tokens = this.#tokens;
    if (this.#cueAt(k)?.form.kind !== 'according') return false;
    for (let i = k + 1; i < tokens.length && i <= k + ACCORDING_SENTENCE_TOKENS; i++) {
      const t = tokens[i];
      if (this.#quoted[i] || t.newLine) return false;
      if (t.sentenceEnd) return true;
      if (!t.word && !isComma(t)) return false;
    }
    return false;
  }

  /** `"…" قال X`, `"…"، بحسب X`, `"…" على حد تعبيره`, `"…" كما أطلقوا عليها`. */
  #afterQuote(after: number): Attribution | null {
    const tokens = this.#tokens;
    let k = after;
    while (k < tokens.length && k < after + 2 && !tokens[k].word && '،,-–—\u00ad'.includes(tokens[k].text)) k++;
    // a headline's `"…".. الوزير يرد`: two dots join the quote to its speaker
    // (`«…».. بهذه الكلمات عبر أحد المواطنين`: and to the words that point back at it)
    const twoDots = (i: number) => i + 1 < tokens.length && tokens[i].text === '.' && tokens[i + 1].text === '.' && !tokens[i].newLine;
    const dots = twoDots(k);
    if (dots) k += 2;
    // `"…"، هكذا علقت الوزيرة` (`"…". هكذا قال المغني`: after the quote's full stop too)
    const thus = (i: number) => i < tokens.length && (tokens[i].norm === 'هكذا' || tokens[i].norm === 'وهكذا');
    if (!dots && k + 1 < tokens.length && tokens[k].text === '.' && tokens[k].sentenceEnd && !tokens[k + 1].newLine && thus(k + 1)) k++;
    if (thus(k)) k++;
    // `«…»، بهذه الكلمات اختتم الوزير كلمته`
    else if (k + 1 < tokens.length && (tokens[k].norm === 'بهذه' || tokens[k].norm === 'بتلك') && wordsNouns.has(tokens[k + 1].norm)) k += 2;
    if (!dots && twoDots(k)) k += 2;
    // (`"…". بحسب ما أوردت وكالة سانا.`: a sentence of nothing but an according phrase sources the words before it)
    if (k + 1 < tokens.length && tokens[k].text === '.' && tokens[k].sentenceEnd && !tokens[k + 1].newLine && this.#accordingSentence(k + 1)) k++;
    if (k >= tokens.length || tokens[k].newLine) return null;
    // (`على حد تعبيره`, `كما وصفها`: only a word opening one of these phrases is tried against them)
    const naming = AFTER_QUOTE_FIRST.has(tokens[k].norm) ? afterQuoteNaming : NO_PHRASES;
    for (const phrase of naming) {
      if (phrase.every((w, i) => tokens[k + i]?.norm === w)) {
        const t = tokens[k];
        return { entity: this.continuing(k, null, false), kind: 'continuation', cue: t.text, cueSpan: { start: t.start, end: tokens[k + phrase.length - 1].end }, governed: true, appositive: false };
      }
    }
    // `"…"، على حد قول القيم على المعرض`: as the one named put it
    if (k + 3 < tokens.length && tokens[k].norm === ALA && tokens[k + 1].norm === HADD && sayingNouns.has(tokens[k + 2].norm) && tokens[k + 3].word && !this.#quoted[k + 3]) {
      const p = parseSpeakerPhrase(this.#text, tokens, k + 3, Math.min(tokens.length, k + 13), this.#quoted);
      const e = p && !p.weak ? this.#resolve(p, null) : null;
      if (e) return withCue({ cue: this.#text.slice(tokens[k].start, tokens[k + 2].end), cueSpan: { start: tokens[k].start, end: tokens[k + 2].end } }, e, 'according-to', true, false);
    }
    const hit = this.#cueAt(k);
    if (!hit) {
      // `"…".. وزير الطاقة يرد`, `"…"، الوزير قال`: a speaker phrase, then its verb
      // (most quotes have no cue word near after them: then no phrase there ends on a verb, and none is read)
      if (!this.#cueWordWithin(k + 1, PHRASE_REACH)) return null;
      const p = parseSpeakerPhrase(this.#text, tokens, k, Math.min(tokens.length, k + 10), this.#quoted);
      const verb = p ? this.#cueAt(p.to) : null;
      // (`بـ"الاحتلال" التركي لعفرين وطالبت`: a verb on و opens a clause of its own; what stands before it ends the one before)
      if (!p || !verb || verb.form.kind !== 'verb' || p.weak || verb.conj) return null;
      const e = this.#resolve(p, verb.form.gender);
      return e ? withCue(this.#cueInfo(verb), e, 'cue', true, false) : null;
    }
    // a participle (`مؤكدا`) introduces what follows it, never the quote before it
    if (hit.form.kind === 'nested' || hit.form.kind === 'came-in' || hit.form.kind === 'participle') return null;
    const info = this.#cueInfo(hit);
    const subject = this.#subjectOf(hit, Math.min(tokens.length, k + 14));
    const e = subject ? this.#resolve(subject, hit.form.gender, hit) : null;
    if (e) return withCue(info, e, hit.form.kind === 'according' ? 'according-to' : 'cue', true, false);
    if (hit.form.kind === 'according') {
      // `"…"، حسبما أعلن وزير المال بيل مورنو`, `بحسب ما قال الوزير`: the verb after it names the source
      const v = tokens[hit.at + 1]?.norm === 'ما' ? hit.at + 2 : hit.at + 1;
      const source = this.#subjectAfterVerb(v, Math.min(tokens.length, v + 14));
      return source ? withCue(info, source, 'according-to', true, false) : null;
    }
    return withCue(info, this.continuing(k, hit.form.gender, hit.form.plural), 'continuation', true, false);
  }
}

/** `رئيسها`, `مديرهم`: a masculine role word (no ت before the pronoun) with the pronoun her or their (normalised) */
function mansRoleOfHers(n: string): boolean {
  const stem = n.endsWith('ها') || n.endsWith('هم') ? n.slice(0, -2) : null;
  return stem !== null && stem.length >= 3 && !stem.endsWith('ت') && roleWords.has(stem);
}

/** what a word a name may start with after a nationality is not */
const NOT_A_NAME_START = Facts.stopReadInContext | Facts.definite | Facts.prepositional | Facts.nisba | Facts.cue | Facts.stop | Facts.phraseStop | Facts.complementiser | Facts.relative | Facts.clauseOpener | Facts.roleIn | Facts.organisationHeadIn | Facts.documentNoun | Facts.unnamedSource | Facts.verbalNounMarker | Facts.sentenceVerb | Facts.withHis;

/** `البولندي` before `روبرت …`: a definite masculine or feminine nisba, the word after it one that may start a name. */
function nationalityBeforeName(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!hasFact(t, Facts.definite) || !hasFact(t, Facts.nisba) || hasFact(t, Facts.stop | Facts.relative) || !(t.norm.endsWith('ي') || t.norm.endsWith('يه'))) return false;
  // (a given name, or a word the lexicon knows nothing of: most nationalities come before a noun or a stop word, read no further)
  return next !== undefined && next.word && (hasFact(next, Facts.givenName) || (!hasFact(next, NOT_A_NAME_START) && !startsWithNumber(next.text)));
}

/** A person with a name, or a body read surely (not a bare definite word that may be the object). */
function namesSomeone(p: SpeakerPhrase): boolean {
  return (p.type === 'person' && !!p.name) || (p.type === 'organization' && !p.weak);
}

/** token `k`, `t`, read as a person's name of one word */
function wordAsName(t: Token, k: number): SpeakerPhrase {
  return { from: k, to: k + 1, type: 'person', name: t.text, nameSpan: { start: t.start, end: t.end }, namePrefix: '', role: null, gender: null, owner: null };
}

/**
 * `استقبل الوزير المتظاهرين فقال`: a verb opening the sentence (verb, subject, object) reads like a
 * one-word name with a role after it. A subject set before its verb puts its role first (`وزير
 * الخارجية جون كيري قال`) or sets the role off with a comma (`كيري، وزير الخارجية، قال`).
 */
function verbBeforeRole(p: SpeakerPhrase, tokens: Token[], s: number): boolean {
  const first = tokens[s];
  return p.type === 'person' && p.role !== null && p.nameSpan !== null && p.nameSpan.start === first.start && p.nameSpan.end === first.end && s + 1 < tokens.length && tokens[s + 1].word;
}

/** `طلب عدم الكشف عن هويته`, `فضل عدم ذكر اسمه`, `رفض الكشف عن اسمه`: a clause about a source's anonymity opens at k (before v) */
function anonymityClause(tokens: Token[], k: number, v: number): boolean {
  if (k + 1 >= v || !tokens[k].word) return false;
  const next = tokens[k + 1].norm;
  if (next === 'عدم' || next === 'دون') return true;
  return stripConjunction(tokens[k].norm).stem === 'رفض' && (next === 'الكشف' || next === 'ذكر' || next === 'الافصاح');
}

/** media told on the lam (`لراديو`, `لقناة`, `لصحيفة`), normalised without it */
const MEDIA_TOLD = new Set(['راديو', 'اذاعه', 'قناه', 'تلفزيون', 'شبكه', 'صحيفه', 'جريده', 'مجله', 'وكاله', 'موقع', 'محطه'].map((w) => norm(w)));

/**
 * `بلغة عربية`, `بنبرة حادة`: a feminine noun on ب (no given name: `بثينة`) and its indefinite feminine
 * adjective, the manner of saying (not a surname: `بوريطة أن`)
 */
function mannerOnBa(t: Token, next: Token | undefined): boolean {
  if (!t.word || t.text.length < 4 || t.text.charCodeAt(0) !== 0x628 || !endsOnTaMarbuta(t) || hasFact(t, Facts.givenName | Facts.organisationHead | Facts.roleOrHonorific)) return false;
  return !!next && next.word && endsOnTaMarbuta(next) && !hasFact(next, Facts.definite);
}

/** The word is written with ة at its end (a feminine noun or adjective). */
function endsOnTaMarbuta(t: Token): boolean {
  return t.text.charCodeAt(t.text.length - 1) === 0x629;
}

/** `لراديو`, `لقناة`: a medium on the lam of the one told */
function toldMedium(t: Token): boolean {
  return t.word && t.norm.length > 3 && t.norm.charCodeAt(0) === LAM && MEDIA_TOLD.has(t.norm.slice(1));
}

/** `لوكالة`, `لبي`: one told, on the lam (not `لم`, `لكن`, `لأن`, no complementiser). */
function toldOnLam(t: Token): boolean {
  const n = t.norm;
  return n.length > 2 && n.charCodeAt(0) === LAM && n !== BECAUSE && !hasFact(t, Facts.complementiser) && (hasFact(t, Facts.prepositional) || !hasFact(t, Facts.stop));
}
const BECAUSE = norm('لأن');
/** the tokens a sentence of an according phrase alone may hold after its according word */
const ACCORDING_SENTENCE_TOKENS = 10;
/** how far into its sentence after a quote an according phrase is looked for (accordingLater) */
const ACCORDING_LATER_TOKENS = 24;
/** `فإن` after an according phrase's source: what the source says follows */
const THEN_THAT = new Set(['فإن', 'فان', 'فإنه', 'فانه', 'فإنها'].map((w) => norm(w)));

/** `مجموعة` (normalised): the one unnamed source that a quoted name may follow */
const GROUP = norm('مجموعة');

/** `ولي العهد السعودي`: a role whose last word is a nisba with the article, masculine (no ة anywhere in it). */
function masculineNisbaLast(role: string | null): boolean {
  if (!role || role.includes('ة')) return false;
  const last = role.slice(role.lastIndexOf(' ') + 1);
  return last.length > 4 && last.startsWith('ال') && last.endsWith('ي');
}
