import { readHeading } from '../headings';
import type { ScannedLine } from '../scan';
import type { Recogniser } from './types';

/**
 * `一、二级医院已全部完成改造`: a numeral right after `一、` makes the pair a list of numbers in running text
 * ("first- and second-class"), not a heading; renumbering it would change what the reply says.
 */
const NUMERALS_IN_TEXT = /^[一二三四五六七八九十][\s\u00a0\u3000]*、[\s\u00a0\u3000]*[一二三四五六七八九十两]/;

export function isRunningText(line: ScannedLine): boolean {
  return NUMERALS_IN_TEXT.test(line.content);
}

/** A numbered heading of the body: `一、` `（一）` `1.` `（1）`. */
export const heading: Recogniser = {
  id: 'heading',
  regions: ['body'],
  pretest: () => true,
  claim(line) {
    const info = readHeading(line.text, line.index, line.start);
    if (!info || (info.style === 'chinese-dun' && isRunningText(line))) return undefined;
    return { type: 'heading', heading: info };
  },
};
