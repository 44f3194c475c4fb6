/**
 * The status-bar item of the active reply: its result class and how many problems it has. Clicking it
 * offers the reply's commands (fix all, preview, export) that this installation provides.
 */
import * as vscode from 'vscode';
import { parse } from '../../core/parser/parse';
import { resultClass } from '../../core/register/resultClass';
import { COMMANDS, LANGUAGE_ID, SOURCE } from '../constants';

export const STATUS_ACTIONS_COMMAND = 'proposalReply.replies.statusActions';

/** The reply commands offered from the status bar, each shown only when registered. */
const ACTIONS: { command: string; label: () => string }[] = [
  { command: COMMANDS.fixAll, label: () => `$(wrench) ${vscode.l10n.t('Fix all auto-fixable problems')}` },
  { command: 'proposalReply.openPreviewToSide', label: () => `$(open-preview) ${vscode.l10n.t('Open preview to the side')}` },
  { command: 'proposalReply.exportDocx', label: () => `$(file-text) ${vscode.l10n.t('Export to Word (.docx)')}` },
  { command: 'proposalReply.exportHtml', label: () => `$(globe) ${vscode.l10n.t('Export to HTML')}` },
];

export class ReplyStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('proposalReply.activeReply', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];
  /** The result class is read again only when the document changed. */
  private parsed: { uri: string; version: number; status: string | null } | undefined;

  constructor() {
    this.item.name = vscode.l10n.t('Active reply');
    this.item.command = STATUS_ACTIONS_COMMAND;
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidSaveTextDocument(() => this.update()),
      vscode.commands.registerCommand(STATUS_ACTIONS_COMMAND, () => this.pickAction()),
    ];
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    const key = document.uri.toString();
    if (this.parsed?.uri !== key || this.parsed.version !== document.version) {
      this.parsed = { uri: key, version: document.version, status: parse(document.getText()).resultStatus?.value ?? null };
    }
    const ours = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === SOURCE);
    const errors = ours.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = ours.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning).length;
    const { status } = this.parsed;
    const letter = resultClass(status);
    const result = letter ? vscode.l10n.t('Class {0}', letter) : (status ?? vscode.l10n.t('No handling result'));
    const icon = errors ? '$(error)' : warnings ? '$(warning)' : '$(pass-filled)';
    const problems = ours.length === 0 ? vscode.l10n.t('No problems') : ours.length === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', ours.length);
    this.item.text = `${icon} ${result} · ${problems}`;
    this.item.tooltip = [
      status ? vscode.l10n.t('Handling result: {0}', status) : vscode.l10n.t('No handling result'),
      vscode.l10n.t('errors {0}, warnings {1}', errors, warnings),
      errors ? vscode.l10n.t('Not ready to submit') : vscode.l10n.t('Ready to submit (no errors)'),
      vscode.l10n.t('Click for fix-all, preview and export'),
    ].join('\n');
    this.item.show();
  }

  private async pickAction(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const registered = new Set(await vscode.commands.getCommands(true));
    const items = ACTIONS.filter((action) => registered.has(action.command)).map((action) => ({ label: action.label(), command: action.command }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('What to do with this reply') });
    if (!picked) return;
    // Some of these commands take the reply's uri, the others act on the active editor, which is the same reply.
    await vscode.commands.executeCommand(picked.command, ...(picked.command === COMMANDS.fixAll && document ? [document.uri] : []));
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
