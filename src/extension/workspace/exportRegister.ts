/**
 * "Export register": the register (办理台账) of every reply in the workspace as .xlsx, .csv or .json. The
 * save dialog asks before replacing a file; the file is written whole to a temporary name, then renamed.
 */
import * as vscode from 'vscode';
import { registerCsv } from '../../core/register/csv';
import { registerJson } from '../../core/register/json';
import { registerRow } from '../../core/register/row';
import { sortRegister } from '../../core/register/sort';
import { currentLocale } from '../settings';
import { exists } from '../uris';
import { writeAtomically } from '../writeAtomically';
import type { WorkspaceReplies } from './workspaceReplies';

export interface ExportResult {
  uri: vscode.Uri;
  rows: number;
}

/**
 * Asks where to save (unless `target` is given, which must not exist yet), waits for indexing to finish,
 * and writes the register. Resolves to undefined when the user cancels or the file cannot be written.
 */
export async function exportRegister(replies: WorkspaceReplies, target?: vscode.Uri): Promise<ExportResult | undefined> {
  const locale = currentLocale();
  if (target && (await exists(target))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} exists already; choose another file.', target.toString(true)));
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export register'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${vscode.l10n.t('register')}.xlsx`) : undefined,
      filters: { [vscode.l10n.t('Excel workbook')]: ['xlsx'], [vscode.l10n.t('CSV (UTF-8)')]: ['csv'], JSON: ['json'] },
    }));
  if (!uri) return undefined;

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the register'), cancellable: false },
    async () => {
      await replies.ready();
      const rows = sortRegister(
        replies.replies().map((reply) => registerRow(vscode.workspace.asRelativePath(vscode.Uri.parse(reply.file)).replace(/\\/g, '/'), reply.fields, reply)),
      );
      const extension = uri.path.slice(uri.path.lastIndexOf('.') + 1).toLowerCase();
      const bytes =
        extension === 'xlsx'
          ? await (await import('../../core/register/xlsx')).registerXlsx(rows, locale) // loaded when needed: it is large
          : new TextEncoder().encode(extension === 'json' ? registerJson(rows) : registerCsv(rows, locale));
      try {
        await writeAtomically(uri, bytes);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The register could not be written: {0}', error instanceof Error ? error.message : String(error)));
        return undefined;
      }
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Register exported: {0} replies to {1}', rows.length, vscode.workspace.asRelativePath(uri)), 5000);
      return { uri, rows: rows.length };
    },
  );
}
