// Direct quote or term? Context first, length last: a noun that introduces a name (`حركة «حماس»`,
// `بعنوان "…"`) makes a term; a reporting cue governing the span makes speech, even a one-word
// partial quote (`أعرب عن «قلقه»`); with neither, a short span is a term and a sentence is speech.
import type { QuoteKind } from '../model';
import type { Token } from './tokens';
import { Facts, clauseOpeners, complementisers, cueForm, foreignNameWords, hasFact, imperfectVerbLike, inscriptionAt, isCue, isIn, isInBare, nameHeads, nameParticles, outletVerbs, outlets, phraseStops, roleBehindDefiniteWords, scareWords, termIntroducers, termNouns } from './lexicon';
import { firstWordNorm, norm, stripConjunction } from './tokens';
import { isJsSpace, NORMALISED_CODE } from '../text';
import { charClass } from '../charClasses';

/** [\p{L}\p{N}] by char code (a surrogate pair read whole) */
const letterOrNumber = charClass(/[\p{L}\p{N}]/u);

/** words in a quote's text, counted up to `atMost` (a caller comparing with a few words need not read a long quote through) */
export function wordCount(s: string, atMost = Infinity): number {
  // runs of non-space characters (JavaScript's \s) with a letter or a digit in them, read by char code
  let n = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isJsSpace(c)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (counted) continue;
    // Arabic letters and ASCII answered inline; the rest from the class table
    const k = (c >= 0x0621 && c <= 0x064a) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : letterOrNumber(s, i);
    if (k > 0) {
      if (++n >= atMost) return n;
      counted = true;
      i += k - 1;
    }
  }
  return n;
}

const TERM_WINDOW = 5;

/**
 * What termNounBefore asks of each word it reads back from a quote, worked out once per distinct word
 * and kept on the word's record (tokens.ts WordForm.termFacts; the answers hold for any document): TERM_* bits.
 */
/** isIn(termIntroducers) */
const TERM_INTRODUCER = 1;
/** isIn(termNouns) */
const TERM_NOUN = 2;
/** isIn(termNouns) without its possessive (`روايتها`) */
const TERM_NOUN_POSSESSED = 4;
/** `الخطة`, `والخطة` — not `لحركة` or `للمهرجان` (a genitive naming its name) */
const TERM_DEFINITE = 8;

function termFacts(t: Token): number {
  const form = t.form;
  let f = form.termFacts;
  if (f < 0) {
    const n = form.norm;
    f = form.termFacts = (isIn(termIntroducers, n) ? TERM_INTRODUCER : 0) | (isIn(termNouns, n) ? TERM_NOUN : 0) | (isIn(termNouns, withoutPossessive(n)) ? TERM_NOUN_POSSESSED : 0) | (/^[وف]?ال/.test(n) ? TERM_DEFINITE : 0);
  }
  return f;
}

/**
 * A name-introducing noun before the opening mark, with only the words of its own name phrase
 * between (`لحركة المقاومة الإسلامية الفلسطينية "حماس"`, `سباق الآرك الفرنسي و«…»`, `بعنوان: "…"`).
 * Returns the distance in words, or -1.
 */

/** `وصف`, `وصفتها`: a verb of describing that gives no name (not `سمى`, whose span names the thing) */
function describingVerb(t: Token): boolean {
  if (!t.word || !isCue(t)) return false;
  const form = cueForm(t.norm)?.form;
  return !!form && form.kind === 'verb' && form.describes && !form.names;
}

