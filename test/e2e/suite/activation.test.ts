// activation: the extension wakes up for an `article` file (implicit onLanguage activation).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, WAIT_MS, openArticle, waitForEvent } from './helpers';

describe('activation', () => {
  it('activates the extension when an article file opens', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `activation: extension ${EXTENSION_ID} is not installed`);
    assert.equal(ext.isActive, false, 'activation: the extension was already active before any article was opened (it should activate on the article language only)');
    await openArticle('kerry-paris-ar.article');
    // Activation is reported through the extension list; wait on its change event with a timeout.
    await waitForEvent([vscode.languages.onDidChangeDiagnostics], () => (ext.isActive ? true : undefined), WAIT_MS, () => 'activation: the extension did not activate for an article file');
    assert.ok(ext.exports === undefined || typeof ext.exports === 'object');
  });

  it('maps *.txt to article through files.associations (the seed opens as an article)', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'seed', 'aljazeera-kerry-iran.txt'));
    assert.equal(doc.languageId, 'article', 'activation: the seed (.txt) did not open as an article');
  });
});
