/**
 * The CLI on input it cannot use: each bad file gets one clear line on stderr (no stack trace), the exit
 * code is 2, the other files are still checked, and `--fix` leaves the bad file byte for byte as it was.
 * Runs bin/proposal-reply.js as a child process, with a timeout so that a hang fails instead of blocking.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { toFields } from '../../src/core/fields';
import { parse } from '../../src/core/parser/parse';
import { root, temporaryFolder } from './cli.helpers';

const bin = join(root, 'bin', 'proposal-reply.js');
const samplePath = join(root, 'samples', 'changning-2024-aigc.reply.txt');
const sample = readFileSync(samplePath, 'utf8');
/** Long enough for a slow, busy machine; a CLI that waits on a pipe is stopped here. */
const CHILD_TIMEOUT_MS = 90_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, extra: SpawnSyncOptions = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'zh_CN.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd, env, encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 512 * 1024 * 1024, ...extra,
  });
  if (result.error) throw new Error(`proposal-reply ${args.join(' ')}: ${result.error.message}`);
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** The lines on stderr; none may be a stack trace or a raw exception. */
function problemLines(run: Run): string[] {
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  for (const line of lines) assert.doesNotMatch(line, /^\s+at |Error:|ERR_|\bundefined\b|\[object /, `unclear line on stderr: ${line}`);
  return lines;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; message: string }[];
}

