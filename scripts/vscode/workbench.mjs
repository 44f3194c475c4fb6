// Opens the VS Code workbench served by code-server with an extension under development and its tests,
// and waits for the extension host to report the test result.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function workbenchUrl(server, { folder, payload }) {
  const query = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `${server.origin}/?${query}`;
}

/**
 * Runs `testsPath` in the workbench's extension host. Resolves with the exit code VS Code reports
 * through `codeAutomationExit`, or with `timedOut` when `deadline` passes first.
 * Extension host console output arrives line by line at `onOutput`.
 */
export async function runWorkbenchTests({ server, context, folder, extensionPath, testsPath, deadline, onOutput, artifactsDir }) {
  const page = await context.newPage();
  const pageErrors = [];
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));

  const pageConsole = [];
  await page.exposeFunction('__testHarnessLog', (text) => {
    for (const line of text.replace(/\n$/, '').split('\n')) onOutput(line);
  });
  await page.exposeFunction('__testHarnessExit', (code, logsJson) => finish({ code, logs: JSON.parse(logsJson) }));
  // VS Code calls these two when they exist: the extension host's console as printf-style argument
  // lists, and the test runner's exit code with the workbench's logs. Both are turned into plain
  // strings inside the page so that nothing depends on what the bridge can serialize.
  await page.addInitScript(() => {
    const text = (value) => (typeof value === 'string' ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : JSON.stringify(value));
    const printf = (args) => {
      if (!Array.isArray(args)) return String(args);
      const [first, ...rest] = args;
      if (typeof first !== 'string') return args.map(text).join(' ');
      const out = first.replace(/%[sdifoOc%]/g, (token) => (token === '%%' ? '%' : rest.length ? (token === '%c' ? (rest.shift(), '') : String(rest.shift())) : token));
      return [out, ...rest.map(text)].join(' ');
    };
    window.codeAutomationLog = (_level, message) => window.__testHarnessLog(printf(message));
    window.codeAutomationExit = (code, logs) => {
      const plain = (logs ?? []).map(({ relativePath, contents }) => ({ relativePath, contents: text(contents?.buffer instanceof Uint8Array ? contents.buffer : contents) }));
      return window.__testHarnessExit(code, JSON.stringify(plain));
    };
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.on('console', (message) => pageConsole.push(`[${message.type()}] ${message.text()}`));
  page.on('crash', () => finish({ code: 1, logs: [], crashed: true }));

  const url = workbenchUrl(server, {
    folder,
    payload: [
      ['extensionDevelopmentPath', server.remoteUri(extensionPath)],
      ['extensionTestsPath', server.remoteUri(testsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ],
  });
  await page.goto(url, { timeout: Math.max(1000, deadline - Date.now()) });

  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ code: 1, logs: [], timedOut: true }), Math.max(0, deadline - Date.now()));
  });
  const result = await Promise.race([finished, timedOut]);
  clearTimeout(timer);

  if (result.code !== 0) {
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'workbench.png') }).catch(() => {});
    for (const { relativePath, contents } of result.logs) {
      const file = join(artifactsDir, 'logs', relativePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, typeof contents === 'string' ? contents : String(contents));
    }
    writeFileSync(join(artifactsDir, 'page-errors.txt'), pageErrors.join('\n\n'));
    writeFileSync(join(artifactsDir, 'page-console.txt'), pageConsole.join('\n'));
  }
  await page.close().catch(() => {});
  return result;
}
