/**
 * Entry that VS Code's extension host calls for `extensionTestsPath`: runs every
 * out/test/integration/suite/**\/*.test.js with mocha's spec reporter and rejects when a test fails.
 * PROPOSAL_REPLY_TEST_GREP (set by scripts/vscode/run-tests.mjs --grep) selects tests by title.
 */
import * as path from 'node:path';
import Mocha from 'mocha';
import { glob } from 'tinyglobby';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 180_000,
    forbidOnly: Boolean(process.env.CI),
  });
  const grep = process.env.PROPOSAL_REPLY_TEST_GREP;
  if (grep) mocha.grep(grep);

  const suiteDir = path.resolve(__dirname, 'suite');
  const files = (await glob('**/*.test.js', { cwd: suiteDir, absolute: true })).sort();
  if (files.length === 0) throw new Error(`No integration tests found under ${suiteDir}`);
  for (const file of files) mocha.addFile(file);

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
