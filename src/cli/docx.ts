/** .docx files in the CLI: read through the core's reader, linted by paragraph, never written. */
import { lintDocx } from '../core/docx/lint';
import type { DocxDocument } from '../core/docx/types';
import { format, type Locale, type Message } from '../core/i18n';
import type { LintOptions } from '../core/lint';
import { displayPath, readFileBytes } from './files';
import type { FileResult } from './formatters/types';
import type { CliIO } from './io';

const messages = {
  noFixForWord: {
    zh: '修复不会写入 Word 文件，原文件未改动；请在 Word 中修改，或在编辑器中“从 Word 导入”后修复',
    en: 'fixes are not applied to Word files, and the file is unchanged; correct it in Word, or import it into the editor (“Import from Word…”) and fix it there',
  },
  unreadableDocx: { zh: '无法读取 Word 文件：{detail}', en: 'cannot read the Word file: {detail}' },
} satisfies Record<string, Message>;

export function isDocxFile(file: string): boolean {
  return /\.docx$/i.test(file);
}

/** Reads a .docx; every failure becomes a message in the locale. */
export async function readDocxFile(file: string, locale: Locale): Promise<DocxDocument | { problem: string }> {
  const bytes = readFileBytes(file, locale);
  if ('problem' in bytes) return bytes;
  // Loaded on first use: the XML and zip readers are large, and most files are text.
  const reader = await import('../core/docx/read');
  try {
    return reader.readDocx(bytes);
  } catch (error) {
    if (error instanceof reader.DocxReadError) return { problem: error.localized(locale) };
    return { problem: format(messages.unreadableDocx, locale, { detail: error instanceof Error ? error.message : String(error) }) };
  }
}

/**
 * Lints a .docx for `proposal-reply lint`: content and layout, each diagnostic on its paragraph.
 * With --fix the file is left alone and a notice says so; that is not a failure.
 */
export async function lintDocxFile(
  file: string,
  options: LintOptions & { locale: Locale },
  fix: boolean,
  io: CliIO,
  report: (file: string, message: string) => void,
): Promise<FileResult | undefined> {
  const shown = displayPath(file, io.cwd);
  const document = await readDocxFile(file, options.locale);
  if ('problem' in document) {
    report(shown, document.problem);
    return undefined;
  }
  if (fix) io.stderr(`proposal-reply: ${shown}: ${format(messages.noFixForWord, options.locale)}\n`);
  return { filePath: file, diagnostics: lintDocx(document, options) };
}
