import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lintDocx } from '../../../src/core/docx/lint';
import { readDocx } from '../../../src/core/docx/read';
import { activeExtension, diagnosticsWhen, ours, repoRoot, revertAndClose, uiLocale, workspaceUri } from './helpers';

const FOLDER = 'word-copy';
const source = path.join(repoRoot, 'test', 'fixtures', 'docx', 'corpus', 'changning-2024-aigc.docx');

interface WordCheckResult {
  uri: string;
  errors: number;
  warnings: number;
  infos: number;
  layout: number;
}

describe('Word files: check and import', function () {
  this.timeout(60_000);
  const copy = () => workspaceUri(FOLDER, 'reply.docx');

  before(async () => {
    await activeExtension();
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.createDirectory(workspaceUri(FOLDER));
    await vscode.workspace.fs.writeFile(copy(), readFileSync(source));
  });

  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
  });

  it('contributes both commands with Chinese and English titles', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('proposalReply.checkWordFile') && commands.includes('proposalReply.importWord'));
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const titles = manifest.contributes.commands.filter((c: { command: string }) => /Word/.test(c.command)).map((c: { title: string }) => c.title);
    assert.deepEqual(titles, ['%command.checkWordFile%', '%command.importWord%']);
  });

  it('Check Word File puts the content and layout problems in the Problems panel against the .docx, by paragraph', async () => {
    const expected = lintDocx(readDocx(readFileSync(source)), { locale: uiLocale() });
    const result = await vscode.commands.executeCommand<WordCheckResult>('proposalReply.checkWordFile', copy());
    assert.ok(result);
    assert.equal(result.layout, expected.filter((d) => d.ruleId.startsWith('docx-')).length);
    assert.equal(result.errors + result.warnings + result.infos, expected.length);
    const shown = await diagnosticsWhen(copy(), 'the Word file’s problems', (diagnostics) => diagnostics.length === expected.length);
    assert.deepEqual(
      shown.map((d) => [d.range.start.line, d.message]),
      expected.map((d) => [d.range.start.line, d.message]),
    );
    const margins = shown.find((d) => d.message.includes('20'))!;
    assert.equal((margins.code as { value: string }).value, 'docx-margins');
  });

  it('Import from Word opens the text as a new untitled reply, checked live, and leaves the .docx as it was', async () => {
    const before = await vscode.workspace.fs.readFile(copy());
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('proposalReply.importWord', copy());
    try {
      assert.ok(document);
      assert.equal(document.isUntitled, true);
      assert.equal(document.languageId, 'proposal-reply');
      assert.equal(document.getText(), readDocx(readFileSync(source)).text);
      // A busy machine can take a while to check a long reply for the first time.
      await diagnosticsWhen(
        document.uri,
        'live diagnostics on the imported reply',
        (diagnostics) => diagnostics.some((d) => (d.code as { value: string }).value === 'punctuation-width'),
        45_000,
      );
      assert.ok(ours(document.uri).every((d) => !String((d.code as { value: string }).value).startsWith('docx-')));
      assert.deepEqual(await vscode.workspace.fs.readFile(copy()), before);
    } finally {
      if (document) await revertAndClose(document);
    }
  });
});
