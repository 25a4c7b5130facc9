// Shared by every e2e test: open fixture articles, wait on editor events with timeouts, locate
// words in the fixture text. Every failure message starts with the feature it concerns, so a
// broken feature is named in the report (and by the driver that reads it).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'article-annotator.article-annotator';
/** Upper bound for the server to answer or publish; generous for a loaded 2-core machine. */
export const WAIT_MS = 20_000;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'fixture: no workspace folder is open (the runner must open a copy of test/e2e/fixture/workspace)');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...name.split('/'));
}

export async function openArticle(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  assert.equal(doc.languageId, 'article', `activation: ${name} opened as "${doc.languageId}", not as an article`);
  return { doc, editor };
}

/**
 * Resolves when `check()` returns a value (not undefined), re-checked whenever one of `events` fires
 * (and every 100 ms, for state such as activation that has no event of its own); rejects after `ms`.
 */
export function waitForEvent<T>(
  events: vscode.Event<unknown>[],
  check: () => T | undefined,
  ms: number,
  failure: () => string,
): Promise<T> {
  const now = check();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const recheck = () => {
      const value = check();
      if (value !== undefined) {
        done();
        resolve(value);
      }
    };
    const poll = setInterval(recheck, 100);
    const done = () => {
      clearInterval(poll);
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`${failure()} (waited ${ms} ms)`));
    }, ms);
    for (const event of events) {
      subscriptions.push(event(recheck));
    }
  });
}

/** Waits until the document's diagnostics from the server include every code in `codes`. */
export function waitForDiagnostics(uri: vscode.Uri, codes: string[], feature: string): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'article');
  return waitForEvent(
    [vscode.languages.onDidChangeDiagnostics],
    () => {
      const now = ours();
      return codes.every((code) => now.some((d) => codeOf(d) === code)) ? now : undefined;
    },
    WAIT_MS,
    () => `${feature}: expected diagnostics ${codes.join(', ')} on ${basename(uri)}; got ${describeDiagnostics(ours())}`,
  );
}

/** Waits until the document has no diagnostic with `code` (after a fix, once the server re-publishes). */
export function waitForNoDiagnostic(uri: vscode.Uri, code: string, feature: string): Promise<true> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'article');
  return waitForEvent(
    [vscode.languages.onDidChangeDiagnostics],
    () => (ours().some((d) => codeOf(d) === code) ? undefined : true),
    WAIT_MS,
    () => `${feature}: ${code} is still reported on ${basename(uri)}: ${describeDiagnostics(ours())}`,
  );
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function describeDiagnostics(list: readonly vscode.Diagnostic[]): string {
  if (!list.length) return 'none';
  return list.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).join(', ');
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The range of the `occurrence`-th (0-based) appearance of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture: "${needle}" (occurrence ${occurrence}) not found in ${basename(doc.uri)}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** A position inside `needle` (a few characters in, so it is not on a boundary). */
export function positionIn(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  const r = rangeOf(doc, needle, occurrence);
  return r.start.translate(0, Math.min(2, needle.length - 1));
}

/** Plain text of hover contents (markdown strings joined). */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else if ('value' in c) parts.push(String((c as { value: unknown }).value));
    }
  }
  return parts.join('\n');
}

export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  const out: vscode.DocumentSymbol[] = [];
  const visit = (list: readonly vscode.DocumentSymbol[]) => {
    for (const s of list) {
      out.push(s);
      visit(s.children ?? []);
    }
  };
  visit(symbols);
  return out;
}

export function describeSymbols(symbols: readonly vscode.DocumentSymbol[], depth = 0): string {
  return symbols
    .map((s) => `${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}\n${describeSymbols(s.children ?? [], depth + 1)}`)
    .join('');
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', uri);
  const list = result ?? [];
  assert.ok(list.every((s) => 'children' in s), 'outline: the server answered flat SymbolInformation, not a DocumentSymbol tree');
  return list as vscode.DocumentSymbol[];
}

export async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hoverText(hovers);
}

export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  return (actions ?? []).filter((a): a is vscode.CodeAction => !('command' in a && typeof a.command === 'string'));
}
