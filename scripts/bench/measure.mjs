/**
 * Timing: warm up, then take samples until the time budget is spent, and report medians.
 * Each sample records the process's CPU time (user + system) and the wall-clock time. On a shared
 * machine the wall clock also counts the time other processes hold the cores; CPU time does not,
 * so the tables show CPU time for single-threaded work and wall time where parallelism is the point.
 */
import { performance } from 'node:perf_hooks';

function cpuNow() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times `fn`, synchronous or returning a promise. Calls shorter than a millisecond run in batches
 * so that one sample is long enough for the clocks; the figures are per call, in milliseconds.
 */
export async function measure(fn, { budgetMs = 1000, minSamples = 5, maxSamples = 200, maxMs = 15000, warmupMs = 200 } = {}) {
  const probe = fn();
  const isAsync = isPromise(probe);
  if (isAsync) await probe;
  const run = isAsync
    ? async (times) => {
        const wall = performance.now();
        const cpu = cpuNow();
        for (let i = 0; i < times; i++) await fn();
        return { wall: performance.now() - wall, cpu: cpuNow() - cpu };
      }
    : (times) => {
        const wall = performance.now();
        const cpu = cpuNow();
        for (let i = 0; i < times; i++) fn();
        return { wall: performance.now() - wall, cpu: cpuNow() - cpu };
      };

  let last = (await run(1)).wall;
  let warmed = last;
  for (let runs = 1; warmed < warmupMs && runs < 50; runs++) {
    last = (await run(1)).wall;
    warmed += last;
  }
  // Batches of at least 2 ms, so the CPU clock (microsecond ticks) reads well.
  const batch = last < 2 ? Math.min(10000, Math.ceil(2 / Math.max(last, 0.0005))) : 1;
  const cpu = [];
  const wall = [];
  const started = performance.now();
  for (;;) {
    const sample = await run(batch);
    cpu.push(sample.cpu / batch);
    wall.push(sample.wall / batch);
    const elapsed = performance.now() - started;
    if (cpu.length >= maxSamples || elapsed >= maxMs) break;
    if (cpu.length >= minSamples && elapsed >= budgetMs) break;
  }
  return { ...summarise(cpu), wall: summarise(wall).median, batch };
}

function isPromise(value) {
  return value !== null && typeof value === 'object' && typeof value.then === 'function';
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: median(sorted), min: sorted[0], max: sorted[sorted.length - 1], samples: sorted.length };
}