export function termNounBefore(tokens: Token[], openTok: number, quoted: Uint8Array, governed = false, shortSpan = false): number {
  let words = 0;
  let colon = false;
  let sawBa = false;
  let loose = false;
  /** an indefinite noun in construct was passed */
  let construct = false;
  for (let j = openTok - 1; j >= 0 && words < TERM_WINDOW; j--) {
    const t = tokens[j];
    if (quoted[j]) return -1;
    if (!t.word) {
      if (t.text === ':' && words === 0) {
        colon = true; // `بعنوان: "…"`
        continue;
      }
      return -1;
    }
    if (t.norm === 'و') continue; // `و«…»` glued to a coordinator
    // `المعروفة شعبيا بـ"البيئة"`, `ما يعرف بـ"…"`: the preposition of the name, and an adverb before it
    if (words === 0 && t.norm === 'ب') {
      sawBa = true;
      continue;
    }
    // `ما يعرف في الأوساط المالية بـ"…"`, `في أوساط المحتالين`: where the name is used, between the
    // introducer and its بـ; past an indefinite word there, only an introducer names (not a term noun)
    if (sawBa && t.norm === 'في') continue;
    if (words === 0 && j < openTok - 1 && adverb(t)) continue;
    words++;
    const facts = termFacts(t);
    if ((facts & TERM_INTRODUCER) !== 0) return words;
    if (loose) continue;
    // `برنامج "…"`, `لحركة … "حماس"` name; a definite subject before its quoted predicate does not
    // (`أن الخطة "تسير وفق الجدول"`) — a definite head names only where no cue governs the span
    // (`قال … لوكالة الأنباء السعودية: "…"`: a governed quote after a colon is the words, not the name)
    // (`شعار الحملة «…»`: a governed definite noun may be the complement of a naming noun before it)
    if ((facts & TERM_NOUN) !== 0) {
      // `ما تسميه "الأعراس المجتمعية"`: after ما the word is the verb of naming (تسميه, folded as
      // the noun تسمية), whose subject's own word the span is, not a noun that names
      if (j > 0 && tokens[j - 1].norm === 'ما') return -1;
      // (`فيما وصفتها جريدة المساء بـ"الفضيحة"`: right after a verb of describing the noun is its subject,
      // and the بـ the verb's: the span is what the subject calls the thing)
      if (sawBa && j > 0 && describingVerb(tokens[j - 1])) return -1;
      // `إن نظام المواعيد "أثبت فاعليته"`, `إن مجلس الوزراء "يدرس خيار …"`: a head made definite by
      // its genitive, in the clause of a cue that governs the span, is its subject; the quote of
      // more than two words is its predicate (`حركة المقاومة الإسلامية "حماس"` still names, and so
      // does `إن برنامج التدريب "رحلة الألف ميل" انطلق`, its verb after it)
      // (`إن الشارع الرئيسي للحي "محفور منذ سنتين"`: so is a naming noun inside that subject, its genitive)
      // (`أن مشروع تصريف السيول في حي الموظفين "بلغ مراحله الأخيرة"`: a subject with a preposition in
      // it reaches further back when the span opens on a verb)
      if (governed && !shortSpan && !colon && !sawBa && (words > 1 || !headOpensClause(tokens, quoted, j)) && (insideReportedSubject(tokens, quoted, j) || (opensWithVerb(tokens, quoted, openTok) && clauseStartBefore(tokens, quoted, j, 6, true) >= 0)) && !verbAfter(tokens, quoted, openTok)) return -1;
      if (!(((facts & TERM_DEFINITE) !== 0 || colon) && governed)) return words;
      // (`وكان شعار الحملة: «…»`, `تحت عنوان: "…"`: what a slogan or a title is, a colon after it still names)
      // (`شعار الحملة:`: also in construct with the naming noun after it)
      if (colon && (sloganNoun(t) || (j > 0 && sloganNoun(tokens[j - 1])))) return words;
      if (colon) return -1;
      continue;
    }
    // `روايتها «بنات الطاحونة»` names; `إن فريقه "استحق اللقب عن جدارة"` says: with a possessive, only
    // a short span (two words) is the thing's name where a cue governs it
    // (`يتعلق بفيلمه "جحيم في الهند"`: a possessed noun on بـ is a preposition's object, the subject
    // of no predicate: it names, governed or not)
    // (`شعارا عنوانه "بلدان لشعب واحد"`: a title's or a slogan's own noun names what follows it, governed or not)
    if ((facts & TERM_NOUN_POSSESSED) !== 0) return governed && !shortSpan && t.norm.charCodeAt(0) !== BA && !isInBare(SLOGAN_NOUNS, withoutPossessive(stripConjunction(t.norm).stem)) ? -1 : words;
    // (`البؤرة الاستيطانية غير القانونية «…»`: غير before a definite adjective is part of it)
    if (t.norm === 'غير' && j + 1 < openTok && tokens[j + 1].norm.startsWith('ال')) continue;
    // `شركة تسويق النفط الوطنية "سومو"`: before a short name, one indefinite noun in construct with the
    // definite word after it (the noun's genitive chain); a verb there has no naming noun before it
    // (a noun: no stop word, complementiser or cue, `أن التعاون "مستمر"`)
    if (shortSpan && !construct && !t.norm.startsWith('ال') && j + 1 < openTok && tokens[j + 1].word && tokens[j + 1].norm.startsWith('ال') && !hasFact(t, Facts.stop | Facts.complementiser) && !isCue(t)) {
      construct = true;
      continue;
    }
    // only the introduced name's adjectives may stand between: `… الإسلامية الفلسطينية "حماس"`
    if (!t.norm.startsWith('ال')) {
      if (!sawBa) return -1;
      loose = true;
    }
  }
  return -1;
}

/**
 * Where the clause opened by إن / أن / بأن that token `at` stands in begins: the first word after
 * the complementiser, found at most `reach` words back from `at` over plain words (no mark, quote or
 * other complementiser; no preposition unless `throughPrepositions`, then no cue); -1 when none.
 */
function clauseStartBefore(tokens: Token[], quoted: Uint8Array, at: number, reach: number, throughPrepositions: boolean): number {
  for (let b = at; b > 0 && b >= at - reach; b--) {
    if (openedByComplementiser(tokens, b)) return b;
    const t = tokens[b - 1];
    if (!t.word || quoted[b - 1] || hasFact(t, Facts.complementiser) || (throughPrepositions ? isCue(t) : hasFact(t, Facts.phraseStop))) return -1;
  }
  return -1;
}

/** The word at j belongs to the subject of a clause opened by إن / أن / بأن, at most three plain words in (`إن الشارع الرئيسي للحي`). */
function insideReportedSubject(tokens: Token[], quoted: Uint8Array, j: number): boolean {
  return clauseStartBefore(tokens, quoted, j, 3, false) >= 0;
}

/**
 * The span's first word looks like a perfect or future verb and not like a noun (no ة, no plural
 * ending), and two more words follow it in the span: a predicate, not a name (`"بلغ مراحله الأخيرة"`).
 */
