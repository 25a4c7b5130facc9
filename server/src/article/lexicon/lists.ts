// How the lexicon files write long lists: as text split when the module loads, which takes a third
// of the bytes of an array literal (`'say says said'` against `['say', 'says', 'said']`). Each
// argument is one source line; the result is the same plain array or record the literal gave.

/** Words separated by single spaces, one or more lines: `words('say says', 'tell told')` → ['say', 'says', 'tell', 'told']. */
export const words = (...lines: string[]): string[] => lines.join(' ').split(' ');

/** Entries that may hold spaces, separated by `|`: `phrases('white paper|guidance')` → ['white paper', 'guidance']. */
export const phrases = (...lines: string[]): string[] => lines.join('|').split('|');

/** Word sequences separated by `|`, their words by spaces: `sequences('called for|put it')` → [['called', 'for'], ['put', 'it']]. */
export const sequences = (...lines: string[]): string[][] => phrases(...lines).map((p) => p.split(' '));

const GENDER = { m: 'male', f: 'female' } as const;

/** Words with the gender they give, `word:m` or `word:f`: `genders('son:m daughter:f')` → { son: 'male', daughter: 'female' }. */
export const genders = (...lines: string[]): Record<string, 'male' | 'female'> =>
  Object.fromEntries(words(...lines).map((w) => [w.slice(0, -2), GENDER[w.slice(-1) as 'm' | 'f']]));

/** As `genders`, and a word without `:m` / `:f` gives none (null): `gendersOrNone('mr:m dr')` → { mr: 'male', dr: null }. */
export const gendersOrNone = (...lines: string[]): Record<string, 'male' | 'female' | null> =>
  Object.fromEntries(words(...lines).map((w) => (w[w.length - 2] === ':' ? [w.slice(0, -2), GENDER[w.slice(-1) as 'm' | 'f']] : [w, null])));
