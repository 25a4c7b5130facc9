import * as path from 'node:path';
import { benchDocuments, loadCorpus } from './corpus';
import { loadEngineBundle, ROOT } from './bundle';
async function main() {
  const E = await loadEngineBundle('/tmp/s20/out', true);
  const docs = benchDocuments(loadCorpus(path.resolve(ROOT, '..', 'shared', 'corpus')));
  const big = docs[docs.length - 1];
  const agg: Record<string, number[]> = { plan: [], read: [], finish: [], total: [] };
  for (let r = 0; r < 12; r++) {
    const cache = new E.PartCache();
    const t0 = performance.now();
    const plan = E.planLongDocument(big.text, {}, cache)!;
    const t1 = performance.now();
    for (const job of plan.jobs) E.partRead(job, E.readPlannedPart(job), cache);
    const t2 = performance.now();
    E.finishParts(plan, cache);
    const t3 = performance.now();
    if (r >= 4) { agg.plan.push(t1 - t0); agg.read.push(t2 - t1); agg.finish.push(t3 - t2); agg.total.push(t3 - t0); }
    if (r === 0) console.log('parts', plan.jobs.length);
  }
  for (const [k, v] of Object.entries(agg)) { v.sort((a, b) => a - b); console.log(k, v[v.length >> 1].toFixed(1)); }
}
main();
async function ctx() {
  const E = await loadEngineBundle('/tmp/s20/out', true);
  const docs = benchDocuments(loadCorpus(path.resolve(ROOT, '..', 'shared', 'corpus')));
  const big = docs[docs.length - 1];
  const plan = E.planLongDocument(big.text, {}, new E.PartCache())!;
  let sum = 0; for (const j of plan.jobs) sum += j.text.length;
  console.log('doc', big.text.length, 'parts sum', sum, (sum / big.text.length).toFixed(3));
}
ctx();
