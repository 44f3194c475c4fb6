/** Quick fixes for our diagnostics, "fix all of this rule", "disable this rule", and source.fixAll.proposal-reply. */
import * as vscode from 'vscode';
import type { ConfigService } from './configService';
import { COMMANDS, SOURCE } from './constants';
import type { DiagnosticsManager } from './diagnostics';
import { fixAllEdit, fixSomeEdit } from './fixAll';
import type { Log } from './log';
import { fixRange, ruleIdOf } from './toDiagnostic';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(SOURCE);

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly diagnostics: DiagnosticsManager,
    private readonly configs: ConfigService,
    private readonly log: Log,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    try {
      const actions: vscode.CodeAction[] = [];
      if (context.only?.contains(FIX_ALL_KIND)) {
        const fixAll = await this.fixAllAction(document);
        if (fixAll) actions.push(fixAll);
      }
      if (!context.only || context.only.intersects(vscode.CodeActionKind.QuickFix)) {
        actions.push(...(await this.quickFixes(document, context.diagnostics)));
      }
      return actions;
    } catch (error) {
      this.log.error('Code actions', error);
      return [];
    }
  }

  private async fixAllAction(document: vscode.TextDocument): Promise<vscode.CodeAction | undefined> {
    const edit = await fixAllEdit(document, this.configs);
    if (!edit) return undefined;
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable problems'), FIX_ALL_KIND);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.set(document.uri, [edit]);
    return action;
  }

  private async quickFixes(document: vscode.TextDocument, shown: readonly vscode.Diagnostic[]): Promise<vscode.CodeAction[]> {
    const ours = shown.filter((diagnostic) => ruleIdOf(diagnostic) !== undefined);
    if (ours.length === 0) return [];
    const result = await this.diagnostics.resultFor(document);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    const offeredRules = new Set<string>();
    for (const diagnostic of ours) {
      const ruleId = ruleIdOf(diagnostic) as string;
      const core = await this.diagnostics.coreDiagnosticOf(document, diagnostic);
      if (core?.fix) {
        const fix = new vscode.CodeAction(vscode.l10n.t('Fix this problem ({0})', ruleId), vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(document.uri, fixRange(document, core.fix), core.fix.text);
        fix.diagnostics = [diagnostic];
        fix.isPreferred = true;
        actions.push(fix);
      }
      if (offeredRules.has(ruleId)) continue;
      offeredRules.add(ruleId);
      const sameRule = result.diagnostics.filter((candidate) => candidate.ruleId === ruleId && candidate.fix);
      if (sameRule.length > 1) {
        const edit = fixSomeEdit(document, sameRule);
        if (edit) {
          const all = new vscode.CodeAction(vscode.l10n.t('Fix all {0} problems of rule {1}', sameRule.length, ruleId), vscode.CodeActionKind.QuickFix);
          all.edit = new vscode.WorkspaceEdit();
          all.edit.set(document.uri, [edit]);
          all.diagnostics = [diagnostic];
          actions.push(all);
        }
      }
      const disable = new vscode.CodeAction(vscode.l10n.t('Disable rule {0} for this folder', ruleId), vscode.CodeActionKind.QuickFix);
      disable.command = { title: disable.title, command: COMMANDS.disableRule, arguments: [document.uri, ruleId] };
      disable.diagnostics = [diagnostic];
      actions.push(disable);
    }
    return actions;
  }
}
