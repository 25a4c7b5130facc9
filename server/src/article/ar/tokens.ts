// Tokens of an Arabic article: words (letters, marks, digits, tatweel) and single punctuation marks,
// each with its offsets in the original text and a form normalised for matching. One linear pass.
import { isJsSpace, NORMALISED_CODE, WHITESPACE_CODES, normalizeForMatch, ownString, rememberedPerWord } from '../text';
import { isAsciiLetter } from '../charClasses';

/** bits of Token.bits */
const IS_WORD = 1;
const NEW_LINE = 2;
const SENTENCE_END = 4;
/** Token.at holds the start shifted past the bits */
const BITS_SHIFT = 3;
const BITS_MASK = (1 << BITS_SHIFT) - 1;

/**
 * A token: where it starts, its word's shared record (text, normalised form, lexicon facts) and three
 * flags. Two fields only, the rest read through them: a long document holds a million tokens.
 */
export class Token {
  // (declared, then set in the constructor: no class-field definitions run before it)
  /**
   * start * 8 + bits, one small integer (the start and the flags in one field: a field less per token).
   * A string is under 2^29 characters long, so this stays under 2^32 and `>>> 3` reads the start back.
   */
  declare readonly at: number;
  /** the word's shared record (one per distinct text): what the lexicon says of it is worked out once there */
  declare readonly form: WordForm;

  constructor(start: number, form: WordForm, bits: number) {
    this.at = start * (BITS_MASK + 1) + bits;
    this.form = form;
  }

  get start(): number {
    return this.at >>> BITS_SHIFT;
  }

  get bits(): number {
    return this.at & BITS_MASK;
  }

  get end(): number {
    return (this.at >>> BITS_SHIFT) + this.form.text.length;
  }

  get text(): string {
    return this.form.text;
  }

  /** normalised (harakat, tatweel, alef/ya variants, ta marbuta folded) */
  get norm(): string {
    return this.form.norm;
  }

  get word(): boolean {
    return (this.at & IS_WORD) !== 0;
  }

  /** a line break lies between this token and the previous one */
  get newLine(): boolean {
    return (this.at & NEW_LINE) !== 0;
  }

  /** this token ends a sentence (`.`, `!`, `؟` — not the dot of `د.`) */
  get sentenceEnd(): boolean {
    return (this.at & SENTENCE_END) !== 0;
  }
}

/** One distinct token text: its normalised form and its lexicon facts (lexicon.ts, factsOf; -1 until first asked). */
export interface WordForm {
  text: string;
  norm: string;
  facts: number;
  /**
   * classify.ts termFacts' answer (its TERM_* bits; -1 until first asked): a field of its own, as passes
   * that take a new pass per call (mentions.ts) overwrite the shared `pass` slot between quotes
   */
  termFacts: number;
  /** the pass (newPass) whose answer `passAnswer` is: a pass asking one question of every token asks it once per word */
  pass: number;
  passAnswer: number;
}

let passes = 0;

/**
 * A new pass number. A pass over the tokens that asks the same question of every token keeps its answer
 * on the word's shared record (`form.pass = pass; form.passAnswer = …`): a field read per token instead
 * of a lookup, and no answer of another pass (or another document) is ever taken for its own.
 */
export function newPass(): number {
  return ++passes;
}

const WORD = /[\p{L}\p{M}\p{N}_\u0640]/u;

/**
 * WORD per character code, remembered: 0 = not yet tested, 1 = word, 2 = not (each code meets the
 * regex once). charClasses.ts unitClass does the same through a closure, measured 3–8 % slower on
 * the whole reading here, where it is asked once per token.
 */
const wordClass = new Uint8Array(0x10000);
function isWordClass(c: number): boolean {
  let v = wordClass[c];
  if (v === 0) {
    v = WORD.test(String.fromCharCode(c)) ? 1 : 2;
    wordClass[c] = v;
  }
  return v === 1;
}

/** what the tokenizer does with a character (codeClass) */
const UNKNOWN = 0;
const WORD_CODE = 1;
const OTHER_CODE = 2;
const SPACE_CODE = 3;
const LINE_BREAK = 4;

/**
 * The tokenizer's class of each char code: one array read per character of the text, no call.
 * Line breaks, white space (isWhitespaceCode), Arabic letters, harakat, tatweel, Latin letters and
 * digits are filled in here; below U+00C0 nothing else is a word character; other codes are looked
 * up by the Unicode classes the first time they are met (learnCode).
 */
