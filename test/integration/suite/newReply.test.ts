import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../../src/core/lint';
import { parse } from '../../../src/core/parser/parse';
import { diagnosticsWhen, documentOf, fixtureConfig, open, revertAndClose, ruleOf, uiLocale, keepFixturesClean } from './helpers';

const untitledCount = () => vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled' && !d.isClosed).length;

describe('New reply from template', function () {
  this.timeout(120_000);
  keepFixturesClean(['editor', 'defects.reply.txt'], ['editor', 'sample.reply.txt'], ['editor', 'blank.reply.txt'], ['configured', 'reply.reply.txt']);
  // The configuration comes from the active file's folder: editor/ has the organisation's defaults.
  beforeEach(() => open('editor', 'sample.reply.txt'));

  for (const [template, kind, role] of [['proposal.hbs', '提案', '委员'], ['suggestion.hbs', '建议', '代表'], ['cohandling.hbs', '建议', null]] as const) {
    it(`${template} driven by arguments gives an untitled reply that lints with no errors`, async () => {
      const args = { template, kind, addressee: role ? '钟跃崎' : '长宁区发展和改革委员会', title: '关于加快推进数字化转型的建议', result: '留作参考' };
      const uri = await vscode.commands.executeCommand<vscode.Uri>('proposalReply.newReply', args);
      assert.ok(uri, 'the command returns the new document');
      const document = documentOf(uri);
      assert.ok(document);
      assert.equal(document.uri.scheme, 'untitled');
      assert.equal(document.languageId, 'proposal-reply');
      const text = document.getText();
      const config = fixtureConfig('editor');
      assert.deepEqual(lint(text, { config, locale: uiLocale() }).filter((d) => d.severity === 'error').map((d) => d.message), []);

      const model = parse(text);
      assert.equal(model.resultStatus?.value, '留作参考');
      assert.equal(model.signer?.value, config.organization.signer);
      assert.equal(model.organ?.value, config.organization.organ);
      assert.equal(model.contact.phone?.value, config.organization.contact?.phone);
      if (role) assert.deepEqual(model.addressees.map((a) => [a.name, a.role]), [['钟跃崎', role]]);

      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString());
      const firstBody = model.blocks.find((block) => block.type === 'paragraph' || block.type === 'heading');
      assert.equal(editor.selection.start.line, firstBody?.line, 'the cursor is at the first body paragraph');

      // The extension checks it too: a seeded placeholder is the only problem it reports.
      await editor.edit((edit) => edit.insert(document.lineAt(editor.selection.start.line).range.end, '20XX'));
      const shown = await diagnosticsWhen(uri, 'the placeholder in the new reply', (list) => list.some((d) => ruleOf(d) === 'placeholder'));
      assert.deepEqual(shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Error && ruleOf(d) !== 'placeholder').map((d) => d.message), []);
      await revertAndClose(document);
    });
  }

  it('uses a template from the workspace\'s .proposal-reply/templates', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('proposalReply.newReply', {
      template: 'house.hbs', kind: '提案', addressee: '钟跃崎', title: '关于社区养老服务的建议', result: '解决或采纳',
    });
    const document = uri && documentOf(uri);
    assert.ok(document);
    assert.ok(document.getText().includes('经研究\uff0c我们已将相关工作列入年度计划。'), document.getText());
    assert.equal(parse(document.getText()).kind?.value, '提案');
    await revertAndClose(document);
  });

  it('refuses a template with an unknown variable instead of leaving a blank', async () => {
    const before = untitledCount();
    const uri = await vscode.commands.executeCommand('proposalReply.newReply', {
      template: 'broken.hbs', addressee: '钟跃崎', title: '关于社区养老服务的建议', result: '解决或采纳',
    });
    assert.equal(uri, undefined);
    assert.equal(untitledCount(), before, 'no document was opened');
  });
});
