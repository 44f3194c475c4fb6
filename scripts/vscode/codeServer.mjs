// Starts code-server (VS Code server + web workbench) on loopback, in its own process group, with
// everything it writes inside one run folder.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { onCleanup, signalGroup, stopGroup } from './processes.mjs';

/** Settings that keep the workbench quiet and deterministic while tests drive it. */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment without variables that would make code-server talk to a VS Code it runs inside. */
function cleanEnv(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VSCODE_|ELECTRON_)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

function tail(file, lines = 40) {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

async function waitForHealth(origin, child, logFile, deadline) {
  let exited;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  for (;;) {
    if (exited !== undefined) throw new Error(`code-server exited (${exited}) before it was ready:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server was not ready within the time limit:\n${tail(logFile)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * @param {{ tools: { node: string, codeServerEntry: string }, runDir: string, settings?: object,
 *           env?: Record<string,string>, readyTimeoutMs?: number }} options
 */
export async function startCodeServer({ tools, runDir, settings = {}, env = {}, readyTimeoutMs = 60_000 }) {
  const dirs = Object.fromEntries(['xdg', 'tmp', 'user-data', 'extensions'].map((name) => [name, join(runDir, name)]));
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs['user-data'], 'User'), { recursive: true });
  writeFileSync(join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = join(runDir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    tools.node,
    [
      tools.codeServerEntry,
      '--config', configFile,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', dirs['user-data'],
      '--extensions-dir', dirs.extensions,
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      detached: true, // its own process group, so one signal reaches the extension hosts it forks too
      stdio: ['ignore', log, log],
      env: cleanEnv({
        XDG_CONFIG_HOME: dirs.xdg,
        XDG_DATA_HOME: dirs.xdg,
        XDG_CACHE_HOME: dirs.xdg,
        XDG_STATE_HOME: dirs.xdg,
        TMPDIR: dirs.tmp,
        ...env,
      }),
    },
  );
  closeSync(log);
  const pgid = child.pid;
  const unregister = onCleanup(() => signalGroup(pgid, 'SIGKILL'));

  const stop = async () => {
    await stopGroup(pgid);
    unregister();
  };
  try {
    await waitForHealth(origin, child, logFile, Date.now() + readyTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    origin,
    port,
    pgid,
    logFile,
    /** A vscode-remote URI for a path on this machine, as the workbench's payload expects. */
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    stop,
  };
}
