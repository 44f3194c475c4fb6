/** Hover: the field's title and description from the schema, and the rule's explanation for a diagnostic. */
import * as vscode from 'vscode';
import type { Range as CoreRange, ReplyModel } from '../core/model';
import { fieldPathAt as fieldPathAtRange } from '../core/fieldRegistry';
import { ruleById } from '../core/rules/index';
import { fieldInfo } from '../core/schema/describe';
import type { Log } from './log';
import type { ModelCache } from './modelCache';
import type { RuleDocs } from './ruleDocs';
import { currentLocale } from './settings';
import { ruleIdOf } from './toDiagnostic';

function contains(range: CoreRange, position: vscode.Position): boolean {
  const { start, end } = range;
  const afterStart = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const beforeEnd = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return afterStart && beforeEnd;
}

/** The schema path of the field at a position, if any. */
export function fieldPathAt(model: ReplyModel, position: vscode.Position): string | undefined {
  return fieldPathAtRange(model, (range) => contains(range, position));
}

export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly models: ModelCache,
    private readonly docs: RuleDocs,
    private readonly log: Log,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      const locale = currentLocale();
      const contents: vscode.MarkdownString[] = [];
      const shownRules = new Set<string>();
      for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
        const ruleId = ruleIdOf(diagnostic);
        if (!ruleId || shownRules.has(ruleId) || !diagnostic.range.contains(position)) continue;
        shownRules.add(ruleId);
        const rule = ruleById(ruleId);
        if (!rule) continue;
        const text = new vscode.MarkdownString();
        text.appendMarkdown(`**${ruleId}**: `).appendText(rule.description[locale]).appendMarkdown('\n\n').appendText(rule.docs[locale]);
        text.appendMarkdown(`\n\n[${vscode.l10n.t('Rule documentation')}](${this.docs.uriOf(ruleId).toString()})`);
        contents.push(text);
      }
      const path = fieldPathAt(this.models.modelOf(document), position);
      const info = path ? fieldInfo(path, locale) : undefined;
      if (info) contents.push(new vscode.MarkdownString().appendMarkdown('**').appendText(info.title).appendMarkdown('**\n\n').appendText(info.description));
      return contents.length > 0 ? new vscode.Hover(contents) : undefined;
    } catch (error) {
      this.log.error('Hover', error);
      return undefined;
    }
  }
}
