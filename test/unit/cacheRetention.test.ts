// The engine's caches outlive documents (words, names, lexicon answers are remembered across
// analyses), so what they keep must not keep a document alive: in V8 a slice of 13 or more
// characters is a view into the whole string it was cut from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyzeArticle } from '../../server/src/article/analyze';
import { ownString } from '../../server/src/article/text';
import { longDocument } from '../support/longDocument';
import { PARTS_FROM } from '../../server/src/article/parts/split';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
/** A word of 16 Arabic letters that no other call returns. */
function uniqueLongWord(n: number): string {
  let w = 'مستشار';
  for (let i = 0; i < 10; i++, n = Math.floor(n / LETTERS.length)) w += LETTERS[n % LETTERS.length];
  return w;
}

test('ownString copies what would be a view into a longer string, and nothing shorter', () => {
  const long = 'x'.repeat(1000) + 'والاستراتيجيات' + 'y'.repeat(1000);
  const word = long.slice(1000, 1014);
  assert.equal(ownString(word), word);
  assert.equal(ownString('قال'), 'قال');
});

test('documents analysed and dropped are not kept alive by the caches (Arabic words of 13+ characters)', () => {
  // read whole (under PARTS_FROM), so a cached view would hold the whole document
  const base = longDocument('ar', PARTS_FROM - 20_000);
  const analyse = (round: number) => {
    // a long word of its own per document: a new cache entry, too small to weigh
    const words = uniqueLongWord(round);
    analyzeArticle(`${base}\n\nوقال ${words}: "نعم".\n`);
  };
  // (warmed first: V8's compiled code counts in the heap, and how much of it a cold run compiles while
  // measured depends on how busy the machine is — under a loaded test run it alone passed the bound)
  const warmup = 20;
  for (let round = 0; round < warmup; round++) analyse(round);
  gc();
  const before = process.memoryUsage().heapUsed;
  const rounds = 40;
  for (let round = warmup; round < warmup + rounds; round++) analyse(round);
  gc();
  const grownMb = (process.memoryUsage().heapUsed - before) / 1048576;
  const documentMb = (base.length * 2) / 1048576;
  console.log(`  heap after ${rounds} more documents of ${documentMb.toFixed(2)} MB: ${grownMb.toFixed(1)} MB more`);
  // kept alive, the documents would weigh rounds × documentMb (about 14 MB); caches and code grow by one or two
  assert.ok(grownMb < (rounds * documentMb) / 3, `the heap grew ${grownMb.toFixed(1)} MB: documents are kept alive`);
});
