// The text may end after any word while the user types: every reader that looks past a word (for
// an author, a name's next part, a verb after a subject) must stop at the last token. Each base
// article (ours, the seed, the shared corpus when present) is read cut after each of its words (the
// corpus after every fifth, to stay within a few seconds), and each reading must keep the model's
// invariants. The fuzzer found one such over-read (`وقال البيان` ending a text); this covers the kind.
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/article/analyze';
import { checkArticle } from '../support/articleInvariants';
import { OWN_ARTICLES, readCorpusTexts, readSeedIfPresent } from '../support/robustnessArticles';

/** The offsets right after each word of `text` (a word: a run of non-space characters), every `stride`-th. */
function wordEnds(text: string, stride: number): number[] {
  const out: number[] = [];
  let n = 0;
  for (let i = 1; i <= text.length; i++) {
    const ends = i === text.length || /\s/.test(text[i]);
    if (ends && !/\s/.test(text[i - 1]) && n++ % stride === 0) out.push(i);
  }
  return out;
}

function readEveryCut(texts: readonly string[], stride: number): void {
  for (const text of texts) {
    for (const end of wordEnds(text, stride)) {
      const cut = text.slice(0, end);
      checkArticle(cut, analyzeArticle(cut));
    }
  }
}

test('our own articles and the seed, cut after each word, are read whole and keep the invariants', () => {
  readEveryCut([...OWN_ARTICLES, ...readSeedIfPresent()], 1);
});

test('the shared corpus articles, cut after every fifth word, are read whole and keep the invariants', () => {
  readEveryCut(readCorpusTexts(), 5);
});

test('texts that end on a document noun after a cue, in both languages', () => {
  readEveryCut(['عنوان\n\nوقال البيان', 'عنوان\n\nحسب نص البيان', 'Headline\n\nThe statement said', 'Headline\n\nAccording to the report'], 1);
});
