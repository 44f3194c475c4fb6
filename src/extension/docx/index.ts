/** The Word commands: check a .docx into the Problems panel, and import one as a new reply. */
import * as vscode from 'vscode';
import { ConfigService } from '../configService';
import { SOURCE } from '../constants';
import { Log } from '../log';
import { RuleDocs } from '../ruleDocs';
import { checkWordFile } from './checkWordFile';
import { importWord } from './importWord';

export const DOCX_COMMANDS = {
  check: 'proposalReply.checkWordFile',
  import: 'proposalReply.importWord',
} as const;

export function registerDocxCommands(context: vscode.ExtensionContext): void {
  const log = new Log();
  const configs = new ConfigService(log);
  const docs = new RuleDocs(context.extensionUri);
  const collection = vscode.languages.createDiagnosticCollection(`${SOURCE}-word`);
  const asUri = (value: unknown) => (value instanceof vscode.Uri ? value : undefined);
  /** A failure is logged and shown, never left as an unhandled rejection. */
  const safely = <T>(name: string, task: Promise<T>): Promise<T | undefined> =>
    task.catch((error: unknown) => {
      log.error(name, error);
      void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return undefined;
    });
  context.subscriptions.push(
    log,
    configs,
    collection,
    vscode.commands.registerCommand(DOCX_COMMANDS.check, (uri?: unknown) => safely(DOCX_COMMANDS.check, checkWordFile(collection, configs, docs, asUri(uri)))),
    vscode.commands.registerCommand(DOCX_COMMANDS.import, (uri?: unknown) => safely(DOCX_COMMANDS.import, importWord(asUri(uri)))),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => collection.delete(uri))),
  );
}
