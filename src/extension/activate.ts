/** Wires every feature; shared by the Node entry (extension.ts) and the web entry (web.ts). */
import * as vscode from 'vscode';
import { CodeActionProvider } from './codeActions';
import { ConfigService } from './configService';
import { COMMANDS, REPLY_SELECTOR } from './constants';
import { CompletionProvider } from './completion';
import { DiagnosticsManager } from './diagnostics';
import { disableRule } from './disableRule';
import { runFixAll } from './fixAll';
import { FoldingProvider } from './folding';
import { HoverProvider } from './hover';
import { Log } from './log';
import { ModelCache } from './modelCache';
import { newReply, type NewReplyArgs } from './newReply';
import { registerPreview } from './preview/index';
import { watchPlainText } from './plainTextDetection';
import { RuleDocs } from './ruleDocs';
import { SymbolProvider } from './symbols';

export interface ExtensionApi {
  /** How long activate() took, in milliseconds. */
  activationMs: number;
}

/** `started` is when the entry's activate() began, so that the time logged covers every feature it registers. */
export function activateExtension(context: vscode.ExtensionContext, host: 'node' | 'web', started = performance.now()): ExtensionApi {
  const log = new Log();
  const configs = new ConfigService(log);
  const docs = new RuleDocs(context.extensionUri);
  const models = new ModelCache();
  const diagnostics = new DiagnosticsManager(configs, docs, log);

  context.subscriptions.push(
    log,
    configs,
    diagnostics,
    vscode.workspace.onDidCloseTextDocument((document) => models.forget(document.uri)),
    vscode.languages.registerCodeActionsProvider(REPLY_SELECTOR, new CodeActionProvider(diagnostics, configs, log), CodeActionProvider.metadata),
    vscode.languages.registerCompletionItemProvider(REPLY_SELECTOR, new CompletionProvider(configs, models, log), ...CompletionProvider.triggerCharacters),
    vscode.languages.registerHoverProvider(REPLY_SELECTOR, new HoverProvider(models, docs, log)),
    vscode.languages.registerDocumentSymbolProvider(REPLY_SELECTOR, new SymbolProvider(models, log)),
    vscode.languages.registerFoldingRangeProvider(REPLY_SELECTOR, new FoldingProvider(models, log)),
    vscode.commands.registerCommand(COMMANDS.fixAll, (uri?: vscode.Uri) => runFixAll(configs, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(COMMANDS.disableRule, (uri: vscode.Uri, ruleId: string) => disableRule(configs, uri, ruleId)),
    vscode.commands.registerCommand(COMMANDS.newReply, (args?: NewReplyArgs) =>
      newReply({ extensionUri: context.extensionUri, configs, log }, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}),
    ),
    watchPlainText(),
  );
  registerPreview(context);

  const activationMs = performance.now() - started;
  log.info(`Activated (${host}) in ${activationMs.toFixed(1)} ms`);
  return { activationMs };
}
