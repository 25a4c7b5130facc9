// The readings of the parts of one document, kept from one version to the next: a part whose text
// (with its context), options and place (first, last) are unchanged is not read again. Readings
// no complete reading used since the last sweep are dropped, so the cache holds about one
// document's worth (plus the parts of versions given up half-way).
import type { Article } from '../model';

export interface KeptReading {
  text: string;
  article: Article;
}

export class PartCache {
  #kept = new Map<string, Map<string, KeptReading>>();
  #used = new Map<string, Map<string, KeptReading>>();

  /**
   * The reading of `text` under `key` (options and place) kept from an earlier version, if any,
   * with the cache's own copy of the text (`text` may be a slice of a whole document: only the
   * copy may be kept). A part met twice in the same version is read twice: a document that
   * repeats itself (a benchmark made of copies) is then read at the speed of any other.
   */
  find(key: string, text: string): KeptReading | undefined {
    return this.#kept.get(key)?.get(text);
  }

  /** Marks a reading as used by the document being read; `text` must be a copy (flatCopy), not a slice. */
  keep(key: string, text: string, article: Article): void {
    let used = this.#used.get(key);
    if (!used) this.#used.set(key, (used = new Map()));
    used.set(text, { text, article });
  }

  /** After a whole document has been read: keep only the readings it used. */
  sweep(): void {
    this.#kept = this.#used;
    this.#used = new Map();
  }

  /** How many readings are cached. */
  get size(): number {
    let n = 0;
    for (const m of [...this.#kept.values(), ...this.#used.values()]) n += m.size;
    return n;
  }
}
