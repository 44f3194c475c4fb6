// Bundles the CLI (Node), the extension's Node entry and its web entry with esbuild.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022' };

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs' },
  // The CLI's lint worker threads load this small bundle, not the whole CLI.
  { ...common, entryPoints: ['src/cli/lintWorker.ts'], outfile: 'dist/lintWorker.js', platform: 'node', format: 'cjs' },
];
if (existsSync('src/extension/extension.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] });
}
if (existsSync('src/extension/web.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/web.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' } });
}
// The preview's webview script; the webview may load files from media/ only.
builds.push({ ...common, entryPoints: ['media/preview/main.ts'], outfile: 'media/dist/preview.js', platform: 'browser', format: 'iife' });
await Promise.all(builds.map((options) => esbuild.build(options)));
