/**
 * `npm run bench` (after `npm run build`): times the core against the floor and the peer linters on the
 * corpus and on long replies, then rendering, the extension's start-up, bundle sizes and the CLI on many
 * files. Prints tables of medians and writes the same figures to bench-results/latest.json.
 * `--quick` shortens every budget and skips the peers on the largest texts; `--only SECTION` runs one section.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { decodeFile, fixedText, floor, loadCore, loadPeers } from './core.mjs';
import { loadCorpus, longReply, writeFileSet } from './documents.mjs';
import { measure, median } from './measure.mjs';
import { formatTable, ms, ratio } from './table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
/** `--only lint|render|extension|files` runs one section (the targets are checked only on a full run). */
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const wanted = (section) => only === undefined || only === section;
const FILE_COUNT = 1000;
const RUNS = quick ? 3 : 5;

if (!existsSync(join(root, 'out', 'src', 'core', 'lint.js'))) {
  console.error('bench: out/ is missing; run `npm run build` first.');
  process.exit(2);
}

const core = loadCore(root);
const peers = await loadPeers();
const corpus = loadCorpus(root);
const sample = readFileSync(join(root, 'samples', 'changning-2024-aigc.reply.txt'), 'utf8');
const fixedSample = fixedText(root, sample);
const work = mkdtempSync(join(tmpdir(), 'proposal-reply-bench-'));
const progress = (text) => process.stderr.write(`bench: ${text}\n`);
const results = { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, loadavgAtStart: loadavg(), date: new Date().toISOString() };

