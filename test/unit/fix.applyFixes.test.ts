import * as assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/core/diagnostic';
import { applyFixes } from '../../src/core/fix/applyFixes';
import { lint } from '../../src/core/lint';
import { BASE, NOW, variant } from './rules/ruleTester';

const AT = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
function diag(start: number, end: number, text: string): Diagnostic {
  return { ruleId: 'test', severity: 'warning', message: `${start}-${end}`, range: AT, fix: { range: [start, end], text } };
}

describe('applyFixes', () => {
  it('applies fixes in text order whatever order they come in', () => {
    const result = applyFixes('abcdef', [diag(4, 5, 'E'), diag(0, 1, 'A'), diag(2, 3, 'C')]);
    assert.equal(result.output, 'AbCdEf');
    assert.equal(result.applied.length, 3);
    assert.deepEqual(result.remaining, []);
  });

  it('skips a fix that overlaps an earlier one and keeps it for a later pass', () => {
    const first = diag(0, 3, 'XYZ');
    const overlapping = diag(2, 5, '__');
    const result = applyFixes('abcdef', [overlapping, first]);
    assert.equal(result.output, 'XYZdef');
    assert.deepEqual(result.applied, [first]);
    assert.deepEqual(result.remaining, [overlapping]);
  });

  it('applies fixes that only touch', () => {
    assert.equal(applyFixes('abcd', [diag(1, 2, 'B'), diag(2, 3, 'C')]).output, 'aBCd');
  });

  it('applies one of two insertions at the same place, and an insertion next to a replacement', () => {
    const a = diag(2, 2, '1');
    const b = diag(2, 2, '2');
    const result = applyFixes('abcd', [a, b]);
    assert.equal(result.output, 'ab1cd');
    assert.deepEqual(result.remaining, [b]);
    assert.equal(applyFixes('abcd', [diag(2, 3, 'C'), diag(2, 2, '+')]).output, 'ab+Cd');
    assert.equal(applyFixes('abcd', [diag(1, 2, 'B'), diag(2, 2, '+')]).output, 'aB+cd');
  });

  it('keeps diagnostics without a fix, and fixes with an impossible range, as remaining', () => {
    const plain: Diagnostic = { ruleId: 'test', severity: 'error', message: 'no fix', range: AT };
    const backwards = diag(3, 1, 'x');
    const beyond = diag(2, 99, 'x');
    const result = applyFixes('abcd', [plain, backwards, beyond]);
    assert.equal(result.output, 'abcd');
    assert.deepEqual(result.remaining, [plain, backwards, beyond]);
  });

  it('keeps CRLF line endings when fixing a CRLF text', () => {
    const lf = variant(BASE, ['2024年4月30日', '2024年04月30日'], ['李华委员\uff1a', '李华委员:']);
    const crlf = lf.replace(/\n/g, '\r\n');
    const fixedLf = applyFixes(lf, lint(lf, { now: NOW })).output;
    const fixedCrlf = applyFixes(crlf, lint(crlf, { now: NOW })).output;
    assert.equal(fixedLf, BASE);
    assert.equal(fixedCrlf, BASE.replace(/\n/g, '\r\n'));
  });

  it('keeps a byte order mark and counts offsets after it', () => {
    const text = variant(BASE, ['2024年4月30日', '2024年04月30日']);
    const fixed = applyFixes(`\ufeff${text}`, lint(`\ufeff${text}`, { now: NOW }));
    assert.equal(fixed.output, `\ufeff${BASE}`);
  });

  it('fixing twice gives what fixing once gives', () => {
    const text = variant(BASE, ['2024年4月30日', '二〇二四年四月三十日'], ['李华委员\uff1a', '李华委员:'], ['二、下一步', '三.下一步']);
    const once = applyFixes(text, lint(text, { now: NOW })).output;
    const twice = applyFixes(once, lint(once, { now: NOW }));
    assert.equal(twice.output, once);
    assert.deepEqual(twice.applied, []);
    assert.equal(once, BASE);
  });
});
