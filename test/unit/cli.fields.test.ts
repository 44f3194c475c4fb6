import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runCli } from './cli.helpers';

const corpusFolder = join(root, 'test', 'fixtures', 'corpus');
const expected = JSON.parse(readFileSync(join(corpusFolder, 'expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;

/** Deep comparison where the expected value "SKIP" accepts anything. */
function assertMatches(actual: unknown, wanted: unknown, path: string): void {
  if (wanted === 'SKIP') return;
  if (wanted !== null && typeof wanted === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${path}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
    if (Array.isArray(wanted)) {
      assert.ok(Array.isArray(actual), `${path}: expected a list`);
      assert.equal(actual.length, wanted.length, `${path}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
    }
    for (const key of Object.keys(wanted)) {
      assertMatches((actual as Record<string, unknown>)[key], (wanted as Record<string, unknown>)[key], `${path}.${key}`);
    }
    return;
  }
  assert.deepEqual(actual, wanted, `${path}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
}

describe('proposal-reply fields on the corpus', function () {
  // Each case starts a Node process; on a busy machine that takes a while.
  this.timeout(60_000);
  for (const [file, fields] of Object.entries(expected)) {
    it(`prints the fields a careful reader takes from ${file}`, () => {
      const result = runCli(['fields', join(corpusFolder, file)]);
      assert.equal(result.stderr, '');
      assert.equal(result.status, 0);
      const printed = JSON.parse(result.stdout) as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) {
        if (key !== 'complete' && key !== 'notes') assertMatches(printed[key], value, key);
      }
    });
  }
});

describe('proposal-reply fields --explain', function () {
  this.timeout(60_000);
  it('says what each non-empty line was read as, by which recogniser, and where each field came from', () => {
    const file = join(corpusFolder, 'real-201.txt');
    const result = runCli(['fields', '--explain', file]);
    assert.equal(result.status, 0);
    const printed = JSON.parse(result.stdout) as { signer: string; lines: { line: number; type: string; by: string | null }[]; sources: Record<string, string> };
    const nonEmpty = readFileSync(file, 'utf8').split('\n').flatMap((text, i) => (text.trim() ? [i + 1] : []));
    assert.deepEqual(printed.lines.map((l) => l.line), nonEmpty);
    assert.deepEqual(printed.lines[0], { line: 1, type: 'docNumber', by: 'doc-number' });
    assert.deepEqual(printed.lines[1], { line: 2, type: 'unknown', by: null });
    assert.equal(printed.signer, '廖德谦');
    assert.equal(printed.sources.signer, 'doc-number');
    assert.equal(printed.sources.title, 'opening');
    assert.equal(printed.sources.date, 'date');
  });

  it('prints the fields alone without it', () => {
    const printed = JSON.parse(runCli(['fields', join(corpusFolder, 'real-201.txt')]).stdout) as Record<string, unknown>;
    assert.equal('lines' in printed || 'sources' in printed, false);
  });
});
