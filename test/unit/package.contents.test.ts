/**
 * The .vsix holds every file the installed extension reads at run time: the bundles and the chunks they
 * load on demand, the rule pages that diagnostics link to, and the README's images. Listed by vsce itself.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { layoutRules } from '../../src/core/docx/layout/index';
import { rules } from '../../src/core/rules/index';
import { SCHEMA_RULE_ID } from '../../src/core/schema/validate';

const root = path.resolve(__dirname, '../../..');

/** The chunks a bundle loads with import("./name.js"), as paths under dist/. */
function chunksOf(bundle: string): string[] {
  const text = readFileSync(path.join(root, 'dist', bundle), 'utf8');
  return [...text.matchAll(/\bimport\("\.\/([\w.-]+\.js)"\)/g)].map((match) => `dist/${match[1]}`);
}

describe('the .vsix contents', function () {
  this.timeout(60_000);
  let listed: Set<string>;

  before(function () {
    if (!existsSync(path.join(root, 'dist', 'extension.js'))) this.skip(); // not built
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const output = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    listed = new Set(output.split(/\r?\n/).filter(Boolean));
  });

  it('has both entries and every chunk the Node entry loads on demand', () => {
    const chunks = chunksOf('extension.js');
    assert.deepEqual(chunks.sort(), ['dist/docx-export.js', 'dist/docx-read.js', 'dist/xlsx.js'], 'the Word reader and writer and the register are loaded on demand');
    for (const file of ['dist/extension.js', 'dist/web/extension.js', 'media/dist/preview.js', ...chunks]) {
      assert.ok(listed.has(file), `${file} is packaged`);
    }
  });

  it('has the page of every rule that a diagnostic links to', () => {
    const ids = [SCHEMA_RULE_ID, ...rules.map((rule) => rule.id), ...layoutRules.map((rule) => rule.id)];
    for (const id of ids) assert.ok(listed.has(`docs/rules/${id}.md`), `docs/rules/${id}.md is packaged`);
  });

  it('has the images the README shows', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((link) => !/^https?:/.test(link));
    assert.ok(images.length > 0);
    for (const image of images) assert.ok(listed.has(image), `${image} is packaged`);
  });

  it('leaves out sources, tests and dependencies', () => {
    for (const file of listed) assert.doesNotMatch(file, /^(src|test|node_modules|out|scripts)\//, file);
  });
});
