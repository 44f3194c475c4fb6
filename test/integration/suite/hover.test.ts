import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleById } from '../../../src/core/rules/index';
import { fieldInfo } from '../../../src/core/schema/describe';
import { diagnosticsWhen, open, revertAndClose, ruleOf, uiLocale, keepFixturesClean } from './helpers';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** Markdown escapes punctuation; compare on letters and digits. */
const plain = (text: string) => text.replace(/&nbsp;/g, ' ').replace(/[\\*_`[\](){}#+\-.!|>~\s]/g, '');

describe('hover', function () {
  this.timeout(120_000);
  keepFixturesClean(['editor', 'defects.reply.txt'], ['editor', 'sample.reply.txt'], ['editor', 'blank.reply.txt'], ['configured', 'reply.reply.txt']);
  it('shows the field\'s title and description from the schema on a label and on its value', async () => {
    const { document } = await open('editor', 'sample.reply.txt');
    const line = document.lineAt(0).text;
    const signer = fieldInfo('signer', uiLocale());
    assert.ok(signer);
    for (const character of [line.indexOf('签发人') + 1, line.indexOf('詹镭') + 1]) {
      const text = plain(await hoverText(document.uri, new vscode.Position(0, character)));
      assert.ok(text.includes(plain(signer.title)) && text.includes(plain(signer.description)), text);
    }
    const phoneLine = document.getText().split('\n').findIndex((l) => l.includes('52388272'));
    const phone = fieldInfo('contact.phone', uiLocale());
    assert.ok(phone);
    const text = plain(await hoverText(document.uri, new vscode.Position(phoneLine, document.lineAt(phoneLine).text.indexOf('52388272') + 2)));
    assert.ok(text.includes(plain(phone.description)), text);
  });

  it('shows the rule\'s explanation on a diagnostic', async () => {
    const { document } = await open('editor', 'defects.reply.txt');
    const shown = await diagnosticsWhen(document.uri, 'a phone diagnostic', (list) => list.some((d) => ruleOf(d) === 'phone-format'));
    const target = shown.find((d) => ruleOf(d) === 'phone-format') as vscode.Diagnostic;
    const rule = ruleById('phone-format');
    assert.ok(rule);
    const text = plain(await hoverText(document.uri, target.range.start.translate(0, 1)));
    assert.ok(text.includes(plain(rule.docs[uiLocale()])), text);
    assert.ok(text.includes(plain('phone-format')));
    await revertAndClose(document);
  });
});
