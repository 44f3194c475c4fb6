/** The sample reply lints without errors, and each seeded defect is reported at its line by the right rule. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/core/lint';
import { variant } from './rules/ruleTester';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../samples/changning-2024-aigc.reply.txt'), 'utf8');
const NOW = new Date(2025, 0, 1, 12);

interface Defect {
  name: string;
  replace: [string | RegExp, string][];
  ruleId: string;
  /** 1-based. */
  line: number;
  message?: string;
}

const DEFECTS: Defect[] = [
  { name: 'a missing 办理结果', replace: [[/办理结果:解决或采纳[\s\u00a0]*/, '']], ruleId: 'schema', line: 1, message: '办理结果' },
  { name: 'an empty 办理结果', replace: [['办理结果:解决或采纳', '办理结果:']], ruleId: 'empty-label', line: 1, message: '办理结果' },
  { name: 'an empty 办理结果 (as a missing field)', replace: [['办理结果:解决或采纳', '办理结果:']], ruleId: 'schema', line: 1, message: '办理结果' },
  { name: 'a disallowed 办理结果', replace: [['办理结果:解决或采纳', '办理结果:已办结']], ruleId: 'schema', line: 1, message: '已办结' },
  { name: 'a missing 签发人', replace: [[/[\s\u00a0]*签发人:詹镭/, '']], ruleId: 'schema', line: 1, message: '签发人' },
  { name: 'an empty 签发人', replace: [['签发人:詹镭', '签发人:']], ruleId: 'empty-label', line: 1, message: '签发人' },
  { name: 'an empty 签发人 (as a missing field)', replace: [['签发人:詹镭', '签发人:']], ruleId: 'schema', line: 1, message: '签发人' },
  { name: 'an impossible date', replace: [['2024年4月30日', '2024年2月30日']], ruleId: 'date-valid', line: 45 },
  { name: 'a leading zero', replace: [['2024年4月30日', '2024年04月30日']], ruleId: 'date-format', line: 45, message: '2024年4月30日' },
  { name: 'a missing date', replace: [['2024年4月30日\n', '']], ruleId: 'schema', line: 44, message: '成文日期' },
  { name: 'a missing organ', replace: [['长宁区科学技术委员会\n', '']], ruleId: 'schema', line: 43, message: '发文机关' },
  { name: 'a missing salutation', replace: [['钟跃崎委员:\n', '']], ruleId: 'schema', line: 3, message: '主送' },
  { name: 'a missing contact line', replace: [[/联系人姓名:王建涛.*\n/, '']], ruleId: 'schema', line: 54, message: '联系电话' },
  { name: 'a missing publication attribute', replace: [['(此件公开发布)\n', '']], ruleId: 'schema', line: 46, message: '公开属性' },
  { name: 'a disallowed publication attribute', replace: [['(此件公开发布)', '(此件主动公开)']], ruleId: 'schema', line: 49, message: '此件主动公开' },
  { name: 'a 7-digit phone', replace: [['52388272', '5238827']], ruleId: 'phone-format', line: 53, message: '5238827' },
  { name: 'a 5-digit postcode', replace: [['200050', '20005']], ruleId: 'postcode-format', line: 55, message: '20005' },
  { name: 'a skipped heading number', replace: [['四、下一步工作思考', '五、下一步工作思考']], ruleId: 'heading-order', line: 31, message: '四' },
  {
    name: 'a sub-heading out of order',
    replace: [['(一)依托', '(二)依托'], ['(二)培育', '(一)培育']],
    ruleId: 'heading-order',
    line: 33,
    message: '一',
  },
  { name: '代表 in a reply to a 提案', replace: [['钟跃崎委员', '钟跃崎代表']], ruleId: 'role-kind', line: 3, message: '委员' },
  { name: '20XX left in the body', replace: [['2023年结合技术发展趋势', '20XX年结合技术发展趋势']], ruleId: 'placeholder', line: 27, message: '20XX' },
  { name: 'an unbalanced quote', replace: [['培育“元宇宙”新赛道行动方案', '培育“元宇宙新赛道行动方案']], ruleId: 'bracket-balance', line: 13 },
];

describe('lint on the sample reply', () => {
  const diagnostics = lint(SAMPLE, { now: NOW });

  it('draws no error', () => {
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
  });

  it('warns only about its half-width punctuation', () => {
    assert.ok(diagnostics.length > 0);
    assert.deepEqual([...new Set(diagnostics.map((d) => d.ruleId))], ['punctuation-width']);
  });

  for (const defect of DEFECTS) {
    it(`reports ${defect.name}`, () => {
      const found = lint(variant(SAMPLE, ...defect.replace), { now: NOW });
      const hit = found.find(
        (d) =>
          d.ruleId === defect.ruleId &&
          d.range.start.line + 1 === defect.line &&
          (defect.message === undefined || d.message.includes(defect.message)),
      );
      const shown = found.filter((d) => d.ruleId !== 'punctuation-width').map((d) => `${d.range.start.line + 1} ${d.ruleId}: ${d.message}`);
      assert.ok(hit, `expected ${defect.ruleId} at line ${defect.line} naming “${defect.message}”, got:\n${shown.join('\n')}`);
    });
  }
});
