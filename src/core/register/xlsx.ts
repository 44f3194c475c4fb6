/**
 * The register as an .xlsx workbook. Kept out of ./index and the core's public API on purpose: exceljs is a
 * Node library of some size, wanted by the CLI and the desktop extension only, never by the web bundle.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../i18n';
import { columnHeader, columnWidths, REGISTER_COLUMNS } from './columns';
import type { RegisterRow } from './row';

const SHEET_NAME: Record<Locale, string> = { zh: '办理台账', en: 'Register' };

/** A YYYY-MM-DD date as a real spreadsheet date (exceljs counts days in UTC). */
function dateCell(value: string | null): Date | string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : value;
}

export async function registerXlsx(rows: readonly RegisterRow[], locale: Locale): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'proposal-reply';
  const sheet = workbook.addWorksheet(SHEET_NAME[locale], { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const widths = columnWidths(rows, locale);
  sheet.columns = REGISTER_COLUMNS.map((column, index) => ({
    key: column.key,
    header: columnHeader(column, locale),
    width: widths[index],
    style: column.key === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  for (const row of rows) sheet.addRow({ ...row, date: dateCell(row.date) });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
