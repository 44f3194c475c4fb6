/**
 * Bounded work on hostile text: a long run of spaces, marks, brackets or labels must cost about what an
 * ordinary reply of the same length costs. The bound is in CPU time of this process (not the wall clock,
 * which also counts other processes on a shared machine), relative to linting a reply of the same length
 * measured just before: linear code stays within a small multiple of it, quadratic code (a pattern
 * rescanned from every character of a run) exceeds it by hundreds of times at this length.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll } from '../../src/core/fix/fixAll';
import { lint } from '../../src/core/lint';
import { parse } from '../../src/core/parser/parse';
import { CORPUS } from './property.arbitraries';

const LENGTH = 50_000;
const NOW = new Date(2025, 0, 1, 12);
/**
 * How many times the reference's cost a hostile text may take, plus a fixed allowance for the collector.
 * A text that draws one diagnostic per character legitimately costs ten or more times the reference;
 * quadratic work costs hundreds of times, so 30 separates the two with room for a busy machine.
 */
const FACTOR = 30;
const ALLOWANCE_MS = 150;

function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The least of a few runs, so that one collection does not decide. */
function leastCpuMs(work: () => unknown, runs: number): number {
  return Math.min(...Array.from({ length: runs }, () => cpuMs(work)));
}

const fill = (unit: string, length = LENGTH) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const spaces = (length = LENGTH) => ' '.repeat(length);

/** Texts that once took time quadratic in the length of one line. */
const HOSTILE: Record<string, string> = {
  'spaces before a character': `${spaces()}x`,
  'no-break spaces before a full stop': `${'\u00a0'.repeat(LENGTH)}。`,
  'spaces after a label': `签发人:${spaces()}x`,
  'spaces inside a salutation': `a${spaces()}b委员:\n您提出的提案收悉,现答复如下:`,
  'spaces after a quoted title': `您提出的“关于”${spaces()}x`,
  'a label followed by spaces, repeated': fill(`联系人${spaces(50)}`),
  'half-width commas after a Chinese character': `中${','.repeat(LENGTH)}`,
  'title marks then unmatched brackets': `${'《'.repeat(LENGTH / 2)}${')'.repeat(LENGTH / 2)}`,
  'opening brackets': '('.repeat(LENGTH),
  'letters before a URL': `中${'a'.repeat(LENGTH)} http://example.cn,中`,
  'letters before an e-mail address': `中${'a'.repeat(LENGTH)}b@example.cn,中`,
  'placeholders': fill('中XX'),
  'X': 'X'.repeat(LENGTH),
  'line feeds': '\n'.repeat(LENGTH),
  'carriage returns': '\r'.repeat(LENGTH),
  'zero-width spaces': `中${'\u200b'.repeat(LENGTH)}中`,
};

describe('bounded work on hostile text', function () {
  this.timeout(120_000);
  const reference = fill(CORPUS.join('\n'));
  let lintBound = 0;
  let fixBound = 0;

  before(() => {
    lint(reference, { now: NOW });
    lintBound = FACTOR * leastCpuMs(() => lint(reference, { now: NOW }), 3) + ALLOWANCE_MS;
    fixBound = FACTOR * leastCpuMs(() => fixAll(reference, { now: NOW }), 3) + ALLOWANCE_MS;
  });

  /** Within the bound, measured twice if the first run exceeds it. */
  const assertBounded = (what: string, work: () => unknown, bound: number) => {
    let used = cpuMs(work);
    if (used > bound) used = Math.min(used, cpuMs(work));
    assert.ok(used <= bound, `${what}: ${used.toFixed(0)} ms of CPU, over the bound of ${bound.toFixed(0)} ms`);
  };

  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`parses, lints and fixes ${name} (${text.length.toLocaleString('en')} characters) in linear time`, () => {
      assertBounded('parse', () => parse(text), lintBound);
      assertBounded('lint', () => lint(text, { now: NOW }), lintBound);
      assertBounded('fixAll', () => fixAll(text, { now: NOW }), fixBound);
    });
  }

  it('lints any one- or two-piece pattern repeated over a long line in linear time', () => {
    const piece = fc.constantFrom(' ', '\u3000', ':', '：', ',', '(', '（', ')', '“', '《', '》', '中', 'a', '1', 'X', '×', '○', '@', '.', '、', '签发人', '联 系 人', '委员', '一、', '{{');
    fc.assert(
      fc.property(piece, piece, (a, b) => {
        const text = `中${fill(a + b)}中`;
        assertBounded(`lint of ${JSON.stringify(a + b)} repeated`, () => lint(text, { now: NOW }), lintBound);
      }),
      { numRuns: 25 },
    );
  });
});
