// The part readers (worker threads) against this thread's own reading: the same Article, whether
// the readers work, fail to start, die, or refuse a part; a stale version given up early.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, PartCache, planLongDocument } from '../../server/src/article/analyze';
import { PARTS_FROM } from '../../server/src/article/parts/split';
import { defaultReaderCount, PartReaderPool } from '../../server/src/partReaders/pool';
import { readPartsInParallel } from '../../server/src/partReaders/readInParallel';
import { longDocument } from '../support/longDocument';
import { ROOT } from '../support/lspClient';

/** the server's entry from source (a worker does not inherit tsx: this script registers it first); on a worker thread it serves parts */
const ENTRY = path.join(os.tmpdir(), `part-reader-entry-${process.pid}.js`);
fs.writeFileSync(ENTRY, `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(path.join(ROOT, 'server', 'src', 'server.ts'))});\n`);
process.on('exit', () => fs.rmSync(ENTRY, { force: true }));
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
const never = () => false;

function workerScript(t: { after: (fn: () => void) => void }, body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'part-reader-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'reader.js');
  fs.writeFileSync(file, body);
  return file;
}

async function readWith(pool: PartReaderPool | null, text: string, cache = new PartCache(), stale = never, between = pause) {
  const plan = planLongDocument(text, {}, cache);
  assert.ok(plan, 'a long document is planned in parts');
  return { plan, article: await readPartsInParallel(plan, cache, pool, stale, between) };
}

/**
 * A pause after each part this thread reads that lasts until a reader answers (or has nothing out):
 * the readers' share then does not depend on how busy the machine is.
 */
function untilAReaderAnswers(pool: PartReaderPool): () => Promise<void> {
  let seen = pool.partsRead;
  return async () => {
    while (pool.partsRead === seen && pool.partsOut > 0) await pause();
    seen = pool.partsRead;
  };
}

const documents = {
  ar: () => longDocument('ar', PARTS_FROM * 3),
  en: () => longDocument('en', PARTS_FROM * 3),
  // each part is sent with its own language
  'Arabic then English': () => `${longDocument('ar', PARTS_FROM * 1.5)}\n\n${longDocument('en', PARTS_FROM * 1.5)}`,
};
for (const [language, make] of Object.entries(documents)) {
  test(`${language}: parts read by two part readers and this thread give the Article of a reading on this thread alone`, async (t) => {
    const pool = new PartReaderPool(ENTRY, 2);
    t.after(() => pool.close());
    const text = make();
    const expected = analyzeArticle(text);
    assert.equal(expected.languageRuns?.length, language.includes(' ') ? 2 : undefined);
    // the first reading starts the readers (this thread reads what they are too new to answer in time)
    const first = await readWith(pool, text);
    assert.ok(first.plan.jobs.length >= 4, `${first.plan.jobs.length} parts`);
    assert.equal(pool.running, 2, 'both readers started');
    assert.deepEqual(first.article, expected);
    const before = pool.partsRead;
    const { plan, article } = await readWith(pool, text, new PartCache(), never, untilAReaderAnswers(pool));
    const byReaders = pool.partsRead - before;
    assert.ok(byReaders >= 2 && byReaders < plan.jobs.length, `the readers read ${byReaders} of ${plan.jobs.length} parts, this thread the others`);
    assert.equal(pool.broken, null);
    assert.deepEqual(article, expected);
  });
}

test('readers that cannot run (the script exits at once): this thread reads every part, and is told once why', async (t) => {
  const reasons: string[] = [];
  let told: (reason: string) => void = () => undefined;
  const broken = new Promise<string>((resolve) => (told = resolve));
  const pool = new PartReaderPool(workerScript(t, 'process.exit(3);\n'), 2, (r) => {
    reasons.push(r);
    told(r);
  });
  t.after(() => pool.close());
  const text = longDocument('ar', PARTS_FROM * 2);
  const { article } = await readWith(pool, text);
  assert.deepEqual(article, analyzeArticle(text));
  // (the reading may well be over before the readers' exit is noticed)
  assert.match(await broken, /exit code 3/);
  assert.equal(pool.usable, false);
  const again = await readWith(pool, text);
  assert.deepEqual(again.article, analyzeArticle(text));
  assert.equal(reasons.length, 1, 'told once');
});

