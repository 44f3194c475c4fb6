import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, documentOf, open, until, workspaceUri, keepFixturesClean } from './helpers';

describe('the reply language', function () {
  this.timeout(120_000);
  keepFixturesClean(['editor', 'defects.reply.txt'], ['editor', 'sample.reply.txt'], ['editor', 'blank.reply.txt'], ['configured', 'reply.reply.txt']);
  it('is set when a sample reply (*.reply.txt) is opened, and activation is timed', async () => {
    const { document } = await open('editor', 'sample.reply.txt');
    assert.equal(document.languageId, 'proposal-reply');
    const extension = await activeExtension();
    assert.equal(typeof extension.exports.activationMs, 'number');
    console.log(`proposal-reply activate() took ${extension.exports.activationMs.toFixed(1)} ms`);
  });

  it('is set for *.reply files', async () => {
    const { document } = await open('editor', 'letter.reply');
    assert.equal(document.languageId, 'proposal-reply');
  });

  it('is set for a plain-text file whose first line is a reply header, and not for other text files', async () => {
    const other = await open('editor', 'notes.txt');
    assert.equal(other.document.languageId, 'plaintext');
    const header = workspaceUri('editor', 'header-only.txt');
    await open('editor', 'header-only.txt');
    await until('the header file to become a reply', () => (documentOf(header)?.languageId === 'proposal-reply' ? true : undefined));
    // Both files were opened in order, so the check of notes.txt has run by now.
    assert.equal(documentOf(other.document.uri)?.languageId, 'plaintext');
  });

  it('offers the reply snippets', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'proposal-reply', content: '' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0));
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const prefix of ['答复提案', '答复建议', '办理结果', '称呼', '一、', '落款', '公开', '联系人']) {
      assert.ok(snippets.includes(prefix), `snippet ${prefix} missing from ${snippets.join(', ')}`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
