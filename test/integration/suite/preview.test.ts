import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot, until } from './helpers';

/** A webview renders on its own time: the preview's waits are long, and look ten times a second. */
const previewUntil = <T>(what: string, probe: () => Promise<T | undefined>) => until(what, probe, 120_000, 100);

interface PreviewState {
  uri: string;
  version: number;
  html: string;
  shown?: { version: number; pages: number };
}

const previewState = (uri: vscode.Uri) => vscode.commands.executeCommand<PreviewState | undefined>('proposalReply.previewState', uri);

describe('preview and export in a real VS Code', function () {
  // Webviews load only while visible and the extension host shares a busy machine: allow for slow starts.
  this.timeout(180_000);
  let folder: string;
  let uri: vscode.Uri;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'preview-'));
    const file = path.join(folder, 'changning.reply.txt');
    copyFileSync(path.join(repoRoot, 'samples/changning-2024-aigc.reply.txt'), file);
    uri = vscode.Uri.file(file);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens beside the editor and shows the edited document after the next render', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    assert.equal(document.languageId, 'proposal-reply');
    await vscode.commands.executeCommand('proposalReply.openPreviewToSide');

    const first = await previewUntil('the preview to show the document', async () => {
      const state = await previewState(uri);
      return state?.shown && state.shown.version === document.version ? state : undefined;
    });
    assert.match(first.html, /data-line="2"[^>]*><span class="pr-fangsong">钟跃崎委员:<\/span>/);
    assert.ok(first.shown && first.shown.pages >= 5, `pages: ${first.shown?.pages}`);

    const added = '新增一句:<script>也照样显示</script>';
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(6, 0), added)));
    const second = await previewUntil('the preview to show the edit', async () => {
      const state = await previewState(uri);
      return state?.shown && state.shown.version === document.version && state.version === document.version ? state : undefined;
    });
    assert.ok(second.version > first.version);
    assert.match(second.html, /新增一句:&lt;script&gt;也照样显示&lt;\/script&gt;元宇宙是未来/);
    assert.doesNotMatch(first.html, /新增一句/);
  });

  it('keeps one panel per document: opening the preview again reuses it', async () => {
    const before = await previewState(uri);
    await vscode.commands.executeCommand('proposalReply.openPreviewToSide', uri);
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview);
    assert.equal(tabs.length, 1);
    assert.equal((await previewState(uri))?.uri, before?.uri);
  });

  it('exports to Word and to HTML, writing the files asked for', async () => {
    const docx = vscode.Uri.file(path.join(folder, 'out', 'reply.docx'));
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.join(folder, 'out')));
    const writtenDocx = await vscode.commands.executeCommand<vscode.Uri | undefined>('proposalReply.exportDocx', uri, docx);
    assert.equal(writtenDocx?.fsPath, docx.fsPath);
    assert.equal(readFileSync(docx.fsPath).subarray(0, 2).toString('latin1'), 'PK');

    const html = vscode.Uri.file(path.join(folder, 'out', 'reply.html'));
    const writtenHtml = await vscode.commands.executeCommand<vscode.Uri | undefined>('proposalReply.exportHtml', uri, html);
    assert.equal(writtenHtml?.fsPath, html.fsPath);
    const text = readFileSync(html.fsPath, 'utf8');
    assert.match(text, /@page/);
    assert.match(text, /新增一句:&lt;script&gt;/, 'the export takes the unsaved edit');
    assert.doesNotMatch(text, /<script/);
  });
  it('follows the active reply editor, and comes back with it', async () => {
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspaceFolder, 'the fixture workspace is not open');
    const other = vscode.Uri.joinPath(workspaceFolder.uri, 'clean.reply.txt');
    const otherDocument = await vscode.workspace.openTextDocument(other);
    await vscode.window.showTextDocument(otherDocument, vscode.ViewColumn.One);
    await previewUntil('the preview to show the other reply', async () => {
      const state = await previewState(other);
      return state?.shown?.version === otherDocument.version ? state : undefined;
    });
    assert.equal(await previewState(uri), undefined, 'one panel, now showing the other reply');

    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const back = await previewUntil('the preview to come back', async () => {
      const state = await previewState(uri);
      return state?.shown?.version === document.version ? state : undefined;
    });
    assert.match(back.html, /新增一句/);
  });
});
