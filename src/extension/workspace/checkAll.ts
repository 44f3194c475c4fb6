/**
 * "Check all replies": every reply of the workspace, closed ones included, into the Problems panel. Open
 * replies are left to the live diagnostics, so that nothing shows twice; once the command has run, the
 * panel follows the index as files change.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID, SOURCE } from '../constants';
import type { RuleDocs } from '../ruleDocs';
import { toVscodeDiagnostic } from '../toDiagnostic';
import type { IndexedReply } from './replyIndex';
import type { WorkspaceReplies } from './workspaceReplies';

export interface CheckAllResult {
  replies: number;
  errors: number;
  warnings: number;
  cancelled: boolean;
}

export class WorkspaceDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(`${SOURCE}-workspace`);
  private enabled = false;
  private readonly shown = new Map<string, IndexedReply>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly replies: WorkspaceReplies,
    private readonly docs: RuleDocs,
  ) {
    this.disposables = [
      this.collection,
      replies.onDidChange(() => this.sync()),
      vscode.workspace.onDidOpenTextDocument(() => this.sync()),
      vscode.workspace.onDidCloseTextDocument(() => this.sync()),
    ];
  }

  async checkAll(): Promise<CheckAllResult | undefined> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking all replies'), cancellable: true },
      async (progress, token) => {
        let reported = 0;
        const result = await this.replies.refresh({
          force: true,
          token,
          progress: (done, total) => {
            progress.report({ increment: ((done - reported) / Math.max(total, 1)) * 100, message: `${done}/${total}` });
            reported = done;
          },
        });
        this.enabled = true;
        this.sync();
        const replies = this.replies.replies();
        const summary: CheckAllResult = {
          replies: replies.length,
          errors: replies.reduce((sum, reply) => sum + reply.errors, 0),
          warnings: replies.reduce((sum, reply) => sum + reply.warnings, 0),
          cancelled: result.cancelled,
        };
        const message = result.cancelled
          ? vscode.l10n.t('Checking was cancelled; the Problems panel shows the replies checked so far.')
          : vscode.l10n.t('Checked {0} replies. Errors: {1}, warnings: {2}.', summary.replies, summary.errors, summary.warnings);
        void vscode.window.setStatusBarMessage(message, 5000);
        return summary;
      },
    );
  }

  /** Puts each closed reply's problems in the panel, and takes open replies and removed files out. */
  private sync(): void {
    if (!this.enabled) return;
    const open = new Set(
      vscode.workspace.textDocuments.filter((document) => document.languageId === LANGUAGE_ID).map((document) => document.uri.toString()),
    );
    const wanted = new Map<string, IndexedReply>();
    for (const reply of this.replies.replies()) if (!open.has(reply.file)) wanted.set(reply.file, reply);
    for (const key of [...this.shown.keys()]) {
      if (!wanted.has(key)) {
        this.collection.delete(vscode.Uri.parse(key));
        this.shown.delete(key);
      }
    }
    // An indexed reply is replaced whenever it is checked again, so an unchanged object needs no update.
    for (const [key, reply] of wanted) {
      if (this.shown.get(key) === reply) continue;
      this.collection.set(vscode.Uri.parse(key), reply.diagnostics.map((diagnostic) => toVscodeDiagnostic(diagnostic, this.docs)));
      this.shown.set(key, reply);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
