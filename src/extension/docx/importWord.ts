/**
 * "Import from Word…": opens a .docx's text as a new, untitled reply, where the live checks, fixes and the
 * exports take over. The Word file is only read.
 */
import * as vscode from 'vscode';
import { format } from '../../core/i18n';
import { LANGUAGE_ID } from '../constants';
import { currentLocale } from '../settings';
import { baseName } from '../uris';
import { docxMessages } from './messages';
import { pickWordFile, readWordFile } from './readWordFile';

export async function importWord(given?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const locale = currentLocale();
  const uri = given ?? (await pickWordFile(locale, docxMessages.pickTitleImport, docxMessages.pickLabelImport));
  if (!uri) return undefined;
  const word = await readWordFile(uri, locale);
  if (!word) return undefined;
  const file = baseName(uri);
  if (word.text.trim() === '') {
    void vscode.window.showWarningMessage(format(docxMessages.empty, locale, { file }));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: word.text });
  await vscode.window.showTextDocument(document);
  void vscode.window.showInformationMessage(format(docxMessages.imported, locale, { file, paragraphs: word.paragraphs.length }));
  return document;
}
