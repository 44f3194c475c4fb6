// Keeps track of what a test run started and stops it on every way out: normal end, error,
// Ctrl+C, SIGTERM from CI, or process exit.
import { readdirSync, readFileSync } from 'node:fs';

const cleanups = [];

/** Registers a synchronous stop function; returns a function that unregisters it. */
export function onCleanup(stop) {
  cleanups.push(stop);
  return () => {
    const index = cleanups.indexOf(stop);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

export function runCleanups() {
  while (cleanups.length > 0) {
    const stop = cleanups.pop();
    try {
      stop();
    } catch (error) {
      console.error(`cleanup failed: ${error instanceof Error ? error.message : error}`);
    }
  }
}

process.on('exit', runCleanups);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping code-server and the browser`);
    runCleanups();
    process.exit(code);
  });
}

export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

export function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/** SIGTERM to the whole process group, then SIGKILL for whatever is still there after `graceMs`. */
export async function stopGroup(pgid, graceMs = 3000) {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
}

/** Ids of the processes (other than this one) whose command line mentions `text`, e.g. a run folder. */
export function pidsMentioning(text) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export function killPids(pids) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
  }
}
