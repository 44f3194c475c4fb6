import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot, until } from './helpers';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher?: string; name: string };
const extensionId = `${manifest.publisher ?? 'undefined_publisher'}.${manifest.name}`;

describe('smoke: the extension in a real VS Code', () => {
  it('is installed from this folder', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} not found`);
    assert.equal(path.resolve(extension.extensionPath), repoRoot);
  });

  it('activates when a reply file is opened', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is not open');
    const uri = vscode.Uri.joinPath(folder.uri, 'clean.reply.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'proposal-reply');

    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    await until('activation', () => (extension.isActive ? true : undefined), 120_000);
  });
});
