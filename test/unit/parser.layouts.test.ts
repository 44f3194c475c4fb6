import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toFields } from '../../src/core/fields';
import { lint } from '../../src/core/lint';
import { applyFixes } from '../../src/core/fix/applyFixes';
import { parse } from '../../src/core/parser/parse';

/**
 * One fixture per layout real offices print: `<variant>.txt` and `<variant>.json` with the fields read (a
 * field left out must read as empty) and every non-empty line's type. A new layout is one fixture here.
 */
const folder = path.resolve(__dirname, '../../../test/fixtures/layouts');
const variants = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4));

const EMPTY = {
  kind: null, resultStatus: null, signer: null, addressees: [], addresseesEtAl: false, title: null, organ: null, date: null,
  publicity: null, contact: { name: null, phone: null, address: null, postcode: null }, docNumber: null, proposalNumber: null,
};

describe('parser on the layout fixtures', () => {
  it('finds the fixtures', () => assert.ok(variants.length >= 10, variants.join(', ')));

  for (const variant of variants) {
    const text = fs.readFileSync(path.join(folder, `${variant}.txt`), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(folder, `${variant}.json`), 'utf8'));

    it(`${variant}: reads the fields, and nothing else`, () => {
      const want = { ...EMPTY, ...expected.fields, contact: { ...EMPTY.contact, ...expected.fields.contact } };
      assert.deepEqual(toFields(parse(text)), want);
    });

    it(`${variant}: reads every line as the type it is`, () => {
      const got = Object.fromEntries(parse(text).explain.lines.map(({ line, type }) => [String(line + 1), type]));
      assert.deepEqual(got, expected.lines);
    });
  }

  it('leaves numerals in running text alone: no heading-order finding, and fixing all keeps the sentence', () => {
    const text = fs.readFileSync(path.join(folder, 'salutation-greeting-and-body.txt'), 'utf8');
    const diagnostics = lint(text, { now: new Date('2026-01-01') });
    assert.deepEqual(diagnostics.filter((d) => d.ruleId.startsWith('heading')), []);
    const fixed = applyFixes(text, diagnostics).output;
    assert.match(fixed, /^一、二级古树将全部挂牌保护。$/m);
  });

  it('says once that a text is no reply, instead of every missing field', () => {
    const text = fs.readFileSync(path.join(folder, 'not-a-reply.txt'), 'utf8');
    const schema = lint(text, { now: new Date('2026-01-01') }).filter((d) => d.ruleId === 'schema');
    assert.equal(schema.length, 1);
    assert.equal(schema[0].severity, 'warning');
    assert.match(schema[0].message, /不是答复件/);
  });
});
