import * as vscode from 'vscode';
import type { Diagnostic, Fix, Severity } from '../core/diagnostic';
import type { Range } from '../core/model';
import { SOURCE } from './constants';
import type { RuleDocs } from './ruleDocs';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function fixRange(document: vscode.TextDocument, fix: Fix): vscode.Range {
  return new vscode.Range(document.positionAt(fix.range[0]), document.positionAt(fix.range[1]));
}

export function toVscodeDiagnostic(diagnostic: Diagnostic, docs: RuleDocs): vscode.Diagnostic {
  const result = new vscode.Diagnostic(toRange(diagnostic.range), diagnostic.message, SEVERITY[diagnostic.severity]);
  result.source = SOURCE;
  result.code = { value: diagnostic.ruleId, target: docs.uriOf(diagnostic.ruleId) };
  return result;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
