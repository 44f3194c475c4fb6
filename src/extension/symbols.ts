import * as vscode from 'vscode';
import type { Log } from './log';
import type { ModelCache } from './modelCache';
import { outline, type OutlineKind, type OutlineNode } from './outline';

const SYMBOL_KIND: Record<OutlineKind, vscode.SymbolKind> = {
  header: vscode.SymbolKind.Property,
  title: vscode.SymbolKind.String,
  salutation: vscode.SymbolKind.Object,
  section: vscode.SymbolKind.Namespace,
  thanks: vscode.SymbolKind.String,
  signature: vscode.SymbolKind.Event,
  contact: vscode.SymbolKind.Struct,
  copyTo: vscode.SymbolKind.Field,
};

function detailOf(kind: OutlineKind): string {
  switch (kind) {
    case 'header':
      return vscode.l10n.t('Header');
    case 'title':
      return vscode.l10n.t('Title');
    case 'salutation':
      return vscode.l10n.t('Salutation');
    case 'section':
      return '';
    case 'thanks':
      return vscode.l10n.t('Closing');
    case 'signature':
      return vscode.l10n.t('Signature');
    case 'contact':
      return vscode.l10n.t('Contact');
    case 'copyTo':
      return vscode.l10n.t('Copy to');
  }
}

export class SymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly models: ModelCache,
    private readonly log: Log,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    try {
      const toSymbol = (node: OutlineNode): vscode.DocumentSymbol => {
        const range = new vscode.Range(node.startLine, 0, node.endLine, document.lineAt(node.endLine).text.length);
        const nameLine = document.lineAt(node.nameLine);
        const selection = new vscode.Range(node.nameLine, nameLine.firstNonWhitespaceCharacterIndex, node.nameLine, nameLine.text.length);
        const symbol = new vscode.DocumentSymbol(node.name || '…', detailOf(node.kind), SYMBOL_KIND[node.kind], range, selection);
        symbol.children = node.children.map(toSymbol);
        return symbol;
      };
      return outline(this.models.modelOf(document)).map(toSymbol);
    } catch (error) {
      this.log.error('Document symbols', error);
      return [];
    }
  }
}
