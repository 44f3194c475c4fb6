#!/usr/bin/env node
// Installs, once per version and outside the clone, what the tests in a real VS Code need:
// Node 24 (code-server refuses other majors), code-server (VS Code server + web workbench) and
// Debian's Chromium. A second run only checks stamps and returns in about a second.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = '/usr/bin/chromium';

export function cacheRoot() {
  if (process.env.PROPOSAL_REPLY_CACHE) return process.env.PROPOSAL_REPLY_CACHE;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'proposal-reply');
}

export function toolPaths(root = cacheRoot()) {
  const nodeDir = join(root, `node-${NODE_VERSION}`);
  const codeServerDir = join(root, `code-server-${CODE_SERVER_VERSION}`);
  return {
    nodeDir,
    codeServerDir,
    codeServerEntry: join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: CHROMIUM,
  };
}

/** The folder holding bin/node and include/node inside the npm `node` package (its platform package). */
export function nodeHome(nodeDir) {
  const base = join(nodeDir, 'node_modules', 'node', 'node_modules');
  const platform = existsSync(base) ? readdirSync(base).find((name) => existsSync(join(base, name, 'bin', 'node'))) : undefined;
  return platform ? join(base, platform) : undefined;
}

export function nodeBinary(nodeDir) {
  const home = nodeHome(nodeDir);
  return home ? join(home, 'bin', 'node') : undefined;
}

const STAMP = '.installed';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function debInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'installed';
}

function ensureDebianPackages(names, log) {
  const missing = names.filter((name) => !debInstalled(name));
  if (missing.length === 0) return;
  log(`apt-get install ${missing.join(' ')}`);
  const root = process.getuid?.() === 0;
  if (!root && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    throw new Error(`missing Debian packages; install them with: sudo apt-get install ${missing.join(' ')}`);
  }
  const asRoot = (args) => (root ? args : ['sudo', ...args]);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const [command, ...args] of [asRoot(['apt-get', 'update']), asRoot(['apt-get', 'install', '-y', '--no-install-recommends', ...missing])]) {
    run(command, args, { env });
  }
}

/** Installs `spec` with npm into `dir` unless `dir` carries a stamp from an earlier complete install. */
function ensureNpmInstall(dir, spec, env, log) {
  if (existsSync(join(dir, STAMP))) return false;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`npm install ${spec} into ${dir}`);
  run('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', spec], { env, cwd: dir });
  writeFileSync(join(dir, STAMP), `${spec}\n`);
  return true;
}

export function ensureInstalled({ log = (line) => console.log(`[install] ${line}`) } = {}) {
  const paths = toolPaths();
  const did = [];

  const needCodeServer = !existsSync(join(paths.codeServerDir, STAMP));
  // Chromium drives the workbench; the Kerberos headers are needed only to build code-server's native modules.
  ensureDebianPackages(needCodeServer ? ['chromium', 'libkrb5-dev', 'pkg-config'] : ['chromium'], (line) => {
    did.push(line);
    log(line);
  });

  if (ensureNpmInstall(paths.nodeDir, `node@${NODE_VERSION}`, process.env, log)) did.push(`node ${NODE_VERSION}`);
  const home = nodeHome(paths.nodeDir);
  if (!home) throw new Error(`Node ${NODE_VERSION} is missing its platform package under ${paths.nodeDir}`);

  const env24 = {
    ...process.env,
    PATH: `${join(home, 'bin')}${delimiter}${process.env.PATH}`,
    npm_config_nodedir: home,
  };
  if (ensureNpmInstall(paths.codeServerDir, `code-server@${CODE_SERVER_VERSION}`, env24, log)) did.push(`code-server ${CODE_SERVER_VERSION}`);
  if (!existsSync(paths.codeServerEntry)) throw new Error(`code-server entry not found: ${paths.codeServerEntry}`);

  const vscodePackage = join(paths.codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
  return {
    ...paths,
    node: join(home, 'bin', 'node'),
    codeServerVersion: CODE_SERVER_VERSION,
    vscodeVersion: JSON.parse(readFileSync(vscodePackage, 'utf8')).version,
    installed: did,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  try {
    const tools = ensureInstalled();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`[install] ${tools.installed.length ? `installed: ${tools.installed.join(', ')}` : 'all cached'} (${seconds} s)`);
    console.log(`[install] node ${tools.node}`);
    console.log(`[install] code-server ${tools.codeServerEntry}`);
    console.log(`[install] chromium ${tools.chromium}`);
  } catch (error) {
    console.error(`[install] failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