describe('proposal-reply on bad input', function () {
  this.timeout(4 * CHILD_TIMEOUT_MS);
  let folder: ReturnType<typeof temporaryFolder>;
  const at = (...parts: string[]) => join(folder.path, ...parts);

  beforeEach(() => {
    folder = temporaryFolder();
    copyFileSync(samplePath, at('good.txt'));
  });
  afterEach(() => folder.remove());

  /** Writes the bad file, then checks lint, lint --fix and fields on it beside a good file. */
  function expectRefused(name: string, expected: RegExp, write: () => void, env: SpawnSyncOptions = {}): void {
    copyFileSync(samplePath, at('good.txt'));
    write();
    const before = safeRead(at(name));
    const result = cli(['lint', '--format', 'json', name, 'good.txt'], folder.path, env);
    assert.equal(result.status, 2, `lint exit code for ${name}: ${result.stderr}`);
    const lines = problemLines(result);
    assert.equal(lines.length, 1, `one line for ${name}: ${lines.join(' | ')}`);
    assert.match(lines[0], new RegExp(`^proposal-reply: ${escape(name)}: ${expected.source}`));
    const results = JSON.parse(result.stdout) as JsonResult[];
    assert.deepEqual(results.map((r) => r.filePath), [at('good.txt')], 'the good file is still checked');

    const goodBefore = readFileSync(at('good.txt'));
    const fixed = cli(['lint', '--fix', '--format', 'json', name, 'good.txt'], folder.path, env);
    assert.equal(fixed.status, 2);
    assert.equal(problemLines(fixed).length, 1);
    assert.deepEqual(safeRead(at(name)), before, `--fix leaves ${name} byte for byte as it was`);
    assert.notDeepEqual(readFileSync(at('good.txt')), goodBefore, '--fix still fixes the good file');

    const fields = cli(['fields', name], folder.path, env);
    assert.equal(fields.status, 2);
    assert.match(problemLines(fields)[0], new RegExp(`^proposal-reply: ${escape(name)}: ${expected.source}`));
    assert.equal(fields.stdout, '');
  }

  it('refuses an empty file and a file of spaces', () => {
    expectRefused('empty.txt', /文件为空$/, () => writeFileSync(at('empty.txt'), ''));
    expectRefused('blank.txt', /文件为空$/, () => writeFileSync(at('blank.txt'), ' \r\n\u3000\n'));
  });

  it('refuses a binary file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expectRefused('image.txt', /不是文本文件（含有 NUL 字节）$/, () => writeFileSync(at('image.txt'), png));
  });

  it('refuses invalid UTF-8 that is not GB18030 either, and UTF-16', () => {
    const invalid = Buffer.concat([Buffer.from('办理结果：', 'utf8'), Buffer.from([0xff, 0xfe, 0xfd, 0x80]), Buffer.from('中\n', 'utf8')]);
    expectRefused('invalid.txt', /既不是有效的 UTF-8，也不是有效的 GB18030 文本$/, () => writeFileSync(at('invalid.txt'), invalid));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    expectRefused('utf16.txt', /文件为 UTF-16 编码，暂不支持/, () => writeFileSync(at('utf16.txt'), utf16));
  });

  it('reads a GB18030 file like its UTF-8 original, and refuses it as UTF-8 when told so', () => {
    const gb = iconv.encode(sample, 'gb18030');
    writeFileSync(at('gb.txt'), gb);
    const both = cli(['lint', '--format', 'json', 'gb.txt', 'good.txt'], folder.path);
    assert.deepEqual(problemLines(both), []);
    const [fromGb, fromUtf8] = JSON.parse(both.stdout) as JsonResult[];
    assert.ok(fromUtf8.messages.length > 0);
    assert.deepEqual(fromGb.messages, fromUtf8.messages);
    assert.deepEqual(JSON.parse(cli(['fields', 'gb.txt'], folder.path).stdout), toFields(parse(sample)));

    const strict = cli(['lint', '--fix', '--encoding', 'utf8', 'gb.txt'], folder.path);
    assert.equal(strict.status, 2);
    assert.equal(problemLines(strict).length, 1);
    assert.match(problemLines(strict)[0], /^proposal-reply: gb\.txt: 不是有效的 UTF-8 文本/);
    assert.deepEqual(readFileSync(at('gb.txt')), gb, 'left byte for byte');
  });

  it('refuses a folder', () => {
    mkdirSync(at('replies'));
    copyFileSync(samplePath, at('replies', 'a.txt'));
    const result = cli(['lint', 'replies', 'good.txt'], folder.path);
    assert.equal(result.status, 2);
    assert.deepEqual(problemLines(result), ['proposal-reply: replies: 这是文件夹，请指定文件或通配符（如“replies/**/*.txt”）']);
    assert.equal(cli(['fields', 'replies'], folder.path).status, 2);
  });

  it('refuses a pipe without waiting for a writer', function () {
    if (process.platform === 'win32') this.skip();
    const made = spawnSync('mkfifo', [at('pipe.txt')]);
    if (made.error || made.status !== 0) this.skip(); // no mkfifo on this system
    expectRefused('pipe.txt', /不是普通文件（如管道或设备），未读取$/, () => undefined);
  });

  it('refuses a pipe named like a Word file without waiting for a writer', function () {
    if (process.platform === 'win32') this.skip();
    const made = spawnSync('mkfifo', [at('pipe.docx')]);
    if (made.error || made.status !== 0) this.skip(); // no mkfifo on this system
    expectRefused('pipe.docx', /不是普通文件（如管道或设备），未读取$/, () => undefined);
    const fields = cli(['fields', 'pipe.docx'], folder.path);
    assert.equal(fields.status, 2);
    assert.match(fields.stderr, /pipe\.docx: 不是普通文件/);
  });

  it('refuses a dangling link and a link loop', function () {
    if (process.platform === 'win32') this.skip();
    expectRefused('dangling.txt', /文件不存在$/, () => symlinkSync('nowhere.txt', at('dangling.txt')));
    expectRefused('loop.txt', /(文件不存在|无法读取文件（ELOOP）)$/, () => symlinkSync('loop.txt', at('loop.txt')));
  });

  it('refuses a file it has no permission to read', function () {
    if (process.platform === 'win32') this.skip();
    // Root reads any file whatever its mode, so as root the CLI runs as nobody (uid 65534) for this test.
    const asRoot = process.getuid?.() === 0;
    const env: SpawnSyncOptions = asRoot ? { uid: 65534, gid: 65534 } : {};
    chmodSync(folder.path, 0o777);
    chmodSync(at('good.txt'), 0o666);
    expectRefused('locked.txt', /无法读取文件（EACCES）$/, () => {
      writeFileSync(at('locked.txt'), sample);
      chmodSync(at('locked.txt'), 0o000);
    }, env);
  });

  it('stops on a bad configuration with one line, leaving the replies untouched', () => {
    for (const [config, expected] of [
      ['{"rules": ', /^proposal-reply: \.proposal-reply\.json: 不是有效的 JSON/],
      ['{"rules": {"date-format": "fatal"}}', /^proposal-reply: \.proposal-reply\.json: \/rules\/date-format: /],
      ['[1, 2]', /^proposal-reply: \.proposal-reply\.json: /],
      ['\u0000\u0001', /^proposal-reply: \.proposal-reply\.json: /],
    ] as const) {
      writeFileSync(at('.proposal-reply.json'), config);
      const before = readFileSync(at('good.txt'));
      const result = cli(['lint', '--fix', 'good.txt'], folder.path);
      assert.equal(result.status, 2, config);
      const lines = problemLines(result);
      assert.equal(lines.length, 1, `${config}: ${lines.join(' | ')}`);
      assert.match(lines[0], expected);
      assert.deepEqual(readFileSync(at('good.txt')), before, `${config}: the reply is untouched`);
    }
  });

  it('checks a 10 MB reply in every format without crashing', () => {
    let big = '';
    while (Buffer.byteLength(big) < 10 * 1024 * 1024) big += `${sample}\n`;
    writeFileSync(at('big.txt'), big);
    const json = cli(['lint', '--format', 'json', 'big.txt'], folder.path);
    assert.deepEqual(problemLines(json), []);
    assert.equal(json.status, 1);
    const [result] = JSON.parse(json.stdout) as JsonResult[];
    const copies = big.split(sample).length - 1;
    assert.ok(result.messages.length > copies * 100, `${result.messages.length} problems in ${copies} copies of the sample`);

    const stylish = cli(['lint', 'big.txt'], folder.path);
    assert.deepEqual(problemLines(stylish), []);
    assert.equal(stylish.status, 1);
    assert.match(stylish.stdout, /可用 --fix 自动修复/);
    const fields = cli(['fields', 'big.txt'], folder.path);
    assert.equal(fields.status, 0);
    assert.equal(JSON.parse(fields.stdout).organ, toFields(parse(sample)).organ);
  });
});

/** A regular file's bytes; for anything else (a pipe, a link), what it is, without reading it (a pipe would block). */
function safeRead(path: string): Buffer | string {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'missing';
  }
  if (stats.isSymbolicLink()) return `link to ${readlinkSync(path)}`;
  if (!stats.isFile()) return `not a file (mode ${stats.mode.toString(8)})`;
  return readFileSync(path);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
