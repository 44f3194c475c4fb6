/** Picks a .docx (unless one is given) and reads it with the core's reader; a file that cannot be read is explained. */
import * as vscode from 'vscode';
import type { DocxDocument } from '../../core/docx/types';
import { format, type Locale, type Message } from '../../core/i18n';
import { baseName } from '../uris';
import { docxMessages } from './messages';

export async function pickWordFile(locale: Locale, title: Message, openLabel: Message): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const [picked] =
    (await vscode.window.showOpenDialog({
      title: title[locale],
      openLabel: openLabel[locale],
      canSelectMany: false,
      canSelectFolders: false,
      filters: { [docxMessages.wordFiles[locale]]: ['docx'] },
      defaultUri: active?.scheme === 'file' ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri,
    })) ?? [];
  return picked;
}

/** The document, or undefined after telling the user why it could not be read. */
export async function readWordFile(uri: vscode.Uri, locale: Locale): Promise<DocxDocument | undefined> {
  const reader = await import('../../core/docx/read'); // loaded on first use: it is large
  try {
    return reader.readDocx(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    const detail =
      error instanceof reader.DocxReadError ? error.localized(locale) : error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(format(docxMessages.cannotRead, locale, { file: baseName(uri), detail }));
    return undefined;
  }
}
