/** Lints a reply: schema validation plus every rule, with severities from the configuration. */
import type { ResolvedConfig, RuleSetting } from './config/types';
import { resolveConfig } from './config/resolve';
import type { Diagnostic, Severity } from './diagnostic';
import { format, type Locale } from './i18n';
import type { ReplyModel } from './model';
import { parse } from './parser/parse';
import { dateValid } from './rules/date-valid';
import { rules } from './rules/index';
import type { Rule, RuleContext, RuleReport } from './rules/types';
import { validateModel } from './schema/validate';

export interface LintOptions {
  config?: ResolvedConfig;
  locale?: Locale;
  now?: Date;
}

const START = { line: 0, character: 0 };

/** The severity a setting gives, `off`, or undefined to keep each diagnostic's own. */
function settingSeverity(setting: RuleSetting | undefined): Severity | 'off' | undefined {
  if (setting === undefined) return undefined;
  return typeof setting === 'string' ? setting : setting.severity;
}

const FAILED = {
  zh: '规则 {ruleId} 运行出错，未能完成检查：{error}',
  en: 'Rule {ruleId} failed and could not finish checking: {error}',
};

/** Runs one rule, checking what it reports; a rule that throws yields one diagnostic instead of a crash. */
export function runRule(rule: Rule, context: RuleContext, severity: Severity): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const textLength = context.model.text.length;
  // A rule that reports the same message many times (every half-width comma) passes the same arguments
  // object each time; its message is formatted once.
  const formatted = new Map<object, { messageId: string; text: string }>();
  const report = ({ messageId, args, range, fix }: RuleReport) => {
    const message = rule.messages[messageId];
    if (!message) throw new Error(`unknown messageId "${messageId}"`);
    if (fix) {
      if (!rule.fixable) throw new Error('reported a fix but is not marked fixable');
      const [start, end] = fix.range;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= textLength)) {
        throw new Error(`reported a fix with an invalid range [${start}, ${end}]`);
      }
    }
    const cached = args && formatted.get(args);
    let text = cached && cached.messageId === messageId ? cached.text : undefined;
    if (text === undefined) {
      text = format(message, context.locale, args);
      if (args) formatted.set(args, { messageId, text });
    }
    const diagnostic: Diagnostic = { ruleId: rule.id, severity, message: text, range };
    if (fix) diagnostic.fix = fix;
    diagnostics.push(diagnostic);
  };
  try {
    rule.check(context, report);
    return diagnostics;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      {
        ruleId: rule.id,
        severity: 'error',
        message: format(FAILED, context.locale, { ruleId: rule.id, error: detail }),
        range: { start: START, end: START },
      },
    ];
  }
}

function schemaDiagnostics(model: ReplyModel, config: ResolvedConfig, locale: Locale): Diagnostic[] {
  try {
    return validateModel(model, config, locale, { dateCheckedByRule: settingSeverity(config.rules[dateValid.id]) !== 'off' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [{ ruleId: 'schema', severity: 'error', message: format(FAILED, locale, { ruleId: 'schema', error: detail }), range: { start: START, end: START } }];
  }
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character
  );
}

/** Made once: linting without a configuration is common, and the schema check keys its validator on it. */
let defaultConfig: ResolvedConfig | undefined;

export function lint(input: string | ReplyModel, options: LintOptions = {}): Diagnostic[] {
  const model = typeof input === 'string' ? parse(input) : input;
  const config = options.config ?? (defaultConfig ??= resolveConfig());
  const locale = options.locale ?? 'zh';
  const context: RuleContext = { model, config, locale, now: options.now ?? new Date() };
  const diagnostics: Diagnostic[] = [];

  const schemaSeverity = settingSeverity(config.rules.schema);
  if (schemaSeverity !== 'off') {
    for (const diagnostic of schemaDiagnostics(model, config, locale)) {
      diagnostics.push(schemaSeverity ? { ...diagnostic, severity: schemaSeverity } : diagnostic);
    }
  }
  for (const rule of rules) {
    const severity = settingSeverity(config.rules[rule.id]) ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    // Not push(...): a rule may report more diagnostics than a call can take arguments.
    for (const diagnostic of runRule(rule, context, severity)) diagnostics.push(diagnostic);
  }
  // Array.prototype.sort is stable, so diagnostics at one position keep the rules' order.
  return diagnostics.sort(compareDiagnostics);
}
