// The server bundle takes server/src/lspTypesAtRuntime.ts in place of vscode-languageserver-types (the
// values it reads at run time, without the rest of the package): each must be the package's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as types from 'vscode-languageserver-types';
import * as slimModule from '../../server/src/lspTypesAtRuntime';

test('the run-time values the server bundle keeps of vscode-languageserver-types are the package\'s', () => {
  const slim = slimModule as unknown as Record<string, Record<string, unknown>>;
  const full = types as unknown as Record<string, Record<string, unknown>>;
  const names = Object.keys(slim).filter((n) => n !== 'default');
  assert.deepEqual(names.sort(), ['CodeActionKind', 'DiagnosticSeverity', 'DocumentHighlightKind', 'DocumentUri', 'SymbolKind', 'URI', 'WorkspaceFolder', 'integer', 'uinteger']);
  const samples: unknown[] = [null, undefined, 0, -1, 2147483647, 2147483648, -2147483649, 1.5, '', 'file:///a', {}, { uri: 'file:///a', name: 'a' }, { uri: 1, name: 'a' }, { uri: 'x' }, []];
  for (const name of names) {
    const mine = slim[name];
    const theirs = full[name];
    assert.ok(theirs, `${name} is in the package`);
    // every constant the package defines, with the same value; each guard answering as the package's
    assert.deepEqual(Object.keys(mine).sort(), Object.keys(theirs).sort(), name);
    for (const key of Object.keys(theirs)) {
      if (typeof theirs[key] === 'function') {
        for (const v of samples) assert.equal((mine[key] as (v: unknown) => boolean)(v), (theirs[key] as (v: unknown) => boolean)(v), `${name}.${key}(${JSON.stringify(v)})`);
      } else assert.equal(mine[key], theirs[key], `${name}.${key}`);
    }
  }
});
