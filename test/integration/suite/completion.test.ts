import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { resolveConfig } from '../../../src/core/config/resolve';
import { allowedResultValues } from '../../../src/core/schema/describe';
import { formatReplyDate } from '../../../src/core/templates/date';
import { fixtureConfig, open, revertAndClose, keepFixturesClean } from './helpers';

async function labelsAt(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
  return list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** Replaces the whole document (kept unsaved) and returns the end of the given line. */
async function typeText(editor: vscode.TextEditor, text: string, line: number): Promise<vscode.Position> {
  await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), text));
  return editor.document.lineAt(line).range.end;
}

describe('completion', function () {
  this.timeout(120_000);
  keepFixturesClean(['editor', 'defects.reply.txt'], ['editor', 'sample.reply.txt'], ['editor', 'blank.reply.txt'], ['configured', 'reply.reply.txt']);
  it('offers the allowed result values after 办理结果, with either colon', async () => {
    const { document, editor } = await open('editor', 'blank.reply.txt');
    const allowed = allowedResultValues(resolveConfig());
    assert.ok(allowed.includes('解决或采纳') && allowed.includes('留作参考'));
    for (const header of ['办理结果\uff1a', '办理结果:', '办 理 结 果\uff1a']) {
      const labels = await labelsAt(document, await typeText(editor, `${header}\n`, 0), '\uff1a');
      for (const value of allowed) assert.ok(labels.includes(value), `${value} missing after "${header}": ${labels.join(', ')}`);
    }
    await revertAndClose(document);
  });

  it('offers the organisation\'s defaults from the configuration after the signer and contact labels', async () => {
    const { document, editor } = await open('editor', 'blank.reply.txt');
    const organization = fixtureConfig('editor').organization;
    const cases: [string, string | undefined][] = [
      ['办理结果\uff1a留作参考   签发人\uff1a', organization.signer],
      ['联系人姓名\uff1a', organization.contact?.name],
      ['联系电话\uff1a', organization.contact?.phone],
      ['承办单位通讯地址\uff1a', organization.contact?.address],
      ['邮政编码\uff1a', organization.contact?.postcode],
    ];
    for (const [line, value] of cases) {
      assert.ok(value, `the fixture configuration has a default for ${line}`);
      assert.ok((await labelsAt(document, await typeText(editor, line, 0))).includes(value), `${value} after ${line}`);
    }
    await revertAndClose(document);
  });

  it('offers field labels at a line start and today\'s date after the issuing organ', async () => {
    const { document, editor } = await open('editor', 'blank.reply.txt');
    const labels = await labelsAt(document, await typeText(editor, '\n', 0));
    for (const label of ['办理结果\uff1a', '签发人\uff1a', '联系人姓名\uff1a', '联系电话\uff1a', '承办单位通讯地址\uff1a', '邮政编码\uff1a']) {
      assert.ok(labels.includes(label), `${label} missing: ${labels.join(', ')}`);
    }
    const text = ['感谢您对我们工作的关心和支持。', '', '长宁区科学技术委员会', '', ''].join('\n');
    const dateLabels = await labelsAt(document, await typeText(editor, text, 4));
    const today = formatReplyDate(new Date());
    assert.match(today, /^\d{4}年[1-9]\d?月[1-9]\d?日$/);
    assert.ok(dateLabels.includes(today), `${today} missing: ${dateLabels.join(', ')}`);
    await revertAndClose(document);
  });
});