function opensWithVerb(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  const first = tokens[openTok + 1];
  if (!first || !quoted[openTok + 1] || !first.word || hasFact(first, Facts.givenName)) return false;
  const w = first.norm;
  if (w.endsWith('ه') || w.endsWith('ات') || w.endsWith('ون') || w.endsWith('ين') || !(perfectVerbLike(w) || futureVerb(w))) return false;
  let words = 0;
  for (let j = openTok + 1; j < tokens.length && quoted[j] && words < 3; j++) if (tokens[j].word) words++;
  return words >= 3;
}

/** The naming noun at j opens the clause right after إن / أن with nothing of its own (`إن برنامج "…"`): then it names. */
function headOpensClause(tokens: Token[], quoted: Uint8Array, j: number): boolean {
  return openedByComplementiser(tokens, j) && !quoted[j];
}

/** `إن` / `أن` / `بأن` right before token j: the word at j opens the clause they introduce. */
function openedByComplementiser(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  // (`فإن` / `وإن` too: the conjunction before it changes nothing)
  return !!before && before.word && (before.norm === 'ان' || before.norm === 'بان' || before.norm === 'فان' || before.norm === 'وان');
}

/** The quote stands right after إن / أن and a word of its clause follows it at once (no mark, no preposition). */
function subjectOfClause(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  return openedByComplementiser(tokens, openTok) && verbAfter(tokens, quoted, openTok);
}

/** A word that looks like the clause's verb follows the quote at once (no mark, no preposition). */
function verbAfter(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  let j = openTok + 1;
  while (j < tokens.length && quoted[j]) j++;
  const next = tokens[j];
  if (!next || !next.word || next.newLine || phraseStops.has(next.norm) || hasFact(next, Facts.complementiser)) return false;
  // (`إن الهجوم "جبان" وإن …`: a second clause opening, no verb)
  const stem = stripConjunction(next.norm).stem;
  // (`يخص "العلاقات الثنائية" حصريا`: an adverb in يا after it is no verb)
  // (`كان لديه "التراخيص الرسمية" ليؤدي فقرته`: an imperfect on the lam of purpose is no clause's verb)
  if (next.norm.length >= 4 && next.norm[0] === 'ل' && (next.norm[1] === 'ي' || next.norm[1] === 'ت' || next.norm[1] === 'ن')) return false;
  return !phraseStops.has(stem) && !complementisers.has(stem) && !adverb(next) && (perfectVerbLike(next.norm) || futureVerb(next.norm) || HAVING.has(stem));
}

/** `فإن "المدخنين الاجتماعيين" لديهم …`: `have`, a clause's predicate after its subject (normalised) */
const HAVING = new Set(['لديه', 'لديها', 'لديهم', 'لديهما', 'لديهن'].map((w) => norm(w)));

/** A verb of saying right before the quote, or before the one word (its subject) before it. */
function afterCueVerb(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  for (let b = openTok - 1; b >= 0 && b >= openTok - 2; b--) {
    const t = tokens[b];
    if (!t.word || quoted[b]) return false;
    if (isCue(t) && cueForm(t.norm)?.form.kind === 'verb') return true;
  }
  return false;
}

/** The word right after the quote, on its line, looks like an imperfect verb (imperfectVerbLike). */
function imperfectAfter(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  let j = openTok + 1;
  while (j < tokens.length && quoted[j]) j++;
  const t = tokens[j];
  return !!t && !t.newLine && imperfectVerbLike(t);
}

/** `أن` / `بأن` one to four words before the quote (a preposition among them), no mark or cue between. */
function withinClauseSubject(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  // (`وتتهم الحملة بأنها "مؤسسة ابتزاز" عملت`: right after a complementiser carrying its subject's
  // pronoun the quote is the predicate, no part of a subject)
  if (openTok > 0 && pronounComplementiser(tokens[openTok - 1])) return false;
  const start = clauseStartBefore(tokens, quoted, openTok, 4, true);
  return start >= 0 && start < openTok;
}

/** `أنها`, `بأنه`, `إنهم`: a complementiser with its subject's pronoun on it */
function pronounComplementiser(t: Token): boolean {
  if (!t.word || !hasFact(t, Facts.complementiser)) return false;
  const n = t.norm;
  return n.length >= 3 && (n.endsWith('ه') || n.endsWith('ها') || n.endsWith('هم') || n.endsWith('هما') || n.endsWith('هن'));
}

/** three to five letters, no article (nor one after a clitic: `للمرض`, `بالقرار`): how a perfect verb after its subject looks (`هدمت`, `شهد`, `أكد`) */
function perfectVerbLike(w: string): boolean {
  return w.length >= 3 && w.length <= 5 && !w.startsWith('ال') && !w.startsWith('لل') && !(w.length > 3 && w[1] === 'ا' && w[2] === 'ل' && 'وفبك'.includes(w[0]));
}

/** `سيعود`, `ستبدأ`, `سنعمل`: the future prefix on an imperfect verb */
function futureVerb(w: string): boolean {
  return w.length >= 5 && w[0] === 'س' && (w[1] === 'ي' || w[1] === 'ت' || w[1] === 'ن');
}

