// Builds the server bundle the way `npm run package` does (scripts/build.mjs --production:
// esbuild, minified, node20, cjs, UTF-8, then terser: scripts/minify.cjs) into bench/results/dist, so the benchmark measures what ships
// without touching the dist/ that tests use.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

export const ROOT = path.resolve(__dirname, '..');

// (the alias as scripts/build.mjs sets it for the server: only the values of vscode-languageserver-types it reads)
const options = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, legalComments: 'none', charset: 'utf8', logLevel: 'warning', alias: { 'vscode-languageserver-types': './server/src/lspTypesAtRuntime.ts' } } as const;

export interface ServerBundle {
  path: string;
  bytes: number;
  /** the biggest contributors to the minified bundle (as esbuild minified it, before terser): a source file, or a package as a whole */
  largest: { input: string; bytes: number }[];
}

/** the server bundle's plugins, as scripts/build.mjs gives them */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serverPlugins } = require('../scripts/serverPlugins.cjs') as { serverPlugins: import('esbuild').Plugin[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { minifyBundle } = require('../scripts/minify.cjs') as { minifyBundle: (file: string, options?: { underscoreProperties?: boolean }) => Promise<void> };

export async function buildServerBundle(outdir: string): Promise<ServerBundle> {
  const { metafile } = await build({ ...options, plugins: serverPlugins, entryPoints: { server: path.join(ROOT, 'server/src/server.ts') }, outdir, minify: true, metafile: true });
  const file = path.join(outdir, 'server.js');
  await minifyBundle(file, { underscoreProperties: true });
  const byInput = new Map<string, number>();
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    if (!output.endsWith('server.js')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(meta.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const key = pkg ? `${pkg} (package)` : input;
      byInput.set(key, (byInput.get(key) ?? 0) + bytesInOutput);
    }
  }
  const largest = [...byInput.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([input, bytes]) => ({ input, bytes }));
  return { path: file, bytes: fs.statSync(file).size, largest };
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

type PartReaders = typeof import('./partReadersEntry');

/** The main thread's side of reading in parts on worker threads, bundled like the engine. */
export async function loadPartReadersBundle(outdir: string): Promise<PartReaders> {
  await build({ ...options, entryPoints: { 'part-readers': path.join(ROOT, 'bench/partReadersEntry.ts') }, outdir, minify: true });
  const file = path.join(outdir, 'part-readers.js');
  delete require.cache[file];
  return require(file) as PartReaders;
}
