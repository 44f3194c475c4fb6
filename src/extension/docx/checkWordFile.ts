/**
 * "Check Word File…": lints a .docx (content and layout) into the Problems panel, against the file's own
 * URI, and sums the result up. The file is only read.
 */
import * as vscode from 'vscode';
import { lintDocx } from '../../core/docx/lint';
import { format } from '../../core/i18n';
import type { ConfigService } from '../configService';
import type { RuleDocs } from '../ruleDocs';
import { currentLocale } from '../settings';
import { toVscodeDiagnostic } from '../toDiagnostic';
import { baseName } from '../uris';
import { docxMessages } from './messages';
import { pickWordFile, readWordFile } from './readWordFile';

export interface WordCheckResult {
  uri: string;
  errors: number;
  warnings: number;
  infos: number;
  layout: number;
}

export async function checkWordFile(
  collection: vscode.DiagnosticCollection,
  configs: ConfigService,
  docs: RuleDocs,
  given?: vscode.Uri,
): Promise<WordCheckResult | undefined> {
  const locale = currentLocale();
  const uri = given ?? (await pickWordFile(locale, docxMessages.pickTitleCheck, docxMessages.pickLabelCheck));
  if (!uri) return undefined;
  const document = await readWordFile(uri, locale);
  if (!document) return undefined;
  const { config, problems, source } = await configs.configFor(uri);
  if (problems.length > 0 && source) {
    void vscode.window.showWarningMessage(format(docxMessages.configProblems, locale, { file: baseName(source) }));
  }
  const diagnostics = lintDocx(document, { config, locale });
  collection.set(uri, diagnostics.map((diagnostic) => toVscodeDiagnostic(diagnostic, docs)));

  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  const result: WordCheckResult = {
    uri: uri.toString(),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    layout: diagnostics.filter((d) => d.ruleId.startsWith('docx-')).length,
  };
  const file = baseName(uri);
  if (diagnostics.length === 0) {
    void vscode.window.showInformationMessage(format(docxMessages.clean, locale, { file }));
  } else {
    const show = docxMessages.showProblems[locale];
    const notify = result.errors > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void notify(format(docxMessages.checked, locale, { file, ...result }), show).then((choice) => {
      if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }
  return result;
}
