/** The Node entry point (package.json `main`). */
import type * as vscode from 'vscode';
import { activateExtension, type ExtensionApi } from './activate';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateExtension(context, 'node');
}

export function deactivate(): void {}
