import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { fixAll } from '../../src/core/fix/fixAll';
import { toFields } from '../../src/core/fields';
import { parse } from '../../src/core/parser/parse';
import { layoutRules } from '../../src/core/docx/layout/index';
import { rules } from '../../src/core/rules/index';
import { root, runCli, stderrLines, temporaryFolder } from './cli.helpers';

const samplePath = join(root, 'samples', 'changning-2024-aigc.reply.txt');
const sample = readFileSync(samplePath, 'utf8');
const cutShort = join(root, 'test', 'fixtures', 'corpus', 'real-030.txt');
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  severityName: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function lintJson(args: string[], cwd?: string): { status: number | null; results: JsonResult[] } {
  const result = runCli(['lint', '--format', 'json', ...args], { cwd });
  return { status: result.status, results: JSON.parse(result.stdout) as JsonResult[] };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('proposal-reply CLI', function () {
  // Each case starts Node processes; on a busy machine that takes a while.
  this.timeout(180_000);
  let folder: { path: string; remove: () => void };
  beforeEach(() => (folder = temporaryFolder()));
  afterEach(() => folder.remove());
  const inFolder = (...parts: string[]) => join(folder.path, ...parts);

  describe('help and usage', () => {
    it('prints the program help in the language of LANG, or of --locale', () => {
      const zh = runCli(['--help']);
      assert.equal(zh.status, 0);
      assert.match(zh.stdout, /用法：proposal-reply <命令> \[选项\]/);
      assert.match(zh.stdout, /^ {2}lint +检查答复件/m);
      assert.match(zh.stdout, /^ {2}fields +以 JSON 输出/m);
      const en = runCli(['--help'], { lang: 'en_GB.UTF-8' });
      assert.match(en.stdout, /^Usage: proposal-reply <command> \[options\]$/m);
      assert.equal(runCli(['--help', '--locale', 'en']).stdout, en.stdout);
      assert.equal(runCli(['--locale=zh', '--help'], { lang: 'en_US.UTF-8' }).stdout, zh.stdout);
    });

    it('prints each command’s help with every option', () => {
      const lint = runCli(['lint', '--help', '--locale', 'en']);
      assert.equal(lint.status, 0);
      assert.match(lint.stdout, /^Usage: proposal-reply lint \[options\] <files or globs…>/);
      for (const option of ['--format <stylish|json|sarif>', '--fix', '--locale <zh|en>', '--encoding <auto|utf8|gb18030>', '--config <file>', '-h, --help']) {
        assert.ok(lint.stdout.includes(option), option);
      }
      assert.match(lint.stdout, /Exit codes: 0 no errors; 1 errors found; 2/);
      const fields = runCli(['fields', '-h']);
      assert.equal(fields.status, 0);
      assert.match(fields.stdout, /^用法：proposal-reply fields \[选项\] <文件>/);
    });

    it('prints the version', () => {
      assert.equal(runCli(['--version']).stdout, `${packageVersion}\n`);
    });

    it('exits with 2 and one line for a usage mistake', () => {
      const cases: [string[], RegExp][] = [
        [['lint', '--bogus', samplePath], /未知的选项“--bogus”/],
        [['lint', '--format', 'xml', samplePath], /选项“--format”的值“xml”无效/],
        [['lint', '--format'], /选项“--format”缺少取值/],
        [['lint'], /请指定要检查的文件或通配符/],
        [['fields'], /请指定且只指定一个文件/],
        [['frobnicate'], /未知的命令“frobnicate”/],
        [['lint', '--locale', 'fr', samplePath], /fr/],
      ];
      for (const [args, message] of cases) {
        const result = runCli(args);
        assert.equal(result.status, 2, args.join(' '));
        assert.equal(result.stdout, '');
        const lines = stderrLines(result);
        assert.match(lines[0], message);
        assert.match(lines[1], /--help/);
      }
      const none = runCli([]);
      assert.equal(none.status, 2);
      assert.match(none.stderr, /用法/);
    });
  });

  describe('lint output formats and exit codes', () => {
    it('prints ESLint-shaped JSON with 1-based positions that match the fix offsets', () => {
      const { status, results } = lintJson([samplePath, cutShort]);
      assert.equal(status, 1);
      assert.deepEqual(results.map((result) => result.filePath), [samplePath, cutShort]);
      for (const result of results) {
        const text = readFileSync(result.filePath, 'utf8');
        const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => (match.index ?? 0) + 1)];
        assert.equal(result.errorCount, result.messages.filter((m) => m.severity === 2).length);
        assert.equal(result.warningCount, result.messages.filter((m) => m.severityName === 'warning').length);
        assert.equal(result.infoCount, result.messages.filter((m) => m.severityName === 'info').length);
        assert.equal(result.fixableWarningCount, result.messages.filter((m) => m.severityName === 'warning' && m.fix).length);
        for (const message of result.messages) {
          assert.equal(typeof message.ruleId, 'string');
          assert.equal(message.severity, message.severityName === 'error' ? 2 : 1);
          assert.ok(message.line >= 1 && message.column >= 1 && message.endLine >= message.line && message.endColumn >= 1);
          if (message.fix) assert.equal(lineStarts[message.line - 1] + message.column - 1, message.fix.range[0]);
        }
      }
      const [complete, incomplete] = results;
      assert.equal(complete.errorCount, 0);
      assert.ok(complete.fixableWarningCount > 0);
      const missing = incomplete.messages.filter((m) => m.ruleId === 'schema').map((m) => m.message);
      assert.ok(missing.includes('缺少必填字段“签发人”'), missing.join('\n'));
      const signer = incomplete.messages.find((m) => m.message === '缺少必填字段“签发人”');
      assert.deepEqual([signer?.line, signer?.column], [1, 1]);
    });

    it('exits with 0 when there are warnings but no errors', () => {
      const result = runCli(['lint', samplePath]);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /个警告/);
    });

    it('prints stylish output: the file, aligned rows, totals, no colour when not on a terminal', () => {
      const zh = runCli(['lint', 'test/fixtures/corpus/real-030.txt']);
      assert.equal(zh.status, 1);
      assert.ok(!zh.stdout.includes('\u001b['));
      assert.match(zh.stdout, /^test\/fixtures\/corpus\/real-030\.txt$/m);
      assert.match(zh.stdout, /^ {2}1:1 +错误 +缺少必填字段“办理结果” +schema$/m);
      assert.match(zh.stdout, /^✖ 共 \d+ 个问题（7 个错误，\d+ 个警告，0 个提示）$/m);
      const rows = zh.stdout.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line));
      // Han characters and full-width forms take two columns on a terminal.
      const ruleColumn = new Set(rows.map((row) => row.replace(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uff60]/g, 'xx').lastIndexOf('  ')));
      assert.equal(ruleColumn.size, 1, 'rule ids start in one column');
      const en = runCli(['lint', '--locale', 'en', 'test/fixtures/corpus/real-030.txt']);
      assert.match(en.stdout, /^ {2}1:1 +error +Missing required field “办理结果” \(handling result\) +schema$/m);
      assert.match(en.stdout, /^✖ \d+ problem\(s\) \(7 error\(s\), /m);
    });

    it('prints SARIF 2.1.0 with the rules from the registry and 1-based regions', () => {
      const result = runCli(['lint', '--format', 'sarif', 'test/fixtures/corpus/real-030.txt']);
      assert.equal(result.status, 1);
      const sarif = JSON.parse(result.stdout);
      assert.equal(sarif.version, '2.1.0');
      const run = sarif.runs[0];
      assert.equal(run.tool.driver.name, 'proposal-reply');
      assert.equal(run.tool.driver.version, packageVersion);
      const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
      assert.deepEqual(ruleIds, ['schema', ...rules.map((rule) => rule.id), ...layoutRules.map((rule) => rule.id)]);
      for (const rule of run.tool.driver.rules) {
        assert.ok(rule.helpUri.endsWith(`/docs/rules/${rule.id}.md`), rule.helpUri);
        assert.ok(rule.shortDescription.text.length > 0);
      }
      assert.ok(run.results.length > 0);
      for (const finding of run.results) {
        assert.equal(ruleIds[finding.ruleIndex], finding.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(finding.level));
        const location = finding.locations[0].physicalLocation;
        assert.deepEqual(location.artifactLocation.uri, 'test/fixtures/corpus/real-030.txt');
        assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
      }
      const signer = run.results.find((finding: { message: { text: string } }) => finding.message.text === '缺少必填字段“签发人”');
      assert.equal(signer.level, 'error');
      assert.deepEqual(signer.locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
    });
  });

  describe('files', () => {
    it('reports a missing file, an empty file, a binary file and a folder in one line each and exits with 2', () => {
      writeFileSync(inFolder('empty.txt'), '');
      writeFileSync(inFolder('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      mkdirSync(inFolder('replies'));
      copyFileSync(samplePath, inFolder('good.txt'));
      const result = runCli(['lint', '--format', 'json', 'missing.txt', 'empty.txt', 'binary.txt', 'replies', 'good.txt'], { cwd: folder.path });
      assert.equal(result.status, 2);
      assert.deepEqual(stderrLines(result), [
        'proposal-reply: missing.txt: 文件不存在',
        'proposal-reply: replies: 这是文件夹，请指定文件或通配符（如“replies/**/*.txt”）',
        'proposal-reply: empty.txt: 文件为空',
        'proposal-reply: binary.txt: 不是文本文件（含有 NUL 字节）',
      ]);
      const results = JSON.parse(result.stdout) as JsonResult[];
      assert.deepEqual(results.map((r) => r.filePath), [inFolder('good.txt')]);
      const en = runCli(['lint', 'missing.txt', '--locale', 'en'], { cwd: folder.path });
      assert.equal(en.status, 2);
      assert.deepEqual(stderrLines(en), ['proposal-reply: missing.txt: file not found']);
      assert.equal(runCli(['fields', 'missing.txt'], { cwd: folder.path }).status, 2);
    });

    it('expands globs and lints many files in one run', () => {
      mkdirSync(inFolder('a', 'b'), { recursive: true });
      for (let i = 0; i < 12; i++) copyFileSync(samplePath, inFolder(i % 2 ? 'a' : join('a', 'b'), `reply-${i}.txt`));
      writeFileSync(inFolder('a', 'notes.md'), '# not a reply');
      const { status, results } = lintJson(['a/**/*.txt'], folder.path);
      assert.equal(status, 0);
      assert.equal(results.length, 12);
      const unmatched = runCli(['lint', 'nothing/**/*.txt'], { cwd: folder.path });
      assert.equal(unmatched.status, 2);
      assert.deepEqual(stderrLines(unmatched), ['proposal-reply: nothing/**/*.txt: 没有与此通配符匹配的文件']);
    });

    it('reads GB18030 files like UTF-8 ones and refuses them as UTF-8 when told so', () => {
      writeFileSync(inFolder('utf8.txt'), sample);
      writeFileSync(inFolder('gbk.txt'), iconv.encode(sample, 'gb18030'));
      const { results } = lintJson(['utf8.txt', 'gbk.txt'], folder.path);
      assert.deepEqual(results[1].messages, results[0].messages);
      const fields = runCli(['fields', 'gbk.txt'], { cwd: folder.path });
      assert.deepEqual(JSON.parse(fields.stdout), toFields(parse(sample)));
      const strict = runCli(['lint', '--encoding', 'utf8', 'gbk.txt'], { cwd: folder.path });
      assert.equal(strict.status, 2);
      assert.match(stderrLines(strict)[0], /^proposal-reply: gbk\.txt: 不是有效的 UTF-8 文本/);
    });
  });

  describe('--fix', () => {
    const expectedFix = (text: string) => fixAll(text).output;

    it('fixes a UTF-8 file with a BOM and CRLF line endings, keeping both', () => {
      const crlf = sample.replace(/\n/g, '\r\n');
      writeFileSync(inFolder('reply.txt'), `\uFEFF${crlf}`);
      const result = runCli(['lint', '--fix', '--format', 'json', 'reply.txt'], { cwd: folder.path });
      assert.equal(result.status, 0);
      const bytes = readFileSync(inFolder('reply.txt'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      assert.notEqual(text, crlf);
      assert.equal(text, expectedFix(crlf));
      assert.equal(text.split('\r\n').length, crlf.split('\r\n').length);
      assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
      const [after] = JSON.parse(result.stdout) as JsonResult[];
      assert.equal(after.fixableWarningCount + after.fixableErrorCount, 0);
    });

    it('writes a GB18030 file back in GB18030', () => {
      writeFileSync(inFolder('reply.txt'), iconv.encode(sample, 'gb18030'));
      assert.equal(runCli(['lint', '--fix', 'reply.txt'], { cwd: folder.path }).status, 0);
      const bytes = readFileSync(inFolder('reply.txt'));
      assert.ok(!isUtf8(bytes), 'still GB18030, not UTF-8');
      assert.equal(iconv.decode(bytes, 'gb18030'), expectedFix(sample));
    });

    it('leaves alone a file it cannot read and a file without fixable problems', () => {
      const gbk = iconv.encode(sample, 'gb18030');
      writeFileSync(inFolder('gbk.txt'), gbk);
      const fixed = expectedFix(sample);
      writeFileSync(inFolder('clean.txt'), fixed);
      const result = runCli(['lint', '--fix', '--encoding', 'utf8', 'gbk.txt', 'clean.txt'], { cwd: folder.path });
      assert.equal(result.status, 2);
      assert.deepEqual(readFileSync(inFolder('gbk.txt')), gbk);
      assert.equal(readFileSync(inFolder('clean.txt'), 'utf8'), fixed);
    });
  });

  describe('configuration', () => {
    it('uses the nearest .proposal-reply.json of each file', () => {
      mkdirSync(inFolder('strict'));
      copyFileSync(samplePath, inFolder('reply.txt'));
      copyFileSync(samplePath, inFolder('strict', 'reply.txt'));
      writeFileSync(inFolder('.proposal-reply.json'), JSON.stringify({ rules: { 'punctuation-width': 'off' } }));
      writeFileSync(inFolder('strict', '.proposal-reply.json'), JSON.stringify({ resultValues: ['A', 'B', 'C'] }));
      const { status, results } = lintJson(['reply.txt', 'strict/reply.txt'], folder.path);
      assert.equal(status, 1);
      assert.deepEqual(results[0].messages, []);
      const strict = results[1].messages.filter((m) => m.ruleId === 'schema');
      assert.deepEqual(strict.map((m) => m.message), ['“办理结果”的值“解决或采纳”不在允许的值中\uFF1AA、B、C']);
      assert.ok(results[1].messages.some((m) => m.ruleId === 'punctuation-width'), 'the nearest file applies alone');
    });

    it('uses the file given with --config', () => {
      copyFileSync(samplePath, inFolder('reply.txt'));
      writeFileSync(inFolder('office.json'), JSON.stringify({ requiredFields: ['docNumber'], rules: { 'punctuation-width': 'off' } }));
      const { status, results } = lintJson(['--config', 'office.json', 'reply.txt'], folder.path);
      assert.equal(status, 1);
      assert.deepEqual(results[0].messages.map((m) => m.message), ['缺少必填字段“发文字号”']);
    });

    it('stops with one line naming the file, the path and the problem of a bad configuration', () => {
      copyFileSync(samplePath, inFolder('reply.txt'));
      writeFileSync(inFolder('.proposal-reply.json'), '{"rules": {"date-format": "fatal"}}');
      const result = runCli(['lint', '--locale', 'en', 'reply.txt'], { cwd: folder.path });
      assert.equal(result.status, 2);
      assert.deepEqual(stderrLines(result), [
        'proposal-reply: .proposal-reply.json: /rules/date-format: invalid value "fatal"; expected one of: "off", "error", "warning", "info"',
      ]);
      writeFileSync(inFolder('.proposal-reply.json'), '{"rules": ');
      const broken = runCli(['lint', 'reply.txt'], { cwd: folder.path });
      assert.equal(broken.status, 2);
      assert.deepEqual(stderrLines(broken), ['proposal-reply: .proposal-reply.json: 不是有效的 JSON\uFF1A第 1 行第 11 列']);
      const missing = runCli(['lint', '--config', 'none.json', 'reply.txt'], { cwd: folder.path });
      assert.equal(missing.status, 2);
      assert.match(stderrLines(missing)[0], /^proposal-reply: none\.json: 无法读取配置文件（ENOENT）$/);
    });
  });

  describe('fields', () => {
    it('prints the fields of a reply as JSON with a 2-space indent', () => {
      const result = runCli(['fields', samplePath]);
      assert.equal(result.status, 0);
      assert.equal(result.stdout, `${JSON.stringify(toFields(parse(sample)), null, 2)}\n`);
    });
  });
});