try {
  const write = (name, text) => {
    const path = join(work, name);
    writeFileSync(path, text);
    return { name, path, text };
  };
  const long = Object.fromEntries(
    [[10e3, '10KB'], [100e3, '100KB'], [1e6, '1MB']].map(([bytes, id]) => [id, write(`long-${id}.txt`, longReply(sample, bytes))]),
  );
  const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
  const fileDir = join(work, 'files');
  const fileSet = writeFileSet(fileDir, corpus, FILE_COUNT).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const sets = [
    { id: 'corpus', label: `corpus (${corpus.length} replies), per reply`, docs: corpus, perDoc: true },
    { id: 'sample', label: `sample reply (${kb(sample)})`, docs: [write('sample.txt', sample)] },
    ...Object.entries(long).map(([id, doc]) => ({ id: `long-${id}`, label: `long reply ${kb(doc.text)}`, docs: [doc] })),
    // The sample as published uses half-width punctuation, one warning every 60 characters; long replies
    // made of the sample with its fixes applied show what checking costs once diagnostics are few.
    ...[[100e3, '100KB'], [1e6, '1MB']].map(([bytes, id]) => {
      const doc = write(`long-${id}-fixed.txt`, longReply(fixedSample, bytes));
      return { id: `long-${id}-fixed`, label: `long reply ${kb(doc.text)}, fixed`, docs: [doc] };
    }),
    { id: 'files', label: `${FILE_COUNT.toLocaleString('en')} files, in all`, docs: fileSet, big: true },
  ];

  if (wanted('lint')) results.lint = await lintSection(sets);
  if (wanted('render')) results.render = await renderSection([{ label: 'sample reply', text: sample }, ...['100KB', '1MB'].map((id) => ({ label: `long reply ${kb(long[id].text)}`, text: long[id].text }))]);
  if (wanted('extension')) results.extension = extensionSection();
  if (wanted('files')) results.manyFiles = await manyFilesSection(fileSet.map((doc) => doc.path), fileDir);
  if (!only) results.targets = targetsSection(results);

  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nLoad average at start ${results.loadavgAtStart.map((n) => n.toFixed(1)).join(' ')} on ${results.cores} cores (${results.cpu}), Node ${results.node}.`);
  console.log('Written to bench-results/latest.json');
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function lintSection(sets) {
  const rows = [];
  for (const set of sets) {
    const big = set.big || set.docs.some((d) => d.text.length > 200e3);
    const ours = { budgetMs: quick ? 300 : 1000 };
    const slow = { budgetMs: quick ? 0 : 1000, minSamples: big ? 3 : 5, warmupMs: big ? 0 : 200, maxMs: big ? 40000 : 15000 };
    const each = (fn) => () => {
      for (const doc of set.docs) fn(doc);
    };
    const row = { id: set.id, label: set.label, documents: set.docs.length, bytes: set.docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) };
    row.parse = await measure(each((d) => core.parse(d.text)), ours);
    row.check = await measure(each((d) => core.check(d.text)), ours);
    row.endToEnd = await measure(each((d) => core.check(decodeFile(d.path))), ours);
    row.floor = await measure(each((d) => floor(d.path)), ours);
    const skipPeers = quick && big;
    row.markdownlint = skipPeers ? null : await measure(each((d) => peers.markdownlint(d.text)), slow);
    row.zhlint = skipPeers ? null : await measure(each((d) => peers.zhlint(d.text)), slow);
    row.diagnostics = set.docs.reduce((n, d) => n + core.check(d.text).length, 0);
    if (set.perDoc) for (const key of ['parse', 'check', 'endToEnd', 'floor', 'markdownlint', 'zhlint']) perDocument(row[key], set.docs.length);
    rows.push(row);
    progress(`${set.label} done`);
  }
  console.log('\nLint: CPU ms, medians. read+check = read, decode, parse, lint, fields; floor = read, decode, split into lines.');
  console.log('"x floor" = read+check / floor; a peer\'s "x" = its time / parse+lint+fields (how many times slower it is).\n');
  console.log(
    formatTable(
      ['text', 'diagnostics', 'parse', 'parse+lint+fields', 'read+check', 'floor', 'x floor', 'markdownlint', 'x', 'zhlint', 'x'],
      rows.map((r) => [
        r.label, r.diagnostics, ms(r.parse), ms(r.check), ms(r.endToEnd), ms(r.floor), ratio(r.endToEnd, r.floor),
        ms(r.markdownlint), ratio(r.markdownlint, r.check), ms(r.zhlint), ratio(r.zhlint, r.check),
      ]),
    ),
  );
  return rows;
}

async function renderSection(texts) {
  if (!core.render) {
    console.log('\nRender: n/a (src/core/render exposes no HtmlRenderer/renderDocx).');
    return null;
  }
  const rows = [];
  for (const { label, text } of texts) {
    const model = core.parse(text);
    const diagnostics = core.lint(model, core.options);
    const big = text.length > 200e3;
    const budget = { budgetMs: quick ? 300 : 1000, minSamples: big ? 3 : 5, warmupMs: big ? 0 : 200 };
    rows.push({
      label,
      preview: await measure(() => core.render.preview(model, diagnostics), budget),
      exportHtml: await measure(() => core.render.exportHtml(model), budget),
      docx: await measure(() => core.render.docx(model), budget),
    });
    progress(`render ${label} done`);
  }
  console.log('\nRender: CPU ms, medians (the model already parsed). preview = the blocks\' HTML with diagnostics marked.\n');
  console.log(formatTable(['text', 'preview HTML', 'export HTML', 'export .docx'], rows.map((r) => [r.label, ms(r.preview), ms(r.exportHtml), ms(r.docx)])));
  return rows;
}

/** Medians of RUNS fresh processes loading and activating the extension in `folder`. */
function activation(folder) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'bench', 'activate-once.cjs'), folder], { encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()));
  }
  const failed = runs.find((run) => run.error);
  const result = failed
    ? { error: failed.error }
    : Object.fromEntries(['loadMs', 'loadCpuMs', 'activateMs', 'activateCpuMs'].map((key) => [key, median(runs.map((run) => run[key]))]));
  return { ...result, runs: runs.length };
}

/** The .vsix's files, unpacked into the work folder; the extension's own folder inside it. */
function unpackVsix(file) {
  const target = join(work, 'vsix');
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(file))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(target, name)), { recursive: true });
    writeFileSync(join(target, name), bytes);
  }
  return join(target, 'extension');
}

function extensionSection() {
  const section = { activation: null, vsixActivation: null, bundles: [] };
  if (existsSync(join(root, 'dist', 'extension.js'))) section.activation = activation(root);
  const vsix = readdirSync(root).filter((n) => n.endsWith('.vsix'));
  if (vsix.length > 0) section.vsixActivation = { file: vsix[0], built: statSync(join(root, vsix[0])).mtime.toISOString(), ...activation(unpackVsix(join(root, vsix[0]))) };
  const files = ['cli.js', 'lintWorker.js', 'extension.js', 'docx-read.js', 'docx-export.js', 'xlsx.js', 'gb18030.js', 'web/extension.js'].map((name) => join('dist', name));
  for (const name of vsix) files.push(name);
  for (const file of files) {
    if (existsSync(join(root, file))) section.bundles.push({ file, bytes: statSync(join(root, file)).size });
  }
  progress('extension done');

  console.log(`\nExtension start-up: dist/extension.js loaded in plain Node with a stand-in vscode module (scripts/bench/activate-once.cjs),`);
  console.log(`median of ${RUNS} fresh processes. Not VS Code's own figure: its extension host adds its own work around both steps.\n`);
  const rows = [];
  for (const [label, a] of [['dist/ (npm run build)', section.activation], [`${section.vsixActivation?.file} (production bundle, built ${section.vsixActivation?.built})`, section.vsixActivation]]) {
    if (!a) continue;
    if (a.error) rows.push([label, `activate() failed under the stand-in: ${a.error}`, '', '', '']);
    else rows.push([label, ms(a.loadCpuMs), ms(a.loadMs), ms(a.activateCpuMs), ms(a.activateMs)]);
  }
  if (rows.length === 0) console.log('n/a: dist/extension.js is missing');
  else console.log(formatTable(['extension', 'require() CPU ms', 'wall ms', 'activate() CPU ms', 'wall ms'], rows));
  console.log('\nBundles:\n');
  console.log(formatTable(['file', 'KB'], section.bundles.map((b) => [b.file, (b.bytes / 1024).toFixed(0)])));
  return section;
}

