import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../src/core/parser/parse';
import { toFields } from '../../src/core/fields';

const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');
const expected: Record<string, Record<string, unknown>> = JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8'));
const lineTypes: Record<string, Record<string, string>> = JSON.parse(fs.readFileSync(path.join(corpus, 'line-types.json'), 'utf8'));
const NOT_PRINTED = new Set(['complete', 'notes']);

/** The expected value with every `"SKIP"` (any answer passes there) replaced by what was read. */
function withSkipsTaken(expectedValue: unknown, got: unknown): unknown {
  if (expectedValue === 'SKIP') return got;
  if (Array.isArray(expectedValue) && Array.isArray(got) && expectedValue.length === got.length) {
    return expectedValue.map((item, i) => withSkipsTaken(item, got[i]));
  }
  if (expectedValue && typeof expectedValue === 'object' && got && typeof got === 'object') {
    const gotRecord = got as Record<string, unknown>;
    return Object.fromEntries(Object.entries(expectedValue).map(([key, item]) => [key, withSkipsTaken(item, gotRecord[key])]));
  }
  return expectedValue;
}

/** The proposal's number is compared by its digits (`1号` and `第1号` name the same number). */
const digitsOf = (value: unknown) => (typeof value === 'string' ? value.replace(/\D/g, '') : value);

describe('parser on the real corpus', () => {
  for (const [file, fields] of Object.entries(expected)) {
    it(`reads every field of ${file} as a careful reader does`, () => {
      const got = toFields(parse(fs.readFileSync(path.join(corpus, file), 'utf8'))) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) {
        if (NOT_PRINTED.has(key)) continue;
        if (key === 'proposalNumber') assert.equal(digitsOf(got[key]), digitsOf(withSkipsTaken(value, got[key])), `${file}: ${key}`);
        else assert.deepEqual(got[key], withSkipsTaken(value, got[key]), `${file}: ${key}`);
      }
    });
  }

  for (const [file, types] of Object.entries(lineTypes)) {
    it(`reads every line of ${file} as the type it is`, () => {
      const model = parse(fs.readFileSync(path.join(corpus, file), 'utf8'));
      const got = Object.fromEntries(model.explain.lines.map(({ line, type }) => [String(line + 1), type]));
      assert.deepEqual(got, types);
    });
  }

  it('finds no fields in the texts that are no replies, and says so', () => {
    for (const file of ['real-229.txt', 'real-230.txt']) {
      const model = parse(fs.readFileSync(path.join(corpus, file), 'utf8'));
      assert.equal(model.looksLikeReply, false, file);
      assert.deepEqual(Object.keys(model.explain.fields), [], file);
    }
  });

  it('reads the same fields whatever the line endings and with a BOM', () => {
    for (const file of Object.keys(expected)) {
      const text = fs.readFileSync(path.join(corpus, file), 'utf8');
      const lf = toFields(parse(text));
      assert.deepEqual(toFields(parse(text.replace(/\n/g, '\r\n'))), lf, `${file} CRLF`);
      assert.deepEqual(toFields(parse('\ufeff' + text.replace(/\n/g, '\r'))), lf, `${file} BOM+CR`);
    }
  });

  it('gives ranges that point at the values in the text', () => {
    for (const file of Object.keys(expected)) {
      const model = parse(fs.readFileSync(path.join(corpus, file), 'utf8'));
      for (const field of [model.signer, model.title, model.organ, model.contact.name, model.contact.phone, model.docNumber]) {
        if (!field || field.value === null) continue;
        const { start, end } = field.range;
        assert.equal(start.line, end.line, `${file}: one-line field`);
        const shown = model.lines[start.line].slice(start.character, end.character);
        assert.ok(shown.includes(field.value) || field.value.includes(shown), `${file}: "${shown}" vs "${field.value}"`);
      }
    }
  });
});
