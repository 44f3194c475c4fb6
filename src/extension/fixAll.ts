/** Fix-all: shared by `source.fixAll.proposal-reply`, the fix-all command and the per-rule quick fix. */
import * as vscode from 'vscode';
import type { Diagnostic } from '../core/diagnostic';
import { applyFixes } from '../core/fix/applyFixes';
import { fixAll } from '../core/fix/fixAll';
import type { ConfigService } from './configService';
import { minimalEdit } from './edits';
import { currentLocale } from './settings';

export async function fixAllEdit(document: vscode.TextDocument, configs: ConfigService): Promise<vscode.TextEdit | undefined> {
  const { config } = await configs.configFor(document.uri);
  const { output } = fixAll(document.getText(), { config, locale: currentLocale() });
  return minimalEdit(document, output);
}

export function fixSomeEdit(document: vscode.TextDocument, diagnostics: Diagnostic[]): vscode.TextEdit | undefined {
  return minimalEdit(document, applyFixes(document.getText(), diagnostics).output);
}

/** The `proposalReply.fixAll` command; returns whether the document changed. */
export async function runFixAll(configs: ConfigService, target?: vscode.Uri): Promise<boolean> {
  const document = target
    ? await vscode.workspace.openTextDocument(target)
    : vscode.window.activeTextEditor?.document;
  if (!document) return false;
  const edit = await fixAllEdit(document, configs);
  if (!edit) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('No problems that can be fixed automatically.'), 3000);
    return false;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(document.uri, [edit]);
  return vscode.workspace.applyEdit(workspaceEdit);
}
