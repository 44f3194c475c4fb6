import type { Range } from './model';

export type Severity = 'error' | 'warning' | 'info';

/** A text edit over character offsets in the model's `text` (ESLint style). */
export interface Fix {
  /** [start, end) offsets into the parsed text (BOM excluded). */
  range: [number, number];
  text: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
}
