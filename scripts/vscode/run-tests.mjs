#!/usr/bin/env node
// Runs the extension's integration tests inside a real VS Code and exits with their result.
//
//   node scripts/vscode/run-tests.mjs [--only node|web] [--grep PATTERN] [--timeout SECONDS] [--keep]
//   node scripts/vscode/run-tests.mjs --electron      (or PROPOSAL_REPLY_VSCODE=electron)
//
// By default it uses code-server (VS Code's server and web workbench, installed by install.mjs and
// cached outside the clone) and Debian's Chromium, and runs two phases:
//   node  out/test/integration/index.js in the Node extension host (the manifest's `main`);
//   web   out/test/web/index.js in the web worker extension host (the manifest's `browser`).
// --electron uses @vscode/test-electron instead, which downloads desktop VS Code (needs internet).
// Nothing is built here: `npm run build` (and scripts/vscode/build-web-tests.mjs) come first.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { ensureInstalled } from './install.mjs';
import { outputFilter } from './output.mjs';
import { killPids, onCleanup, pidsMentioning } from './processes.mjs';
import { runWorkbenchTests } from './workbench.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = join(repoRoot, 'test', 'fixtures', 'workspace');
const artifactsRoot = join(repoRoot, 'test-artifacts', 'vscode');

const PHASES = [
  {
    name: 'node',
    title: 'Node extension host',
    testsPath: 'out/test/integration/index.js',
    entry: (manifest) => manifest.main,
    settings: () => ({}),
  },
  {
    name: 'web',
    title: 'web worker extension host',
    testsPath: 'out/test/web/index.js',
    entry: (manifest) => manifest.browser,
    // In the browser workbench an extension of kind "web" runs in the web worker host, from its `browser` entry.
    settings: (id) => ({ 'remote.extensionKind': { [id]: ['web'] } }),
  },
];

function fail(message) {
  console.error(`[vscode] ${message}`);
  process.exit(1);
}

function options() {
  const { values } = parseArgs({
    options: {
      electron: { type: 'boolean', default: process.env.PROPOSAL_REPLY_VSCODE === 'electron' },
      only: { type: 'string' },
      grep: { type: 'string' },
      timeout: { type: 'string', default: process.env.PROPOSAL_REPLY_VSCODE_TIMEOUT ?? '900' },
      keep: { type: 'boolean', default: false },
    },
  });
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) fail(`--timeout must be a number of seconds, not "${values.timeout}"`);
  if (values.only && !PHASES.some((phase) => phase.name === values.only)) fail(`--only must be one of: ${PHASES.map((p) => p.name).join(', ')}`);
  return { ...values, timeoutMs: timeoutSeconds * 1000 };
}

/** Counts from mocha's epilogue lines ("  3 passing (1s)", "  1 failing", "  2 pending"). */
function counter() {
  const counts = { passing: 0, failing: 0, pending: 0 };
  return {
    counts,
    see(line) {
      const match = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
      if (match) counts[match[2]] += Number(match[1]);
    },
  };
}

function checkBuilt(manifest, phase) {
  const missing = [phase.testsPath, phase.entry(manifest)].filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length) fail(`missing ${missing.join(', ')}: build first (npm run build, node scripts/vscode/build-web-tests.mjs)`);
}

