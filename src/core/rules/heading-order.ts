/** heading-order: headings are numbered in order from one under their parent. */
import { numberLike } from './support/headings';
import { ModelText } from './support/text';
import type { Rule } from './types';

export const headingOrder = {
  id: 'heading-order',
  defaultSeverity: 'error',
  description: {
    zh: '同一层级的标题序号从一开始依次排列',
    en: 'Headings are numbered in order, starting from one under their parent',
  },
  docs: {
    zh: '每一层标题在其上一层标题之下从“一”或“1”开始依次编号，不跳号、不重号、不倒序。出现新的上一层标题时，下一层重新从一开始。修复时把该标题的序号改为应有的数字；序号之后的标题按改正后的序号继续检查，因此一次“全部修复”即可把整段重新编号。',
    en: 'Under each parent heading, the headings of a level are numbered from one (`一`, `1`) in order, with no gaps, repeats or reversals; a new parent starts its children at one again. The fix replaces the heading’s number with the expected one, and the headings after it are checked against the corrected count, so one fix-all renumbers the whole run.',
  },
  fixable: true,
  messages: {
    outOfOrder: {
      zh: '标题序号应为“{expected}”，而不是“{found}”',
      en: 'This heading should be numbered {expected}, not {found}',
    },
  },
  check({ model }, report) {
    const text = new ModelText(model);
    const counts = [0, 0, 0, 0, 0];
    for (const block of model.blocks) {
      const heading = block.heading;
      if (!heading) continue;
      const expected = counts[heading.level] + 1;
      counts[heading.level] = expected;
      for (let deeper = heading.level + 1; deeper < counts.length; deeper++) counts[deeper] = 0;
      if (heading.number === expected) continue;
      const [start, end] = text.offsets(heading.numberRange);
      const printed = model.text.slice(start, end);
      const replacement = numberLike(printed, expected);
      report({
        messageId: 'outOfOrder',
        args: { expected: replacement, found: printed },
        range: heading.numberRange,
        fix: { range: [start, end], text: replacement },
      });
    }
  },
} satisfies Rule;