/** `الذي اطلعت عليه «المرصد»`, `حصلت «الوطن» على`: the quote is the outlet, the subject of such a verb */
function outletBefore(tokens: Token[], openTok: number): boolean {
  let j = openTok - 1;
  if (j >= 0 && tokens[j].word && (tokens[j].norm === 'عليه' || tokens[j].norm === 'عليها')) j--;
  return j >= 0 && tokens[j].word && outletVerbs.has(stripConjunction(tokens[j].norm).stem);
}

/**
 * `في تصريحات إلى «الحياة»`, `في حديث إلى "الشرق"`, `في اتصال هاتفي مع «الرياضية»`: the outlet told
 * (a noun of talking, at most one word after it, then إلى / لـ / مع).
 */
function toldTo(tokens: Token[], openTok: number): boolean {
  const to = tokens[openTok - 1];
  if (!to || !to.word || (to.norm !== 'الي' && to.norm !== 'لـ' && to.norm !== 'مع')) return false;
  for (let j = openTok - 2; j >= 0 && j >= openTok - 3; j--) {
    const t = tokens[j];
    if (!t.word) return false;
    const n = t.norm.startsWith('ب') ? t.norm.slice(1) : t.norm;
    if (n.startsWith('تصريح') || n.startsWith('حديث') || n.startsWith('اتصال') || n.startsWith('مقابله') || n.startsWith('لقاء')) return true;
  }
  return false;
}

/** The quote follows `PLACE:` opening its line (one word, or two: `دبي: «…»`, `الرياض - واس:`). */
function datelineOutlet(tokens: Token[], openTok: number): boolean {
  const colon = tokens[openTok - 1];
  if (!colon || colon.text !== ':') return false;
  for (let j = openTok - 2; j >= 0 && j >= openTok - 3; j--) {
    // (`رئيس الاتفاق: "…"`: a role or a body before the colon speaks)
    // (`وأضاف العلي: "…"`: a cue and its speaker before the colon: the words said)
    if (!tokens[j].word || hasFact(tokens[j], Facts.roleIn) || hasFact(tokens[j], Facts.organisationHeadIn) || hasFact(tokens[j], Facts.unnamedSource) || isCue(tokens[j])) return false;
    if (tokens[j].newLine) return true;
  }
  return false;
}

/** `روايتها` → روايه, `حملته` → حمله: a noun without its possessive pronoun (ta marbuta restored) */
function withoutPossessive(n: string): string {
  let stem = n;
  if (stem.length > 5 && (stem.endsWith('ها') || stem.endsWith('هم'))) stem = stem.slice(0, -2);
  else if (stem.length > 4 && stem.endsWith('ه')) stem = stem.slice(0, -1);
  // (`لتنظيمي "داعش" و"القاعدة"`, `صحيفتي "…" و"…"`: the dual in construct, or `my`, on an indefinite noun)
  else if (stem.length > 4 && stem.endsWith('ي') && !/^[وفبلك]?(ال|لل)/.test(stem)) stem = stem.slice(0, -1);
  else return n;
  return stem.endsWith('ت') ? stem.slice(0, -1) + 'ه' : stem;
}

/** `شعبيا`, `إعلاميا`, `رسميا`: an adverb in the accusative of a nisba */
function adverb(t: Token): boolean {
  return t.norm.length >= 5 && t.norm.endsWith('يا') && !t.norm.startsWith('ال');
}

export interface ClassifyInput {
  text: string;
  openTok: number;
  /** the quote this one sits in, already classified */
  outerKind: QuoteKind | null;
  /** a reporting cue governs the span (before it in the sentence, or right after it) */
  governed: boolean;
  /** the span stands right after the speaker phrase, naming it (`محكمة التحكيم الرياضي «كاس»`) */
  appositive: boolean;
  /** governed by a naming cue (`ما وصفه بـ "العدوان"`): the speaker's own word, never a scare quote */
  named?: boolean;
  /** the kind of the quote this one is listed with (`«…» و«…»`), if it is a term */
  coordinatedWith: QuoteKind | null;
  /** an opening bracket right after the closing mark (`«شركة الإمارات للصناعات العسكرية» (إديك)`) */
  bracketAfter?: boolean;
}

/** a word, a dot and a domain's ending, at the end of the span (`العربية.نت`, `cnn.com`) */
const WEBSITE = /[\p{L}\p{N}]\.(?:نت|com|net|org)$/u;

/** no answer below depends on more than 9 words (a longer quote is read as 9) */
const WORDS_WEIGHED = 9;

/** (built once here: the bundle writes a \p{…} literal as `new RegExp(…)`, which a call would build anew) */
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/** `s` has a letter of any script: an Arabic letter first is the common answer, read by char code */
function hasLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x0621 && c <= 0x064a) || LETTER.test(s);
}

/**
 * NUMBER.test(s), read by char code: an ASCII digit says yes; the rest of ASCII, Arabic letters and marks
 * say nothing; at any other character the regular expression answers for the whole string.
 */
function hasNumber(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    // (quote marks, `،`, `؟`, tatweel and harakat are no numbers either)
    if (c < 0x80 || (c >= 0x0621 && c <= 0x0652) || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x60c || c === 0x61f) continue;
    return NUMBER.test(s);
  }
  return false;
}

/** the longest name particle (normalised) */
const LONGEST_PARTICLE = Math.max(...[...nameParticles].map((w) => w.length));

