/** The tree of replies: kind (提案, 建议), then result class, then each reply with its problem counts. */
import * as vscode from 'vscode';
import type { Kind } from '../../core/model';
import { groupReplies, type GroupedReply, type KindGroup, type ResultGroup, type ResultGroupKey } from './grouping';
import type { WorkspaceReplies } from './workspaceReplies';

export type ReplyNode =
  | { type: 'kind'; group: KindGroup }
  | { type: 'result'; kind: Kind | null; group: ResultGroup }
  | { type: 'reply'; reply: GroupedReply };

/** What the tree shows, as plain data (for the command that reports it). */
export interface ShownNode {
  /** For groups: the kind (`提案`, `建议`, `none`) or the result group (`A`, `B`, `C`, `other`, `none`). */
  key?: string;
  label: string;
  description: string;
  /** `pass-filled` for a reply ready to submit, `error` for one with errors; the groups have none. */
  icon?: string;
  file?: string;
  errors?: number;
  warnings?: number;
  children?: ShownNode[];
}

function kindLabel(kind: Kind | null): string {
  if (kind === '提案') return vscode.l10n.t('Proposals (提案)');
  if (kind === '建议') return vscode.l10n.t('Suggestions (建议)');
  return vscode.l10n.t('Kind not stated');
}

function resultLabel(key: ResultGroupKey): string {
  switch (key) {
    case 'A':
      return vscode.l10n.t('Class A: solved or adopted');
    case 'B':
      return vscode.l10n.t('Class B: being solved or planned');
    case 'C':
      return vscode.l10n.t('Class C: kept for reference or not possible now');
    case 'other':
      return vscode.l10n.t('Other handling results');
    case 'none':
      return vscode.l10n.t('Handling result not stated');
  }
}

export function problemCounts(errors: number, warnings: number): string {
  return vscode.l10n.t('errors {0}, warnings {1}', errors, warnings);
}

function fileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function replyTooltip(reply: GroupedReply): vscode.MarkdownString {
  const rows: [string, string | null][] = [
    [vscode.l10n.t('File'), reply.file],
    [vscode.l10n.t('Number'), reply.proposalNumber],
    [vscode.l10n.t('Title'), reply.title],
    [vscode.l10n.t('Addressees'), reply.addressees || null],
    [vscode.l10n.t('Handling result'), reply.resultStatus],
    [vscode.l10n.t('Signer'), reply.signer],
    [vscode.l10n.t('Issuing organ'), reply.organ],
    [vscode.l10n.t('Date'), reply.date],
    [vscode.l10n.t('Publication'), reply.publicity],
    [vscode.l10n.t('Contact'), [reply.contactName, reply.contactPhone].filter(Boolean).join(' ') || null],
  ];
  const tooltip = new vscode.MarkdownString();
  for (const [name, value] of rows) {
    tooltip.appendMarkdown(`**${name}**: `).appendText(value ?? '—').appendMarkdown('  \n');
  }
  tooltip.appendText(problemCounts(reply.errors, reply.warnings));
  return tooltip;
}

export class ReplyTreeProvider implements vscode.TreeDataProvider<ReplyNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly replies: WorkspaceReplies) {
    this.subscription = replies.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: ReplyNode): ReplyNode[] {
    if (!node) {
      const groups = groupReplies(this.replies.replies(), (key) => vscode.workspace.asRelativePath(vscode.Uri.parse(key)).replace(/\\/g, '/'));
      return groups.map((group) => ({ type: 'kind', group }));
    }
    if (node.type === 'kind') return node.group.results.map((group) => ({ type: 'result', kind: node.group.kind, group }));
    if (node.type === 'result') return node.group.replies.map((reply) => ({ type: 'reply', reply }));
    return [];
  }

  getTreeItem(node: ReplyNode): vscode.TreeItem {
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(kindLabel(node.group.kind), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `kind:${node.group.kind}`;
      item.description = String(node.group.count);
      return item;
    }
    if (node.type === 'result') {
      const item = new vscode.TreeItem(resultLabel(node.group.key), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `result:${node.kind}:${node.group.key}`;
      item.description = String(node.group.replies.length);
      return item;
    }
    const { reply } = node;
    const uri = vscode.Uri.parse(reply.source);
    const item = new vscode.TreeItem(reply.title ?? fileName(reply.file), vscode.TreeItemCollapsibleState.None);
    item.id = reply.source;
    item.resourceUri = uri;
    item.description = [reply.addressees, reply.date, problemCounts(reply.errors, reply.warnings)].filter(Boolean).join(' · ');
    item.tooltip = replyTooltip(reply);
    const ready = reply.errors === 0;
    item.iconPath = ready
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    item.contextValue = ready ? 'proposalReply.reply.ready' : 'proposalReply.reply';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
    return item;
  }

  /** The whole tree as it is shown now. */
  shown(node?: ReplyNode): ShownNode[] {
    return this.getChildren(node).map((child) => {
      const item = this.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const shown: ShownNode = { label, description: String(item.description ?? '') };
      if (child.type === 'reply') {
        Object.assign(shown, {
          icon: (item.iconPath as vscode.ThemeIcon).id,
          file: child.reply.file,
          errors: child.reply.errors,
          warnings: child.reply.warnings,
        });
      } else {
        shown.key = child.type === 'kind' ? (child.group.kind ?? 'none') : child.group.key;
        shown.children = this.shown(child);
      }
      return shown;
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