async function runPhase(phase, { tools, runRoot, extensionId, grep, deadline, timeoutSeconds }) {
  const runDir = join(runRoot, phase.name);
  mkdirSync(runDir, { recursive: true });
  const started = Date.now();
  console.log(`\n[vscode] ${phase.title}: VS Code ${tools.vscodeVersion ?? ''} via code-server ${tools.codeServerVersion}`);

  const env = grep ? { PROPOSAL_REPLY_TEST_GREP: grep } : {};
  const server = await startCodeServer({ tools, runDir, settings: phase.settings(extensionId), env });
  const { counts, see } = counter();
  const artifactsDir = join(artifactsRoot, phase.name);
  rmSync(artifactsDir, { recursive: true, force: true });
  const print = outputFilter(join(artifactsDir, 'output.log'), (line) => console.log(line));
  let result;
  try {
    const browser = await launchBrowser({ executablePath: tools.chromium, runDir });
    try {
      result = await runWorkbenchTests({
        server,
        context: browser.context,
        folder: workspace,
        extensionPath: repoRoot,
        testsPath: join(repoRoot, phase.testsPath),
        deadline,
        artifactsDir,
        onOutput: (line) => {
          print(line);
          see(line);
        },
      });
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.timedOut) console.error(`[vscode] ${phase.title}: no result within the run's limit of ${timeoutSeconds} s (--timeout)`);
  if (result.crashed) console.error(`[vscode] ${phase.title}: the workbench page crashed`);
  if (result.code === 0 && counts.passing + counts.failing + counts.pending === 0) {
    console.error(`[vscode] ${phase.title}: exited with 0 but reported no test`);
    result.code = 1;
  }
  if (result.code !== 0 && counts.failing === 0) counts.failing = 1; // a failure that mocha did not count (crash, timeout, load error)
  const where = result.code === 0 ? '' : `; logs and screenshot in ${artifactsDir}`;
  console.log(`[vscode] ${phase.title}: exit code ${result.code}, ${counts.passing} passing, ${counts.failing} failing (${seconds} s)${where}`);
  return { code: result.code, counts };
}

async function main() {
  const opts = options();
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const extensionId = `${manifest.publisher ?? 'undefined_publisher'}.${manifest.name}`;

  if (opts.electron) {
    const { runElectronTests } = await import('./electron.mjs');
    checkBuilt(manifest, PHASES[0]);
    return runElectronTests({ repoRoot, workspace, testsPath: join(repoRoot, PHASES[0].testsPath), grep: opts.grep });
  }

  const phases = PHASES.filter((phase) => (opts.only ? phase.name === opts.only : true)).filter((phase) => {
    if (phase.entry(manifest)) return true;
    console.warn(`[vscode] ${phase.title}: skipped, package.json has no "${phase.name === 'web' ? 'browser' : 'main'}" entry`);
    return false;
  });
  if (phases.length === 0) fail('nothing to run');
  for (const phase of phases) checkBuilt(manifest, phase);

  const deadline = Date.now() + opts.timeoutMs;
  const tools = ensureInstalled({ log: (line) => console.log(`[vscode] install: ${line}`) });
  const runRoot = mkdtempSync(join(tmpdir(), 'proposal-reply-vscode-'));
  const removeRunRoot = () => (opts.keep ? console.log(`[vscode] run folder kept: ${runRoot}`) : rmSync(runRoot, { recursive: true, force: true, maxRetries: 5 }));
  const sweep = () => killPids(pidsMentioning(runRoot));
  // Cleanups run last-registered first: stop every process of the run, then remove its folder.
  const unregisterRemove = onCleanup(removeRunRoot);
  const unregisterSweep = onCleanup(sweep);

  const totals = { passing: 0, failing: 0 };
  let code = 0;
  try {
    for (const phase of phases) {
      const result = await runPhase(phase, { tools, runRoot, extensionId, grep: opts.grep, deadline, timeoutSeconds: opts.timeoutMs / 1000 });
      totals.passing += result.counts.passing;
      totals.failing += result.counts.failing;
      if (result.code !== 0) code = 1;
    }
  } finally {
    const leftovers = pidsMentioning(runRoot);
    if (leftovers.length) {
      console.warn(`[vscode] stopping ${leftovers.length} leftover process(es): ${leftovers.join(' ')}`);
      sweep();
    }
    unregisterSweep();
    unregisterRemove();
    removeRunRoot();
  }
  console.log(`vscode: ${totals.passing} passed, ${totals.failing} failed`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[vscode] ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(1);
  },
);
