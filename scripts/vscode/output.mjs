// The workbench forwards its own log along with the extension host's console. These lines are the
// workbench's routine start-up messages and the failures of its online services (no network here);
// they stay in the full log file but are kept off the terminal, together with their stack lines.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const ROUTINE = [
  /ENOTFOUND/,
  /Timed out waiting for authentication provider/,
  /^Creation of workbench contribution/,
  /^Extension host \(.+\) is (un)?responsive\.$/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(/,
  /^\[(reconnection-grace-time|AccountPolicyGate|AgentHost:[^\]]*|Service Worker)\]/,
  /^Updating additional builtin extensions cache$/,
];

/** Returns a line handler that prints the lines that are not routine and appends every line to `logFile`. */
export function outputFilter(logFile, print) {
  let droppingStack = false;
  return (line) => {
    if (!(droppingStack && /^\s+at /.test(line))) {
      droppingStack = ROUTINE.some((pattern) => pattern.test(line));
      if (!droppingStack) print(line);
    }
    try {
      mkdirSync(dirname(logFile), { recursive: true });
      appendFileSync(logFile, `${line}\n`);
    } catch {
      // the log file is a convenience; the terminal has what matters
    }
  };
}
