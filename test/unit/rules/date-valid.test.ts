import * as assert from 'node:assert/strict';
import { BASE, diagnosticsOf, testRule, variant } from './ruleTester';

const dated = (date: string) => variant(BASE, ['2024年4月30日', date]);

testRule('date-valid', {
  valid: [
    { name: 'a real past date', text: BASE },
    { name: 'the 29th of February in a leap year', text: dated('2024年2月29日') },
    { name: 'today', text: BASE, options: { now: new Date(2024, 3, 30, 0, 0, 1) } },
    { name: 'a reply without a date (the schema reports that)', text: variant(BASE, ['2024年4月30日\n', '']) },
  ],
  invalid: [
    { name: 'the 30th of February', text: dated('2024年2月30日'), errors: [{ line: 31, column: 1, message: '2024年2月只有29天' }] },
    { name: 'the 29th of February outside a leap year', text: dated('2023年2月29日'), errors: [{ line: 31, message: '只有28天' }] },
    { name: 'a thirteenth month', text: dated('2024年13月1日'), errors: [{ line: 31, message: '月份13不存在' }] },
    { name: 'the 31st of April', text: dated('2024年4月31日'), errors: [{ line: 31, message: '只有30天' }] },
    {
      name: 'a date in the future',
      text: BASE,
      options: { now: new Date(2024, 3, 29, 23, 59) },
      errors: [{ line: 31, message: '晚于今天（2024年4月29日）' }],
    },
    { name: 'a date line that cannot be read', text: dated('2023619'), errors: [{ line: 31, message: '无法读出日期“2023619”' }] },
  ],
});

describe('rule date-valid messages', () => {
  it('names the problem in English too', () => {
    const [english] = diagnosticsOf('date-valid', dated('2024年2月30日'), { locale: 'en' });
    assert.match(english.message, /2024年2月30日.*does not exist.*29 days/);
  });
});
