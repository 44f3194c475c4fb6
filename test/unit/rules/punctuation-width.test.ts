import * as assert from 'node:assert/strict';
import { halfWidthMarks } from '../../../src/core/rules/punctuation-width';
import { BASE, FW, testRule, variant } from './ruleTester';

const body = '我局高度重视社区养老服务工作，已将其纳入年度重点工作。';
const withBody = (text: string) => variant(BASE, [body, text]);

testRule('punctuation-width', {
  valid: [
    { name: 'full-width marks', text: BASE },
    { name: 'a URL', text: withBody('详见网站https://example.gov.cn/a?id=1,2:3。') },
    { name: 'an e-mail address', text: withBody('来信请寄mailto:someone@example.gov.cn?subject=1。') },
    { name: 'a time and a number', text: withBody('会议于10:30召开，共1,000人参加。') },
    { name: 'purely Latin text', text: withBody('参见文献。\nSmart cities: a review (2020), vol. 1, p. 3!') },
  ],
  invalid: [
    {
      name: 'a half-width colon after a salutation',
      text: variant(BASE, [`李华委员${FW.colon}`, '李华委员:']),
      errors: [{ line: 3, column: 5, message: '应使用全角“：”，而不是半角“:”' }],
      output: BASE,
    },
    {
      name: 'commas, semicolons, question and exclamation marks',
      text: withBody('我局高度重视,已纳入计划;是否可行?务必落实!'),
      errors: [{ line: 9, column: 7 }, { line: 9, column: 13 }, { line: 9, column: 18 }, { line: 9, column: 23 }],
      output: withBody('我局高度重视\uff0c已纳入计划\uff1b是否可行\uff1f务必落实\uff01'),
    },
    {
      name: 'a bracket pair around Latin text in a Chinese sentence, both brackets',
      text: withBody('推进AIGC(AI generated content)与元宇宙发展。'),
      errors: [{ line: 9, column: 7 }, { line: 9, column: 28 }],
      output: withBody(`推进AIGC${FW.open}AI generated content${FW.close}与元宇宙发展。`),
    },
    {
      name: 'a half-width bracket paired with a full-width one',
      text: variant(BASE, [`${FW.open}此件公开发布${FW.close}`, `(此件公开发布${FW.close}`]),
      errors: [{ line: 33, column: 1 }],
      output: BASE,
    },
    {
      name: 'marks that are Chinese context only once their neighbours are fixed',
      text: variant(BASE, [`办理结果${FW.colon}解决或采纳`, '办理结果:(C)']),
      errors: [{ line: 1, column: 5 }, { line: 1, column: 6 }, { line: 1, column: 8 }],
      output: variant(BASE, [`办理结果${FW.colon}解决或采纳`, `办理结果${FW.colon}${FW.open}C${FW.close}`]),
    },
  ],
});

describe('halfWidthMarks', () => {
  it('judges a bracket pair as a whole', () => {
    assert.deepEqual(halfWidthMarks('AIGC(AI generated content)与'), [4, 25]);
    assert.deepEqual(halfWidthMarks('AIGC(AI generated content) and'), []);
  });

  it('ignores spaces when looking for Chinese context', () => {
    assert.deepEqual(halfWidthMarks('联系人 : 王芳'), [4]);
  });
});
