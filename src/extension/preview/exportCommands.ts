/**
 * "Export to Word (.docx)" and "Export to HTML": the reply laid out as the preview shows it, written
 * atomically, never over an existing file without the user's consent.
 */
import * as vscode from 'vscode';
import { format, type Locale } from '../../core/i18n';
import { parse } from '../../core/parser/parse';
import { currentLocale } from '../settings';
import { baseName, exists, folderOf } from '../uris';
import { writeAtomically } from '../writeAtomically';
import type { PreviewAssets } from './assets';
import { readRenderSettings } from './settings';
import { strings } from './strings';

export type ExportFormat = 'docx' | 'html';

/** `changning.reply.txt` → `changning.docx`, next to the reply. */
export function defaultExportUri(source: vscode.Uri, exportFormat: ExportFormat): vscode.Uri | undefined {
  const folder = folderOf(source);
  if (!folder) return undefined;
  const stem = baseName(source).replace(/(\.reply)?\.(txt|reply)$/i, '') || 'reply';
  return vscode.Uri.joinPath(folder, `${stem}.${exportFormat}`);
}

async function askTarget(source: vscode.Uri, exportFormat: ExportFormat, locale: Locale): Promise<vscode.Uri | undefined> {
  const docx = exportFormat === 'docx';
  return vscode.window.showSaveDialog({
    defaultUri: defaultExportUri(source, exportFormat),
    title: format(docx ? strings.exportTitleDocx : strings.exportTitleHtml, locale),
    saveLabel: format(strings.exportLabel, locale),
    filters: docx ? { [format(strings.exportFilterDocx, locale)]: ['docx'] } : { [format(strings.exportFilterHtml, locale)]: ['html', 'htm'] },
  });
}

/**
 * Exports a reply. With no `target` the user picks one in the save dialog, which itself asks before
 * replacing a file; a `target` given by a caller that exists is only replaced after the user agrees.
 * Returns the file written, or undefined when the user cancelled.
 */
export async function exportReply(
  assets: PreviewAssets,
  exportFormat: ExportFormat,
  source: vscode.Uri | undefined,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const locale = currentLocale();
  if (!source) {
    void vscode.window.showInformationMessage(format(strings.noReply, locale));
    return undefined;
  }
  const destination = target ?? (await askTarget(source, exportFormat, locale));
  if (!destination) return undefined;
  if (target && (await exists(target))) {
    const replace = format(strings.replace, locale);
    const answer = await vscode.window.showWarningMessage(format(strings.replaceQuestion, locale, { name: baseName(target) }), { modal: true }, replace);
    if (answer !== replace) return undefined;
  }
  try {
    const document = await vscode.workspace.openTextDocument(source);
    const model = parse(document.getText());
    const settings = readRenderSettings(source);
    const bytes =
      exportFormat === 'docx'
        ? await (await import('../../core/render/docx')).renderDocx(model, settings) // loaded when needed: it is large
        : new TextEncoder().encode((await assets.htmlRenderer()).standalone(model, settings));
    await writeAtomically(destination, bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(format(strings.exportFailed, locale, { detail }));
    return undefined;
  }
  const open = format(strings.open, locale);
  void vscode.window.showInformationMessage(format(strings.exported, locale, { name: baseName(destination) }), open).then((answer) => {
    if (answer === open) void vscode.env.openExternal(destination);
  });
  return destination;
}
