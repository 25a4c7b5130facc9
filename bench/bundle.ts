// Builds the server bundle the way `npm run package` does (scripts/build.mjs --production:
// esbuild, minified, node20, cjs) into bench/results/dist, so the benchmark measures what ships
// without touching the dist/ that tests use.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

export const ROOT = path.resolve(__dirname, '..');

const options = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, legalComments: 'none', logLevel: 'warning' } as const;

export async function buildServerBundle(outdir: string): Promise<{ path: string; bytes: number }> {
  await build({ ...options, entryPoints: { server: path.join(ROOT, 'server/src/server.ts') }, outdir, minify: true });
  const file = path.join(outdir, 'server.js');
  return { path: file, bytes: fs.statSync(file).size };
}

type Engine = typeof import('../server/src/article/analyze');

/**
 * The engine bundled as the server bundles it (tsx, which runs the TypeScript sources, wraps every
 * function in a naming helper that costs time in hot loops). Unminified for profiles, so function
 * names stay readable.
 */
export async function loadEngineBundle(outdir: string, minify: boolean): Promise<Engine & { bundlePath: string }> {
  const name = minify ? 'engine' : 'engine-profile';
  await build({ ...options, entryPoints: { [name]: path.join(ROOT, 'server/src/article/analyze.ts') }, outdir, minify });
  const file = path.join(outdir, `${name}.js`);
  delete require.cache[file];
  return { ...(require(file) as Engine), bundlePath: file };
}
