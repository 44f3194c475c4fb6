/** The heading marker each level takes: 一、 (一) 1. (1) (GB/T 9704-2012 7.3.3). */
import type { HeadingInfo, HeadingLevel } from '../../model';
import { chineseNumberText as chineseNumber } from '../../parser/headings';

export const STYLE_OF_LEVEL: Record<HeadingLevel, HeadingInfo['style']> = {
  1: 'chinese-dun',
  2: 'chinese-paren',
  3: 'arabic-dot',
  4: 'arabic-paren',
};

/** The marker a heading of this level and number should show; keeps the brackets' width if it had brackets. */
export function expectedMarker(level: HeadingLevel, number: number, printed: string): string {
  const [open, close] = printed.startsWith('(') ? ['(', ')'] : ['\uff08', '\uff09'];
  switch (level) {
    case 1:
      return `${chineseNumber(number)}、`;
    case 2:
      return `${open}${chineseNumber(number)}${close}`;
    case 3:
      return `${number}.`;
    case 4:
      return `${open}${number}${close}`;
  }
}

/** The number written the way the printed number text writes it (三 → 四, 3 → 4). */
export function numberLike(printed: string, value: number): string {
  return /^[〇零一二三四五六七八九十百]+$/.test(printed) ? chineseNumber(value) : String(value);
}
