/**
 * VS Code's `firstLine` only applies to files no extension claims, so a `.txt` file never gets it. This
 * switches a plain-text file whose first line is a reply header to the reply language, once per file.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './constants';
import { readSettings } from './settings';

const REPLY_HEADER = /^\uFEFF?[\s\u3000]*(办[\s\u3000]*理[\s\u3000]*结[\s\u3000]*果|签[\s\u3000]*发[\s\u3000]*人|办[\s\u3000]*复[\s\u3000]*类[\s\u3000]*别|类[\s\u3000]*别)[\s\u3000]*[:\uff1a]/;

export function watchPlainText(): vscode.Disposable {
  // A file switched once is left alone afterwards, so that choosing "Plain Text" again sticks.
  const switched = new Set<string>();
  const check = (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext' || document.lineCount === 0) return;
    const key = document.uri.toString();
    if (switched.has(key) || !readSettings(document.uri).detectPlainText) return;
    if (!REPLY_HEADER.test(document.lineAt(0).text)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}
