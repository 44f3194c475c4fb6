import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { errorCode } from './files';

/** True when something (a file, a folder, a link) stands at the path. */
export async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes a new file atomically: a temporary file in the same folder, flushed, then moved into place. Without
 * `force` the move is a hard link, which fails when the file appeared meanwhile, so nothing is ever overwritten.
 */
export async function writeNewFile(file: string, bytes: Uint8Array, force: boolean): Promise<'written' | 'exists' | { code: string }> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) await fs.rename(temporary, file);
    else await moveWithoutOverwriting(temporary, file);
    return 'written';
  } catch (error) {
    return errorCode(error) === 'EEXIST' ? 'exists' : { code: errorCode(error) };
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

async function moveWithoutOverwriting(temporary: string, file: string): Promise<void> {
  try {
    await fs.link(temporary, file);
  } catch (error) {
    // Some file systems (FAT, a few network shares) have no hard links; check, then rename.
    if (errorCode(error) === 'EEXIST' || (await exists(file))) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await fs.rename(temporary, file);
  }
}
