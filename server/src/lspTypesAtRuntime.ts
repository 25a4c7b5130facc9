// What the language server needs of vscode-languageserver-types at run time; scripts/build.mjs
// bundles this file in place of the package for the server and the CLI. The protocol re-exports the
// whole package (`__exportStar`), and the package defines each namespace in a function call esbuild
// cannot prove pure, so the bundle carried all of it (26 KB minified); at run time the protocol
// reads five of its values and our features four more (type imports cost nothing).
// The values below are the package's own (vscode-languageserver-types 3.17, MIT, © Microsoft): LSP
// constants and trivial guards. test/unit/lspTypesAtRuntime.test.ts checks each against the
// package, so an update that changes one fails the tests; a value missing here would be `undefined`
// at run time, and the LSP tests drive the bundle through every feature.

const isObjectLiteral = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

// read by vscode-languageserver-protocol
export const DocumentUri = { is: (value: unknown) => typeof value === 'string' };
export const URI = { is: (value: unknown) => typeof value === 'string' };
export const integer = { MIN_VALUE: -2147483648, MAX_VALUE: 2147483647, is: (value: unknown) => typeof value === 'number' && -2147483648 <= value && value <= 2147483647 };
export const uinteger = { MIN_VALUE: 0, MAX_VALUE: 2147483647, is: (value: unknown) => typeof value === 'number' && 0 <= value && value <= 2147483647 };
export const WorkspaceFolder = { is: (value: unknown) => isObjectLiteral(value) && typeof value.uri === 'string' && typeof value.name === 'string' };

// read by server/src/features
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 };
export const DocumentHighlightKind = { Text: 1, Read: 2, Write: 3 };
export const SymbolKind = {
  File: 1, Module: 2, Namespace: 3, Package: 4, Class: 5, Method: 6, Property: 7, Field: 8, Constructor: 9, Enum: 10, Interface: 11, Function: 12, Variable: 13,
  Constant: 14, String: 15, Number: 16, Boolean: 17, Array: 18, Object: 19, Key: 20, Null: 21, EnumMember: 22, Struct: 23, Event: 24, Operator: 25, TypeParameter: 26,
};
export const CodeActionKind = {
  Empty: '', QuickFix: 'quickfix', Refactor: 'refactor', RefactorExtract: 'refactor.extract', RefactorInline: 'refactor.inline', RefactorRewrite: 'refactor.rewrite',
  Source: 'source', SourceOrganizeImports: 'source.organizeImports', SourceFixAll: 'source.fixAll',
};
