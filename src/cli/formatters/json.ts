import { count, eslintSeverity, type Formatter } from './types';

/**
 * ESLint's JSON format. Lines and columns are 1-based; `fix.range` is in UTF-16 offsets
 * of the text without its BOM. Info diagnostics have severity 1 like warnings but are
 * counted in `infoCount`, not `warningCount`; `severityName` tells them apart.
 */
export const formatJson: Formatter = (results) =>
  `${JSON.stringify(
    results.map(({ filePath, diagnostics, output }) => ({
      filePath,
      messages: diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: eslintSeverity(d.severity),
        severityName: d.severity,
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        ...(d.fix ? { fix: d.fix } : {}),
      })),
      suppressedMessages: [],
      errorCount: count(diagnostics, 'error'),
      fatalErrorCount: 0,
      warningCount: count(diagnostics, 'warning'),
      infoCount: count(diagnostics, 'info'),
      fixableErrorCount: count(diagnostics, 'error', true),
      fixableWarningCount: count(diagnostics, 'warning', true),
      ...(output !== undefined ? { output } : {}),
      usedDeprecatedRules: [],
    })),
  )}\n`;
