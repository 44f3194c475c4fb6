/**
 * Completion: the allowed values after 办理结果:, the organisation's defaults after 签发人: and the contact
 * labels, field labels at a line start, and today's date on the line after the issuing organ.
 */
import * as vscode from 'vscode';
import { allowedResultValues, fieldInfo } from '../core/schema/describe';
import { formatReplyDate } from '../core/templates/date';
import type { ConfigService } from './configService';
import { LINE_START_LABELS, labelBeforeCursor, organizationDefault } from './fieldLabels';
import type { Log } from './log';
import type { ModelCache } from './modelCache';
import { currentLocale } from './settings';
import { baseName } from './uris';

const COLON = '\uff1a';
const LINE_START = /^[ \u3000]*([\u4e00-\u9fff]*)$/;

export class CompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', COLON];

  constructor(
    private readonly configs: ConfigService,
    private readonly models: ModelCache,
    private readonly log: Log,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    try {
      const prefix = document.lineAt(position.line).text.slice(0, position.character);
      const field = labelBeforeCursor(prefix);
      if (field) return await this.valueItems(document, position, field.path, field.typed);
      const start = LINE_START.exec(prefix);
      if (start) return await this.lineStartItems(document, position, start[1]);
      return [];
    } catch (error) {
      this.log.error('Completion', error);
      return [];
    }
  }

  private async valueItems(document: vscode.TextDocument, position: vscode.Position, path: string, typed: string): Promise<vscode.CompletionItem[]> {
    const { config, source } = await this.configs.configFor(document.uri);
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    const info = fieldInfo(path, currentLocale());
    if (path === 'resultStatus') {
      return allowedResultValues(config).map((value, index) => {
        const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.EnumMember);
        item.range = range;
        item.detail = info?.title;
        item.documentation = info?.description;
        item.sortText = String(index).padStart(3, '0');
        return item;
      });
    }
    const value = organizationDefault(config.organization, path);
    if (!value) return [];
    const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.Value);
    item.range = range;
    item.preselect = true;
    item.detail = source ? vscode.l10n.t('Organisation default from {0}', baseName(source)) : info?.title;
    item.documentation = info?.description;
    return [item];
  }

  private async lineStartItems(document: vscode.TextDocument, position: vscode.Position, typed: string): Promise<vscode.CompletionItem[]> {
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    const locale = currentLocale();
    const items: vscode.CompletionItem[] = [];
    for (const [label, path] of LINE_START_LABELS) {
      const info = fieldInfo(path, locale);
      const item = new vscode.CompletionItem(`${label}${COLON}`, vscode.CompletionItemKind.Field);
      item.range = range;
      item.detail = info?.title;
      item.documentation = info?.description;
      item.sortText = `1${String(items.length).padStart(2, '0')}`;
      // Values are offered as soon as the label is in.
      item.command = { title: '', command: 'editor.action.triggerSuggest' };
      items.push(item);
    }
    const { config } = await this.configs.configFor(document.uri);
    const organ = config.organization.organ;
    if (this.followsOrgan(document, position.line, organ)) {
      const item = new vscode.CompletionItem(formatReplyDate(new Date()), vscode.CompletionItemKind.Value);
      item.range = range;
      item.detail = vscode.l10n.t('Today\'s date');
      item.documentation = fieldInfo('date', locale)?.description;
      item.sortText = '0';
      item.preselect = true;
      items.push(item);
    } else if (organ) {
      const item = new vscode.CompletionItem(organ, vscode.CompletionItemKind.Value);
      item.range = range;
      item.detail = fieldInfo('organ', locale)?.title;
      item.sortText = '2';
      items.push(item);
    }
    return items;
  }

  /** Whether the nearest non-blank line above is the issuing organ. */
  private followsOrgan(document: vscode.TextDocument, line: number, organ: string | undefined): boolean {
    let above = line - 1;
    while (above >= 0 && document.lineAt(above).isEmptyOrWhitespace) above--;
    if (above < 0) return false;
    const text = document.lineAt(above).text.trim();
    if (organ && text === organ) return true;
    const model = this.models.modelOf(document);
    if (model.blocks.some((block) => block.line === above && block.type === 'organ') || model.organ?.range.start.line === above) return true;
    // Before the date is typed the organ may not be recognised yet: a short line without punctuation after the thanks.
    const afterThanks = model.blocks.some((block) => block.type === 'thanks' && block.line < above);
    return afterThanks && text.length <= 30 && !/[\u3002\uff0c\uff1a:,.;\uff1b]/.test(text);
  }
}
