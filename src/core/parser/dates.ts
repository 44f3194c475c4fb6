/** Reading dates as printed: Arabic or Chinese numerals, stray spaces, full-width digits. */

const DIGIT = '[0-9\uff10-\uff19〇○零Ｏ一二三四五六七八九十]';
const S = '[\\s\\u00a0\\u3000]*';
export const DATE_PATTERN = new RegExp(
  `(${DIGIT}{4})${S}年${S}(${DIGIT}{1,3})${S}月${S}(${DIGIT}{1,4})${S}日`,
);
export const DATE_LINE = new RegExp(`^${DATE_PATTERN.source}$`);

const CHINESE_DIGITS: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

function digitValue(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return CHINESE_DIGITS[char];
}

/** A year written digit by digit (二〇一七, 二0二一, 2024). */
function readYear(text: string): number | null {
  let value = 0;
  for (const char of text) {
    const digit = digitValue(char);
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** A month or day: Arabic digits, or a Chinese number up to 三十一 (十, 十二, 二十六). */
function readSmallNumber(text: string): number | null {
  if (/^[0-9\uff10-\uff19]+$/.test(text)) return readYear(text);
  const match = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, units] = match;
  if (!ten) return tens && units ? null : CHINESE_DIGITS[tens || units] ?? null;
  return (tens ? CHINESE_DIGITS[tens] : 1) * 10 + (units ? CHINESE_DIGITS[units] : 0);
}

export interface ReadDate {
  year: number | null;
  month: number | null;
  day: number | null;
  numerals: 'arabic' | 'chinese' | 'mixed' | 'unknown';
}

export function readDate(match: RegExpExecArray): ReadDate {
  const [, y, m, d] = match;
  const parts = [y, m, d].join('');
  const arabic = /[0-9\uff10-\uff19]/.test(parts);
  const chinese = /[〇○零Ｏ一二三四五六七八九十]/.test(parts);
  return {
    year: readYear(y),
    month: readSmallNumber(m),
    day: readSmallNumber(d),
    numerals: arabic && chinese ? 'mixed' : arabic ? 'arabic' : chinese ? 'chinese' : 'unknown',
  };
}

export function isoDate(date: ReadDate): string | null {
  if (date.year === null || date.month === null || date.day === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** True when the year, month and day name a day that exists. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
