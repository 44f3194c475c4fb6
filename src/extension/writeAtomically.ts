/** Writes a file through the workspace file system without ever leaving half of it behind. */
import * as vscode from 'vscode';
import { baseName, folderOf } from './uris';

/** Temporary file beside the target, then a rename over it: readers never see half a file. */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
  const folder = folderOf(target) ?? target;
  const temporary = vscode.Uri.joinPath(folder, `.${baseName(target)}.${suffix}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(temporary, bytes);
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
