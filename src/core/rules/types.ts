import type { Fix, Severity } from '../diagnostic';
import type { Locale, Message } from '../i18n';
import type { Range, ReplyModel } from '../model';
import type { ResolvedConfig } from '../config/types';

export interface RuleContext {
  model: ReplyModel;
  config: ResolvedConfig;
  locale: Locale;
  /** "Today", injectable so that tests of the future-date check do not depend on the clock. */
  now: Date;
}

export interface RuleReport {
  messageId: string;
  args?: Record<string, string | number>;
  range: Range;
  fix?: Fix;
}

/** What every check says of itself, text rule or Word layout rule: for diagnostics, hover and docs. */
export interface RuleInfo {
  /** Kebab-case id, e.g. `date-format`; also the name of its documentation page. */
  id: string;
  defaultSeverity: Severity;
  description: Message;
  /** A paragraph explaining why the rule exists and what it accepts; shown on hover and in docs. */
  docs: Message;
  messages: Record<string, Message>;
}

export interface Rule extends RuleInfo {
  fixable: boolean;
  check(context: RuleContext, report: (report: RuleReport) => void): void;
}
