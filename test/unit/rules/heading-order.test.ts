import * as assert from 'node:assert/strict';
import { BASE, FW, testRule, variant } from './ruleTester';
import { fixAll } from '../../../src/core/fix/fixAll';

const paren = (n: string) => `${FW.open}${n}${FW.close}`;

testRule('heading-order', {
  valid: [
    { name: 'headings numbered in order under each parent', text: BASE },
    {
      name: 'numbering that starts again under a new parent',
      text: variant(BASE, ['我们将持续推进相关工作。', `${paren('一')}我们将持续推进相关工作。`]),
    },
  ],
  invalid: [
    {
      name: 'a skipped number at level 1',
      text: variant(BASE, ['二、下一步', '三、下一步']),
      errors: [{ line: 23, column: 1, message: '标题序号应为“二”，而不是“三”' }],
      output: BASE,
    },
    {
      name: 'sub-headings out of order',
      text: variant(BASE, [`${paren('一')}完善`, `${paren('二')}完善`], [`${paren('二')}加强`, `${paren('一')}加强`]),
      errors: [
        { line: 11, column: 2, message: '应为“一”' },
        { line: 21, column: 2, message: '应为“二”' },
      ],
      output: BASE,
    },
    {
      name: 'a repeated number at level 4',
      text: variant(BASE, [`${paren('2')}明年`, `${paren('1')}明年`]),
      errors: [{ line: 17, message: '应为“2”，而不是“1”' }],
      output: BASE,
    },
    {
      name: 'a heading that does not start from one',
      text: variant(BASE, ['1.建设', '3.建设'], ['2.培育', '4.培育']),
      errors: [{ line: 13 }, { line: 19 }],
      output: BASE,
    },
  ],
});

describe('rule heading-order fix-all', () => {
  it('renumbers a whole run after an inserted heading', () => {
    const inserted = variant(BASE, ['二、下一步', '二、新增一节\n\n二、下一步']);
    const { output } = fixAll(inserted);
    assert.ok(output.includes('二、新增一节\n\n三、下一步'), output);
  });
});
