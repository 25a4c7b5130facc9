// esbuild plugins for the server and CLI bundles, shared by scripts/build.mjs and bench/bundle.ts.
//
// vscode-languageserver/node requires its `files` module only to re-export it as `Files` (path
// helpers for servers that resolve node modules); createConnection never calls it, and neither does
// this server. The module is replaced by one whose functions say so if ever called: 3 KB less bundle.
const FILES_STUB = `
const unused = () => { throw new Error('vscode-languageserver Files helpers are not bundled'); };
module.exports = { uriToFilePath: unused, resolveGlobalNodePath: unused, resolveGlobalYarnPath: unused, resolve: unused, resolveModulePath: unused };
`;

/** @type {import('esbuild').Plugin} */
const stubLanguageServerFiles = {
  name: 'stub-vscode-languageserver-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/files$/ }, (args) =>
      /[\\/]vscode-languageserver[\\/]lib[\\/]node$/.test(args.resolveDir) ? { path: 'vscode-languageserver-files-stub', namespace: 'stub' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: FILES_STUB, loader: 'js' }));
  },
};

// Its `notebook` module adds notebook-document sync to every connection (connection.notebooks) and the
// NotebookDocuments class. This server reads plain-text articles, never notebooks, and registers no
// notebook handler: the mixin is replaced by one that adds nothing, the class by one that says it is
// not bundled. 4.8 KB less bundle.
const NOTEBOOK_STUB = `
exports.NotebookSyncFeature = (Base) => class extends Base {};
exports.NotebookDocuments = class { constructor() { throw new Error('vscode-languageserver NotebookDocuments is not bundled'); } };
`;

/** @type {import('esbuild').Plugin} */
const stubLanguageServerNotebooks = {
  name: 'stub-vscode-languageserver-notebook',
  setup(build) {
    build.onResolve({ filter: /^\.\/notebook$/ }, (args) =>
      /[\\/]vscode-languageserver[\\/]lib[\\/]common$/.test(args.resolveDir) ? { path: 'vscode-languageserver-notebook-stub', namespace: 'stub-notebook' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stub-notebook' }, () => ({ contents: NOTEBOOK_STUB, loader: 'js' }));
  },
};

module.exports = { serverPlugins: [stubLanguageServerFiles, stubLanguageServerNotebooks] };
