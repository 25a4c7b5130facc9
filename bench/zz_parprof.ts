import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { build } from 'esbuild';
import { benchDocuments, loadCorpus } from './corpus';
import { buildServerBundle, ROOT } from './bundle';
import { inclusiveShares } from './profileViews';
function post<T>(s: inspector.Session, m: string, p?: object): Promise<T> { return new Promise((res, rej) => s.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r as T)))); }
async function main() {
  const out = '/tmp/s20/par';
  const server = await buildServerBundle(out);
  await build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', alias: { 'vscode-languageserver-types': './server/src/lspTypesAtRuntime.ts' }, entryPoints: { pr: path.join(ROOT, 'bench/partReadersEntry.ts') }, outdir: out, logLevel: 'warning' });
  const P = require(path.join(out, 'pr.js'));
  const docs = benchDocuments(loadCorpus(path.resolve(ROOT, '..', 'shared', 'corpus')));
  const big = docs[docs.length - 1];
  const pool = new P.PartReaderPool(server.path);
  const stats = { mainParts: 0, mainChars: 0 };
  const read = async () => {
    const cache = new P.PartCache();
    const plan = P.planLongDocument(big.text, {}, cache);
    return P.readPartsInParallel(plan, cache, pool, () => false, () => new Promise((r) => setImmediate(r)));
  };
  for (let i = 0; i < 10; i++) await read();
  const times: number[] = [];
  const s = new inspector.Session(); s.connect();
  await post(s, 'Profiler.enable'); await post(s, 'Profiler.setSamplingInterval', { interval: 200 }); await post(s, 'Profiler.start');
  for (let i = 0; i < 10; i++) { const t = performance.now(); await read(); times.push(performance.now() - t); }
  const { profile } = await post<any>(s, 'Profiler.stop');
  console.log('times', times.map((t) => t.toFixed(0)).join(' '));
  const total = profile.samples.length;
  const self = new Map<string, number>();
  for (const n of profile.nodes) { const k = n.callFrame.functionName || '(anon)'; self.set(k, (self.get(k) ?? 0) + (n.hitCount ?? 0)); }
  for (const [k, h] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log((h / total * 100).toFixed(1), k);
  console.log('--inclusive');
  for (const [k, sh] of inclusiveShares(profile.nodes, profile.samples).slice(0, 30)) console.log((sh * 100).toFixed(1), k);
  await pool.close();
}
main();
