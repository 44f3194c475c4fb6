// One VS Code for a UI test file: code-server with this extension and a copy of the fixture workspace,
// opened in Debian's Chromium. Screenshots go to test-artifacts/ui/; close() stops everything it started.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../scripts/vscode/browser.mjs';
import { startCodeServer } from '../../scripts/vscode/codeServer.mjs';
import { ensureInstalled } from '../../scripts/vscode/install.mjs';
import { killPids, pidsMentioning } from '../../scripts/vscode/processes.mjs';
import { workbenchUrl } from '../../scripts/vscode/workbench.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const screenshots = join(repoRoot, 'test-artifacts', 'ui');

/**
 * Starts the workbench on a copy of test/fixtures/workspace (so that edits never touch the repository),
 * after `prepare(workspace)` has added what the test needs, and waits for its editor area.
 * @param {{ prefix: string, prepare?: (workspace: string) => void }} options
 */
export async function openWorkbench({ prefix, prepare = () => {} }) {
  const tools = ensureInstalled({ log: (line) => console.log(`      install: ${line}`) });
  mkdirSync(screenshots, { recursive: true });
  const runDir = mkdtempSync(join(tmpdir(), prefix));
  let server;
  let browser;
  const session = {
    page: undefined,
    /** Saves a screenshot of the workbench as test-artifacts/ui/<name>.png. */
    shoot: (name) => session.page.screenshot({ path: join(screenshots, `${name}.png`) }),
    async close() {
      await browser?.close();
      await server?.stop();
      killPids(pidsMentioning(runDir));
      rmSync(runDir, { recursive: true, force: true });
    },
  };
  try {
    const workspace = join(runDir, 'workspace');
    cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    prepare(workspace);
    server = await startCodeServer({ tools, runDir: join(runDir, 'server') });
    browser = await launchBrowser({ executablePath: tools.chromium, runDir });
    session.page = await browser.context.newPage();
    const url = workbenchUrl(server, {
      folder: workspace,
      payload: [['extensionDevelopmentPath', server.remoteUri(repoRoot)], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']],
    });
    await session.page.goto(url, { timeout: 300_000 });
    await session.page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 300_000 });
    return session;
  } catch (error) {
    if (session.page) await session.shoot(`failed-${prefix}opening`).catch(() => {});
    await session.close();
    throw error;
  }
}
