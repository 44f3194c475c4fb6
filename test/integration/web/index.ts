/**
 * Entry that the web worker extension host calls for `extensionTestsPath`. It runs in a browser worker
 * with no Node APIs, so scripts/vscode/build-web-tests.mjs bundles it with mocha and the tests into
 * out/test/web/index.js. Add each web test file as an import below.
 */
import './setup';
import './activation.test';
import './docx.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}