const codeClass = new Uint8Array(0x10000);
for (let c = 0; c < 0xc0; c++) codeClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? WORD_CODE : OTHER_CODE;
for (let c = 0x0621; c <= 0x0669; c++) codeClass[c] = WORD_CODE;
for (let c = 0x0671; c <= 0x06d3; c++) codeClass[c] = WORD_CODE;
for (const c of WHITESPACE_CODES) codeClass[c] = SPACE_CODE;
codeClass[10] = codeClass[13] = LINE_BREAK;
// (`#لورا_سميت`, `#وزارة_التجارة`: web copy writes names as hashtags; their words are read as words)
codeClass[35] = codeClass[95] = SPACE_CODE;

function learnCode(c: number): number {
  return (codeClass[c] = isWordClass(c) ? WORD_CODE : OTHER_CODE);
}

/** The tokenizer's class of char code `c` (codeClass, learnt the first time). */
function classOf(c: number): number {
  const k = codeClass[c];
  return k === UNKNOWN ? learnCode(c) : k;
}

function isWordCode(c: number): boolean {
  const v = classOf(c);
  return v === WORD_CODE;
}

/** normalizeForMatch with ta marbuta folded, remembered for words (a phrase over 40 characters is not) */
export const norm: (s: string) => string = rememberedPerWord((s) => normalizeForMatch(s, true), 50000, 40);

/**
 * Each word's text and normalised form, shared by every token of that word, found by a hash of its
 * characters taken while the word is scanned: a word met before costs no string (no slice, no hashing
 * of a new string), and a long document keeps one string per distinct word, not per token.
 * An open-addressing table in one typed array: a word's slot is picked by its hash, the next slot taken
 * on a collision; a slot holds the word's index in `forms` + 1 (0 = empty) in its low 16 bits and 16
 * bits of its hash above, so a probe compares integers before it reads any text. Four bytes a slot: the
 * table stays small enough to stay in the processor's cache. It is kept under half full, growing
 * with the words; when MAX_WORDS words are kept, all are forgotten at once.
 */
const MAX_WORDS = 50000; // (under 1 << 16: an index + 1 fits in 16 bits)
let slotBits = 12;
let slots = new Int32Array(1 << slotBits);
const forms: WordForm[] = [];
const INDEX_BITS = 16;
const INDEX_MASK = (1 << INDEX_BITS) - 1;

/** a hash's first slot: its bits mixed (Fibonacci hashing), since a word's last letter alone sets its low bits */
function firstSlot(hash: number, bits: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
}

/** the hash bits kept in a slot (not those that pick the slot: its low bits) */
function hashTag(hash: number): number {
  return (hash & 0xffff) << INDEX_BITS;
}

function wordFormAt(text: string, start: number, end: number, hash: number): WordForm {
  const mask = (1 << slotBits) - 1;
  const tag = hashTag(hash);
  for (let s = firstSlot(hash, slotBits); ; s = (s + 1) & mask) {
    const slot = slots[s];
    if (slot === 0) return newWordForm(text, start, end, hash, s);
    if ((slot & ~INDEX_MASK) === tag) {
      const k = (slot & INDEX_MASK) - 1;
      if (heldAt(k, text, start, end) && (end - start <= HELD_CHARS || sameText(forms[k].text, text, start, end))) return forms[k];
    }
  }
}

/** a word not met before, kept in the empty slot `s` */
function newWordForm(text: string, start: number, end: number, hash: number, s: number): WordForm {
  if (forms.length >= MAX_WORDS) {
    slots.fill(0);
    forms.length = 0;
    s = firstSlot(hash, slotBits);
  } else if (2 * (forms.length + 1) > 1 << slotBits) {
    growSlots();
    s = freeSlot(hash);
  }
  const t = ownString(text.slice(start, end));
  const f: WordForm = { text: t, norm: norm(t), facts: -1, termFacts: -1, pass: 0, passAnswer: 0 };
  forms.push(f);
  hold(forms.length - 1, text, start, end);
  slots[s] = hashTag(hash) | forms.length;
  return f;
}

/**
 * Each kept word's length and first HELD_CHARS characters (two to an integer), HELD_INTS integers a
 * word in the order the words were met: a word is recognised without reading its record or string,
 * and the words met first (the commonest) lie close together.
 */
const HELD_INTS = 6;
const HELD_CHARS = 10;
const held = new Int32Array(HELD_INTS * MAX_WORDS);

