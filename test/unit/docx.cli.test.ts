import { strict as assert } from 'node:assert';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runCli, stderrLines, temporaryFolder } from './cli.helpers';

const corpus = join(root, 'test', 'fixtures', 'corpus');
const docxCorpus = join(root, 'test', 'fixtures', 'docx', 'corpus');

describe('proposal-reply on .docx files', function () {
  // Each case starts a Node process; on a busy machine that takes a while.
  this.timeout(60_000);

  for (const name of ['changning-2024-aigc', 'real-011']) {
    it(`fields prints the same for ${name}.docx as for ${name}.txt`, () => {
      const fromWord = runCli(['fields', join(docxCorpus, `${name}.docx`)]);
      const fromText = runCli(['fields', join(corpus, `${name}.txt`)]);
      assert.equal(fromWord.stderr, '');
      assert.equal(fromWord.status, 0);
      assert.equal(fromWord.stdout, fromText.stdout);
    });
  }

  it('lint reports content and layout problems by paragraph in the json format', () => {
    const result = runCli(['lint', '--format', 'json', join(docxCorpus, 'real-021.docx')], { lang: 'en_US.UTF-8' });
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1, 'the reply lacks required fields, which are errors');
    const [file] = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[];
    assert.equal(file.filePath, join(docxCorpus, 'real-021.docx'));
    const organ = file.messages.find((m) => m.ruleId === 'docx-signature-align');
    assert.deepEqual([organ?.line, organ?.message], [15, 'The issuing organ “泰顺县水利局” does not stand at the right (paragraph 15, “泰顺县水利局”)']);
    assert.ok(file.messages.some((m) => m.ruleId === 'schema' && /\(paragraph \d+, “/.test(m.message)));
  });

  it('lint --fix leaves a .docx byte for byte as it was and says why', () => {
    const folder = temporaryFolder();
    try {
      const copy = join(folder.path, 'reply.docx');
      copyFileSync(join(docxCorpus, 'changning-2024-aigc.docx'), copy);
      const before = readFileSync(copy);
      const result = runCli(['lint', '--fix', copy], { cwd: folder.path });
      assert.deepEqual(readFileSync(copy), before);
      assert.deepEqual(stderrLines(result), [
        'proposal-reply: reply.docx: 修复不会写入 Word 文件\uff0c原文件未改动\uff1b请在 Word 中修改\uff0c或在编辑器中“从 Word 导入”后修复',
      ]);
      assert.equal(result.status, 0, 'warnings only');
      assert.match(result.stdout, /docx-margins/);
    } finally {
      folder.remove();
    }
  });

  it('a file that is not a .docx gets one clear line and exit code 2; the other files are still checked', () => {
    const folder = temporaryFolder();
    try {
      writeFileSync(join(folder.path, 'old.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
      copyFileSync(join(docxCorpus, 'real-001.docx'), join(folder.path, 'real-001.docx'));
      const result = runCli(['lint', 'old.docx', 'real-001.docx'], { cwd: folder.path, lang: 'en_US.UTF-8' });
      assert.equal(result.status, 2);
      assert.deepEqual(stderrLines(result), [
        'proposal-reply: old.docx: This is a Word 97-2003 (.doc) file or an encrypted document and cannot be read. Save it as .docx in Word or WPS and try again.',
      ]);
      assert.match(result.stdout, /real-001\.docx/);
    } finally {
      folder.remove();
    }
  });
});
