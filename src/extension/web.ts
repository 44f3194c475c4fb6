/** The web entry point (package.json `browser`), for VS Code for the Web: no Node API is used anywhere below. */
import type * as vscode from 'vscode';
import { activateExtension, type ExtensionApi } from './activate';
import { registerDocxCommands } from './docx/index';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  registerDocxCommands(context);
  return activateExtension(context, 'web', started);
}

export function deactivate(): void {}
