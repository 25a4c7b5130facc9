// activation: the extension wakes up for an `article` file (implicit onLanguage activation).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, WAIT_MS, openArticle, waitForEvent } from './helpers';

describe('activation', () => {
  it('activates the extension when an article file opens', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `activation: extension ${EXTENSION_ID} is not installed`);
    await openArticle('kerry-paris-ar.article');
    // Activation has no event of its own: re-check on the server's first diagnostics (and on a short poll), with a timeout.
    await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => (ext.isActive ? true : undefined), WAIT_MS, () => 'activation: the extension did not activate for an article file');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('articleAnnotator.restartServer'), 'activation: the command "Article Annotator: Restart Server" is not registered after activation');
  });

  it('maps *.txt to article through files.associations (the seed opens as an article)', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'seed', 'aljazeera-kerry-iran.txt'));
    assert.equal(doc.languageId, 'article', 'activation: the seed (.txt) did not open as an article');
  });
});
