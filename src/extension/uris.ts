/** Uri path helpers that work the same in the Node and the web extension host (no `path` module). */
import * as vscode from 'vscode';

export function parentPath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const index = trimmed.lastIndexOf('/');
  return index <= 0 ? '/' : trimmed.slice(0, index);
}

export function joinPaths(...parts: string[]): string {
  return parts.join('/').replace(/\/{2,}/g, '/');
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const base = folder.path.replace(/\/+$/, '');
  return uri.path === base || uri.path.startsWith(`${base}/`);
}

export function isInsideWorkspace(uri: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((folder) => isInside(uri, folder.uri));
}

/**
 * The folder a document belongs to. An untitled document belongs to the folder of the path it will be saved
 * to (`untitled:/folder/name`), else to the first workspace folder.
 */
export function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme !== 'untitled') return uri.with({ path: parentPath(uri.path) });
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!workspaceFolder || !uri.path.startsWith('/')) return workspaceFolder;
  return workspaceFolder.with({ path: parentPath(uri.path) });
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The text of a file: the editor's copy when it is open (so unsaved edits count), else the file on disk. */
export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  if (open) return open.getText();
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}