/** A word of `s` (split at JavaScript's \s, as `s.split(/\s+/)`) is a name particle (`بن`, `أبو`, `عبد`). */
function hasNameParticle(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isJsSpace(s.charCodeAt(i))) i++;
    const start = i;
    // letters normalisation keeps (not harakat, tatweel: NORMALISED_CODE -1), counted where it keeps each as one (ASCII, Arabic): a longer word is no particle
    let kept = 0;
    let otherScript = false;
    while (i < s.length && !isJsSpace(s.charCodeAt(i))) {
      const c = s.charCodeAt(i++);
      if (c < 0x80 || (c >= 0x600 && c <= 0x6ff && NORMALISED_CODE[c] !== -1)) kept++;
      else if (c < 0x600 || c > 0x6ff) otherScript = true;
    }
    if (i > start && (otherScript || kept <= LONGEST_PARTICLE) && nameParticles.has(norm(s.slice(start, i)))) return true;
  }
  return false;
}

/** norm(trimmed), the quote's trimmed text: read off the token after the opening mark when it is that token's whole text */
function trimmedNorm(tokens: Token[], q: ClassifyInput, trimmed: string): string {
  const t = tokens[q.openTok + 1];
  return t !== undefined && t.text === trimmed ? t.norm : norm(trimmed);
}

/** `.`, `!`, `?` or `؟` before the last character of `s`: a sentence ends inside it */
function sentenceEndInside(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x61f) return true;
  }
  return false;
}

export interface Classification {
  readonly kind: QuoteKind;
  /** a verdict on length alone, for want of context */
  readonly byDefault: boolean;
}

/** the answers, made once (no object per quote) */
const TERM: Classification = { kind: 'term', byDefault: false };
const DIRECT: Classification = { kind: 'direct', byDefault: false };
const TERM_BY_DEFAULT: Classification = { kind: 'term', byDefault: true };
const DIRECT_BY_DEFAULT: Classification = { kind: 'direct', byDefault: true };

/** `الشهر الماضي`, `العام المقبل`: adjectives of time, whose noun names nothing (normalised) */
const TIME_ADJECTIVES = new Set(['الماضي', 'المقبل', 'الحالي', 'القادم', 'الجاري'].map((w) => norm(w)));

/**
 * `رحلات الناقلة الروسية "أيروفلوت"`: quote `openTok` opens right after a definite noun and its nisba
 * (no adjective of time), on a word with no article, away from a cue's words and a reported subject.
 */
function nameAfterNounAndAdjective(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  const noun = tokens[openTok - 2], adjective = tokens[openTok - 1], first = tokens[openTok + 1];
  return openTok >= 2 && noun.word && adjective.word && !quoted[openTok - 1] && !quoted[openTok - 2] && noun.norm.startsWith('ال') && adjective.norm.startsWith('ال') && hasFact(adjective, Facts.nisba) && !TIME_ADJECTIVES.has(adjective.norm) && first?.word && !first.norm.startsWith('ال') && !cueWordsBefore(tokens, quoted, openTok - 2, 4) && !insideReportedSubject(tokens, quoted, openTok - 2);
}

/**
 * `وفقدان كميات كبيرة من السوائل "الجفاف"،`, `في مكان المثانة "أسفل البطن"،`: a definite word or two in
 * quotes (or a construct ending on one) right after a definite noun and ending its phrase is that
 * noun's name in apposition: as a predicate after a definite subject it would need هو / هي between.
 */
function definiteApposition(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  if (openTok < 1) return false;
  const before = tokens[openTok - 1];
  if (!before.word || quoted[openTok - 1] || !before.norm.startsWith('ال')) return false;
  // (`وقال الوزير "الحمد لله"،`: the noun is a cue's speaker there, the words said after it)
  if (cueWordsBefore(tokens, quoted, openTok - 1, 4)) return false;
  // (`إن المياه "دخلت البيوت".`: the noun is the subject of a reported clause, the words its predicate)
  if (insideReportedSubject(tokens, quoted, openTok - 1)) return false;
  const first = tokens[openTok + 1];
  if (!first?.word || !quoted[openTok + 1]) return false;
  let j = openTok + 2;
  // (a construct, `أسفل البطن`: its head carries no pronoun, as `بصيغته الحالية` does, a noun and its adjective)
  if (!first.norm.startsWith('ال')) {
    const second = tokens[j];
    if (!second?.word || !quoted[j] || !second.norm.startsWith('ال') || /(?:ه|ها|هم)$/.test(first.text)) return false;
    j++;
  }
  // (the marks are quoted too: what follows the closing one is a mark that ends the phrase, or a
  // definite adjective of the same noun: `المنطقة "منزوعة السلاح" المتفق عليها`)
  const after = afterQuoted(tokens, quoted, j);
  return after === undefined || (!after.word && PHRASE_END.has(after.text)) || (after.word && after.norm.startsWith('ال') && !hasFact(after, Facts.cue | Facts.roleIn | Facts.organisationHeadIn));
}

/**
 * `بعد ثلاثة أيام من خسارة "النشامى" أمام المنتخب`: one definite word in quotes right after an
 * indefinite noun, the sentence going on after it, is that noun's genitive, a name (what is said
 * would follow a cue, a complementiser or a colon, not a noun in construct).
 */
