import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, open, revertAndClose, ruleOf, until, workspaceUri, keepFixturesClean } from './helpers';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

describe('configuration', function () {
  this.timeout(120_000);
  keepFixturesClean(['editor', 'defects.reply.txt'], ['editor', 'sample.reply.txt'], ['editor', 'blank.reply.txt'], ['configured', 'reply.reply.txt']);
  const configUri = () => workspaceUri('configured', '.proposal-reply.json');
  const remove = async () => {
    try {
      await vscode.workspace.fs.delete(configUri());
    } catch {
      // not there
    }
  };
  before(remove);
  after(remove);

  it('changing .proposal-reply.json changes the diagnostics of open replies', async () => {
    const { document } = await open('configured', 'reply.reply.txt');
    const punctuation = (list: vscode.Diagnostic[]) => list.filter((d) => ruleOf(d) === 'punctuation-width');
    const initial = await diagnosticsWhen(document.uri, 'punctuation warnings', (list) => punctuation(list).length > 0);
    assert.ok(punctuation(initial).every((d) => d.severity === vscode.DiagnosticSeverity.Warning));

    await vscode.workspace.fs.writeFile(configUri(), encode({ rules: { 'punctuation-width': 'off' } }));
    await diagnosticsWhen(document.uri, 'the rule to be turned off', (list) => punctuation(list).length === 0);

    await vscode.workspace.fs.writeFile(configUri(), encode({ rules: { 'punctuation-width': 'error' } }));
    await diagnosticsWhen(document.uri, 'the rule to report errors', (list) =>
      punctuation(list).length === punctuation(initial).length && punctuation(list).every((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );

    await remove();
    await diagnosticsWhen(document.uri, 'the warnings to come back', (list) =>
      punctuation(list).length === punctuation(initial).length && punctuation(list).every((d) => d.severity === vscode.DiagnosticSeverity.Warning),
    );
    await revertAndClose(document);
  });

  it('replaces the result values offered by completion', async () => {
    await vscode.workspace.fs.writeFile(configUri(), encode({ resultValues: ['甲类', '乙类'] }));
    const untitled = await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:${workspaceUri('configured', 'new.reply.txt').path}`));
    const document = await vscode.languages.setTextDocumentLanguage(untitled, 'proposal-reply');
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '办理结果\uff1a'));
    const offered = async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 5));
      const values = list.items.filter((item) => item.kind === vscode.CompletionItemKind.EnumMember).map((item) => String(item.label));
      return values.join(',') === '甲类,乙类' ? values : undefined;
    };
    await until('the configured result values', offered);
    await revertAndClose(document);
  });

  it('shows a problem of the configuration file on that file', async () => {
    await vscode.workspace.fs.writeFile(configUri(), encode({ rules: { 'no-such-rule': 'off' } }));
    const { document } = await open('configured', 'reply.reply.txt');
    const problems = await until('the configuration problem', () => {
      const list = vscode.languages.getDiagnostics(configUri()).filter((d) => d.source === 'proposal-reply');
      return list.length > 0 ? list : undefined;
    });
    assert.match(problems[0].message, /no-such-rule/);
    const config = await vscode.workspace.openTextDocument(configUri());
    assert.equal(config.getText(problems[0].range).includes('no-such-rule'), true, config.getText(problems[0].range));
    await revertAndClose(document);
  });
});
