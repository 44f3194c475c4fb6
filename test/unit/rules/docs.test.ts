import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docSubjects, expectedDocs } from '../../../scripts/build-rule-docs';
import { REPO } from './ruleTester';

const DOCS = path.join(REPO, 'docs/rules');
/** A block of examples that break the rule, then one of examples that keep it. */
const EXAMPLES = /```text\n(?:.+\n)+```[\s\S]*```text\n(?:.+\n)+```/;

describe('rule documentation', () => {
  it('is up to date with the rules’ metadata (run npm run docs:rules)', () => {
    for (const [name, contents] of expectedDocs(DOCS)) {
      const file = path.join(DOCS, name);
      assert.ok(fs.existsSync(file), `docs/rules/${name} is missing`);
      assert.equal(fs.readFileSync(file, 'utf8'), contents, `docs/rules/${name} is out of date`);
    }
  });

  it('has a page for each rule and the schema, and no other', () => {
    const pages = fs.readdirSync(DOCS).filter((name) => name !== 'README.md').sort();
    assert.deepEqual(pages, docSubjects().map((subject) => `${subject.id}.md`).sort());
  });

  it('shows examples in Chinese first, then in English', () => {
    for (const subject of docSubjects()) {
      const page = fs.readFileSync(path.join(DOCS, `${subject.id}.md`), 'utf8');
      const zh = page.indexOf('### 示例');
      const en = page.indexOf('### Examples');
      assert.ok(zh > 0 && en > zh, subject.id);
      assert.match(page.slice(zh, page.indexOf('## English')), EXAMPLES, `${subject.id}: Chinese examples`);
      assert.match(page.slice(en), EXAMPLES, `${subject.id}: English examples`);
    }
  });
});
