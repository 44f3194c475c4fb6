/**
 * Indexing a workspace of 2,000 replies (plus 200 other text files) the way the replies view does: cold,
 * again with nothing changed (stamps only), after 100 files changed, and cancelled midway. While it runs,
 * the event loop's delay is sampled: the longest stall is how long the extension host could not answer.
 * Wall times depend on what else the machine runs; cpuMs is the process's own time. Prints one JSON line.
 * Run `npm run build` first (it loads the compiled index from out/).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REPLIES = 2000;
const OTHERS = 200;
const CHANGED = 100;

const compiled = join(root, 'out', 'src', 'extension', 'workspace');
if (!existsSync(join(compiled, 'replyIndex.js'))) {
  console.error('bench: out/ is missing; run `npm run build` first.');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { ReplyIndex } = require(join(compiled, 'replyIndex.js'));
const { claimsFromPackage, candidateGlob, decodeReply, isReply } = require(join(compiled, 'claims.js'));
const { lint } = require(join(root, 'out', 'src', 'core', 'lint.js'));

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const claims = claimsFromPackage(packageJson, 'proposal-reply', true);

/** 2,000 replies made from the corpus: numbers and dates varied, named as users name them. */
function writeWorkspace(folder) {
  const corpusDir = join(root, 'test', 'fixtures', 'corpus');
  const corpus = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(corpusDir, name), 'utf8'));
  const byHeader = corpus.filter((text) => claims.firstLine?.test(text.split(/\r?\n/)[0]));
  const files = [];
  for (let i = 0; i < REPLIES; i++) {
    const plain = i % 5 === 0 && byHeader.length > 0;
    const source = plain ? byHeader[i % byHeader.length] : corpus[i % corpus.length];
    const month = (i % 12) + 1;
    const text = source
      .replace(/第\s*\d+\s*号/g, `第${i + 1}号`)
      .replace(/20\d\d年\s*\d{1,2}月\s*\d{1,2}日/g, `2024年${month}月${(i % 28) + 1}日`);
    const dir = join(folder, `unit-${String(i % 40).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    const name = plain ? `reply-${i}.txt` : `reply-${i}${i % 7 === 0 ? '.reply' : '.reply.txt'}`;
    writeFileSync(join(dir, name), text);
    files.push(join(dir, name));
  }
  for (let i = 0; i < OTHERS; i++) {
    const file = join(folder, `unit-${String(i % 40).padStart(2, '0')}`, `notes-${i}.txt`);
    writeFileSync(file, `会议纪要 ${i}\n今天讨论了提案办理的进度。\n`);
    files.push(file);
  }
  return files;
}

const source = {
  stat: async (file) => {
    const stats = await stat(file);
    return { mtime: stats.mtimeMs, size: stats.size };
  },
  read: async (file) => decodeReply(await readFile(file)),
  isReply: (file, text) => isReply(file, text, claims),
  check: (_file, model) => lint(model),
};

async function timed(label, run) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  delay.disable();
  return { label, ms: round(ms), cpuMs: round((user + system) / 1000), maxStallMs: round(delay.max / 1e6), p99StallMs: round(delay.percentile(99) / 1e6), ...result };
}

function round(value) {
  return Math.round(value * 10) / 10;
}

const folder = mkdtempSync(join(tmpdir(), 'proposal-reply-index-'));
try {
  const files = writeWorkspace(folder);
  // The core's first check compiles its schemas once per process; the extension host pays it on the first
  // reply it checks, whatever starts it. Timed apart, so that the stalls below are the indexing's own.
  const firstCheckStarted = performance.now();
  lint(readFileSync(files[0], 'utf8'));
  const firstCheckMs = round(performance.now() - firstCheckStarted);
  const index = new ReplyIndex(source);
  const cold = await timed('cold', () => index.refresh(files));
  const replies = index.replies().length;
  const warm = await timed('unchanged', () => index.refresh(files));
  const later = new Date(Date.now() + 60_000);
  for (const file of files.slice(0, CHANGED)) utimesSync(file, later, later);
  const changed = await timed('changed', () => index.refresh(files));

  // Cancelled 100 ms into a forced re-read: how long until the refresh gives up.
  let cancelledAt = 0;
  const token = { isCancellationRequested: false };
  setTimeout(() => {
    token.isCancellationRequested = true;
    cancelledAt = performance.now();
  }, 100);
  const cancelled = await index.refresh(files, { token, force: true });
  const cancelLatencyMs = round(performance.now() - cancelledAt);

  console.log(
    JSON.stringify({
      bench: 'indexing',
      node: process.version,
      files: files.length,
      replies,
      firstCheckMs,
      coldMs: cold.ms,
      coldCpuMs: cold.cpuMs,
      coldRead: cold.read,
      coldMaxStallMs: cold.maxStallMs,
      coldP99StallMs: cold.p99StallMs,
      unchangedMs: warm.ms,
      unchangedRead: warm.read,
      changedMs: changed.ms,
      changedRead: changed.read,
      changedMaxStallMs: changed.maxStallMs,
      cancelled: cancelled.cancelled,
      cancelLatencyMs,
    }),
  );
  if (replies !== REPLIES || warm.read !== 0 || changed.read !== CHANGED || !cancelled.cancelled) {
    console.error(`bench: unexpected result (replies ${replies}, unchanged read ${warm.read}, changed read ${changed.read}, cancelled ${cancelled.cancelled}); glob ${candidateGlob(claims)}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
