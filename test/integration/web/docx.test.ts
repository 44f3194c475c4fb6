// The Word commands in the web worker extension host: the .docx reader must run without Node.
import * as vscode from 'vscode';
import { makeDocx, p, sectPr } from '../../unit/docx.helpers';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const LINES = ['办理结果:解决或采纳  签发人:詹镭', '钟跃崎委员:', '您提出的提案收悉,现将办理情况答复如下:', '长宁区科学技术委员会', '2024年4月30日'];

describe('Word files in the web worker extension host', () => {
  const folder = () => {
    const root = vscode.workspace.workspaceFolders?.[0];
    check(root, 'the fixture workspace is not open');
    return vscode.Uri.joinPath(root.uri, 'word-web');
  };
  const file = () => vscode.Uri.joinPath(folder(), 'reply.docx');

  before(async () => {
    await vscode.workspace.fs.writeFile(file(), makeDocx({ body: LINES.map((line) => p(line)).join('') + sectPr({ top: 1134, bottom: 1134, left: 1134, right: 1134 }) }));
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
  });

  it('checks a .docx into the Problems panel', async () => {
    const result = await vscode.commands.executeCommand<{ layout: number }>('proposalReply.checkWordFile', file());
    check(result && result.layout > 0, `layout problems: ${JSON.stringify(result)}`);
    const ids = vscode.languages.getDiagnostics(file()).map((d) => String((d.code as { value: string }).value));
    check(ids.includes('docx-margins'), `no docx-margins among ${ids.join(', ')}`);
  });

  it('imports a .docx as an untitled reply', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('proposalReply.importWord', file());
    check(document && document.isUntitled && document.languageId === 'proposal-reply', 'no untitled reply was opened');
    check(document.getText() === `${LINES.join('\n')}\n`, `imported text: ${document.getText()}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
