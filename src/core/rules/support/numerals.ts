/** Chinese numerals as heading markers and dates print them. */

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 26 → 二十六 (up to 99). */
export function chineseNumber(value: number): string {
  if (value < 10) return DIGITS[value];
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units === 0 ? '' : DIGITS[units]}`;
}

/** True when the text is written in Chinese numerals (一, 十二, 二十). */
export function isChineseNumeral(text: string): boolean {
  return /^[〇零一二三四五六七八九十百]+$/.test(text);
}
