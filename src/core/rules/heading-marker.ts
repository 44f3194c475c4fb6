/** heading-marker: each heading level uses its own marker. */
import { expectedMarker, STYLE_OF_LEVEL } from './support/headings';
import { ModelText } from './support/text';
import type { Rule } from './types';

/**
 * The part of `found` that differs from `expected`, as [from, to, replacement]. Fixing only that
 * part (`一.` → the `.` alone) keeps the fix clear of heading-order's fix of the number.
 */
function changedPart(found: string, expected: string): [number, number, string] {
  let head = 0;
  while (head < found.length && head < expected.length && found[head] === expected[head]) head++;
  let tail = 0;
  while (
    tail < found.length - head &&
    tail < expected.length - head &&
    found[found.length - 1 - tail] === expected[expected.length - 1 - tail]
  ) tail++;
  return [head, found.length - tail, expected.slice(head, expected.length - tail)];
}

export const headingMarker = {
  id: 'heading-marker',
  defaultSeverity: 'warning',
  description: {
    zh: '各级标题序号的写法与层级相符：一、 （一） 1. （1）',
    en: 'Heading markers fit their level: 一、 （一） 1. （1）',
  },
  docs: {
    zh: 'GB/T 9704-2012 规定正文结构层次序数依次用“一、”“（一）”“1.”“（1）”标注。本规则检查每个标题的序号写法是否与其层级相符，如第一层写成“一.”改为“一、”，第三层写成“1、”改为“1.”。括号的全角、半角由 punctuation-width 规则处理。',
    en: 'GB/T 9704-2012 numbers the levels of the body with `一、`, `（一）`, `1.` and `（1）`. The rule checks that each heading’s marker fits its level and rewrites it: `一.` at the first level becomes `一、`, `1、` at the third becomes `1.`. Whether brackets are full-width is left to punctuation-width.',
  },
  fixable: true,
  messages: {
    wrongMarker: {
      zh: '第{level}层标题的序号应写作“{expected}”，不应写作“{found}”',
      en: 'A level {level} heading is marked {expected}, not {found}',
    },
  },
  check({ model }, report) {
    const text = new ModelText(model);
    for (const block of model.blocks) {
      const heading = block.heading;
      if (!heading || heading.style === STYLE_OF_LEVEL[heading.level]) continue;
      const expected = expectedMarker(heading.level, heading.number, heading.marker);
      const [start, end] = text.offsets(heading.markerRange);
      const [from, to, replacement] = changedPart(heading.marker, expected);
      report({
        messageId: 'wrongMarker',
        args: { level: heading.level, expected, found: heading.marker },
        range: heading.markerRange,
        fix:
          model.text.slice(start, end) === heading.marker
            ? { range: [start + from, start + to], text: replacement }
            : undefined,
      });
    }
  },
} satisfies Rule;
