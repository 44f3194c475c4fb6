import type { Locale } from '../i18n';
import { columnHeader, REGISTER_COLUMNS } from './columns';
import type { RegisterRow } from './row';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a leading tab or return) gets a `'` in
 * front, so that opening an exported register never executes text copied from a reply.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: cells with a comma, quote or line break are quoted, inner quotes doubled. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The register as CSV: UTF-8 with a BOM (Excel and WPS read the Chinese correctly only then),
 * CRLF line ends, a header row in the given locale.
 */
export function registerCsv(rows: readonly RegisterRow[], locale: Locale): string {
  const lines = [REGISTER_COLUMNS.map((column) => csvCell(columnHeader(column, locale)))];
  for (const row of rows) lines.push(REGISTER_COLUMNS.map((column) => csvCell(row[column.key])));
  return '\ufeff' + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
