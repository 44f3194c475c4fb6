import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { RegisterRow } from '../../src/core/register/row';

const workspace = path.resolve(__dirname, '../../../test/fixtures/workspace-register');
const sources: Record<string, string> = JSON.parse(fs.readFileSync(path.join(workspace, 'sources.json'), 'utf8'));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (text: string) => void (stdout += text), stderr: (text: string) => void (stderr += text), stdoutIsTTY: false, cwd: workspace, env: {} };
  const code = await main(['register', ...args], io);
  return { code, stdout, stderr };
}

describe('proposal-reply register', () => {
  let folder: string;
  beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'register-'))));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints the register of every reply named, sorted by number, as JSON', async () => {
    const { code, stdout, stderr } = await run(['proposals/*.txt', 'suggestions/*', '--format', 'json']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const rows: RegisterRow[] = JSON.parse(stdout);
    assert.deepEqual(rows.map((row) => row.file).sort(), Object.keys(sources).sort());
    assert.deepEqual(rows.slice(0, 3).map((row) => row.proposalNumber), ['第14号', '第24号', '第31号']);
  });

  it('writes CSV by the output’s extension and refuses to overwrite it without --force', async () => {
    const out = path.join(folder, '台账.csv');
    const first = await run(['proposals/*.txt', '-o', out]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /台账\.csv/);
    const written = fs.readFileSync(out, 'utf8');
    assert.ok(written.startsWith('\ufeff文件,件别,提案编号'));
    assert.equal(written.trimEnd().split('\r\n').length, 1 + Object.keys(sources).filter((file) => file.startsWith('proposals/')).length);

    fs.writeFileSync(out, 'kept');
    const refused = await run(['proposals/*.txt', '-o', out]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--force/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'kept');

    const forced = await run(['proposals/*.txt', '-o', out, '--force', '--locale', 'en']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(fs.readFileSync(out, 'utf8').startsWith('\ufeffFile,Kind,Proposal number'));
    assert.deepEqual(fs.readdirSync(folder), ['台账.csv'], 'no temporary file is left behind');
  });

  it('writes an .xlsx that opens with its header row frozen', async () => {
    const out = path.join(folder, 'register.xlsx');
    const { code, stderr } = await run(['**/*.txt', '**/*.reply', '-o', out]);
    assert.equal(code, 0, stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.getCell('A1').value, '文件');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1);
    // readme.txt is named by the glob too and gets its row (with the problems lint finds in it).
    assert.equal(sheet.rowCount, 1 + Object.keys(sources).length + 1);
  });

  it('needs -o for xlsx and reports files it cannot read, still writing the rest', async () => {
    const usage = await run(['proposals/*.txt', '--format', 'xlsx']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /-o/);
    const missing = await run(['proposals/real-005.reply.txt', 'nowhere.reply.txt', '--format', 'json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere\.reply\.txt/);
    assert.equal(JSON.parse(missing.stdout).length, 1);
  });
});
