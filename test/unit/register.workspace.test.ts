import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/core/lint';
import { claimsFromPackage, candidateGlob, decodeReply, isReply } from '../../src/extension/workspace/claims';
import { groupReplies } from '../../src/extension/workspace/grouping';
import { ReplyIndex, type FileStamp, type IndexSource } from '../../src/extension/workspace/replyIndex';

const root = path.resolve(__dirname, '../../..');
const workspace = path.join(root, 'test/fixtures/workspace-register');
const sources: Record<string, string> = JSON.parse(fs.readFileSync(path.join(workspace, 'sources.json'), 'utf8'));
const expected: Record<string, Record<string, any>> = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/corpus/expected.json'), 'utf8'));
const claims = claimsFromPackage(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')), 'proposal-reply', true);

/** The fixture workspace in memory, with stamps the test moves by hand and a count of reads. */
function memorySource() {
  const files = new Map<string, { text: string; stamp: FileStamp }>();
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  for (const file of walk(workspace)) {
    const relative = path.relative(workspace, file).split(path.sep).join('/');
    files.set(relative, { text: decodeReply(fs.readFileSync(file))!, stamp: { mtime: 1, size: fs.statSync(file).size } });
  }
  const reads: string[] = [];
  const source: IndexSource = {
    stat: async (file) => files.get(file)?.stamp,
    read: async (file) => (reads.push(file), files.get(file)?.text),
    isReply: (file, text) => isReply(file, text, claims),
    check: (_file, model) => lint(model),
  };
  return { files, reads, source };
}

describe('workspace index of replies', () => {
  it('claims replies by name and by their first line, as package.json says', () => {
    assert.deepEqual(claims.extensions, ['.reply.txt', '.reply']);
    assert.equal(candidateGlob(claims), '**/*.{reply.txt,reply,txt}');
    const { files } = memorySource();
    const replies = [...files].filter(([file, { text }]) => isReply(file, text, claims)).map(([file]) => file);
    assert.deepEqual(replies.sort(), Object.keys(sources).sort(), 'every fixture reply and nothing else (readme.txt, sources.json)');
    assert.equal(isReply('a/real-001.txt', '类别:C\n', { ...claims, firstLine: undefined }), false, 'first-line detection can be off');
  });

  it('reads only new and changed files, drops deleted ones, and re-reads all when forced', async () => {
    const { files, reads, source } = memorySource();
    const index = new ReplyIndex(source);
    const all = [...files.keys()].filter((file) => /\.(txt|reply)$/.test(file));
    const first = await index.refresh(all);
    assert.deepEqual([first.read, reads.length], [all.length, all.length]);
    assert.equal(index.replies().length, Object.keys(sources).length);

    reads.length = 0;
    assert.equal((await index.refresh(all)).read, 0);
    assert.deepEqual(reads, []);

    const changed = 'proposals/real-005.reply.txt';
    const entry = files.get(changed)!;
    files.set(changed, { text: entry.text.replace('马文忠', '李四'), stamp: { mtime: 2, size: entry.stamp.size } });
    files.delete('suggestions/real-025.reply');
    const second = await index.refresh(all);
    assert.deepEqual(reads, [changed]);
    assert.equal(second.removed, 1);
    assert.equal(index.get(changed)?.fields.signer, '李四');
    assert.equal(index.get('suggestions/real-025.reply'), undefined);

    reads.length = 0;
    assert.equal((await index.refresh(all.filter((file) => file !== changed))).removed, 1, 'a file no longer listed is dropped');
    assert.equal((await index.update([changed], { force: true })).read, 1);
  });

  it('yields between slices of work and stops when cancelled, keeping what it did', async () => {
    const { files, source } = memorySource();
    const token = { isCancellationRequested: false };
    let yields = 0;
    const index = new ReplyIndex(source, {
      sliceMs: 0,
      concurrency: 2,
      yieldToHost: async () => {
        yields++;
        if (yields === 3) token.isCancellationRequested = true;
      },
    });
    const all = [...files.keys()];
    const result = await index.refresh(all, { token });
    assert.equal(result.cancelled, true);
    assert.equal(result.read, 3);
    const rest = await index.refresh(all);
    assert.equal(rest.read, all.length - 3, 'the next refresh reads only what was left');
  });

  it('groups replies by kind, then result class, sorted as the register is', async () => {
    const { files, source } = memorySource();
    const index = new ReplyIndex(source);
    await index.refresh([...files.keys()]);
    const groups = groupReplies(index.replies(), (file) => file);
    assert.deepEqual(groups.map((group) => group.kind), ['提案', '建议']);
    for (const group of groups) {
      assert.equal(group.count, group.results.reduce((n, result) => n + result.replies.length, 0));
      for (const result of group.results) {
        for (const reply of result.replies) {
          const want = expected[sources[reply.file]];
          assert.equal(reply.kind, want.kind, reply.file);
          const letter = /^([ABC])/.exec(want.resultStatus ?? '')?.[1] ?? (want.resultStatus === '解决或采纳' ? 'A' : want.resultStatus ? 'other' : 'none');
          assert.equal(result.key, letter, reply.file);
        }
      }
    }
    const proposalsWithoutResult = groups[0].results.find((result) => result.key === 'none')!;
    const numbers = proposalsWithoutResult.replies.map((reply) => reply.proposalNumber);
    assert.deepEqual(numbers, ['第24号', '第201号', '第155144号', null]);
  });

  it('decodes UTF-8 and GB18030 files and refuses binary ones', () => {
    assert.equal(decodeReply(new TextEncoder().encode('\ufeff办理结果:A')), '办理结果:A');
    assert.equal(decodeReply(new Uint8Array([0xb0, 0xec, 0xc0, 0xed])), '办理');
    assert.equal(decodeReply(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])), undefined);
  });
});
