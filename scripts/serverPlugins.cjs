// esbuild plugins for the server and CLI bundles, shared by scripts/build.mjs and bench/bundle.ts:
// modules of vscode-languageserver this server never uses, each replaced by a stub that says so if
// it is ever called.

/**
 * A plugin that resolves `./<name>`, required from vscode-languageserver's lib/<dir>, to `contents`.
 * @param {string} name @param {string} dir @param {string} contents
 * @returns {import('esbuild').Plugin}
 */
function stubLanguageServerModule(name, dir, contents) {
  const namespace = `stub-vscode-languageserver-${name}`;
  const required = new RegExp(`^\\./${name}$`);
  const from = new RegExp(`[\\\\/]vscode-languageserver[\\\\/]lib[\\\\/]${dir}$`);
  return {
    name: namespace,
    setup(build) {
      build.onResolve({ filter: required }, (args) => (from.test(args.resolveDir) ? { path: namespace, namespace } : undefined));
      build.onLoad({ filter: /.*/, namespace }, () => ({ contents, loader: 'js' }));
    },
  };
}

// vscode-languageserver/node requires its `files` module only to re-export it as `Files` (path
// helpers for servers that resolve node modules); createConnection never calls it, and neither does
// this server. 3 KB less bundle.
const FILES_STUB = `
const unused = () => { throw new Error('vscode-languageserver Files helpers are not bundled'); };
module.exports = { uriToFilePath: unused, resolveGlobalNodePath: unused, resolveGlobalYarnPath: unused, resolve: unused, resolveModulePath: unused };
`;

// Its `notebook` module adds notebook-document sync to every connection (connection.notebooks) and the
// NotebookDocuments class. This server reads plain-text articles, never notebooks, and registers no
// notebook handler: the mixin is replaced by one that adds nothing, the class by one that says it is
// not bundled. 4.8 KB less bundle.
const NOTEBOOK_STUB = `
exports.NotebookSyncFeature = (Base) => class extends Base {};
exports.NotebookDocuments = class { constructor() { throw new Error('vscode-languageserver NotebookDocuments is not bundled'); } };
`;

module.exports = {
  serverPlugins: [stubLanguageServerModule('files', 'node', FILES_STUB), stubLanguageServerModule('notebook', 'common', NOTEBOOK_STUB)],
};