function genitiveName(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  if (openTok < 1) return false;
  const before = tokens[openTok - 1];
  if (!before.word || quoted[openTok - 1] || before.norm.startsWith('ال') || before.norm.length < 3) return false;
  if (hasFact(before, Facts.stop | Facts.complementiser | Facts.phraseStop) || isCue(before)) return false;
  // (`عن نيته "التواصل" مع الصحفيين`: a noun with a pronoun takes no genitive; the word is what it intends, quoted)
  if (/(?:ه|ها|هم|هما|هن)$/.test(before.text)) return false;
  // (`وطالب الوزير فهد السالم بضرورة "الالتزام"`: a noun that is a cue's object, past its speaker,
  // carries the words asked for)
  if (cueWordsBefore(tokens, quoted, openTok - 1, 5)) return false;
  const first = tokens[openTok + 1];
  if (!first?.word || !quoted[openTok + 1] || !first.norm.startsWith('ال')) return false;
  const after = afterQuoted(tokens, quoted, openTok + 2);
  return after !== undefined && after.word && !after.newLine;
}

/**
 * `محمد ناجي علاو «محام وأديب» أوضح أن …`, `فيروز الجرادي «محامية» أبدت استغرابها`: a short quote
 * between the name a sentence opens with (two to four plain words) and the verb whose subject that
 * name is describes the person (their trade, their employer): a name's apposition, no words said.
 */
function describesOpeningName(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  let start = openTok;
  while (start > 0 && openTok - start < 5 && tokens[start - 1].word && !quoted[start - 1] && !tokens[start].newLine && !tokens[start - 1].sentenceEnd) start--;
  // (the sentence opens there: a line's start or a sentence's end before it)
  const opens = start === 0 || tokens[start].newLine || tokens[start - 1].sentenceEnd;
  const run = openTok - start;
  if (!opens || run < 2 || run > 4) return false;
  // (`علي الشمام`: a given name that is also a preposition's spelling counts as a name here)
  for (let k = start; k < openTok; k++) if (isCue(tokens[k]) || (hasFact(tokens[k], Facts.stop | Facts.complementiser | Facts.phraseStop | Facts.prepositional) && !hasFact(tokens[k], Facts.givenName))) return false;
  const after = afterQuoted(tokens, quoted, openTok + 1);
  return after !== undefined && after.word && !after.newLine && isCue(after) && (cueForm(after.norm)?.form.kind === 'verb');
}

/** A cue among the `words` unquoted words right before token `j` (the run stops at a mark). */
function cueWordsBefore(tokens: Token[], quoted: Uint8Array, j: number, words: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - words && tokens[k].word && !quoted[k]; k--) if (isCue(tokens[k])) return true;
  return false;
}

/** The first token from `j` on that is not quoted: what follows a quote's closing mark. */
function afterQuoted(tokens: Token[], quoted: Uint8Array, j: number): Token | undefined {
  while (j < tokens.length && quoted[j]) j++;
  return tokens[j];
}

/** nouns whose colon introduces a wording, never a speaker's words: slogan, title, banner, chant, phrase (normalised) */
const SLOGAN_NOUNS = new Set(['شعار', 'عنوان', 'لافتة', 'هتاف', 'عبارة'].map((w) => norm(w)));

/** A slogan noun, with its article or not, behind a و / ف. */
function sloganNoun(t: Token): boolean {
  return t.word && isInBare(SLOGAN_NOUNS, stripConjunction(t.norm).stem);
}

const BAYNA = 'بين';
/** ب */
const BA = 0x628;

/** one-word answers (`قال: «لا»`), as written */
const ANSWERS = new Set(['لا', 'نعم', 'كلا', 'بلى', 'أبدا']);

/** marks that end a noun phrase after a quote */
const PHRASE_END = new Set(['،', ',', '.', '؛', ';']);

/** a word of `text` opens on the article (`الجنرال "كلوب الإنجليزي"` is no name, a phrase) */
function hasDefiniteWord(text: string): boolean {
  return /(?:^|\s)[وف]?ال/u.test(text);
}

/** The word right before the opening mark is a role word (`الجنرال`) or its definite adjective (`الروائي العالمي`), not a cue's subject, or the pronoun هو / هي of an apposition. */
function nameAfterRoleOrPronoun(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  const prev = tokens[openTok - 1];
  if (!prev || !prev.word || quoted[openTok - 1]) return false;
  // (`وقال الوزير "سنرى"`: a role right after a verb of saying is its subject, the quote what it says;
  // not a role in construct, with no article, whose genitive the quote is: `وقال مدير "هايبرلوب …"`)
  const before = tokens[openTok - 2];
  if (before && before.word && isCue(before) && (hasFact(prev, Facts.definite) || !hasFact(prev, Facts.roleBare))) return false;
  if (prev.norm === 'هو' || prev.norm === 'هي') return true;
  // (`الروائي العالمي "غابريل غاريثا ماركيز"`: or after the role's definite adjectives)
  const b = roleBehindDefiniteWords(tokens, openTok, 0, true);
  if (b === openTok - 1) return true;
  if (b < 0 || !hasFact(tokens[b], Facts.definite)) return false;
  // (`واعتبر الوزير النتائج "انتصارا"`: after a verb of saying and its subject, a definite word that is
  // no nisba is the verb's object, and the quote what the subject calls it)
  if (b > 0 && tokens[b - 1].word && isCue(tokens[b - 1])) {
    for (let k = b + 1; k < openTok; k++) if (!hasFact(tokens[k], Facts.nisba)) return false;
  }
  return true;
}

