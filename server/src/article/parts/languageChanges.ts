// Where a long document passes from articles in one script to articles in the other (a digest that
// gathers Arabic and English articles): a part is read in one language, so a change of language
// starts a part of its own. A paragraph counts for the script most of its letters are written in; a
// change is a run of paragraphs in the other script long enough to be an article (a headline and a
// paragraph at least), not an English quote or name inside an Arabic article.

/**
 * A paragraph's script is read from its first characters, this many at most: its opening shows it
 * (news paragraphs are short: reading each whole was a pass over every character of the document,
 * in the plan the part readers wait for).
 */
export const PARAGRAPH_SAMPLE = 64;
/** a paragraph counts for a script when it has at least this many more of its letters than of the other's */
const PARAGRAPH_LEAD = 10;
/** a run of paragraphs in the other script changes the language from this many letters of lead... */
const CHANGE_LETTERS = 120;
/** ...over at least this many paragraphs (an article's headline and first two paragraphs) */
const CHANGE_PARAGRAPHS = 3;

export class LanguageChanges {
  /** +1 Arabic, -1 Latin, 0 before the first paragraph that counts */
  #script = 0;
  /** the script of the first paragraph that counted (0 before it) */
  #firstScript = 0;
  /** the first paragraph of the current run in the other script (-1: none), its lead and length */
  #runStart = -1;
  #runLetters = 0;
  #runParagraphs = 0;

  /** the script of the paragraphs read so far: +1 Arabic, -1 Latin, 0 before the first that counts */
  get current(): number {
    return this.#script;
  }

  /** the script of the first paragraph that counted: +1 Arabic, -1 Latin, 0 before it */
  get first(): number {
    return this.#firstScript;
  }

  /**
   * The next paragraph: where it starts and its script lead (text.ts scriptLead) over its first
   * PARAGRAPH_SAMPLE characters. Returns the start of
   * the run of paragraphs in the other script when this one makes it a change of language, else -1.
   */
  paragraph(start: number, lead: number): number {
    const script = lead >= PARAGRAPH_LEAD ? 1 : lead <= -PARAGRAPH_LEAD ? -1 : 0;
    // (a paragraph of numbers or a short line counts for neither: it neither breaks nor makes a run)
    if (script === 0) return -1;
    if (this.#script === 0 || script === this.#script) {
      if (this.#script === 0) this.#firstScript = script;
      this.#script = script;
      this.#runStart = -1;
      return -1;
    }
    if (this.#runStart < 0) {
      this.#runStart = start;
      this.#runLetters = 0;
      this.#runParagraphs = 0;
    }
    this.#runLetters += script * lead;
    this.#runParagraphs++;
    if (this.#runLetters < CHANGE_LETTERS || this.#runParagraphs < CHANGE_PARAGRAPHS) return -1;
    this.#script = script;
    const at = this.#runStart;
    this.#runStart = -1;
    return at;
  }
}
