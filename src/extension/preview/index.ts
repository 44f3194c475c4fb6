/** The preview and the exports: commands and panels. activate() calls registerPreview(context). */
import * as vscode from 'vscode';
import { PreviewAssets } from './assets';
import { exportReply } from './exportCommands';
import { PreviewManager } from './previewManager';

export const PREVIEW_COMMANDS = {
  open: 'proposalReply.openPreview',
  openToSide: 'proposalReply.openPreviewToSide',
  exportDocx: 'proposalReply.exportDocx',
  exportHtml: 'proposalReply.exportHtml',
  /** Test hook: what a preview last rendered and showed. */
  state: 'proposalReply.previewState',
} as const;

function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}

export function registerPreview(context: vscode.ExtensionContext): void {
  const assets = new PreviewAssets(context.extensionUri);
  const manager = new PreviewManager(assets);
  const sourceOf = (value: unknown) => asUri(value) ?? manager.activeResource() ?? vscode.window.activeTextEditor?.document.uri;
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand(PREVIEW_COMMANDS.open, (uri?: unknown) => void manager.open(asUri(uri), false)),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.openToSide, (uri?: unknown) => void manager.open(asUri(uri), true)),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.exportDocx, (uri?: unknown, target?: unknown) => exportReply(assets, 'docx', sourceOf(uri), asUri(target))),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.exportHtml, (uri?: unknown, target?: unknown) => exportReply(assets, 'html', sourceOf(uri), asUri(target))),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.state, (uri?: unknown) => manager.stateOf(asUri(uri))),
  );
}
