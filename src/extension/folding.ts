import * as vscode from 'vscode';
import type { Log } from './log';
import type { ModelCache } from './modelCache';
import { outline, type OutlineNode } from './outline';

/** Folds each numbered section (nested by level), the signature and the contact block. */
export class FoldingProvider implements vscode.FoldingRangeProvider {
  constructor(
    private readonly models: ModelCache,
    private readonly log: Log,
  ) {}

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    try {
      const ranges: vscode.FoldingRange[] = [];
      const visit = (node: OutlineNode) => {
        if (node.endLine > node.startLine && (node.kind === 'section' || node.kind === 'signature' || node.kind === 'contact')) {
          ranges.push(new vscode.FoldingRange(node.startLine, node.endLine, vscode.FoldingRangeKind.Region));
        }
        node.children.forEach(visit);
      };
      outline(this.models.modelOf(document)).forEach(visit);
      return ranges;
    } catch (error) {
      this.log.error('Folding ranges', error);
      return [];
    }
  }
}
