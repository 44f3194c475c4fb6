/** The Node entry point (package.json `main`). */
import type * as vscode from 'vscode';
import { activateExtension, type ExtensionApi } from './activate';
import { registerDocxCommands } from './docx/index';
import { registerWorkspaceFeatures } from './workspace/index';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  registerWorkspaceFeatures(context);
  registerDocxCommands(context);
  return activateExtension(context, 'node', started);
}

export function deactivate(): void {}
