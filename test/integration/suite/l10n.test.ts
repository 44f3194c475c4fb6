import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './helpers';

const read = (...parts: string[]) => readFileSync(path.join(repoRoot, ...parts), 'utf8');
const json = (...parts: string[]) => JSON.parse(read(...parts)) as Record<string, string>;
/** Half-width marks that Chinese text must not use. */
const HALF_WIDTH_IN_CHINESE = /[\u4e00-\u9fff“”][:,;!?()]|[:,;!?()][\u4e00-\u9fff“”]/;

describe('localisation', () => {
  it('has a Chinese and an English text for every manifest string', () => {
    const manifest = read('package.json');
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((match) => match[1]);
    assert.ok(keys.length > 10);
    const english = json('package.nls.json');
    const chinese = json('package.nls.zh-cn.json');
    for (const key of keys) {
      assert.ok(english[key], `package.nls.json lacks ${key}`);
      assert.ok(chinese[key], `package.nls.zh-cn.json lacks ${key}`);
      assert.match(chinese[key], /[\u4e00-\u9fff]/, `${key} is not translated`);
      assert.doesNotMatch(chinese[key], HALF_WIDTH_IN_CHINESE, `${key} uses half-width punctuation`);
    }
  });

  it('has a Chinese translation for every string the extension shows', () => {
    const bundle = json('l10n', 'bundle.l10n.zh-cn.json');
    const dir = path.join(repoRoot, 'src', 'extension');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts'));
    const sources = files.map((name) => readFileSync(path.join(dir, name), 'utf8'));
    const strings = sources.flatMap((source) =>
      [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1].replace(/\\'/g, "'").replace(/\\"/g, '"')),
    );
    assert.ok(strings.length > 20);
    for (const text of strings) {
      assert.ok(bundle[text], `l10n/bundle.l10n.zh-cn.json lacks "${text}"`);
      assert.doesNotMatch(bundle[text], HALF_WIDTH_IN_CHINESE, `"${bundle[text]}" uses half-width punctuation`);
    }
    assert.deepEqual(Object.keys(bundle).filter((key) => !strings.includes(key)), [], 'no unused translations');
  });
});
