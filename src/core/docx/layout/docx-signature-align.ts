import type { DocxParagraph } from '../types';
import { mainSize, rightIndentInChars, startInChars, textWidth, TWIPS_PER_PT, widthInChars } from './measure';
import type { LayoutContext, LayoutRule } from './types';

/** How far from the right edge the end of the organ's name or the date may stand, in characters. */
const MAX_RIGHT_GAP = 8;

interface Placement {
  /** Where the text starts, in characters from the text block's left edge. */
  start: number;
  /** Space left between the text's end and the right edge, in characters. */
  gap: number;
  right: boolean;
}

function placement(context: LayoutContext, paragraph: DocxParagraph): Placement | undefined {
  const size = mainSize(paragraph);
  const lineTwips = textWidth(context.document.sections[paragraph.section]);
  if (size === null || lineTwips === null) return undefined;
  const lineChars = lineTwips / (size * TWIPS_PER_PT) - rightIndentInChars(paragraph, size);
  const width = widthInChars(paragraph.text.trim());
  if (paragraph.align === 'right') return { start: lineChars - width, gap: 0, right: true };
  const start = startInChars(paragraph, size);
  const free = lineChars - start - width;
  return { start, gap: paragraph.align === 'center' ? free / 2 : free, right: false };
}

export const docxSignatureAlign: LayoutRule = {
  id: 'docx-signature-align',
  defaultSeverity: 'warning',
  description: { zh: '发文机关署名和成文日期居右', en: 'The issuing organ and the date stand at the right' },
  docs: {
    zh: 'GB/T 9704-2012 规定不加盖印章的公文，发文机关署名在正文之下右空二字，成文日期在其下一行、首字比署名首字右移二字；加盖印章时成文日期右空四字。本规则检查署名与日期是否居右：右对齐，或经缩进、空格排到右侧、末字距右边不超过 8 个字；日期也可以与署名首字对齐或在其右。',
    en: 'GB/T 9704-2012 places the issuing organ below the text, two characters in from the right, and the date on the next line, starting two characters further right (four characters in from the right when sealed). This rule checks that the organ and the date stand at the right: right-aligned, or indented or spaced so that they end within 8 characters of the right edge; the date may also start at or right of the organ’s first character.',
  },
  messages: {
    organ: { zh: '发文机关署名“{text}”未居右', en: 'The issuing organ “{text}” does not stand at the right' },
    date: { zh: '成文日期“{text}”未居右', en: 'The date “{text}” does not stand at the right' },
  },
  check(context, report) {
    let organStart: number | undefined;
    for (const block of context.model.blocks) {
      if (block.type !== 'organ' && block.type !== 'date') continue;
      const paragraph = context.paragraphOf(block);
      // Inside a table cell or a text box, or broken over lines, the page's text width says nothing.
      if (paragraph.where !== 'body' || paragraph.text.includes('\n')) continue;
      const place = placement(context, paragraph);
      if (!place) continue;
      if (block.type === 'organ') organStart = place.start;
      const pushedRight = place.right || (place.start >= 2 && place.gap <= MAX_RIGHT_GAP);
      const underOrgan = block.type === 'date' && organStart !== undefined && place.start >= 2 && place.start >= organStart - 0.5;
      if (!pushedRight && !underOrgan) report({ messageId: block.type, args: { text: block.text.trim() }, paragraph });
    }
  },
};
