import * as assert from 'node:assert/strict';
import { BASE, diagnosticsOf, testRule, variant } from './ruleTester';

const dated = (date: string) => variant(BASE, ['2024年4月30日', date]);

testRule('date-format', {
  valid: [
    { name: 'Arabic numerals without leading zeros', text: BASE },
    { name: 'an unreadable date (date-valid reports it)', text: dated('2023619') },
  ],
  invalid: [
    {
      name: 'leading zeros',
      text: dated('2024年04月03日'),
      errors: [{ line: 31, column: 1, message: '日期应写作“2024年4月3日”，不应有前导零' }],
      output: dated('2024年4月3日'),
    },
    {
      name: 'Chinese numerals',
      text: dated('二〇一七年五月二十六日'),
      errors: [{ line: 31, message: '2017年5月26日' }],
      output: dated('2017年5月26日'),
    },
    {
      name: 'mixed numerals',
      text: dated('二0二一年四月七日'),
      errors: [{ line: 31, message: '用阿拉伯数字' }],
      output: dated('2021年4月7日'),
    },
    {
      name: 'a stray space',
      text: dated('2019年 10月14日'),
      errors: [{ line: 31, message: '不加空格' }],
      output: dated('2019年10月14日'),
    },
  ],
});

describe('rule date-format messages', () => {
  it('says what was expected in English', () => {
    const [english] = diagnosticsOf('date-format', dated('2024年04月30日'), { locale: 'en' });
    assert.ok(english.message.startsWith('Write the date as 2024年4月30日, without leading zeros'), english.message);
  });
});
