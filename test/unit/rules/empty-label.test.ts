import { BASE, FW, testRule, variant } from './ruleTester';

testRule('empty-label', {
  valid: [{ name: 'labels with values', text: BASE }],
  invalid: [
    {
      name: 'an empty 签发人',
      text: variant(BASE, [`签发人${FW.colon}张明`, `签发人${FW.colon}`]),
      errors: [{ line: 1, message: '“签发人”后面没有内容' }],
    },
    {
      name: 'an empty 领导签字 after the date',
      text: variant(BASE, ['2024年4月30日\n', `2024年4月30日\n\n领导签字${FW.colon}\n`]),
      errors: [{ line: 33, column: 1, message: '领导签字' }],
    },
    {
      name: 'an empty 邮政编码',
      text: variant(BASE, [`邮政编码${FW.colon}200050`, `邮政编码${FW.colon}`]),
      errors: [{ line: 37 }],
    },
  ],
});
