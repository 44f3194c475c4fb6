/** The office's view of the workspace: the tree of replies, "Check all replies", the status bar and the register. */
import * as vscode from 'vscode';
import { ConfigService } from '../configService';
import { LANGUAGE_ID } from '../constants';
import { Log } from '../log';
import { RuleDocs } from '../ruleDocs';
import { readSettings } from '../settings';
import { WorkspaceDiagnostics } from './checkAll';
import { claimsFromPackage } from './claims';
import { exportRegister } from './exportRegister';
import { ReplyTreeProvider } from './replyTree';
import { ReplyStatusBar } from './statusBar';
import { WorkspaceReplies, type IndexingState } from './workspaceReplies';

export const WORKSPACE_COMMANDS = {
  refresh: 'proposalReply.replies.refresh',
  checkAll: 'proposalReply.checkAll',
  exportRegister: 'proposalReply.exportRegister',
  /** Returns the tree as shown, once indexing is done (for tests and automation). */
  items: 'proposalReply.replies.items',
} as const;

export const REPLY_VIEWS = ['proposalReply.replies', 'proposalReply.repliesExplorer'] as const;
const INDEXED_CONTEXT = 'proposalReply.repliesIndexed';

export function registerWorkspaceFeatures(context: vscode.ExtensionContext): void {
  const log = new Log();
  const configs = new ConfigService(log);
  const replies = new WorkspaceReplies(configs, () => claimsFromPackage(context.extension.packageJSON, LANGUAGE_ID, readSettings().detectPlainText), log);
  const tree = new ReplyTreeProvider(replies);
  const diagnostics = new WorkspaceDiagnostics(replies, new RuleDocs(context.extensionUri));
  const views = REPLY_VIEWS.map((id) => vscode.window.createTreeView(id, { treeDataProvider: tree, showCollapseAll: true }));

  context.subscriptions.push(
    log,
    configs,
    replies,
    tree,
    diagnostics,
    ...views,
    new ReplyStatusBar(),
    replies.onDidChangeState(indexingIndicator(views)),
    vscode.commands.registerCommand(WORKSPACE_COMMANDS.refresh, () => replies.refresh()),
    vscode.commands.registerCommand(WORKSPACE_COMMANDS.checkAll, () => diagnostics.checkAll()),
    vscode.commands.registerCommand(WORKSPACE_COMMANDS.exportRegister, (target?: vscode.Uri) =>
      exportRegister(replies, target instanceof vscode.Uri ? target : undefined),
    ),
    vscode.commands.registerCommand(WORKSPACE_COMMANDS.items, async () => {
      await replies.ready();
      return tree.shown();
    }),
  );
  replies.refreshInBackground();
}

/** A progress bar on the views while a full indexing runs; the welcome text (no replies) only once one has run. */
function indexingIndicator(views: readonly vscode.TreeView<unknown>[]): (state: IndexingState) => void {
  let finish: (() => void) | undefined;
  return (state) => {
    if (state.indexing && !finish) {
      const finished = new Promise<void>((resolve) => (finish = resolve));
      for (const viewId of REPLY_VIEWS) void vscode.window.withProgress({ location: { viewId } }, () => finished);
      for (const view of views) view.message = vscode.l10n.t('Looking for replies in the workspace…');
    } else if (!state.indexing && finish) {
      finish();
      finish = undefined;
      for (const view of views) view.message = undefined;
      void vscode.commands.executeCommand('setContext', INDEXED_CONTEXT, true);
    }
  };
}
