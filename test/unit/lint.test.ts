import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../src/core/config/resolve';
import { lint, runRule } from '../../src/core/lint';
import { parse } from '../../src/core/parser/parse';
import type { Rule, RuleContext } from '../../src/core/rules/types';
import { BASE, NOW, variant } from './rules/ruleTester';

/** Three problems: a half-width colon (line 3), a leading zero (line 31), an empty 签发人 (line 1, plus the schema's missing signer). */
const FLAWED = variant(BASE, ['李华委员\uff1a', '李华委员:'], ['2024年4月30日', '2024年04月30日'], ['签发人\uff1a张明', '签发人\uff1a']);
const ids = (text: string, rules?: Record<string, unknown>) =>
  lint(text, { now: NOW, config: resolveConfig(rules ? { rules: rules as never } : {}) }).map((d) => `${d.ruleId}:${d.severity}`);

describe('lint', () => {
  it('runs the schema and the rules and sorts by position', () => {
    const found = lint(FLAWED, { now: NOW });
    assert.deepEqual(
      found.map((d) => [d.range.start.line + 1, d.ruleId]),
      [
        [1, 'schema'],
        [1, 'empty-label'],
        [3, 'punctuation-width'],
        [31, 'date-format'],
      ],
    );
  });

  it('leaves a date line that is there but wrong to date-valid, and the schema reports it only with date-valid off', () => {
    for (const date of ['2023619', '2024年2月30日', '2024年13月3日']) {
      const text = variant(BASE, ['2024年4月30日', date]);
      const dateLine = text.split('\n').indexOf(date);
      const atDate = (rules?: Record<string, unknown>) =>
        lint(text, { now: NOW, config: resolveConfig(rules ? { rules: rules as never } : {}) })
          .filter((d) => d.range.start.line === dateLine)
          .map((d) => d.ruleId);
      assert.deepEqual(atDate(), ['date-valid'], date);
      assert.deepEqual(atDate({ 'date-valid': 'off' }), ['schema'], date);
    }
    const undated = lint(variant(BASE, ['2024年4月30日', '']), { now: NOW });
    assert.ok(undated.some((d) => d.ruleId === 'schema' && /成文日期/.test(d.message)), 'a missing date line is the schema\'s');
  });

  it('reads a model as well as a text', () => {
    assert.deepEqual(lint(parse(FLAWED), { now: NOW }), lint(FLAWED, { now: NOW }));
  });

  it('turns rules off and overrides severities from the configuration', () => {
    assert.deepEqual(ids(FLAWED, { 'punctuation-width': 'off', schema: 'off' }), ['empty-label:error', 'date-format:warning']);
    assert.deepEqual(ids(FLAWED, { 'date-format': 'error', 'empty-label': { severity: 'info' } }), [
      'schema:error',
      'empty-label:info',
      'punctuation-width:warning',
      'date-format:error',
    ]);
    assert.deepEqual(ids(FLAWED, { schema: 'warning', 'empty-label': { severity: 'off' } }), [
      'schema:warning',
      'punctuation-width:warning',
      'date-format:warning',
    ]);
  });

  it('writes messages in the requested locale', () => {
    const [english] = lint(FLAWED, { now: NOW, locale: 'en', config: resolveConfig({ rules: { schema: 'off' } }) });
    assert.equal(english.message, 'Nothing follows “签发人”: fill it in');
  });

  it('lints text that is not a reply at all without throwing', () => {
    for (const text of ['', '\n\n', 'hello', '(((“《', '一、\n(一)\n1.\n(1)']) {
      const failures = lint(text, { now: NOW }).filter((d) => d.message.includes('运行出错'));
      assert.deepEqual(failures, [], JSON.stringify(text));
    }
  });
});

describe('runRule', () => {
  const context: RuleContext = { model: parse(BASE), config: resolveConfig(), locale: 'zh', now: NOW };
  const base: Rule = {
    id: 'probe',
    defaultSeverity: 'warning',
    description: { zh: '探测', en: 'probe' },
    docs: { zh: '探测', en: 'probe' },
    fixable: false,
    messages: { found: { zh: '发现{what}', en: 'found {what}' } },
    check: () => undefined,
  };
  const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

  it('formats what a rule reports', () => {
    const rule = { ...base, check: (_: RuleContext, report: Parameters<Rule['check']>[1]) => report({ messageId: 'found', args: { what: 'X' }, range: at }) };
    assert.deepEqual(runRule(rule, context, 'info'), [{ ruleId: 'probe', severity: 'info', message: '发现X', range: at }]);
  });

  it('turns a rule that throws into one error diagnostic', () => {
    const rule = { ...base, check: () => { throw new Error('boom'); } };
    const [failure, ...rest] = runRule(rule, context, 'warning');
    assert.equal(rest.length, 0);
    assert.equal(failure.ruleId, 'probe');
    assert.equal(failure.severity, 'error');
    assert.match(failure.message, /probe.*boom/);
  });

  it('rejects an unknown messageId, a fix from a rule not marked fixable, and a fix out of range', () => {
    const reports: Parameters<Parameters<Rule['check']>[1]>[0][] = [
      { messageId: 'nope', range: at },
      { messageId: 'found', range: at, fix: { range: [0, 1], text: 'x' } },
    ];
    for (const report of reports) {
      const [failure] = runRule({ ...base, check: (_, emit) => emit(report) }, context, 'warning');
      assert.equal(failure.severity, 'error');
    }
    const fixable = { ...base, fixable: true };
    const [outOfRange] = runRule({ ...fixable, check: (_, emit) => emit({ messageId: 'found', range: at, fix: { range: [0, 1e9], text: '' } }) }, context, 'warning');
    assert.match(outOfRange.message, /invalid range/);
  });
});
