import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, keepFixturesClean } from './helpers';

describe('outline and folding', function () {
  this.timeout(120_000);
  keepFixturesClean(['editor', 'defects.reply.txt'], ['editor', 'sample.reply.txt'], ['editor', 'blank.reply.txt'], ['configured', 'reply.reply.txt']);
  it('lists header, salutation, numbered sections nested by level, signature and contact block', async () => {
    const { document } = await open('editor', 'sample.reply.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const lineOf = (text: string) => document.getText().split(/\r?\n/).findIndex((line) => line.startsWith(text));
    const top = symbols.map((symbol) => `${symbol.range.start.line}:${symbol.name.slice(0, 4)}`);
    assert.deepEqual(top, [
      '0:办理结果',
      '2:钟跃崎委',
      `${lineOf('一、')}:一、加强`,
      `${lineOf('二、')}:二、聚焦`,
      `${lineOf('三、')}:三、营造`,
      `${lineOf('四、')}:四、下一`,
      `${lineOf('最后')}:最后,我`,
      `${lineOf('长宁区科学技术委员会')}:长宁区科`,
      `${lineOf('联系人姓名')}:联系人姓`,
    ]);
    const fourth = symbols[5];
    assert.deepEqual(fourth.children.map((child) => child.name.slice(0, 3)), ['(一)', '(二)', '(三)']);
    assert.equal(fourth.range.end.line, lineOf('(三)'));
    const first = symbols[2];
    assert.equal(first.range.end.line, lineOf('二、') - 2, 'a section ends at its last paragraph');
    const signature = symbols[7];
    assert.equal(signature.range.end.line, lineOf('(此件公开发布)'));
    assert.equal(symbols[8].range.end.line, lineOf('承办单位通讯地址'));
  });

  it('folds each section', async () => {
    const { document } = await open('editor', 'sample.reply.txt');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const lines = document.getText().split(/\r?\n/);
    const starts = ranges.map((range) => lines[range.start].slice(0, 2));
    for (const heading of ['一、', '二、', '三、', '四、']) assert.ok(starts.includes(heading), `${heading} folds: ${starts.join(' ')}`);
  });
});
