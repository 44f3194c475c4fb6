/** date-valid: the date names a day that exists and has already come. */
import type { Rule } from './types';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date as a comparable number (20240430), from local calendar fields. */
function dayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

export const dateValid = {
  id: 'date-valid',
  defaultSeverity: 'error',
  description: {
    zh: '成文日期应是真实存在且不晚于今天的日期',
    en: 'The date is a real calendar date and not in the future',
  },
  docs: {
    zh: '成文日期必须能读出年、月、日，且是日历上真实存在的日子（2024年2月30日不存在），也不能晚于今天。无法读出的日期行（如“2023619”）同样报告。日期行有误时只由本规则报告；关闭本规则后，由 schema 检查报告。',
    en: 'The date line must give a year, a month and a day that exist on the calendar (2024年2月30日 does not) and must not lie in the future. A date line that cannot be read at all (such as `2023619`) is reported too. A wrong date line is reported by this rule alone; with the rule off, the schema check reports it.',
  },
  fixable: false,
  messages: {
    unreadable: {
      zh: '无法读出日期“{found}”：应写作“2024年4月30日”这样的年月日',
      en: 'Cannot read the date “{found}”: write a year, month and day such as 2024年4月30日',
    },
    month: {
      zh: '日期“{found}”中的月份{month}不存在：月份应在1至12之间',
      en: 'The date “{found}” has month {month}, which does not exist: months run from 1 to 12',
    },
    day: {
      zh: '日期“{found}”不存在：{year}年{month}月只有{days}天',
      en: 'The date “{found}” does not exist: {year}-{month} has only {days} days',
    },
    future: {
      zh: '日期“{found}”晚于今天（{today}）：成文日期不应在将来',
      en: 'The date “{found}” is later than today ({today}): a reply cannot be dated in the future',
    },
  },
  check({ model, now }, report) {
    const date = model.date;
    if (!date) return;
    const found = date.raw;
    const { year, month, day } = date;
    if (year === null || month === null || day === null) {
      report({ messageId: 'unreadable', args: { found }, range: date.range });
      return;
    }
    if (month < 1 || month > 12) {
      report({ messageId: 'month', args: { found, month }, range: date.range });
      return;
    }
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) {
      report({ messageId: 'day', args: { found, year, month, days }, range: date.range });
      return;
    }
    const today = dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
    if (dayNumber(year, month, day) > today) {
      const todayText = `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
      report({ messageId: 'future', args: { found, today: todayText }, range: date.range });
    }
  },
} satisfies Rule;
