import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { toFields } from '../../src/core/fields';
import { lint } from '../../src/core/lint';
import { parse } from '../../src/core/parser/parse';
import { columnHeader, REGISTER_COLUMNS } from '../../src/core/register/columns';
import { csvCell, registerCsv } from '../../src/core/register/csv';
import { resultClass } from '../../src/core/register/resultClass';
import { countProblems, registerRow, type RegisterRow } from '../../src/core/register/row';
import { sortRegister } from '../../src/core/register/sort';
import { registerXlsx } from '../../src/core/register/xlsx';

const fixtures = path.resolve(__dirname, '../../../test/fixtures');
const workspace = path.join(fixtures, 'workspace-register');
const sources: Record<string, string> = JSON.parse(fs.readFileSync(path.join(workspace, 'sources.json'), 'utf8'));
const expected: Record<string, Record<string, any>> = JSON.parse(fs.readFileSync(path.join(fixtures, 'corpus/expected.json'), 'utf8'));

function rowOf(file: string): RegisterRow {
  const text = fs.readFileSync(path.join(workspace, file), 'utf8');
  return registerRow(file, toFields(parse(text)), countProblems(lint(text)));
}

const rows = sortRegister(Object.keys(sources).map(rowOf));

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') record.push(cell), records.push(record), (record = []), (cell = ''), i++;
    else cell += char;
  }
  assert.equal(cell, '', 'the text ends with a line break');
  return records;
}

const cells = (row: RegisterRow) => REGISTER_COLUMNS.map(({ key }) => (row[key] === null ? '' : String(row[key])));

describe('register', () => {
  it('has one row per reply with the fields a careful reader finds in it', () => {
    assert.equal(rows.length, Object.keys(sources).length);
    for (const row of rows) {
      const want = expected[sources[row.file]];
      const text = fs.readFileSync(path.join(workspace, row.file), 'utf8');
      assert.equal(row.kind, want.kind, `${row.file}: kind`);
      assert.equal(row.title, want.title, `${row.file}: title`);
      assert.equal(row.resultStatus, want.resultStatus, `${row.file}: resultStatus`);
      assert.equal(row.signer, want.signer, `${row.file}: signer`);
      assert.equal(row.organ, want.organ, `${row.file}: organ`);
      if (want.date !== 'SKIP') assert.equal(row.date, want.date, `${row.file}: date`);
      assert.equal(row.publicity, want.publicity, `${row.file}: publicity`);
      assert.equal(row.contactName, want.contact.name, `${row.file}: contact name`);
      assert.equal(row.contactPhone, want.contact.phone, `${row.file}: contact phone`);
      const names = want.addressees.map((a: { name: string }) => a.name).join('、');
      assert.equal(row.addressees, want.addresseesEtAl ? `${names}等` : names, `${row.file}: addressees`);
      if ('proposalNumber' in want) assert.equal(row.proposalNumber, want.proposalNumber, `${row.file}: proposalNumber`);
      else if (row.proposalNumber !== null) assert.ok(text.includes(row.proposalNumber), `${row.file}: ${row.proposalNumber} is cited`);
      const counts = countProblems(lint(text));
      assert.deepEqual([row.errors, row.warnings], [counts.errors, counts.warnings], `${row.file}: problem counts`);
    }
  });

  it('names the addressees as the salutation does, 等 included', () => {
    const fields = toFields(parse('张朝琴等委员:\n'));
    assert.equal(registerRow('a.reply.txt', { ...fields, addressees: [{ name: '张朝琴', role: '委员' }], addresseesEtAl: true }, { errors: 0, warnings: 0 }).addressees, '张朝琴等');
  });

  it('sorts by the cited number, then by date, replies without either last', () => {
    const numbered = rows.filter((row) => row.proposalNumber !== null);
    const numbers = numbered.map((row) => Number(/\d+/.exec(row.proposalNumber!)![0]));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
    assert.ok(numbered.length >= 2 && numbered.length < rows.length, 'the fixtures have replies with and without a number');
    assert.ok(rows.slice(numbered.length).every((row) => row.proposalNumber === null));
    const row = (file: string, proposalNumber: string | null, date: string | null): RegisterRow => ({ ...rows[0], file, proposalNumber, date });
    const sorted = sortRegister([row('d', null, null), row('c', null, '2020-01-01'), row('b', '第１２号', '2024-05-01'), row('a', '第12号', '2023-01-01'), row('e', '第3号', null)]);
    assert.deepEqual(sorted.map((r) => r.file), ['e', 'a', 'b', 'c', 'd']);
  });

  it('reads the result class from any wording', () => {
    assert.deepEqual(
      ['解决或采纳', '正在解决或列入计划解决', '留作参考', 'B类', '\uff08C\uff09', '(a)', '因条件限制或其他原因无法解决', '待定', null].map(resultClass),
      ['A', 'B', 'C', 'B', 'C', 'A', 'C', null, null],
    );
  });

  it('writes CSV with a BOM, CRLF, a header and quoting a spreadsheet reads back', () => {
    const tricky: RegisterRow = { ...rows[0], file: 'x/引号.reply.txt', title: '关于“停车”,"充电桩"\n建设的提案', signer: '=HYPERLINK("http://x")' };
    const csv = registerCsv([...rows, tricky], 'zh');
    assert.ok(csv.startsWith('\ufeff'), 'starts with a BOM');
    const records = readCsv(csv.slice(1));
    assert.deepEqual(records[0], REGISTER_COLUMNS.map((column) => columnHeader(column, 'zh')));
    assert.deepEqual(records[0].slice(0, 4), ['文件', '件别', '提案编号', '提案标题']);
    assert.equal(records.length, rows.length + 2);
    rows.forEach((row, index) => assert.deepEqual(records[index + 1], cells(row)));
    const last = records[records.length - 1];
    assert.equal(last[3], '关于“停车”,"充电桩"\n建设的提案');
    assert.equal(last[6], `'=HYPERLINK("http://x")`, 'a formula is written as text');
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(registerCsv([], 'en').split('\r\n')[0], '\ufeffFile,Kind,Proposal number,Proposal title,Addressees,Handling result,Signer,Issuing organ,Date,Publication attribute,Contact name,Contact phone,Errors,Warnings');
  });

  it('writes an .xlsx that reads back with its header, frozen pane, widths and rows', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await registerXlsx(rows, 'zh')) as any);
    const sheet = workbook.getWorksheet('办理台账');
    assert.ok(sheet, 'the sheet is there');
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), REGISTER_COLUMNS.map((column) => columnHeader(column, 'zh')));
    const view = sheet.views[0] as { state: string; ySplit?: number };
    assert.equal(view.state, 'frozen');
    assert.equal(view.ySplit, 1);
    assert.equal(sheet.rowCount, rows.length + 1);
    rows.forEach((row, index) => {
      const values = (sheet.getRow(index + 2).values as unknown[]).slice(1);
      const read = REGISTER_COLUMNS.map((_, column) => {
        const value = values[column];
        if (value instanceof Date) return value.toISOString().slice(0, 10);
        return value === undefined || value === null ? '' : String(value);
      });
      assert.deepEqual(read, cells(row), row.file);
    });
    const titleWidth = sheet.getColumn(REGISTER_COLUMNS.findIndex((c) => c.key === 'title') + 1).width!;
    const kindWidth = sheet.getColumn(REGISTER_COLUMNS.findIndex((c) => c.key === 'kind') + 1).width!;
    assert.ok(titleWidth > kindWidth && titleWidth <= 60, `title ${titleWidth}, kind ${kindWidth}`);
  });
});
