import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PackageInfo {
  root: string;
  version: string;
  /** file: URL of docs/rules/ in the installed package. */
  docsBase: string;
}

let cached: PackageInfo | undefined;

/** The installed package: found from this module upwards (dist/ in the bundle, out/src/cli/ when compiled). */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let root = __dirname;
  while (!isOwnPackage(root) && path.dirname(root) !== root) root = path.dirname(root);
  const version = isOwnPackage(root) ? String(readPackage(root).version ?? '') : '';
  cached = { root, version, docsBase: pathToFileURL(path.join(root, 'docs', 'rules') + path.sep).href };
  return cached;
}

function isOwnPackage(folder: string): boolean {
  return existsSync(path.join(folder, 'package.json')) && readPackage(folder).name === 'proposal-reply';
}

function readPackage(folder: string): { name?: string; version?: string } {
  try {
    return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
  } catch {
    return {};
  }
}
