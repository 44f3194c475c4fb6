import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { samplePath, tempDir } from './render-support';

describe('proposal-reply render', () => {
  let work: ReturnType<typeof tempDir>;
  beforeEach(() => {
    work = tempDir('render-cli-');
    fs.copyFileSync(samplePath, path.join(work.dir, 'reply.txt'));
  });
  afterEach(() => work.remove());

  async function run(args: string[]) {
    let stdout = '';
    let stderr = '';
    const io = { stdout: (text: string) => void (stdout += text), stderr: (text: string) => void (stderr += text), stdoutIsTTY: false, cwd: work.dir, env: {} };
    const code = await main(['render', ...args], io);
    return { code, stdout, stderr };
  }

  it('writes a .docx for -o reply.docx', async () => {
    const { code, stdout, stderr } = await run(['reply.txt', '-o', 'reply.docx']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /reply\.docx/);
    const files = unzipSync(fs.readFileSync(path.join(work.dir, 'reply.docx')));
    assert.match(strFromU8(files['word/document.xml']), /钟跃崎委员/);
  });

  it('writes standalone HTML by --format, to standard output without -o', async () => {
    const { code, stdout, stderr } = await run(['reply.txt', '--format', 'html']);
    assert.equal(code, 0, stderr);
    assert.ok(stdout.startsWith('<!DOCTYPE html>'));
    assert.match(stdout, /data-line="2"><span class="pr-fangsong">钟跃崎委员:<\/span>/);
    assert.doesNotMatch(stdout, /<script/);
  });

  it('refuses to overwrite without --force, replaces with it, and leaves no temporary file', async () => {
    const out = path.join(work.dir, 'out.html');
    fs.writeFileSync(out, 'kept');
    const refused = await run(['reply.txt', '-o', 'out.html']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--force/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'kept');

    const forced = await run(['reply.txt', '-o', 'out.html', '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(fs.readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(fs.readdirSync(work.dir).sort(), ['out.html', 'reply.txt']);
  });

  it('explains what is missing: the format, the output for docx, the input file', async () => {
    const noFormat = await run(['reply.txt', '-o', 'reply.pdf']);
    assert.equal(noFormat.code, 2);
    assert.match(noFormat.stderr, /--format docx/);
    const noOutput = await run(['reply.txt', '--format', 'docx']);
    assert.equal(noOutput.code, 2);
    assert.match(noOutput.stderr, /-o/);
    const missing = await run(['none.txt', '-o', 'none.docx']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /none\.txt/);
    assert.ok(!fs.existsSync(path.join(work.dir, 'none.docx')));
    fs.writeFileSync(path.join(work.dir, 'empty.txt'), '');
    const empty = await run(['empty.txt', '-o', 'empty.docx']);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /empty\.txt: \S/);
    assert.ok(!fs.existsSync(path.join(work.dir, 'empty.docx')));
  });
});
