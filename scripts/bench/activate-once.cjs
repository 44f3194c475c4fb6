/**
 * Loads dist/extension.js (of the repository, or of the unpacked .vsix named as the first argument) in
 * plain Node with a stand-in `vscode` module and times require() and
 * activate(). The stand-in answers every API call with an inert object, so this measures the
 * extension's own start-up work (module evaluation, provider and command registration), not
 * VS Code's extension host. Prints one JSON line.
 */
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Any property is another stand-in; calls and `new` return stand-ins; nothing is thenable. */
function standIn(name, overrides = {}) {
  const cache = new Map(Object.entries(overrides));
  const target = function () {};
  return new Proxy(target, {
    get(_, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'prototype') return target.prototype;
      if (typeof prop === 'symbol') return undefined;
      if (!cache.has(prop)) cache.set(prop, prop === 'dispose' ? () => {} : standIn(`${name}.${prop}`));
      return cache.get(prop);
    },
    set(_, prop, value) {
      cache.set(prop, value);
      return true;
    },
    apply: () => standIn(`${name}()`),
    construct: () => standIn(`new ${name}`),
  });
}

class Disposable {
  static from() { return new Disposable(); }
  dispose() {}
}
class EventEmitter {
  event = () => new Disposable();
  fire() {}
  dispose() {}
}
class Uri {
  constructor(fsPath) { this.fsPath = fsPath; this.path = fsPath; this.scheme = 'file'; }
  static file(p) { return new Uri(p); }
  static parse(p) { return new Uri(p); }
  static joinPath(base, ...parts) { return new Uri(path.join(base.fsPath, ...parts)); }
  with() { return this; }
  toString() { return `file://${this.fsPath}`; }
}
const configuration = { get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => {} };

const overrides = {
  version: '1.95.0',
  Disposable,
  EventEmitter,
  Uri,
  env: standIn('env', { language: 'zh-cn', uiKind: 1 }),
  workspace: standIn('workspace', {
    getConfiguration: () => configuration,
    workspaceFolders: undefined,
    textDocuments: [],
    isTrusted: true,
  }),
  window: standIn('window', { visibleTextEditors: [], activeTextEditor: undefined, tabGroups: standIn('tabGroups', { all: [] }) }),
};
// A real object with every top-level name of the API, as bundlers copy a module's own keys on import.
const declarations = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const vscode = {};
for (const [, name] of declarations.matchAll(/^\texport (?:class|enum|namespace|const|function) (\w+)/gm)) {
  vscode[name] = overrides[name] ?? standIn(name);
}

const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
};

// The extension's folder: the repository, or an unpacked .vsix given as the first argument.
const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..'));
const extensionPath = root;
const context = {
  subscriptions: [],
  extensionPath,
  extensionUri: Uri.file(extensionPath),
  extensionMode: 1,
  globalState: { get: (_k, d) => d, update: async () => {}, keys: () => [], setKeysForSync() {} },
  workspaceState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
  secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => new Disposable() },
  storageUri: undefined,
  globalStorageUri: Uri.file(path.join(root, '.bench-storage')),
  logUri: Uri.file(path.join(root, '.bench-log')),
  asAbsolutePath: (p) => path.join(extensionPath, p),
  extension: { id: 'proposal-reply', packageJSON: require(path.join(root, 'package.json')), extensionUri: Uri.file(extensionPath) },
};

const out = {};
let wall = performance.now();
let time = cpu();
const extension = require(path.join(root, 'dist', 'extension.js'));
out.loadMs = performance.now() - wall;
out.loadCpuMs = cpu() - time;
wall = performance.now();
time = cpu();
Promise.resolve()
  .then(() => extension.activate(context))
  .then((api) => {
    out.activateMs = performance.now() - wall;
    out.activateCpuMs = cpu() - time;
    if (api && typeof api.activationMs === 'number') out.reportedMs = api.activationMs;
  })
  .catch((error) => {
    out.error = String(error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error);
  })
  .finally(() => {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    // Timers and watchers the extension started would keep the process alive.
    process.exit(0);
  });
