import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../src/core/diagnostic';
import { fixAll, fixUntilStable, MAX_FIX_PASSES } from '../../src/core/fix/fixAll';
import { lint } from '../../src/core/lint';
import { parse } from '../../src/core/parser/parse';
import { toFields } from '../../src/core/fields';
import { NOW, REPO } from './rules/ruleTester';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../samples/changning-2024-aigc.reply.txt'), 'utf8');
const CORPUS = path.join(REPO, 'test/fixtures/corpus');
const AT = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('fixAll', () => {
  it('fixes every half-width mark of the sample and leaves nothing fixable', () => {
    const before = lint(SAMPLE, { now: NOW }).filter((d) => d.fix);
    const result = fixAll(SAMPLE, { now: NOW });
    assert.equal(result.fixed, before.length);
    assert.ok(result.passes >= 1);
    assert.deepEqual(lint(result.output, { now: NOW }).filter((d) => d.fix).map((d) => d.message), []);
    assert.equal(result.output.split('\n').length, SAMPLE.split('\n').length);
  });

  it('changes no field of any corpus reply but its punctuation, and is idempotent', () => {
    const halfWidth = (value: string) => value.replace(/[\uff01-\uff1f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    for (const file of fs.readdirSync(CORPUS).filter((name) => name.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      const { output } = fixAll(text, { now: NOW });
      assert.equal(fixAll(output, { now: NOW }).output, output, `${file}: fixing again changes nothing`);
      assert.equal(
        halfWidth(JSON.stringify(toFields(parse(output)))),
        halfWidth(JSON.stringify(toFields(parse(text)))),
        `${file}: same fields`,
      );
    }
  });

  it('fixes the marker and the number of one heading in the same pass', () => {
    const text = SAMPLE.replace('四、下一步工作思考', '五.下一步工作思考');
    const result = fixAll(text, { now: NOW });
    assert.ok(result.output.includes('四、下一步工作思考'));
    assert.equal(result.passes, 1);
  });

  it('applies a skipped overlapping fix on the next pass', () => {
    const overlapping = (text: string): Diagnostic[] =>
      text === 'abc'
        ? [
            { ruleId: 'a', severity: 'warning', message: 'a', range: AT, fix: { range: [0, 2], text: 'AB' } },
            { ruleId: 'b', severity: 'warning', message: 'b', range: AT, fix: { range: [1, 3], text: 'bC' } },
          ]
        : text === 'ABc'
          ? [{ ruleId: 'b', severity: 'warning', message: 'b', range: AT, fix: { range: [2, 3], text: 'C' } }]
          : [];
    const result = fixUntilStable('abc', overlapping);
    assert.deepEqual(result, { output: 'ABC', passes: 2, fixed: 2 });
  });

  it('stops when the fixes lead back to an earlier text', () => {
    const flip = (text: string): Diagnostic[] => [
      { ruleId: 'flip', severity: 'warning', message: 'flip', range: AT, fix: { range: [0, 1], text: text[0] === 'A' ? 'B' : 'A' } },
    ];
    const result = fixUntilStable('A', flip);
    assert.equal(result.output, 'B');
    assert.equal(result.passes, 1);
  });

  it('stops after the maximum number of passes', () => {
    const grow = (text: string): Diagnostic[] => [
      { ruleId: 'grow', severity: 'warning', message: 'grow', range: AT, fix: { range: [text.length, text.length], text: 'x' } },
    ];
    const result = fixUntilStable('', grow);
    assert.equal(result.passes, MAX_FIX_PASSES);
    assert.equal(result.output, 'x'.repeat(MAX_FIX_PASSES));
  });
});
