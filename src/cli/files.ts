import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { format, type Locale } from '../core/i18n';
import { decodeText, type DecodedText, type EncodingOption } from './encoding';
import { cliMessages } from './messages';
// Loaded through require so that the bundle takes tinyglobby's CommonJS build (its ES build needs import.meta).
import tinyglobby = require('tinyglobby');

/** A file the command could not use, already worded for the user. */
export interface FileProblem {
  file: string;
  message: string;
}

/** Files named on the command line, in order and without repeats; globs are expanded. */
export async function expandTargets(
  targets: string[],
  cwd: string,
  locale: Locale,
): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files = new Set<string>();
  const problems: FileProblem[] = [];
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const stats = await fs.stat(absolute).catch(() => undefined);
    if (stats?.isDirectory()) {
      const pattern = `${target.replace(/[\\/]+$/, '')}/**/*.txt`;
      problems.push({ file: target, message: format(cliMessages.isDirectory, locale, { pattern }) });
    } else if (stats) {
      files.add(absolute);
    } else if (tinyglobby.isDynamicPattern(target)) {
      const matches = await tinyglobby.glob(toGlob(target), { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      if (matches.length === 0) problems.push({ file: target, message: format(cliMessages.noMatch, locale) });
      for (const match of matches.sort()) files.add(path.resolve(match));
    } else {
      problems.push({ file: target, message: format(cliMessages.notFound, locale) });
    }
  }
  return { files: [...files], problems };
}

/** Globs use forward slashes, also on Windows. */
function toGlob(target: string): string {
  return path.sep === '\\' ? target.replace(/\\/g, '/') : target;
}

/**
 * Reads a file's bytes; every failure becomes a message in the locale. Reading a pipe waits for a writer
 * and a device may never end, so only files (and folders, for their message) are read.
 * Synchronously: files are checked one after another, and fs.promises.readFile takes several trips through
 * the thread pool per file, which left the CLI idle a third of the time on many small files.
 */
export function readFileBytes(file: string, locale: Locale): Uint8Array | { problem: string } {
  try {
    const stats = statSync(file);
    if (!stats.isFile() && !stats.isDirectory()) return { problem: format(cliMessages.notRegularFile, locale) };
    return readFileSync(file);
  } catch (error) {
    return { problem: readErrorMessage(error, locale) };
  }
}

/** Reads and decodes a reply; every failure becomes a message in the locale. */
export async function readReplyFile(
  file: string,
  encoding: EncodingOption,
  locale: Locale,
): Promise<DecodedText | { problem: string }> {
  const bytes = readFileBytes(file, locale);
  if ('problem' in bytes) return bytes;
  const decoded = await decodeText(bytes, encoding);
  return 'problem' in decoded ? { problem: format(cliMessages[decoded.problem], locale) } : decoded;
}

export function readErrorMessage(error: unknown, locale: Locale): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return format(cliMessages.notFound, locale);
  if (code === 'EISDIR') return format(cliMessages.isDirectory, locale, { pattern: '**/*.txt' });
  return format(cliMessages.unreadable, locale, { code });
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Replaces a file's contents atomically: the bytes go to a temporary file in the same
 * folder, are flushed to disk, and the temporary file is renamed over the original,
 * whose permissions it keeps. On failure the original is left as it was.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const { mode } = await fs.stat(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx', mode & 0o7777);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** How a file is named in messages: relative to the working folder when inside it. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
