import { format, type Locale, type Message } from '../i18n';
import { fieldInfo } from '../schema/describe';
import type { RegisterRow } from './row';

export interface RegisterColumn {
  key: keyof RegisterRow;
  /** The header is the field's title in schemas/reply.schema.json, or a message for columns that are no field. */
  header: string | Message;
  /** Widest a column grows in a spreadsheet, in character widths (a Chinese character counts two). */
  maxWidth: number;
}

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: 'file', header: { zh: '文件', en: 'File' }, maxWidth: 40 },
  { key: 'kind', header: 'kind', maxWidth: 8 },
  { key: 'proposalNumber', header: 'proposalNumber', maxWidth: 14 },
  { key: 'title', header: 'title', maxWidth: 60 },
  { key: 'addressees', header: 'addressees', maxWidth: 24 },
  { key: 'resultStatus', header: 'resultStatus', maxWidth: 28 },
  { key: 'signer', header: 'signer', maxWidth: 12 },
  { key: 'organ', header: 'organ', maxWidth: 36 },
  { key: 'date', header: 'date', maxWidth: 12 },
  { key: 'publicity', header: 'publicity', maxWidth: 22 },
  { key: 'contactName', header: 'contact.name', maxWidth: 12 },
  { key: 'contactPhone', header: 'contact.phone', maxWidth: 20 },
  { key: 'errors', header: { zh: '错误', en: 'Errors' }, maxWidth: 8 },
  { key: 'warnings', header: { zh: '警告', en: 'Warnings' }, maxWidth: 8 },
];

export function columnHeader(column: RegisterColumn, locale: Locale): string {
  if (typeof column.header !== 'string') return format(column.header, locale);
  const title = fieldInfo(column.header, locale)?.title ?? column.key;
  return locale === 'en' ? title.charAt(0).toUpperCase() + title.slice(1) : title;
}

/** How wide a text shows in a spreadsheet: East Asian wide characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) || char.codePointAt(0)! > 0xffff ? 2 : 1;
  return width;
}

/** Each column as wide as its widest cell or header (plus a margin), capped at the column's maximum. */
export function columnWidths(rows: readonly RegisterRow[], locale: Locale): number[] {
  return REGISTER_COLUMNS.map((column) => {
    const widest = rows.reduce((max, row) => Math.max(max, displayWidth(String(row[column.key] ?? ''))), displayWidth(columnHeader(column, locale)));
    return Math.min(widest + 2, column.maxWidth);
  });
}
