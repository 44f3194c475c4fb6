/** A small RuleTester: lint a reply, keep one rule's diagnostics, check them, apply the fixes and lint again. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../../../src/core/config/resolve';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { applyFixes } from '../../../src/core/fix/applyFixes';
import { lint, type LintOptions } from '../../../src/core/lint';
import { ruleById } from '../../../src/core/rules/index';

export const REPO = path.resolve(__dirname, '../../../..');
/** A clean reply with every part and four heading levels, full-width punctuation throughout. */
export const BASE = fs.readFileSync(path.join(REPO, 'test/fixtures/rules/base.reply.txt'), 'utf8');
export const NOW = new Date(2025, 0, 1, 12);

/** Full-width marks, spelled out so that no editor or tool can silently turn them half-width. */
export const FW = { colon: '\uff1a', comma: '\uff0c', semicolon: '\uff1b', open: '\uff08', close: '\uff09' };

/** The text with each search replaced once; fails when a search is not found, so a test cannot pass by accident. */
export function variant(text: string, ...replacements: [string | RegExp, string][]): string {
  let result = text;
  for (const [from, to] of replacements) {
    const found = typeof from === 'string' ? result.includes(from) : from.test(result);
    assert.ok(found, `the text should contain ${String(typeof from === 'string' ? JSON.stringify(from) : from)}`);
    result = result.replace(from, to);
  }
  return result;
}

export function diagnosticsOf(ruleId: string, text: string, options: LintOptions = {}): Diagnostic[] {
  return lint(text, { now: NOW, config: resolveConfig(), ...options }).filter((d) => d.ruleId === ruleId);
}

export interface Expected {
  /** 1-based line. */
  line: number;
  /** 1-based column of the start, when it matters. */
  column?: number;
  /** Text the Chinese message must contain. */
  message?: string;
}

export interface InvalidCase {
  name: string;
  text: string;
  errors: Expected[];
  /** The text after applying the rule's fixes; omitted when the rule offers none here. */
  output?: string;
  options?: LintOptions;
}

export interface RuleCases {
  valid: { name: string; text: string; options?: LintOptions }[];
  invalid: InvalidCase[];
}

export function testRule(ruleId: string, cases: RuleCases): void {
  const rule = ruleById(ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => assert.ok(rule));
    for (const { name, text, options } of cases.valid) {
      it(`accepts ${name}`, () => assert.deepEqual(diagnosticsOf(ruleId, text, options).map((d) => d.message), []));
    }
    for (const { name, text, errors, output, options } of cases.invalid) {
      it(`reports ${name}`, () => {
        const found = diagnosticsOf(ruleId, text, options);
        assert.equal(found.length, errors.length, found.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('\n'));
        errors.forEach((expected, i) => {
          const got = found[i];
          assert.equal(got.range.start.line + 1, expected.line, got.message);
          if (expected.column !== undefined) assert.equal(got.range.start.character + 1, expected.column, got.message);
          if (expected.message !== undefined) assert.ok(got.message.includes(expected.message), `${got.message} / ${expected.message}`);
          assert.equal(got.severity, rule!.defaultSeverity);
        });
        if (output === undefined) {
          assert.ok(found.every((d) => !d.fix), 'no fix expected');
          return;
        }
        const fixed = applyFixes(text, found);
        assert.equal(fixed.output, output);
        assert.deepEqual(diagnosticsOf(ruleId, fixed.output, options).map((d) => d.message), [], 'quiet after the fix');
      });
    }
  });
}
