/** The lint pool gives exactly what the serial path gives, and leaves every file with a problem to it. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/core/config/resolve';
import { lint } from '../../src/core/lint';
import { ConfigLoader } from '../../src/cli/configs';
import { lintInPool, lintPlainFile, poolThreads, POOL_MIN_FILES } from '../../src/cli/lintPool';
import { root, temporaryFolder } from './cli.helpers';

const corpusDir = join(root, 'test', 'fixtures', 'corpus');
const corpus = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort();
const settings = { encoding: 'auto' as const, locale: 'zh' as const };

describe('lint pool', function () {
  this.timeout(180_000);
  let folder: ReturnType<typeof temporaryFolder>;
  const at = (...parts: string[]) => join(folder.path, ...parts);

  beforeEach(() => {
    folder = temporaryFolder();
  });
  afterEach(() => folder.remove());

  /** `count` corpus replies, plus an empty, a binary, a Word-named file and one under a bad configuration. */
  function writeFiles(count: number): { files: string[]; good: string[] } {
    const good: string[] = [];
    for (let i = 0; i < count; i++) {
      const file = at(`${String(i).padStart(4, '0')}-${corpus[i % corpus.length]}`);
      copyFileSync(join(corpusDir, corpus[i % corpus.length]), file);
      good.push(file);
    }
    writeFileSync(at('0000-empty.txt'), '');
    writeFileSync(at('0001-binary.txt'), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(at('0002-word.docx'), 'not really a Word file');
    mkdirSync(at('bad-config'));
    writeFileSync(at('bad-config', '.proposal-reply.json'), '{"rules": ');
    copyFileSync(join(corpusDir, corpus[0]), at('bad-config', 'reply.txt'));
    const bad = ['0000-empty.txt', '0001-binary.txt', '0002-word.docx', join('bad-config', 'reply.txt')].map((name) => at(name));
    return { files: [...bad.slice(0, 2), ...good, ...bad.slice(2)], good };
  }

  it('lints in workers exactly what the serial path lints, and nothing it cannot', async () => {
    const { files, good } = writeFiles(60);
    const pooled = await lintInPool(files, settings, { threads: 2, minFiles: 0 });
    assert.deepEqual([...pooled.keys()].sort(), [...good].sort(), 'only the plain replies');
    const config = resolveConfig();
    for (const file of good) {
      const expected = lint(readFileSync(file, 'utf8'), { config, locale: 'zh' });
      assert.deepEqual(pooled.get(file), { filePath: file, diagnostics: expected }, file);
    }
    const configs = new ConfigLoader('zh');
    for (const file of files.filter((f) => !good.includes(f))) assert.equal(await lintPlainFile(file, configs, settings), null, file);
  });

  it('is not started for few files or one thread', async () => {
    const { files } = writeFiles(10);
    assert.equal((await lintInPool(files, settings, { threads: 2 })).size, 0);
    assert.equal((await lintInPool(files, settings, { threads: 1, minFiles: 0 })).size, 0);
    assert.equal(poolThreads({ PROPOSAL_REPLY_THREADS: '0' }), 0);
    assert.equal(poolThreads({ PROPOSAL_REPLY_THREADS: '3' }), 3);
    assert.equal(poolThreads({}, 2), 1);
    assert.equal(poolThreads({}, 4), 4);
    assert.equal(poolThreads({}, 32), 8);
  });

  it('gives the CLI the same output, messages and exit code with and without threads', () => {
    writeFiles(POOL_MIN_FILES + 10);
    const run = (threads: string) => {
      const result = spawnSync(process.execPath, [join(root, 'bin', 'proposal-reply.js'), 'lint', '--format', 'json', '**/*.txt', '*.docx'], {
        cwd: folder.path,
        env: { ...process.env, LANG: 'zh_CN.UTF-8', PROPOSAL_REPLY_THREADS: threads },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const serial = run('0');
    const pooled = run('2');
    assert.equal(serial.status, 2, serial.stderr);
    assert.equal(pooled.status, serial.status);
    assert.equal(pooled.stderr, serial.stderr);
    assert.equal(pooled.stdout, serial.stdout);
    assert.equal((JSON.parse(serial.stdout) as unknown[]).length, POOL_MIN_FILES + 10);
  });
});
