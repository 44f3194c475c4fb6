import type { BlockType } from '../../model';
import type { DocxParagraph } from '../types';
import { reportGrouped } from './fonts';
import type { LayoutRule } from './types';

/** Lines set in the body font; the header (签发人's name is 楷体), title, headings and 版记 have their own. */
const BODY_TYPES = new Set<BlockType>(['salutation', 'opening', 'paragraph', 'thanks', 'organ', 'date', 'publicity', 'signer', 'contact']);

export const docxBodyFont: LayoutRule = {
  id: 'docx-body-font',
  defaultSeverity: 'warning',
  description: { zh: '正文用仿宋类字体 3 号（16 磅）', en: 'Body text is in a 仿宋 (FangSong) font at 16 pt (size 3)' },
  docs: {
    zh: 'GB/T 9704-2012 规定正文一般用 3 号仿宋体字。本规则检查称谓、正文、落款、附注与联系方式各段中汉字的字体（东亚字体，含样式与默认设置）与字号；同一种错误只报告一次，并列出其余段落。字体名称含“仿宋”或“FangSong”即可（如仿宋_GB2312）；可在 .proposal-reply.json 的 docx.bodyFont 中修改字体、字号与误差。',
    en: 'GB/T 9704-2012 sets body text in size 3 (16 pt) 仿宋. This rule checks the font of the Chinese characters (the East Asian font, styles and defaults included) and the size in the salutation, the body, the signature, the publication note and the contact block; each wrong font or size is reported once, listing the other paragraphs. Any font whose name contains 仿宋 or FangSong (such as 仿宋_GB2312) is accepted; docx.bodyFont in .proposal-reply.json changes the fonts, size and tolerance.',
  },
  messages: {
    font: { zh: '正文字体为“{font}”，应为{expected}类字体', en: 'Body text is in “{font}”; it should be a {expected} font' },
    size: { zh: '正文字号为 {size} 磅，应为 {expected} 磅（3 号）', en: 'Body text is {size} pt; it should be {expected} pt (size 3)' },
  },
  check(context, report) {
    const paragraphs = new Set<DocxParagraph>();
    for (const block of context.model.blocks) if (BODY_TYPES.has(block.type)) paragraphs.add(context.paragraphOf(block));
    reportGrouped([...paragraphs], context.settings.bodyFont, context.locale, report);
  },
};
