import type { Diagnostic } from '../../core/diagnostic';
import type { Locale } from '../../core/i18n';

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  diagnostics: Diagnostic[];
  /** The text after --fix, when it changed. */
  output?: string;
}

export interface FormatContext {
  cwd: string;
  locale: Locale;
  color: boolean;
  /** The tool's version, for SARIF. */
  version: string;
  /** Absolute base of the rule documentation pages (`…/docs/rules/`), for SARIF helpUri. */
  docsBase: string;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

/** ESLint's numeric severities: 2 error, 1 warning; info is reported as 1 but counted apart. */
export function eslintSeverity(severity: Diagnostic['severity']): 1 | 2 {
  return severity === 'error' ? 2 : 1;
}

export function count(diagnostics: Diagnostic[], severity: Diagnostic['severity'], fixable = false): number {
  return diagnostics.filter((d) => d.severity === severity && (!fixable || d.fix !== undefined)).length;
}
