// Unicode character classes read by char code, for every scanner of the engine: each code is tested
// by its regular expression once (the first time it is met), then read from a table. Same answers as
// the /u regular expressions, without a regex call or a one-character string per character.

/**
 * Length of the code point at text[i] when it is in the class (1, or 2 for a surrogate pair), else 0.
 * `re` is a single character class with the u flag (`/[\p{L}\p{N}]/u`); a lone surrogate is in no class.
 */
export type CharClass = (text: string, i: number) => number;

export function charClass(re: RegExp): CharClass {
  const whole = new RegExp(`^(?:${re.source})$`, 'u');
  const known = new Uint8Array(0x10000); // 0 = not yet tested, 1 = in, 2 = out
  return (text, i) => {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      // astral code points are rare: the regular expression reads the pair whole
      if (c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) return whole.test(text.slice(i, i + 2)) ? 2 : 0;
      }
      return 0;
    }
    if (!(c >= 0)) return 0; // past the end (NaN)
    let v = known[c];
    if (v === 0) {
      v = whole.test(String.fromCharCode(c)) ? 1 : 2;
      known[c] = v;
    }
    return v === 1 ? 1 : 0;
  };
}

/**
 * The same class tested on one UTF-16 code unit, as `re.test(text[i])` does (a lone surrogate is in
 * no class): for scanners that read the text one code unit at a time.
 */
export function unitClass(re: RegExp): (c: number) => boolean {
  const whole = new RegExp(`^(?:${re.source})$`, 'u');
  const known = new Uint8Array(0x10000); // 0 = not yet tested, 1 = in, 2 = out
  return (c) => {
    let v = known[c];
    if (v === 0) {
      v = whole.test(String.fromCharCode(c)) ? 1 : 2;
      known[c] = v;
    }
    return v === 1;
  };
}

/** `[\p{L}\p{N}]` of one code unit: a letter or a digit (the apostrophe tests of the quote scanners, a name's end) */
export const isLetterOrDigitCode = unitClass(/[\p{L}\p{N}]/u);

/** Start of the code point that ends right before `i` (a surrogate pair reads as one). */
export function previousCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/** A-Z or a-z */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `'` or `’` */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}