/** Three or more items of one to three words each, parted by commas, and no sentence's mark (`؟ ! . :`) */
function listOfNames(s: string): boolean {
  let items = 1;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x60c || c === 0x2c) {
      if (words === 0) return false;
      items++;
      words = 0;
      inWord = false;
    } else if (c === 0x2e || c === 0x61f || c === 0x3f || c === 0x21 || c === 0x3a) return false;
    else if (c === 0x20 || c === 0xa0 || c === 0x0a) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > 3) return false;
    }
  }
  return items >= 3 && words > 0;
}

function listedAfterWord(t: Token | undefined): boolean {
  return !!t && t.word && !isCue(t);
}

/** prepositions a name follows (`بموجب "قانون …"`), normalised */
const BEFORE_NAME = new Set(['بموجب', 'وفق', 'ضمن', 'حسب', 'بحسب', 'ب', 'ل'].map((w) => norm(w)));
/** particles before a verb: لن لم لا قد (normalised) */
const VERB_PARTICLES = new Set(['لن', 'لم', 'لا', 'قد', 'لقد'].map((w) => norm(w)));
/** relative pronouns after a comma: the sentence goes on about what the span names */
const RELATIVES = new Set(['التي', 'الذي'].map((w) => norm(w)));

/**
 * `إن "اللجنة الدولية للمفقودين"، التي تعمل …`, `إن "الاتفاقية الدولية لحماية …" تقنن`, `بموجب "قانون
 * أصول المحاكمات الجزائية"`: a span that opens on the noun of a body, a law or a treaty, after a
 * preposition or with its sentence going on after it (a word, or a comma and التي / الذي), is the
 * body's or the text's name.
 */
function namesBodyOrText(tokens: Token[], quoted: Uint8Array, openTok: number, first: string): boolean {
  if (!isIn(nameHeads, first)) return false;
  // (`"اللجنة ستعمل …"`, `"المجلس لن يتراجع"`: a verb inside makes a clause)
  for (let j = openTok + 2; j < tokens.length && quoted[j]; j++) if (tokens[j].word && (futureVerb(tokens[j].norm) || VERB_PARTICLES.has(tokens[j].norm))) return false;
  const before = tokens[openTok - 1];
  if (before && before.word && BEFORE_NAME.has(before.norm)) return true;
  let j = openTok + 1;
  while (j < tokens.length && quoted[j]) j++;
  const next = tokens[j];
  if (!next || next.newLine) return false;
  if (next.word) return !isCue(next) && !phraseStops.has(next.norm);
  const after = tokens[j + 1];
  return (next.text === '،' || next.text === ',') && !!after && after.word && RELATIVES.has(after.norm);
}

/** `نشرت "وول ستريت جورنال"`, `بـ"ترامب تاور"`: a short span with a word of an English name written in Arabic letters */
function foreignName(tokens: Token[], quoted: Uint8Array, openTok: number): boolean {
  for (let j = openTok + 1; j < tokens.length && quoted[j]; j++) if (tokens[j].word && foreignNameWords.has(tokens[j].norm)) return true;
  return false;
}