async function manyFilesSection(paths, dir) {
  const section = {};
  const settings = { encoding: 'auto', locale: 'zh' };
  const budget = { budgetMs: 0, minSamples: RUNS, warmupMs: 0, maxMs: 120000 };
  if (core.pool) {
    const { lintInPool, lintPlainFile, ConfigLoader } = core.pool;
    section.inProcessSerial = await measure(async () => {
      const configs = new ConfigLoader('zh');
      for (const path of paths) await lintPlainFile(path, configs, settings);
    }, budget);
    section.inProcessPooled = await measure(() => lintInPool(paths, settings, { threads: cpus().length, minFiles: 0 }), budget);
  }
  const bin = join(root, 'bin', 'proposal-reply.js');
  if (existsSync(join(root, 'dist', 'cli.js'))) {
    const cli = (args, env = {}) => () => {
      try {
        execFileSync(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: 'ignore' });
      } catch (error) {
        // Exit code 1 only says that errors were found.
        if (error.status !== 1) throw error;
      }
    };
    section.cliStartup = await measure(cli(['--version']), { ...budget, minSamples: RUNS });
    section.cliSerial = await measure(cli(['lint', '--format', 'json', '*.txt'], { PROPOSAL_REPLY_THREADS: '0' }), budget);
    section.cliPooled = await measure(cli(['lint', '--format', 'json', '*.txt'], { PROPOSAL_REPLY_THREADS: String(cpus().length) }), budget);
  }
  progress('many files done');

  console.log(`\n${paths.length.toLocaleString('en')} files (the corpus, cycled): wall ms, medians of ${RUNS} runs; CPU ms of this process (children not counted).\n`);
  const rows = [];
  const row = (label, stat, note = '') => stat && rows.push([label, ms(stat.wall), stat.median !== undefined && !label.startsWith('CLI') ? ms(stat) : '', note]);
  row('in process, serial (read, config, lint)', section.inProcessSerial);
  row(`in process, lintInPool (${cpus().length} lanes)`, section.inProcessPooled, section.inProcessSerial ? `${(section.inProcessSerial.wall / section.inProcessPooled.wall).toFixed(2)}x` : '');
  row('CLI start-up (--version)', section.cliStartup, section.cliStartup ? `x ${paths.length} = ${(section.cliStartup.wall * paths.length / 1000).toFixed(0)} s as one process per file` : '');
  row('CLI lint *.txt, PROPOSAL_REPLY_THREADS=0', section.cliSerial);
  row(`CLI lint *.txt, PROPOSAL_REPLY_THREADS=${cpus().length}`, section.cliPooled, section.cliSerial ? `${(section.cliSerial.wall / section.cliPooled.wall).toFixed(2)}x` : '');
  console.log(formatTable(['run', 'wall ms', 'CPU ms', 'speed-up / note'], rows));
  return section;
}

function targetsSection(all) {
  const byId = Object.fromEntries(all.lint.map((r) => [r.id, r]));
  const targets = [];
  const add = (name, value, limit, pass) => targets.push({ name, value, limit, pass });
  add('typical reply (sample, under 10 KB) parse+lint < 1 ms', byId.sample.check.median, 1, byId.sample.check.median < 1);
  add('corpus reply parse+lint < 1 ms', byId.corpus.check.median, 1, byId.corpus.check.median < 1);
  add('1 MB reply parse+lint < 50 ms', byId['long-1MB'].check.median, 50, byId['long-1MB'].check.median < 50);
  for (const r of all.lint) {
    const toFloor = r.endToEnd.median / r.floor.median;
    add(`${r.label}: read+check within 5x the floor`, toFloor, 5, toFloor <= 5);
    for (const peer of ['markdownlint', 'zhlint']) {
      if (!r[peer]) continue;
      const faster = r[peer].median / r.check.median;
      add(`${r.label}: >= 10x faster than ${peer}`, faster, 10, faster >= 10);
    }
  }
  for (const [label, started] of [['dist/', all.extension.activation], ['.vsix', all.extension.vsixActivation]]) {
    if (started && !started.error) add(`activate() < 20 ms (wall), ${label}`, started.activateMs, 20, started.activateMs < 20);
  }
  console.log('\nTargets:\n');
  console.log(formatTable(['target', 'measured', 'met'], targets.map((t) => [t.name, t.value.toFixed(t.value < 10 ? 2 : 1), t.pass ? 'yes' : 'NO'])));
  return targets;
}

function perDocument(stat, count) {
  if (!stat) return;
  for (const key of ['median', 'min', 'max', 'wall']) stat[key] /= count;
}
