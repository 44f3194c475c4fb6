import type { DocxParagraph } from '../types';
import { reportGrouped } from './fonts';
import type { LayoutRule } from './types';

export const docxTitleFont: LayoutRule = {
  id: 'docx-title-font',
  defaultSeverity: 'warning',
  description: { zh: '标题用小标宋 2 号（22 磅）居中', en: 'The title is in 小标宋 at 22 pt (size 2), centred' },
  docs: {
    zh: 'GB/T 9704-2012 规定标题一般用 2 号小标宋体字，居中排布。本规则检查“关于……的答复”等标题段落的字体、字号与对齐方式；没有标题的答复不检查。可在 .proposal-reply.json 的 docx.titleFont 中修改字体（如加入“华文中宋”）、字号与误差。',
    en: 'GB/T 9704-2012 sets the title in size 2 (22 pt) 小标宋, centred. This rule checks the font, size and alignment of the title paragraphs (关于……的答复); a reply without a title is not checked. docx.titleFont in .proposal-reply.json changes the fonts (for example to add 华文中宋), the size and the tolerance.',
  },
  messages: {
    font: { zh: '标题字体为“{font}”，应为{expected}类字体', en: 'The title is in “{font}”; it should be a {expected} font' },
    size: { zh: '标题字号为 {size} 磅，应为 {expected} 磅（2 号）', en: 'The title is {size} pt; it should be {expected} pt (size 2)' },
    notCentred: { zh: '标题未居中', en: 'The title is not centred' },
  },
  check(context, report) {
    const paragraphs = new Set<DocxParagraph>();
    for (const block of context.model.blocks) if (block.type === 'docTitle') paragraphs.add(context.paragraphOf(block));
    reportGrouped([...paragraphs], context.settings.titleFont, context.locale, report);
    for (const paragraph of paragraphs) {
      if (paragraph.align !== 'center') report({ messageId: 'notCentred', paragraph });
    }
  },
};
