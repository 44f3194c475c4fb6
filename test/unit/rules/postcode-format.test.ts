import { BASE, testRule, variant } from './ruleTester';

const coded = (postcode: string) => variant(BASE, ['200050', postcode]);

testRule('postcode-format', {
  valid: [{ name: 'six digits', text: BASE }],
  invalid: [
    { name: 'five digits', text: coded('20005'), errors: [{ line: 37, column: 21, message: '邮政编码应为6位数字，而不是“20005”' }] },
    { name: 'seven digits', text: coded('2000501'), errors: [{ line: 37 }] },
    { name: 'a letter', text: coded('2000S0'), errors: [{ line: 37 }] },
  ],
});
