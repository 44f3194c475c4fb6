import type { HeadingLevel } from '../../model';
import type { DocxRun } from '../types';
import { familyName, fontName, ProblemGroups } from './fonts';
import { hasHan, show } from './measure';
import { inFamily } from './settings';
import type { LayoutRule } from './types';

const LEVEL_NAME: Record<HeadingLevel, { zh: string; en: string }> = {
  1: { zh: '一级标题（一、）', en: 'level-1 heading (一、)' },
  2: { zh: '二级标题（（一））', en: 'level-2 heading ((一))' },
  3: { zh: '三级标题（1.）', en: 'level-3 heading (1.)' },
  4: { zh: '四级标题（（1））', en: 'level-4 heading ((1))' },
};

/** The run that sets the heading's first Chinese character at or after its marker. */
function headingRun(runs: readonly DocxRun[], from: number): DocxRun | undefined {
  let at = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    if (end > from && hasHan(run.text.slice(Math.max(0, from - at)))) return run;
    at = end;
  }
  return undefined;
}

export const docxHeadingFonts: LayoutRule = {
  id: 'docx-heading-fonts',
  defaultSeverity: 'warning',
  description: { zh: '各级标题用规定字体：一级黑体，二级楷体，三、四级仿宋', en: 'Headings use the set fonts: level 1 黑体, level 2 楷体, levels 3 and 4 仿宋' },
  docs: {
    zh: 'GB/T 9704-2012 规定文中结构层次序数依次为“一、”“（一）”“1.”“（1）”，一般第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字，字号同正文（3 号）。本规则检查每个标题开头（序号后第一个汉字）的字体与字号。可在 .proposal-reply.json 的 docx.headingFonts（level1 至 level4）中修改各级字体。',
    en: 'GB/T 9704-2012 numbers the levels of a text 一、, (一), 1. and (1), usually with level 1 in 黑体, level 2 in 楷体 and levels 3 and 4 in 仿宋, all at the body size (size 3). This rule checks the font and size at the start of each heading (its first Chinese character after the marker). docx.headingFonts (level1 to level4) in .proposal-reply.json changes the fonts per level.',
  },
  messages: {
    font: { zh: '{level}字体为“{font}”，应为{expected}类字体', en: 'The {level} is in “{font}”; it should be a {expected} font' },
    size: { zh: '{level}字号为 {size} 磅，应为 {expected} 磅', en: 'The {level} is {size} pt; it should be {expected} pt' },
  },
  check(context, report) {
    const { headingFonts, bodyFont } = context.settings;
    const groups = new ProblemGroups();
    for (const block of context.model.blocks) {
      if (block.type !== 'heading' || !block.heading) continue;
      const paragraph = context.paragraphOf(block);
      const line = context.document.lines[block.line];
      const run = headingRun(paragraph.runs, (line?.offset ?? 0) + block.heading.markerRange.start.character);
      if (!run) continue;
      const level = block.heading.level;
      const families = headingFonts[level];
      const levelName = LEVEL_NAME[level][context.locale];
      if (!inFamily(run.eastAsiaFont, families)) {
        const font = fontName(run, context.locale);
        groups.add(`${level}:font:${font}`, paragraph, () => ({
          messageId: 'font',
          args: { level: levelName, font, expected: familyName(families) },
        }));
      }
      if (Math.abs(run.sizePt - bodyFont.sizePt) > bodyFont.tolerancePt) {
        groups.add(`${level}:size:${run.sizePt}`, paragraph, () => ({
          messageId: 'size',
          args: { level: levelName, size: show(run.sizePt), expected: show(bodyFont.sizePt) },
        }));
      }
    }
    groups.reportTo(report);
  },
};
