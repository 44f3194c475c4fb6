#!/usr/bin/env node
// Bundles the web worker extension host's test entry (test/integration/web/index.ts) with mocha's
// browser build into out/test/web/index.js: that host loads one CommonJS file and offers only `vscode`.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// mocha.js is a UMD file: bundled as is, it finds the host's `module` and replaces the test entry's
// exports (its `run`) with mocha itself. Hiding `exports`, `module` and `define` makes it take its
// browser path and only set the globals `mocha` and `Mocha`.
const mochaAsGlobal = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (exports, module, define) {\n${await readFile(args.path, 'utf8')}\n}).call(globalThis);\n`,
      loader: 'js',
    }));
  },
};

await esbuild.build({
  absWorkingDir: repoRoot,
  entryPoints: [join('test', 'integration', 'web', 'index.ts')],
  outfile: join('out', 'test', 'web', 'index.js'),
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  plugins: [mochaAsGlobal],
});
