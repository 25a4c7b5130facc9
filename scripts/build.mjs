// One esbuild script, three bundles: the VS Code client, the language server, the CLI.
import * as esbuild from 'esbuild';
import serverBundle from './serverPlugins.cjs';
import minifier from './minify.cjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
  // Arabic lexicon text as UTF-8 (2 bytes a letter), not \uXXXX escapes (6): about 27 KB less
  charset: 'utf8',
  // our `import { SymbolKind } from 'vscode-languageserver-types'` would take the package's ESM build
  // while vscode-languageserver's own require() takes its UMD build: one copy, not both (about 20 KB).
  // The ESM one: it minifies about 3 KB smaller than the UMD wrapper.
  alias: { 'vscode-languageserver-types': './node_modules/vscode-languageserver-types/lib/esm/main.js' },
};

/** the server's and the CLI's: only the values of vscode-languageserver-types they read (server/src/lspTypesAtRuntime.ts, about 24 KB less) */
const serverAlias = { 'vscode-languageserver-types': './server/src/lspTypesAtRuntime.ts' };

const configs = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, alias: serverAlias, plugins: serverBundle.serverPlugins, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist' },
];

if (watch) {
  for (const config of configs) {
    const ctx = await esbuild.context(config);
    await ctx.watch();
  }
} else {
  await Promise.all(configs.map((config) => esbuild.build(config)));
  // (what ships is minified twice: esbuild, then terser, minify.cjs)
  if (production) await Promise.all([minifier.minifyBundle('dist/extension.js'), ...['dist/server.js', 'dist/cli.js'].map((file) => minifier.minifyBundle(file, { underscoreProperties: true }))]);
}
