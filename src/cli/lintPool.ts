/**
 * Lints many reply files on worker threads, so a large batch uses every core and pays the checker's
 * start-up once per thread rather than once per file. A worker does what the lint command does for a
 * plain reply: find its configuration, read and decode it, lint it. Anything else (a Word file, a file
 * or configuration with a problem, a file that fails to check) comes back empty and is left to the
 * command's own loop, which reports it in order, as it would without the pool.
 */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core/i18n';
import { lint } from '../core/lint';
import { ConfigLoader } from './configs';
import type { EncodingOption } from './encoding';
import { readReplyFile } from './files';
import type { FileResult } from './formatters/types';

export interface PoolSettings {
  encoding: EncodingOption;
  locale: Locale;
  /** `--config`, resolved. */
  explicitConfig?: string;
}

/** Below this many files the threads' start-up costs more than they save (measured by `npm run bench`). */
export const POOL_MIN_FILES = 500;
/** Files handed to a worker at a time: small enough to share the work evenly, large enough to keep messages few. */
const BATCH_SIZE = 25;
/** The worker's script, a small bundle of its own (dist/lintWorker.js) beside the CLI's, or its compiled module. */
const WORKER_SCRIPT = path.join(__dirname, 'lintWorker.js');

/**
 * Threads to use: `PROPOSAL_REPLY_THREADS` when set (0 or 1 turns the pool off), else one per core, up to 8,
 * from four cores on. On two cores a worker's start-up (about 0.4 s: loading, compiling the schema, warming
 * up) and the two threads' contention for memory cost more than the second lane saves (`npm run bench`).
 */
export function poolThreads(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const requested = Number.parseInt(env.PROPOSAL_REPLY_THREADS ?? '', 10);
  if (Number.isInteger(requested) && requested >= 0) return requested;
  return cores >= 4 ? Math.min(cores, 8) : 1;
}

export interface PoolOptions {
  /** Lanes in all, the calling thread included (default: poolThreads()). */
  threads?: number;
  minFiles?: number;
  /** The caller's configuration loader, reused by the calling thread's lane. */
  configs?: ConfigLoader;
}

/**
 * The results of the files that could be linted, by path. The calling thread lints batches too, beside
 * `threads - 1` workers, so a worker only pays off once it has started. Empty when the pool is not worth
 * starting (fewer than `minFiles` files or fewer than two threads); a worker that fails, or cannot
 * start, drops its batch, which the caller then handles itself.
 */
export async function lintInPool(
  files: readonly string[],
  settings: PoolSettings,
  { threads = poolThreads(), minFiles = POOL_MIN_FILES, configs }: PoolOptions = {},
): Promise<Map<string, FileResult>> {
  const results = new Map<string, FileResult>();
  if (threads < 2 || files.length < minFiles) return results;
  let next = 0;
  const takeBatch = () => {
    const batch = files.slice(next, next + BATCH_SIZE);
    next += batch.length;
    return batch;
  };
  const keep = (result: FileResult | null) => {
    if (result) results.set(result.filePath, result);
  };
  const workers: Worker[] = [];
  const workerLane = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: settings });
      workers.push(worker);
      const sendBatch = () => {
        const batch = takeBatch();
        if (batch.length > 0) worker.postMessage(batch);
        else resolve();
      };
      worker.on('message', (batchResults: (FileResult | null)[]) => {
        batchResults.forEach(keep);
        sendBatch();
      });
      worker.once('error', () => resolve());
      worker.once('exit', () => resolve());
      sendBatch();
    });
  const ownLane = async () => {
    const loader = configs ?? new ConfigLoader(settings.locale, settings.explicitConfig);
    for (let batch = takeBatch(); batch.length > 0; batch = takeBatch()) {
      for (const file of batch) keep(await lintPlainFile(file, loader, settings));
      // Let the workers' messages in: without this the lane never leaves the microtask queue, and the
      // workers, waiting for their next batch, sit idle until it has done everything itself.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const workerCount = Math.min(threads - 1, Math.ceil(files.length / BATCH_SIZE) - 1);
  try {
    await Promise.all([...Array.from({ length: workerCount }, workerLane), ownLane()]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/** A plain reply's result as the lint command would produce it, or null for anything it must handle itself. */
export async function lintPlainFile(file: string, configs: ConfigLoader, settings: PoolSettings): Promise<FileResult | null> {
  // Word files take the command's own path (their reader is not loaded in the workers).
  if (/\.docx$/i.test(file)) return null;
  const config = await configs.forFile(file);
  if ('problems' in config) return null;
  const read = await readReplyFile(file, settings.encoding, settings.locale);
  if ('problem' in read) return null;
  try {
    return { filePath: file, diagnostics: lint(read.text, { config: config.config, locale: settings.locale }) };
  } catch {
    return null;
  }
}
