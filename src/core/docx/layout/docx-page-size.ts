import { mm, show } from './measure';
import { placedSections, sectionNote } from './sections';
import type { LayoutRule } from './types';

export const docxPageSize: LayoutRule = {
  id: 'docx-page-size',
  defaultSeverity: 'warning',
  description: { zh: '纸张为 A4 纵向（210 × 297 毫米）', en: 'The paper is A4 portrait (210 × 297 mm)' },
  docs: {
    zh: 'GB/T 9704-2012 规定公文用纸为 A4（210 mm × 297 mm）。本规则检查 Word 文件每一节的纸张大小与方向，允许误差默认 1 毫米；可在 .proposal-reply.json 的 docx.pageSize 中修改尺寸与误差。',
    en: 'GB/T 9704-2012 prints official documents on A4 paper (210 mm × 297 mm). This rule checks the paper size and orientation of every section of the Word file, within 1 mm by default; docx.pageSize in .proposal-reply.json changes the size and the tolerance.',
  },
  messages: {
    size: {
      zh: '纸张为 {width} × {height} 毫米，应为 {expectedWidth} × {expectedHeight} 毫米（A4 纵向）{where}',
      en: 'The paper is {width} × {height} mm; it should be {expectedWidth} × {expectedHeight} mm (A4 portrait){where}',
    },
    missing: {
      zh: '文件未设置纸张大小，Word 将按本机默认纸张排版；应设为 {expectedWidth} × {expectedHeight} 毫米（A4）{where}',
      en: 'The file sets no paper size, so Word uses the computer’s default; it should be {expectedWidth} × {expectedHeight} mm (A4){where}',
    },
  },
  check(context, report) {
    const { widthMm, heightMm, toleranceMm } = context.settings.pageSize;
    const sections = placedSections(context);
    for (const { section, number, firstParagraph } of sections) {
      const where = sectionNote(number, sections.length, context.locale);
      const expected = { expectedWidth: show(widthMm), expectedHeight: show(heightMm), where };
      if (section.pageWidth === null || section.pageHeight === null) {
        report({ messageId: 'missing', args: expected, paragraph: firstParagraph });
        continue;
      }
      const width = mm(section.pageWidth);
      const height = mm(section.pageHeight);
      if (Math.abs(width - widthMm) > toleranceMm || Math.abs(height - heightMm) > toleranceMm) {
        report({ messageId: 'size', args: { width: show(width), height: show(height), ...expected }, paragraph: firstParagraph });
      }
    }
  },
};
