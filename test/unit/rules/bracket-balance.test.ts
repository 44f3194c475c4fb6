import * as assert from 'node:assert/strict';
import { unmatchedMarks } from '../../../src/core/rules/bracket-balance';
import { BASE, FW, testRule, variant } from './ruleTester';

const body = '我局高度重视社区养老服务工作，已将其纳入年度重点工作。';
const withBody = (text: string) => variant(BASE, [body, text]);

testRule('bracket-balance', {
  valid: [
    { name: 'balanced quotes and brackets', text: BASE },
    { name: 'nested marks and mixed-width brackets', text: withBody(`依据《关于“十四五”规划〔2021〕1号》(试行${FW.close}执行。`) },
  ],
  invalid: [
    {
      name: 'an unclosed quotation mark in the opening',
      text: variant(BASE, ['的建议”的提案', '的建议的提案']),
      errors: [{ line: 5, column: 7, message: '““”没有对应的“””' }],
    },
    {
      name: 'a closing bracket with no opening one',
      text: withBody(`工作已完成${FW.close}。`),
      errors: [{ line: 9, column: 6, message: '前面没有对应的' }],
    },
    {
      name: 'an unclosed title mark',
      text: withBody('依据《养老服务条例执行。'),
      errors: [{ line: 9, column: 3 }],
    },
    {
      name: 'crossed marks',
      text: withBody('依据“《条例”》执行。'),
      errors: [{ line: 9, column: 4 }, { line: 9, column: 8 }],
    },
  ],
});

describe('unmatchedMarks', () => {
  it('reports each unmatched mark once, in column order', () => {
    assert.deepEqual(
      unmatchedMarks('a“b(c').map((m) => [m.column, m.mark, m.missing]),
      [
        [1, '“', '”'],
        [3, '(', ')'],
      ],
    );
    assert.deepEqual(unmatchedMarks('〔2024〕(一)“x”《y》'), []);
  });
});