export function classify(tokens: Token[], quoted: Uint8Array, q: ClassifyInput): Classification {
  const words = wordCount(q.text, WORDS_WEIGHED);
  if (!hasLetter(q.text)) return TERM;
  // `جولة من الفئة "ب"`: a letter or two is a name or a grade, never words said
  const trimmed = q.text.trim();
  // (but `قال: «لا»`: an answer after its cue and colon is words said)
  if (trimmed.length <= 2 && !(q.governed && ANSWERS.has(trimmed) && tokens[q.openTok - 1]?.text === ':')) return TERM;
  if (words <= 3 && outlets.has(trimmedNorm(tokens, q, trimmed))) return TERM;
  // `قرأتها "العربية.نت"`, `موقع "example.com"`: a website's name
  if (words <= 2 && WEBSITE.test(trimmed)) return TERM;
  if (words <= 2 && (outletBefore(tokens, q.openTok) || toldTo(tokens, q.openTok))) return TERM;
  // `بغداد: «الخليج»، وكالات`: a dateline's place, its colon, then the paper's name
  if (words <= 2 && datelineOutlet(tokens, q.openTok)) return TERM;
  if (q.outerKind === 'term') return TERM;
  if (q.outerKind === 'direct' && words <= 6) return TERM;
  // `"هيئة تحرير الشام" (القاعدة سابقا)`, `"…" (إديك)`: a short span glossed or abbreviated in brackets right after it is a name
  if (q.bracketAfter && words <= 8) return TERM;
  const first = firstWordNorm(q.text, tokens[q.openTok + 1]);
  // (`«سيعود أقوى»`: a verb in the future opens a clause too)
  // (one word alone is no clause: `لمجلة "سيدتي"`, my lady, only looks like a future verb; `قناة "كان"` is a channel)
  // (`مستوى شبكة التصريف "يجعل الشفط بالصهاريج الحل الوحيد …"`: a governed span of four words or more
  // opening on an imperfect يـ verb is a clause, whatever noun stands before it)
  const opensClause = ((clauseOpeners.has(first) || futureVerb(first)) && words > 1) || (q.governed && words >= 4 && first.length >= 4 && first.charCodeAt(0) === 0x64a);
  // `إن «إسرائيل» هدمت`, `أن «جيتكس شوبر» شهد`: a name in quotes as the subject of the clause it opens
  if (words <= 2 && !opensClause && subjectOfClause(tokens, quoted, q.openTok)) return TERM;
  // `بأن كاميرات "ساهر" ستواصل`, `أن استثماره في "مسار" يأتي`: a short name inside the subject of a
  // reported clause, the clause's verb right after it
  if (words <= 2 && !opensClause && withinClauseSubject(tokens, quoted, q.openTok) && verbAfter(tokens, quoted, q.openTok)) return TERM;
  if (words >= 2 && !opensClause && !sentenceEndInside(trimmed) && namesBodyOrText(tokens, quoted, q.openTok, first)) return TERM;
  if (words <= 4 && !opensClause && foreignName(tokens, quoted, q.openTok)) return TERM;
  // `لافتات كتب عليها "…"`: an inscription, whoever speaks after it (`، وقالت المعلمة: «…»`)
  if (q.openTok >= 2 && inscriptionAt(tokens, q.openTok - 2)) return TERM;
  // `واعتبر "صدام" يهدد`, `واعتبر الوزير "حماس" تهدد`: a short name after a verb of saying (and its
  // subject), an imperfect verb right after it: the subject of the clause the verb's object is
  if (words <= 2 && !opensClause && afterCueVerb(tokens, quoted, q.openTok) && imperfectAfter(tokens, quoted, q.openTok)) return TERM;
  const termAt = opensClause ? -1 : termNounBefore(tokens, q.openTok, quoted, q.governed, words <= 2);
  // (a name of any length right after its noun, where no cue governs it: `بمشروع «تطوير النظام … الجديد»`)
  if (termAt > 0 && (words <= 8 || (q.openTok > 0 && (termFacts(tokens[q.openTok - 1]) & TERM_INTRODUCER) !== 0) || (termAt === 1 && !q.governed))) return TERM;
  // a name in quotes: `“سلطان عباس سلطان بن عباس”`
  if (!opensClause && words > 1 && words <= 6 && hasNameParticle(q.text)) return TERM;
  if (q.appositive && !q.governed && words <= 6) return TERM;
  // `«رؤية 2030»`, `"جالكسي أس6"`: a short name with a number (`"خلال 48 ساعة"`, opened by a
  // preposition or a word of time, is a phrase lifted from what was said)
  if (words <= 3 && hasNumber(q.text) && LETTER.test(q.text) && !phraseStops.has(first)) return TERM;
  if (words === 1 && !q.named && scareWords.has(trimmedNorm(tokens, q, trimmed))) return TERM;
  if (q.coordinatedWith) return q.coordinatedWith === 'term' ? TERM : DIRECT;
  if (q.appositive && words <= 3 && !opensClause) return TERM;
  if (words <= 2 && !q.named && !opensClause && definiteApposition(tokens, quoted, q.openTok)) return TERM;
  // (`رحلات الناقلة الروسية "أيروفلوت"`: one word right after a definite noun and its adjective, away
  // from a cue's subject, is the thing's name)
  if (words === 1 && !opensClause && nameAfterNounAndAdjective(tokens, quoted, q.openTok)) return TERM;
  if (words === 1 && !q.named && !opensClause && genitiveName(tokens, quoted, q.openTok)) return TERM;
  // (`الاتفاق الذي تم بين "أخنوش" و"العثماني"`: one word right after بين is one of the sides named)
  if (words === 1 && !opensClause && q.openTok > 0 && tokens[q.openTok - 1].norm === BAYNA) return TERM;
  if (words <= 3 && !opensClause && describesOpeningName(tokens, quoted, q.openTok)) return TERM;
  // `تحت إمرة الجنرال "كلوب"`, `مقيم عام جديد هو "لوسيان سان"`: one or two words right after a role
  // word, or after هو / هي, are a person's name in quotes
  // (not the predicate of a reported clause's subject: `أن إقالة المدرب "تأخرت كثيرا"`)
  if (words <= (hasDefiniteWord(q.text) ? 2 : 4) && !opensClause && !q.named && nameAfterRoleOrPronoun(tokens, quoted, q.openTok) && !withinClauseSubject(tokens, quoted, q.openTok)) return TERM;
  // `وهي «شعب حضرموت، طليعة تعز، وحدة عدن»`: names listed after a word, not a cue (a cue further
  // back governs no list; right after a cue, its colon or comma, it is words said)
  if (listOfNames(trimmed) && (!q.governed || listedAfterWord(tokens[q.openTok - 1]))) return TERM;
  if (q.governed) return DIRECT;
  // (a sentence inside is read for three or four words only: a short span)
  if (words >= 5 || (words >= 3 && sentenceEndInside(trimmed))) return DIRECT_BY_DEFAULT;
  return TERM_BY_DEFAULT;
}
