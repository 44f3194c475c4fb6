/**
 * "Disable rule X for this folder": sets `rules[X]` to "off" in the configuration file that applies to the
 * document (creating `.proposal-reply.json` in its folder when none does), as one undoable workspace edit.
 */
import { modify, parse, type ParseError } from 'jsonc-parser/lib/esm/main';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/config/load';
import type { ConfigService } from './configService';
import { exists, folderOf } from './uris';

export async function disableRule(configs: ConfigService, document: vscode.Uri, ruleId: string): Promise<vscode.Uri | undefined> {
  const applying = await configs.fileFor(document);
  const folder = folderOf(document);
  const target = applying ?? (folder && vscode.Uri.joinPath(folder, CONFIG_FILE_NAME));
  if (!target) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the rule is turned off in the folder\'s {0}.', CONFIG_FILE_NAME));
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  if (await exists(target)) {
    const configDocument = await vscode.workspace.openTextDocument(target);
    const text = configDocument.getText();
    const errors: ParseError[] = [];
    parse(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0 && text.trim() !== '') {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} has syntax errors; correct them before turning a rule off.', target.toString(true)));
      return undefined;
    }
    const eol = configDocument.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const changes = modify(text.trim() === '' ? '{}' : text, ['rules', ruleId], 'off', {
      formattingOptions: { insertSpaces: true, tabSize: 2, eol },
    });
    if (text.trim() === '') {
      edit.replace(target, new vscode.Range(0, 0, configDocument.lineCount, 0), JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2) + eol);
    } else {
      for (const change of changes) {
        const range = new vscode.Range(configDocument.positionAt(change.offset), configDocument.positionAt(change.offset + change.length));
        edit.replace(target, range, change.content);
      }
    }
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    await configDocument.save();
  } else {
    const contents = new TextEncoder().encode(JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2) + '\n');
    edit.createFile(target, { contents, ignoreIfExists: true });
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  }
  configs.invalidate();
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Rule {0} is turned off in {1}.', ruleId, vscode.workspace.asRelativePath(target)), 5000);
  return target;
}