function hold(k: number, text: string, start: number, end: number): void {
  let at = k * HELD_INTS;
  held[at++] = end - start;
  const last = Math.min(end, start + HELD_CHARS);
  for (let i = start; i < last; i += 2) held[at++] = charPair(text, i, last);
}

function heldAt(k: number, text: string, start: number, end: number): boolean {
  let at = k * HELD_INTS;
  const n = end - start;
  if (held[at] !== n) return false;
  // the full pairs, then the odd character left (as charPair held them)
  const last = start + (n < HELD_CHARS ? n : HELD_CHARS) - 1;
  let i = start;
  for (; i < last; i += 2) if (held[++at] !== (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16))) return false;
  return i > last || held[++at] === text.charCodeAt(i);
}

function charPair(text: string, i: number, last: number): number {
  return i + 1 < last ? text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16) : text.charCodeAt(i);
}

/** twice the slots, every word kept placed anew (by its hash, worked out again from its text) */
function growSlots(): void {
  slotBits++;
  slots = new Int32Array(1 << slotBits);
  for (let k = 0; k < forms.length; k++) {
    const hash = hashOf(forms[k].text);
    slots[freeSlot(hash)] = hashTag(hash) | (k + 1);
  }
}

/** the hash tokenize takes of a word while scanning it */
function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) & HASH_MASK;
  return hash;
}

function freeSlot(hash: number): number {
  const mask = (1 << slotBits) - 1;
  let s = firstSlot(hash, slotBits);
  while (slots[s] !== 0) s = (s + 1) & mask;
  return s;
}

function sameText(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** one-character punctuation tokens, one record per code (their normalised form is their text) */
const markForms: (WordForm | undefined)[] = new Array<WordForm | undefined>(0x10000).fill(undefined);

function markForm(c: number): WordForm {
  let f = markForms[c];
  if (f === undefined) {
    const t = String.fromCharCode(c);
    f = markForms[c] = { text: t, norm: t, facts: -1, termFacts: -1, pass: 0, passAnswer: 0 };
  }
  return f;
}

/** `،` or `,` */
export function isComma(t: Token): boolean {
  return t.text === '،' || t.text === ',';
}

export function tokenize(text: string): Token[] {
  const n = text.length;
  // sized for the text at once (a token per ~5 characters): no copies of a growing array; trimmed at the end
  const tokens: Token[] = new Array<Token>((n >> 2) + 16);
  let count = 0;
  let newLine = true;
  // the previous token's record when it is a word, and where it starts and ends: a dot right after it may be its own
  let wordBefore: WordForm | undefined;
  let wordBeforeStart = -1;
  let wordBeforeEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = classOf(c);
    if (kind === LINE_BREAK) {
      newLine = true;
      i++;
      continue;
    }
    if (kind === SPACE_CODE) {
      i++;
      continue;
    }
    const start = i;
    let hash = c;
    i++;
    if (kind === WORD_CODE) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (classOf(d) !== WORD_CODE) break;
        hash = (Math.imul(hash, 31) + d) & HASH_MASK;
        i++;
      }
    }
    let bits = newLine ? NEW_LINE : 0;
    let form: WordForm;
    // (a token that is not a word is one character)
    if (i - start > 1 || isWordClass(c)) {
      form = wordFormAt(text, start, i, hash);
      bits |= IS_WORD;
    } else {
      form = markForm(c);
      if ((c === 46 || c === 33 || c === 63 || c === 0x61f) && !(c === 46 && wordBeforeEnd === start && dotOfWord(wordBefore!, text, wordBeforeStart, i))) bits |= SENTENCE_END;
    }
    tokens[count++] = new Token(start, form, bits);
    if ((bits & IS_WORD) !== 0) {
      wordBefore = form;
      wordBeforeStart = start;
      wordBeforeEnd = i;
    } else wordBeforeEnd = -1;
    newLine = false;
  }
  tokens.length = count;
  return tokens;
}

/** hashes stay small integers */
const HASH_MASK = 0x3fffffff;

/**
 * A dot right after a word belongs to it: `د.` and other one-letter abbreviations keep their dot, and
 * in `العربية.نت`, `cnn.com` a dot before a short domain ending is part of a name (not `الأسبوع.وقال`, a missing space).
 */
function dotOfWord(word: WordForm, text: string, wordStart: number, afterDot: number): boolean {
  return oneLetter(word, text, wordStart, afterDot - 1) || domainEnding(text, afterDot) || lettersDot(text, wordStart, afterDot);
}

