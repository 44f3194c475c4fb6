/** Runs the layout rules over a read .docx, with severities from the configuration's `rules`. */
import type { ResolvedConfig, RuleSetting } from '../../config/types';
import type { Diagnostic, Severity } from '../../diagnostic';
import { format, type Locale } from '../../i18n';
import type { ReplyModel } from '../../model';
import type { DocxDocument, DocxParagraph } from '../types';
import { layoutRules } from './index';
import { paragraphSuffix } from './measure';
import { resolveDocxLayout } from './settings';
import type { LayoutContext, LayoutRule } from './types';

const FAILED = {
  zh: '规则 {ruleId} 运行出错，未能完成检查：{error}',
  en: 'Rule {ruleId} failed and could not finish checking: {error}',
};

function severityOf(setting: RuleSetting | undefined, rule: LayoutRule): Severity | 'off' {
  if (setting === undefined) return rule.defaultSeverity;
  return typeof setting === 'string' ? setting : setting.severity;
}

/** A diagnostic's range: the paragraph's line, as the CLI and the Problems panel show it. */
function paragraphRange(paragraph: DocxParagraph) {
  return { start: { line: paragraph.index, character: 0 }, end: { line: paragraph.index, character: paragraph.text.length } };
}

export function lintLayout(document: DocxDocument, model: ReplyModel, config: ResolvedConfig, locale: Locale): Diagnostic[] {
  const paragraphs = document.paragraphs;
  const context: LayoutContext = {
    document,
    model,
    settings: resolveDocxLayout(config.docx),
    locale,
    paragraphOf: (block) => paragraphs[document.lines[block.line]?.paragraph ?? 0],
  };
  const diagnostics: Diagnostic[] = [];
  if (paragraphs.length === 0) return diagnostics;
  for (const rule of layoutRules) {
    const severity = severityOf(config.rules[rule.id], rule);
    if (severity === 'off') continue;
    try {
      rule.check(context, ({ messageId, args, paragraph, others = [] }) => {
        const message = rule.messages[messageId];
        if (!message) throw new Error(`unknown messageId "${messageId}"`);
        diagnostics.push({
          ruleId: rule.id,
          severity,
          message: format(message, locale, args) + paragraphSuffix(paragraph, others, locale),
          range: paragraphRange(paragraph),
        });
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      diagnostics.push({ ruleId: rule.id, severity: 'error', message: format(FAILED, locale, { ruleId: rule.id, error: detail }), range: paragraphRange(paragraphs[0]) });
    }
  }
  return diagnostics;
}
