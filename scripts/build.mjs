// Bundles the CLI (Node), the extension's Node entry and its web entry with esbuild.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022' };

/**
 * Large parts that only some commands need, bundled on their own next to the bundles that load them
 * (dynamic import() of these files becomes a require() of the chunk when it is first needed), so that
 * starting the CLI or the extension does not read and compile them.
 */
const chunks = {
  'src/core/register/xlsx.ts': 'xlsx.js',
  'src/core/render/docx.ts': 'docx-export.js',
  'src/core/docx/read.ts': 'docx-read.js',
  'src/cli/gb18030.ts': 'gb18030.js',
};
const splitChunks = {
  name: 'split-chunks',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = path.relative(process.cwd(), path.resolve(args.resolveDir, `${args.path}.ts`)).split(path.sep).join('/');
      const chunk = chunks[target];
      return chunk && args.kind === 'dynamic-import' ? { path: `./${chunk}`, external: true } : undefined;
    });
  },
};
const nodeChunks = Object.entries(chunks).map(([entry, file]) => ({ ...common, entryPoints: [entry], outfile: `dist/${file}`, platform: 'node', format: 'cjs' }));

const builds = [
  ...nodeChunks,
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', plugins: [splitChunks] },
  // The CLI's lint worker threads load this small bundle, not the whole CLI.
  { ...common, entryPoints: ['src/cli/lintWorker.ts'], outfile: 'dist/lintWorker.js', platform: 'node', format: 'cjs', plugins: [splitChunks] },
];
if (existsSync('src/extension/extension.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [splitChunks] });
}
if (existsSync('src/extension/web.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/web.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' } });
}
// The preview's webview script; the webview may load files from media/ only.
builds.push({ ...common, entryPoints: ['media/preview/main.ts'], outfile: 'media/dist/preview.js', platform: 'browser', format: 'iife' });
await Promise.all(builds.map((options) => esbuild.build(options)));
