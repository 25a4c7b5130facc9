// Tokens of an Arabic article: words (letters, marks, digits, tatweel) and single punctuation marks,
// each with its offsets in the original text and a form normalised for matching. One linear pass.
import { isWhitespaceCode, normalizeForMatch, ownString, rememberedPerWord } from '../text';

/** bound once here: a call through the importing module's namespace costs a property read per character (and a getter when run from source) */
const isSpaceCode = isWhitespaceCode;

/** bits of Token.bits */
const IS_WORD = 1;
const NEW_LINE = 2;
const SENTENCE_END = 4;

/**
 * A token: where it starts, its word's shared record (text, normalised form, lexicon facts) and three
 * flags. Three fields only, the rest read through them: a long document holds a million tokens.
 */
export class Token {
  // (declared, then set in the constructor: no class-field definitions run before it)
  declare readonly start: number;
  /** the word's shared record (one per distinct text): what the lexicon says of it is worked out once there */
  declare readonly form: WordForm;
  declare readonly bits: number;

  constructor(start: number, form: WordForm, bits: number) {
    this.start = start;
    this.form = form;
    this.bits = bits;
  }

  get end(): number {
    return this.start + this.form.text.length;
  }

  get text(): string {
    return this.form.text;
  }

  /** normalised (harakat, tatweel, alef/ya variants, ta marbuta folded) */
  get norm(): string {
    return this.form.norm;
  }

  get word(): boolean {
    return (this.bits & IS_WORD) !== 0;
  }

  /** a line break lies between this token and the previous one */
  get newLine(): boolean {
    return (this.bits & NEW_LINE) !== 0;
  }

  /** this token ends a sentence (`.`, `!`, `؟` — not the dot of `د.`) */
  get sentenceEnd(): boolean {
    return (this.bits & SENTENCE_END) !== 0;
  }
}

/** One distinct token text: its normalised form and its lexicon facts (lexicon.ts, factsOf; -1 until first asked). */
export interface WordForm {
  text: string;
  norm: string;
  facts: number;
  /** another word with the same hash (tokens.ts) */
  next: WordForm | undefined;
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

/**
 * isWordCode per char code (1 = word, 2 = not, 0 = not yet known): one array read per character of
 * the text, which the tokenizer reads through. Arabic letters, harakat, tatweel, Latin letters and
 * digits are filled in here; below U+00C0 nothing else is a word character; other codes are looked
 * up by the Unicode classes the first time they are met.
 */
const wordCodeClass = new Uint8Array(0x10000);
for (let c = 0; c < 0xc0; c++) wordCodeClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 2;
for (let c = 0x0621; c <= 0x0669; c++) wordCodeClass[c] = 1;
for (let c = 0x0671; c <= 0x06d3; c++) wordCodeClass[c] = 1;

function isWordCode(c: number): boolean {
  let v = wordCodeClass[c];
  if (v === 0) v = wordCodeClass[c] = isWordClass(c) ? 1 : 2;
  return v === 1;
}

/** normalizeForMatch with ta marbuta folded, remembered for words (a phrase over 40 characters is not) */
export const norm: (s: string) => string = rememberedPerWord((s) => normalizeForMatch(s, true), 50000, 40);

/**
 * Each word's text and normalised form, shared by every token of that word, found by a hash of its
 * characters taken while the word is scanned: a word met before costs no string (no slice, no hashing
 * of a new string), and a long document keeps one string per distinct word, not per token.
 */
const wordsByHash = new Map<number, WordForm>();
let wordsKept = 0;
const MAX_WORDS = 50000;
/** hashes stay small integers (Smi keys) */
const HASH_MASK = 0x3fffffff;

function wordFormAt(text: string, start: number, end: number, hash: number): WordForm {
  const first = wordsByHash.get(hash);
  for (let f = first; f !== undefined; f = f.next) if (sameText(f.text, text, start, end)) return f;
  if (wordsKept >= MAX_WORDS) {
    wordsByHash.clear();
    wordsKept = 0;
  }
  const t = ownString(text.slice(start, end));
  const f: WordForm = { text: t, norm: norm(t), facts: -1, next: wordsKept === 0 ? undefined : first, pass: 0, passAnswer: 0 };
  wordsByHash.set(hash, f);
  wordsKept++;
  return f;
}

function sameText(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** one-character punctuation tokens, one record per code (their normalised form is their text) */
const markForms = new Map<number, WordForm>();

function markForm(c: number): WordForm {
  let f = markForms.get(c);
  if (f === undefined) {
    const t = String.fromCharCode(c);
    f = { text: t, norm: t, facts: -1, next: undefined, pass: 0, passAnswer: 0 };
    if (markForms.size < 4096) markForms.set(c, f);
  }
  return f;
}

/** `،` or `,` */
export function isComma(t: Token): boolean {
  return t.text === '،' || t.text === ',';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let newLine = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      newLine = true;
      i++;
      continue;
    }
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let hash = c;
    if (isWordCode(c)) {
      hash = 0;
      let d: number;
      while (i < text.length && isWordCode((d = text.charCodeAt(i)))) {
        hash = (Math.imul(hash, 31) + d) & HASH_MASK;
        i++;
      }
    } else i++;
    const word = i - start > 1 || isWordClass(c);
    // (a token that is not a word is one character)
    const form = word ? wordFormAt(text, start, i, hash) : markForm(c);
    const t = form.text;
    const prev = tokens[tokens.length - 1];
    // `د.` and other one-letter abbreviations keep their dot
    // `العربية.نت`, `cnn.com`: a dot before a short domain ending is part of a name (not `الأسبوع.وقال`, a missing space)
    const innerDot = t === '.' && prev !== undefined && prev.word && prev.end === start && domainEnding(text, i);
    const abbreviationDot = (t === '.' && prev !== undefined && prev.word && prev.end === start && prev.norm.length === 1) || innerDot;
    const sentenceEnd = !word && (c === 46 || c === 33 || c === 63 || c === 0x61f) && !abbreviationDot;
    tokens.push(new Token(start, form, (word ? IS_WORD : 0) | (newLine ? NEW_LINE : 0) | (sentenceEnd ? SENTENCE_END : 0)));
    newLine = false;
  }
  return tokens;
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

/** A domain ending at `i`: `نت`, or two or three Latin letters (`com`, `sa`), then no letter. */
function domainEnding(text: string, i: number): boolean {
  let e = i;
  while (e < text.length && e - i <= 3 && isWordCode(text.charCodeAt(e))) e++;
  const ending = text.slice(i, e);
  if (e < text.length && isWordCode(text.charCodeAt(e))) return false;
  return ending === 'نت' || /^[A-Za-z]{2,3}$/.test(ending);
}

/** JavaScript's \s: what String.split(/\s/) cuts at */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first word of `s`: the same as `s.trim().split(/\s+/)[0]`, without the copies. */
export function firstWord(s: string): string {
  let start = 0;
  while (start < s.length && isJsSpace(s.charCodeAt(start))) start++;
  let end = start;
  while (end < s.length && !isJsSpace(s.charCodeAt(end))) end++;
  return s.slice(start, end);
}
