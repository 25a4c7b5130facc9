// A book-length article in the real editor: the server reads it in parts, and typing in its
// middle shows the new problem where it was typed, quickly, and undo takes it away.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, fixtureUri, openArticle, waitForDiagnostics, waitForEvent, WAIT_MS } from './helpers';

/** Well over the 200 000 UTF-16 units from which the server reads a document in parts. */
const LONG_LENGTH = 600_000;

describe('long document', () => {
  it('typing an unclosed quote in the middle of a 600 000-character article: flagged on its line, gone after undo', async () => {
    const article = Buffer.from(await vscode.workspace.fs.readFile(fixtureUri('kerry-paris-ar.article'))).toString('utf8').trim();
    const copies: string[] = [];
    for (let n = 0; copies.length * (article.length + 2) < LONG_LENGTH; n++) copies.push(article);
    await vscode.workspace.fs.writeFile(fixtureUri('long-book.article'), Buffer.from(copies.join('\n\n') + '\n', 'utf8'));
    const { doc, editor } = await openArticle('long-book.article');
    await waitForDiagnostics(doc.uri, ['duplicate-caption'], 'long document');

    // a new paragraph in the middle, opening a quote it never closes
    const line = Math.floor(doc.lineCount / 2);
    const typed = '"هذه كلمات لم يغلق قوسها في منتصف النص الطويل\n\n';
    const onLine = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'unclosed-quote' && d.range.start.line === line);
    assert.equal(onLine().length, 0, `long document: line ${line} is flagged before the edit: ${describeDiagnostics(onLine())}`);
    const started = Date.now();
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(line, 0), typed)), 'long document: the edit was not applied');
    await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => (onLine().length === 1 ? true : undefined), WAIT_MS, () => `long document: no unclosed-quote on line ${line} after typing; got ${describeDiagnostics(vscode.languages.getDiagnostics(doc.uri))}`);
    console.log(`      long document: ${doc.getText().length} characters; unclosed-quote shown ${Date.now() - started} ms after typing`);

    await vscode.commands.executeCommand('undo');
    await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => (onLine().length === 0 ? true : undefined), WAIT_MS, () => `long document: unclosed-quote still on line ${line} after undo`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