/**
 * `إي.إس.بي.إن`, `بي.بي.سي`: a dot between two words of one to two letters and one to three, no space
 * on either side, spells out initials (not `الأسبوع.وقال`, a missing space).
 */
function lettersDot(text: string, wordStart: number, afterDot: number): boolean {
  if (afterDot - 1 - wordStart > 2) return false;
  let e = afterDot;
  while (e < text.length && e - afterDot <= 3 && isWordCode(text.charCodeAt(e))) e++;
  return e > afterDot && e - afterDot <= 3;
}

/**
 * The word's normalised form is one letter. Two first characters that normalisation keeps answer no
 * from the text at hand; only other words read their normalised form (a record not read otherwise here).
 */
function oneLetter(word: WordForm, text: string, start: number, end: number): boolean {
  if (end - start >= 2 && keptAlone(text.charCodeAt(start)) && keptAlone(text.charCodeAt(start + 1))) return false;
  return word.norm.length === 1;
}

/** normalizeForMatch makes one character of `c` (NORMALISED_CODE) */
function keptAlone(c: number): boolean {
  return c < 0x900 && NORMALISED_CODE[c] >= 0;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Proclitics that attach to a noun, longest first (`ول`, `وب`, `فل` before `و`). */
const NOUN_PROCLITICS = ['ول', 'وب', 'فل', 'فب', 'وك', 'و', 'ف', 'ل', 'ب', 'ك'];

/** The ways a normalised word can be read as proclitic + stem (the bare word first). */
export function procliticReadings(w: string): { prefix: string; stem: string }[] {
  const out = [{ prefix: '', stem: w }];
  for (const p of NOUN_PROCLITICS) {
    if (w.length >= p.length + 2 && w.startsWith(p)) {
      let stem = w.slice(p.length);
      if (stem.startsWith('\u0640')) stem = stem.slice(1);
      out.push({ prefix: p, stem });
      // `للمرشد` = لـ + المرشد: the alef of the article drops after lam
      if (p.endsWith('ل') && stem.startsWith('ل')) out.push({ prefix: p, stem: 'ا' + stem });
    }
  }
  return out;
}

/** Strips one conjunction (و، ف) from a word: `وقال` → `قال`. */
export function stripConjunction(w: string): { conj: string; stem: string } {
  if (w.length > 2 && (w[0] === 'و' || w[0] === 'ف')) return { conj: w[0], stem: w.slice(1) };
  return { conj: '', stem: w };
}

/** How far back (tokens) a sentence may reach: a run-on line is cut into windows of this size. */
export const SENTENCE_WINDOW = 80;

/**
 * For each token, the index where its sentence starts — at a line start, after `.` `!` `؟`, and
 * never more than SENTENCE_WINDOW tokens back. One pass.
 */
export function sentenceStarts(tokens: Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let start = 0;
  for (let j = 0; j < tokens.length; j++) {
    if (j === 0 || tokens[j].newLine || tokens[j - 1].sentenceEnd) start = j;
    out[j] = Math.max(start, j - SENTENCE_WINDOW);
  }
  return out;
}

/** A domain ending at `i`: `نت`, or two or three Latin letters (`com`, `sa`), then no letter (read by char code: no slice). */
function domainEnding(text: string, i: number): boolean {
  let e = i;
  while (e < text.length && e - i <= 3 && isWordCode(text.charCodeAt(e))) e++;
  if (e - i < 2 || e - i > 3 || (e < text.length && isWordCode(text.charCodeAt(e)))) return false;
  if (e - i === 2 && text.charCodeAt(i) === 0x646 && text.charCodeAt(i + 1) === 0x62a) return true;
  for (let k = i; k < e; k++) if (!isAsciiLetter(text.charCodeAt(k))) return false;
  return true;
}

/**
 * norm(firstWord(s)), read off token `t` where `t` is a word whose text is that first word (its
 * normalised form is on its word's record: no slice, no lookup), as it mostly is for a quote's text
 * after its opening mark or a role read from its first token.
 */
export function firstWordNorm(s: string, t: Token | undefined): string {
  let start = 0;
  while (start < s.length && isJsSpace(s.charCodeAt(start))) start++;
  let end = start;
  while (end < s.length && !isJsSpace(s.charCodeAt(end))) end++;
  if (t !== undefined && t.word && t.text.length === end - start && s.startsWith(t.text, start)) return t.norm;
  return norm(s.slice(start, end));
}
