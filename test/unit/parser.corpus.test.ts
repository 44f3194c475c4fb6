import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../src/core/parser/parse';
import { toFields } from '../../src/core/fields';

const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');
const expected: Record<string, Record<string, unknown>> = JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8'));
const NOT_PRINTED = new Set(['complete', 'notes']);

describe('parser on the real corpus', () => {
  for (const [file, fields] of Object.entries(expected)) {
    it(`reads every field of ${file} as a careful reader does`, () => {
      const got = toFields(parse(fs.readFileSync(path.join(corpus, file), 'utf8'))) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) {
        if (NOT_PRINTED.has(key) || value === 'SKIP') continue;
        assert.deepEqual(got[key], value, `${file}: ${key}`);
      }
    });
  }

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
