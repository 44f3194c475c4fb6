import * as assert from 'node:assert/strict';
import { placeholdersIn } from '../../../src/core/rules/placeholder';
import { BASE, testRule, variant } from './ruleTester';

const body = '我局高度重视社区养老服务工作，已将其纳入年度重点工作。';
const withBody = (text: string) => variant(BASE, [body, text]);

testRule('placeholder', {
  valid: [
    { name: 'a filled-in reply', text: BASE },
    { name: 'Latin words and dates in Chinese numerals', text: withBody('参加了XXL会议和TEDx论坛，二○○九年起实施，比例为3×4。') },
  ],
  invalid: [
    { name: '20XX in the body', text: withBody('我局于20XX年将其纳入重点工作。'), errors: [{ line: 9, column: 4, message: '“20XX”是未替换的占位符' }] },
    { name: '202X', text: withBody('计划于202X年完成。'), errors: [{ line: 9, column: 4 }] },
    { name: 'XXX', text: variant(BASE, ['某区民政局', 'XXX局']), errors: [{ line: 29, column: 1 }] },
    { name: 'XX in Chinese context', text: variant(BASE, ['李华委员', 'XX委员']), errors: [{ line: 3, column: 1 }] },
    { name: '××', text: variant(BASE, ['李华委员', '××委员']), errors: [{ line: 3, column: 1 }] },
    { name: 'a template variable', text: variant(BASE, ['李华委员', '{{name}}委员']), errors: [{ line: 3, message: '{{name}}' }] },
    { name: 'a fill-in marker', text: withBody('已将其纳入【待填】。'), errors: [{ line: 9, column: 6, message: '【待填】' }] },
    { name: '○○', text: variant(BASE, ['某区民政局', '○○区民政局']), errors: [{ line: 29 }] },
    { name: 'X月X日', text: withBody('将于X月X日召开会议。'), errors: [{ line: 9, column: 3 }, { line: 9, column: 5 }] },
  ],
});

describe('placeholdersIn', () => {
  it('reports overlapping patterns once', () => {
    assert.deepEqual(placeholdersIn('20XX年'), [[0, 4]]);
    assert.deepEqual(placeholdersIn('XXXX委员'), [[0, 4]]);
  });
});
