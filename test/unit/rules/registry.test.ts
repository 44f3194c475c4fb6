import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { halfWidthMarks } from '../../../src/core/rules/punctuation-width';
import { ruleById, rules } from '../../../src/core/rules/index';
import { REPO } from './ruleTester';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('rule registry', () => {
  it('lists the rules in their documented order, one module each', () => {
    assert.deepEqual(
      rules.map((rule) => rule.id),
      ['date-valid', 'date-format', 'heading-marker', 'heading-order', 'punctuation-width', 'bracket-balance', 'role-kind', 'placeholder', 'empty-label', 'phone-format', 'postcode-format', 'publicity-form'],
    );
    for (const rule of rules) {
      assert.ok(fs.existsSync(path.join(REPO, 'src/core/rules', `${rule.id}.ts`)), rule.id);
      assert.equal(ruleById(rule.id), rule);
    }
    assert.equal(ruleById('no-such-rule'), undefined);
  });

  it('gives every text in Chinese and English, with the same placeholders', () => {
    for (const rule of rules) {
      for (const message of [rule.description, rule.docs, ...Object.values(rule.messages)]) {
        assert.ok(message.zh.trim() && message.en.trim(), rule.id);
        assert.deepEqual(placeholders(message.zh), placeholders(message.en), `${rule.id}: ${message.en}`);
      }
    }
  });

  it('writes its Chinese messages with full-width punctuation', () => {
    for (const rule of rules) {
      for (const message of [rule.description, ...Object.values(rule.messages)]) {
        assert.deepEqual(halfWidthMarks(message.zh), [], `${rule.id}: ${message.zh}`);
      }
    }
  });
});
