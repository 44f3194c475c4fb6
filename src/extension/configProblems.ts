/** Shows the problems of a configuration file as diagnostics on that file, placed by their JSON pointers. */
import { findNodeAtLocation, parseTree } from 'jsonc-parser/lib/esm/main';
import * as vscode from 'vscode';
import type { ConfigProblem } from '../core/config/load';
import { LineIndex } from '../core/parser/positions';
import { SOURCE } from './constants';

function segments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function rangeOf(text: string, pointer: string): vscode.Range {
  const lineOffsets = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => (match.index ?? 0) + match[0].length)];
  const index = new LineIndex(lineOffsets, text.length);
  const positionAt = (offset: number): vscode.Position => {
    const { line, character } = index.positionAt(offset);
    return new vscode.Position(line, character);
  };
  const root = parseTree(text);
  const path = segments(pointer);
  // A problem about a missing or unknown key points at the closest node that exists.
  for (let depth = path.length; root && depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (!node) continue;
    const target = node.parent?.type === 'property' && depth > 0 ? node.parent : node;
    const start = positionAt(target.offset);
    const end = depth === 0 ? start.translate(0, 1) : positionAt(target.offset + target.length);
    return new vscode.Range(start, end);
  }
  return new vscode.Range(0, 0, 0, 1);
}

export function configDiagnostics(text: string, problems: ConfigProblem[]): vscode.Diagnostic[] {
  return problems.map((problem) => {
    const diagnostic = new vscode.Diagnostic(rangeOf(text, problem.path), problem.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = SOURCE;
    return diagnostic;
  });
}
