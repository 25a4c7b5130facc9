// quick fixes: offered for each problem; applying "Delete duplicate caption" and saving changes the
// file on disk exactly as expected.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeActionsAt, codeOf, openArticle, rangeOf, waitForDiagnostics, waitForNoDiagnostic } from './helpers';

function titles(actions: vscode.CodeAction[]): string {
  return actions.map((a) => `"${a.title}"`).join(', ') || 'none';
}

describe('quick fixes', () => {
  it('quick fix: duplicate-caption offers "Delete duplicate caption" and "Delete all duplicate captions"', async () => {
    const { doc } = await openArticle('kerry-paris-ar.article');
    const diagnostics = await waitForDiagnostics(doc.uri, ['duplicate-caption'], 'duplicate-caption');
    const dup = diagnostics.find((d) => codeOf(d) === 'duplicate-caption')!;
    const actions = await codeActionsAt(doc.uri, dup.range);
    const one = actions.find((a) => a.title === 'Delete duplicate caption');
    const all = actions.find((a) => a.title === 'Delete all duplicate captions');
    assert.ok(one, `quick fix: "Delete duplicate caption" not offered on the duplicate caption; offered: ${titles(actions)}`);
    assert.ok(all, `quick fix: "Delete all duplicate captions" not offered; offered: ${titles(actions)}`);
    assert.ok(one.kind && vscode.CodeActionKind.QuickFix.contains(one.kind), 'quick fix: "Delete duplicate caption" is not a quickfix');
    assert.ok(one.edit, 'quick fix: "Delete duplicate caption" has no edit');
  });

  const ATTRIBUTIONS = [
    { file: 'kerry-paris-ar.article', speakers: ['جون كيري', 'جين بساكي'] },
    { file: 'clarke-detentions-en.article', speakers: ['Charles Clarke', 'David Davis'] },
  ];
  for (const a of ATTRIBUTIONS) {
    it(`quick fix: unattributed-quote offers "Attribute to <speaker>" for each known speaker (nearest first) and a template (${a.file})`, async () => {
      const { doc } = await openArticle(a.file);
      const diagnostics = await waitForDiagnostics(doc.uri, ['unattributed-quote'], 'unattributed-quote');
      const flagged = diagnostics.find((d) => codeOf(d) === 'unattributed-quote')!;
      const actions = (await codeActionsAt(doc.uri, flagged.range)).filter((x) => x.kind && vscode.CodeActionKind.QuickFix.contains(x.kind));
      const attribute = actions.filter((x) => x.title.startsWith('Attribute to '));
      assert.deepEqual(
        attribute.map((x) => x.title),
        a.speakers.map((name) => `Attribute to ${name}`),
        `quick fix: expected one "Attribute to" per known speaker, nearest first; offered: ${titles(actions)}`,
      );
      assert.ok(actions.length > attribute.length, `quick fix: no attribution template offered besides "Attribute to"; offered: ${titles(actions)}`);
      for (const x of attribute) {
        const edits = x.edit?.get(doc.uri) ?? [];
        assert.ok(edits.length > 0, `quick fix: "${x.title}" has no edit`);
        const surname = x.title.split(' ').pop()!;
        // English style turns the quote's final period into a comma (`…weeks," Clarke said.`): besides the
        // inserted attribution, an edit may only swap that one punctuation mark, inside the flagged quote.
        assert.ok(edits.some((e) => e.range.isEmpty && e.newText.includes(surname)), `quick fix: "${x.title}" inserts no attribution naming the speaker; edits: ${JSON.stringify(edits.map((e) => e.newText))}`);
        for (const e of edits) {
          const replaced = doc.getText(e.range);
          const ok = e.range.isEmpty ? e.newText.includes(surname) : flagged.range.contains(e.range) && /^[.!?]$/.test(replaced) && /^[,!?]$/.test(e.newText);
          assert.ok(ok, `quick fix: "${x.title}" edits more than the attribution: ${JSON.stringify(replaced)} → ${JSON.stringify(e.newText)}`);
        }
      }
    });
  }

  it('quick fix: applying "Delete duplicate caption" and saving removes exactly the repeated line on disk', async () => {
    const { doc } = await openArticle('caption-fix-ar.article');
    const before = fs.readFileSync(doc.uri.fsPath, 'utf8');
    const caption = '(رويترز) ممثلو 26 دولة في افتتاح مؤتمر باريس';
    const second = rangeOf(doc, caption, 1);
    const expected = before.slice(0, doc.offsetAt(second.start)) + before.slice(doc.offsetAt(second.end) + 1);
    const diagnostics = await waitForDiagnostics(doc.uri, ['duplicate-caption'], 'duplicate-caption');
    const dup = diagnostics.find((d) => codeOf(d) === 'duplicate-caption')!;
    const actions = await codeActionsAt(doc.uri, dup.range);
    const fix = actions.find((a) => a.title === 'Delete duplicate caption');
    assert.ok(fix?.edit, `quick fix: "Delete duplicate caption" not offered with an edit; offered: ${titles(actions)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'quick fix: VS Code refused the edit of "Delete duplicate caption"');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(await doc.save(), 'quick fix: saving the article failed');
    const after = fs.readFileSync(doc.uri.fsPath, 'utf8');
    assert.equal(after, expected, 'quick fix: the file on disk is not the article minus the repeated caption line');
    await waitForNoDiagnostic(doc.uri, 'duplicate-caption', 'quick fix');
  });
});
