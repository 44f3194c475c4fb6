import * as vscode from 'vscode';

/** One replacement covering only what differs between the document and the new text, so the cursor stays put. */
export function minimalEdit(document: vscode.TextDocument, newText: string): vscode.TextEdit | undefined {
  const oldText = document.getText();
  if (oldText === newText) return undefined;
  let start = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  // Never split a surrogate pair or a CRLF at either end.
  while (start > 0 && splitsPair(oldText, start)) start--;
  while (oldEnd < oldText.length && splitsPair(oldText, oldEnd)) {
    oldEnd++;
    newEnd++;
  }
  const range = new vscode.Range(document.positionAt(start), document.positionAt(oldEnd));
  return vscode.TextEdit.replace(range, newText.slice(start, newEnd));
}

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}