test('a reader that runs out of memory is stopped alone: this thread reads the parts, the process lives on', async (t) => {
  const script = workerScript(t, "const kept = [];\nrequire('node:worker_threads').parentPort.on('message', () => { for (;;) kept.push(new Array(100000).fill(kept.length)); });\n");
  let told: (reason: string) => void = () => undefined;
  const broken = new Promise<string>((resolve) => (told = resolve));
  const pool = new PartReaderPool(script, 1, told, 32);
  t.after(() => pool.close());
  const text = longDocument('en', PARTS_FROM * 2);
  const { article } = await readWith(pool, text);
  assert.deepEqual(article, analyzeArticle(text));
  assert.match(await broken, /part reader/);
  assert.equal(pool.usable, false);
});

test('a reader that refuses parts: each one is read here, and the pool stays usable', async (t) => {
  const script = workerScript(t, "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (m) => parentPort.postMessage({ id: m.id, error: 'refused' }));\n");
  const pool = new PartReaderPool(script, 1);
  t.after(() => pool.close());
  const text = longDocument('en', PARTS_FROM * 2);
  const { article } = await readWith(pool, text);
  assert.deepEqual(article, analyzeArticle(text));
  assert.equal(pool.usable, true);
});

test('a reader that never answers: this thread reads its parts too, and the reading ends', async (t) => {
  const script = workerScript(t, "require('node:worker_threads').parentPort.on('message', () => undefined);\n");
  const pool = new PartReaderPool(script, 2);
  t.after(() => pool.close());
  const text = longDocument('ar', PARTS_FROM * 2);
  const { article } = await readWith(pool, text);
  assert.deepEqual(article, analyzeArticle(text));
  assert.equal(pool.partsRead, 0);
});

test('without a pool the parts are read here, between pauses', async () => {
  const text = longDocument('ar', PARTS_FROM * 2);
  let pauses = 0;
  const cache = new PartCache();
  const plan = planLongDocument(text, {}, cache)!;
  const article = await readPartsInParallel(plan, cache, null, never, async () => void pauses++);
  assert.deepEqual(article, analyzeArticle(text));
  assert.equal(pauses, plan.jobs.length, 'a pause before each part');
});

test('a version gone stale is given up; the parts read before stay cached for the next one', async (t) => {
  const pool = new PartReaderPool(ENTRY, 1);
  t.after(() => pool.close());
  const text = longDocument('ar', PARTS_FROM * 3);
  const cache = new PartCache();
  let answered = 0;
  const plan = planLongDocument(text, {}, cache)!;
  const staleAfterTwo = () => plan.jobs.filter((j) => j.article).length >= 2 || answered++ > 10_000;
  const given = await readPartsInParallel(plan, cache, pool, staleAfterTwo, pause);
  assert.equal(given, null);
  const read = plan.jobs.filter((j) => j.article).length;
  assert.ok(read >= 2 && read < plan.jobs.length, `${read} of ${plan.jobs.length} parts read before giving up`);
  cache.sweep(); // what the next version finds: the parts this one read
  const again = await readWith(pool, text, cache);
  // (at least: a document of repeated articles has parts equal to them further on)
  assert.ok(again.plan.jobs.filter((j) => j.article).length >= read, 'the next version starts from them');
  assert.deepEqual(again.article, analyzeArticle(text));
});

test('closing the pool: it reads no more, and a reading then falls back to this thread', async () => {
  const pool = new PartReaderPool(ENTRY, 2);
  const text = longDocument('en', PARTS_FROM * 2);
  const first = readWith(pool, text);
  await pool.close();
  assert.equal(pool.usable, false);
  assert.deepEqual((await first).article, analyzeArticle(text));
});

test('how many part readers: one per core besides the main thread, or ARTICLE_ANNOTATOR_PART_READERS', () => {
  const cores = os.availableParallelism();
  assert.equal(defaultReaderCount({}), Math.max(0, Math.min(4, cores - 1)));
  assert.equal(defaultReaderCount({ ARTICLE_ANNOTATOR_PART_READERS: '0' }), 0);
  assert.equal(defaultReaderCount({ ARTICLE_ANNOTATOR_PART_READERS: '3' }), 3);
  assert.equal(defaultReaderCount({ ARTICLE_ANNOTATOR_PART_READERS: 'many' }), defaultReaderCount({}), 'not a number: the default');
  assert.equal(defaultReaderCount({ ARTICLE_ANNOTATOR_PART_READERS: '-2' }), defaultReaderCount({}), 'negative: the default');
  assert.equal(new PartReaderPool(ENTRY, 0).usable, false, 'no readers: every part is read on the main thread');
});
