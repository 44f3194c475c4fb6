import { BASE, FW, testRule, variant } from './ruleTester';

testRule('heading-marker', {
  valid: [
    { name: 'the standard markers of all four levels', text: BASE },
    {
      name: 'half-width brackets (their width is punctuation-width’s business)',
      text: variant(BASE, [`${FW.open}一${FW.close}`, '(一)'], [`${FW.open}1${FW.close}`, '(1)']),
    },
  ],
  invalid: [
    {
      name: 'a dot after a Chinese numeral at level 1',
      text: variant(BASE, ['一、加强', '一.加强']),
      errors: [{ line: 7, column: 1, message: '第1层标题的序号应写作“一、”，不应写作“一.”' }],
      output: BASE,
    },
    {
      name: 'a dun after an Arabic numeral at level 3',
      text: variant(BASE, ['1.建设', '1、建设']),
      errors: [{ line: 13, message: '应写作“1.”' }],
      output: BASE,
    },
    {
      name: 'both at once',
      text: variant(BASE, ['二、下一步', '二.下一步'], ['2.培育', '2、培育']),
      errors: [{ line: 19 }, { line: 23 }],
      output: BASE,
    },
  ],
});
