/** Why a .docx could not be read, in both languages. */
import { format, type Locale, type Message } from '../i18n';

export type DocxErrorCode = 'legacyFormat' | 'notZip' | 'corrupt' | 'noDocument' | 'badXml' | 'tooLarge';

const MESSAGES: Record<DocxErrorCode, Message> = {
  legacyFormat: {
    zh: '这是 Word 97-2003（.doc）文件或加密的文档，无法读取。请在 Word 或 WPS 中另存为 .docx 后再试。',
    en: 'This is a Word 97-2003 (.doc) file or an encrypted document and cannot be read. Save it as .docx in Word or WPS and try again.',
  },
  notZip: {
    zh: '不是 Word（.docx）文件：内容不是 .docx 所用的 ZIP 格式。',
    en: 'Not a Word (.docx) file: its contents are not the ZIP format a .docx uses.',
  },
  corrupt: {
    zh: '.docx 文件已损坏，无法解压：{detail}',
    en: 'The .docx file is damaged and cannot be unpacked: {detail}',
  },
  noDocument: {
    zh: '.docx 文件中没有正文部分（word/document.xml）。',
    en: 'The .docx file has no main document part (word/document.xml).',
  },
  badXml: {
    zh: '.docx 文件中的 {part} 不是有效的 XML：{detail}',
    en: '{part} in the .docx file is not valid XML: {detail}',
  },
  tooLarge: {
    zh: '.docx 文件中的 {part} 过大（{size} MB），不予读取。',
    en: '{part} in the .docx file is too large ({size} MB) to read.',
  },
};

export class DocxReadError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    readonly args: Record<string, string | number> = {},
  ) {
    super(format(MESSAGES[code], 'en', args));
    this.name = 'DocxReadError';
  }

  localized(locale: Locale): string {
    return format(MESSAGES[this.code], locale, this.args);
  }
}
