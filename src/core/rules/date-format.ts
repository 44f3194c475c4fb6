/** date-format: Arabic numerals, the full year, no leading zeros, no spaces (GB/T 9704-2012 7.3.5.1). */
import { ModelText } from './support/text';
import type { Rule } from './types';

function problemOf(raw: string, numerals: string): string {
  if (numerals === 'chinese' || numerals === 'mixed') return 'chineseNumerals';
  if (/(^|[年月])[\s\u00a0\u3000]*[0０]/.test(raw)) return 'leadingZero';
  if (/[\s\u00a0\u3000]/.test(raw)) return 'spaces';
  return 'format';
}

export const dateFormat = {
  id: 'date-format',
  defaultSeverity: 'warning',
  description: {
    zh: '成文日期用阿拉伯数字写全年份，月、日不编虚位，不加空格',
    en: 'The date is written in Arabic numerals with the full year, no leading zeros and no spaces',
  },
  docs: {
    zh: 'GB/T 9704-2012 规定成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）。本规则把“2024年04月30日”“二〇一七年五月二十六日”“2019年 10月14日”分别改为“2024年4月30日”“2017年5月26日”“2019年10月14日”。',
    en: 'GB/T 9704-2012 wants the date in Arabic numerals with the full year and without leading zeros (1, not 01). The rule rewrites `2024年04月30日`, `二〇一七年五月二十六日` and `2019年 10月14日` as `2024年4月30日`, `2017年5月26日` and `2019年10月14日`.',
  },
  fixable: true,
  messages: {
    leadingZero: {
      zh: '日期应写作“{expected}”，不应有前导零（现为“{found}”）',
      en: 'Write the date as {expected}, without leading zeros (found “{found}”)',
    },
    chineseNumerals: {
      zh: '日期应写作“{expected}”，用阿拉伯数字（现为“{found}”）',
      en: 'Write the date as {expected}, in Arabic numerals (found “{found}”)',
    },
    spaces: {
      zh: '日期应写作“{expected}”，中间不加空格（现为“{found}”）',
      en: 'Write the date as {expected}, without spaces (found “{found}”)',
    },
    format: {
      zh: '日期应写作“{expected}”（现为“{found}”）',
      en: 'Write the date as {expected} (found “{found}”)',
    },
  },
  check({ model }, report) {
    const date = model.date;
    if (!date || date.year === null || date.month === null || date.day === null) return;
    const expected = `${date.year}年${date.month}月${date.day}日`;
    if (date.raw === expected) return;
    const text = new ModelText(model);
    const [start, end] = text.offsets(date.range);
    const fixable = model.text.slice(start, end) === date.raw;
    report({
      messageId: problemOf(date.raw, date.numerals),
      args: { expected, found: date.raw },
      range: date.range,
      fix: fixable ? { range: [start, end], text: expected } : undefined,
    });
  },
} satisfies Rule;
