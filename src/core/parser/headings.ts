import type { HeadingInfo, HeadingLevel } from '../model';
import { lineRange } from './positions';

const CHINESE_NUMBER = '[一二三四五六七八九十百〇零]+';
/** The first character every marker below starts with: other lines skip the six patterns. */
const MARKER_START = /^[(\uff080-9\uff10-\uff19一二三四五六七八九十百〇零]$/;
const FORMS: { pattern: RegExp; level: HeadingLevel; style: HeadingInfo['style']; chinese: boolean }[] = [
  { pattern: new RegExp(`^[(\uff08]\\s*(${CHINESE_NUMBER})\\s*[)\uff09]`), level: 2, style: 'chinese-paren', chinese: true },
  { pattern: /^[(\uff08]\s*([0-9\uff10-\uff19]{1,3})\s*[)\uff09]/, level: 4, style: 'arabic-paren', chinese: false },
  { pattern: new RegExp(`^(${CHINESE_NUMBER})\\s*、`), level: 1, style: 'chinese-dun', chinese: true },
  { pattern: new RegExp(`^(${CHINESE_NUMBER})\\s*[.\uff0e](?![0-9\uff10-\uff19])`), level: 1, style: 'chinese-dot', chinese: true },
  { pattern: /^([0-9\uff10-\uff19]{1,3})\s*[.\uff0e](?![0-9\uff10-\uff19])/, level: 3, style: 'arabic-dot', chinese: false },
  { pattern: /^([0-9\uff10-\uff19]{1,3})\s*、/, level: 3, style: 'arabic-dun', chinese: false },
];

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads 一 … 九十九 (and 百 as 100); returns NaN for anything else. */
export function chineseNumberValue(text: string): number {
  if (text === '百' || text === '一百') return 100;
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return NaN;
  const [, tens, ten, units] = match;
  if (!ten) return tens && units ? NaN : DIGITS[tens || units] ?? NaN;
  return (tens ? DIGITS[tens] : 1) * 10 + (units ? DIGITS[units] : 0);
}

export function chineseNumberText(value: number): string {
  const units = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (value < 10) return units[value];
  if (value === 100) return '一百';
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : units[tens]}十${units[value % 10]}`;
}

function arabicValue(text: string): number {
  return Number(text.replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** Recognises a heading marker at the start of a line's content. */
export function readHeading(text: string, line: number, contentStart: number): HeadingInfo | undefined {
  if (!MARKER_START.test(text[contentStart] ?? '')) return undefined;
  const content = text.slice(contentStart);
  for (const form of FORMS) {
    const match = form.pattern.exec(content);
    if (!match) continue;
    const number = form.chinese ? chineseNumberValue(match[1]) : arabicValue(match[1]);
    if (!Number.isFinite(number) || number < 1) continue;
    // A marker with nothing after it is not a heading (a stray "一、" line still is, so only guard the end).
    const numberOffset = contentStart + match[0].indexOf(match[1]);
    return {
      level: form.level,
      number,
      marker: match[0],
      markerRange: lineRange(line, contentStart, contentStart + match[0].length),
      numberRange: lineRange(line, numberOffset, numberOffset + match[1].length),
      style: form.style,
    };
  }
  return undefined;
}
