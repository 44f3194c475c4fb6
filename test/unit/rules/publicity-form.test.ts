import { resolveConfig } from '../../../src/core/config/resolve';
import { BASE, FW, testRule, variant } from './ruleTester';

const attribute = `${FW.open}此件公开发布${FW.close}`;

testRule('publicity-form', {
  valid: [
    { name: 'the attribute in brackets below the date', text: BASE },
    { name: 'another allowed attribute', text: variant(BASE, [attribute, `${FW.open}此件依申请公开${FW.close}`]) },
    { name: 'a value outside the allowed ones (the schema reports that)', text: variant(BASE, [attribute, `${FW.open}此件主动公开${FW.close}`]) },
    {
      name: 'an office’s own attribute from the configuration',
      text: variant(BASE, [attribute, `${FW.open}此件主动公开${FW.close}`]),
      options: { config: resolveConfig({ publicityValues: ['此件主动公开'] }) },
    },
  ],
  invalid: [
    {
      name: 'spaces inside the attribute',
      text: variant(BASE, [attribute, `${FW.open}此件 公开发布${FW.close}`]),
      errors: [{ line: 33, column: 2, message: '公开属性应写作“此件公开发布”，中间不加空格' }],
      output: BASE,
    },
    {
      name: 'a missing closing bracket',
      text: variant(BASE, [attribute, `${FW.open}此件公开发布`]),
      errors: [{ line: 33, column: 7, message: '缺少右括号' }],
      output: BASE,
    },
    {
      name: 'the attribute above the date',
      text: variant(BASE, [`2024年4月30日\n\n${attribute}`, `${attribute}\n\n2024年4月30日`]),
      errors: [{ line: 31, message: '应写在成文日期“2024年4月30日”的下一行' }],
    },
  ],
});
