import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..', '..');
const bin = join(root, 'bin', 'proposal-reply.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli.js through bin/) as a child process with a chosen LANG. */
export function runCli(args: string[], options: { cwd?: string; lang?: string } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, LANG: options.lang ?? 'zh_CN.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'proposal-reply-cli-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** One line per problem, none of them a stack trace. */
export function stderrLines(result: RunResult): string[] {
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  for (const line of lines) {
    if (/^\s+at /.test(line) || /Error:/.test(line)) throw new Error(`stack trace or raw error on stderr:\n${result.stderr}`);
  }
  return lines;
}
