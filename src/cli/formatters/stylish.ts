import { format, type Message } from '../../core/i18n';
import { displayPath } from '../files';
import { displayWidth, padEnd } from '../width';
import { count, type Formatter } from './types';

const severityNames: Record<string, Message> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

const summary: Message = {
  zh: '共 {total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示）',
  en: '{total} problem(s) ({errors} error(s), {warnings} warning(s), {infos} info)',
};
const fixableSummary: Message = {
  zh: '其中 {errors} 个错误、{warnings} 个警告可用 --fix 自动修复。',
  en: '{errors} error(s) and {warnings} warning(s) potentially fixable with the `--fix` option.',
};

const styles = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;

/** ESLint's stylish format: each file with its problems in aligned columns, then the totals. */
export const formatStylish: Formatter = (results, { cwd, locale, color }) => {
  const paint = (style: keyof typeof styles, text: string) =>
    color ? `\u001b[${styles[style][0]}m${text}\u001b[${styles[style][1]}m` : text;
  const severityStyle = { error: 'red', warning: 'yellow', info: 'blue' } as const;
  let output = '';
  for (const { filePath, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    const rows = diagnostics.map((d) => ({
      position: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
      severity: d.severity,
      severityName: severityNames[d.severity][locale],
      message: d.message.replace(/\s*\r?\n\s*/g, ' '),
      ruleId: d.ruleId,
    }));
    // Not Math.max(...list): a very long reply can have more rows than a call takes arguments.
    const widest = (width: (row: (typeof rows)[number]) => number) => rows.reduce((most, row) => Math.max(most, width(row)), 0);
    const widths = {
      position: widest((row) => row.position.length),
      severity: widest((row) => displayWidth(row.severityName)),
      message: widest((row) => displayWidth(row.message)),
    };
    output += `\n${paint('underline', displayPath(filePath, cwd))}\n`;
    for (const row of rows) {
      const cells = [
        paint('dim', padEnd(row.position, widths.position)),
        paint(severityStyle[row.severity], padEnd(row.severityName, widths.severity)),
        padEnd(row.message, widths.message),
        paint('dim', row.ruleId),
      ];
      output += `  ${cells.join('  ')}\n`;
    }
  }
  const all = results.flatMap((result) => result.diagnostics);
  if (all.length === 0) return output;
  const totals = { total: all.length, errors: count(all, 'error'), warnings: count(all, 'warning'), infos: count(all, 'info') };
  const mark = totals.errors > 0 ? 'red' : totals.warnings > 0 ? 'yellow' : 'blue';
  output += `\n${paint(mark, paint('bold', `✖ ${format(summary, locale, totals)}`))}\n`;
  const fixable = { errors: count(all, 'error', true), warnings: count(all, 'warning', true) };
  if (fixable.errors + fixable.warnings > 0) output += `${paint(mark, paint('bold', `  ${format(fixableSummary, locale, fixable)}`))}\n`;
  return `${output}\n`;
};
