import { mm, show } from './measure';
import { placedSections, sectionNote } from './sections';
import type { LayoutRule } from './types';

export const docxMargins: LayoutRule = {
  id: 'docx-margins',
  defaultSeverity: 'warning',
  description: { zh: '页边距为上 37、下 35、左 28、右 26 毫米', en: 'Margins are 37 mm top, 35 mm bottom, 28 mm left, 26 mm right' },
  docs: {
    zh: 'GB/T 9704-2012 规定天头（上白边）37 mm，订口（左白边）28 mm，版心 156 mm × 225 mm，即下白边 35 mm、右白边 26 mm。本规则检查每一节的页边距（左边距含装订线），允许误差默认 1 毫米；可在 .proposal-reply.json 的 docx.margins 中修改。',
    en: 'GB/T 9704-2012 sets a 37 mm top margin and a 28 mm binding (left) margin around a 156 mm × 225 mm text block, which leaves 35 mm at the bottom and 26 mm at the right. This rule checks every section’s margins (the left one including any gutter), within 1 mm by default; docx.margins in .proposal-reply.json changes them.',
  },
  messages: {
    margins: {
      zh: '页边距为上 {top}、下 {bottom}、左 {left}、右 {right} 毫米，应为上 {expectedTop}、下 {expectedBottom}、左 {expectedLeft}、右 {expectedRight} 毫米{where}',
      en: 'Margins are {top} mm top, {bottom} mm bottom, {left} mm left, {right} mm right; they should be {expectedTop}, {expectedBottom}, {expectedLeft} and {expectedRight} mm{where}',
    },
    missing: {
      zh: '文件未设置页边距，Word 将使用默认值；应为上 {expectedTop}、下 {expectedBottom}、左 {expectedLeft}、右 {expectedRight} 毫米{where}',
      en: 'The file sets no margins, so Word uses its defaults; they should be {expectedTop} mm top, {expectedBottom} mm bottom, {expectedLeft} mm left and {expectedRight} mm right{where}',
    },
  },
  check(context, report) {
    const { topMm, bottomMm, leftMm, rightMm, toleranceMm } = context.settings.margins;
    const sections = placedSections(context);
    for (const { section, number, firstParagraph } of sections) {
      const where = sectionNote(number, sections.length, context.locale);
      const expected = { expectedTop: show(topMm), expectedBottom: show(bottomMm), expectedLeft: show(leftMm), expectedRight: show(rightMm), where };
      const margins = section.margins;
      if (!margins) {
        report({ messageId: 'missing', args: expected, paragraph: firstParagraph });
        continue;
      }
      const actual = { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left + margins.gutter), right: mm(margins.right) };
      const off =
        Math.abs(actual.top - topMm) > toleranceMm ||
        Math.abs(actual.bottom - bottomMm) > toleranceMm ||
        Math.abs(actual.left - leftMm) > toleranceMm ||
        Math.abs(actual.right - rightMm) > toleranceMm;
      if (off) {
        report({
          messageId: 'margins',
          args: { top: show(actual.top), bottom: show(actual.bottom), left: show(actual.left), right: show(actual.right), ...expected },
          paragraph: firstParagraph,
        });
      }
    }
  },
};
