// Desktop VS Code through @vscode/test-electron, for machines that can download VS Code.
// PROPOSAL_REPLY_VSCODE_VERSION picks the version ('stable' by default, or e.g. '1.95.0' for the
// oldest VS Code the manifest's `engines.vscode` allows).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function runElectronTests({ repoRoot, workspace, testsPath, grep }) {
  const { runTests } = await import('@vscode/test-electron');
  const userDataDir = mkdtempSync(join(tmpdir(), 'proposal-reply-electron-'));
  try {
    return await runTests({
      version: process.env.PROPOSAL_REPLY_VSCODE_VERSION || 'stable',
      cachePath: join(repoRoot, '.vscode-test'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsPath,
      extensionTestsEnv: grep ? { PROPOSAL_REPLY_TEST_GREP: grep } : {},
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userDataDir}`,
      ],
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(message) ? ' (--electron downloads VS Code; offline, run without it)' : '';
    console.error(`[vscode] desktop VS Code: ${message}${offline}`);
    return 1;
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
