import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from './stale-files';

/** The lock of a data folder's writers: a dot-file holding the owner's pid, created with O_EXCL. */
export const LOCK_FILE = '.dossier.lock';
/** Held for a listing and a link only; one older than this was left by a process that died holding it. */
const STALE_AFTER_MS = 60 * 1000;
const WAIT_MS = 5000;

export class FolderLockedError extends Error {}

/**
 * Runs `fn` while holding the folder's lock, so a check of the folder and the write that depends on it (is the
 * id free? then link the article) are one step for every process. A lock whose owner is gone is taken over.
 */
export function withFolderLock<T>(dir: string, fn: () => T): T {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    let fd: number | null = null;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (fd !== null) {
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      try {
        return fn();
      } finally {
        rmSync(path, { force: true });
      }
    }
    const owner = lockOwner(path);
    if (owner === 'stale') rmSync(path, { force: true });
    else if (Date.now() > deadline) throw new FolderLockedError(`the data folder is locked by another writer (pid ${owner ?? '?'}); try again`);
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
}

/** The pid holding the lock, 'stale' when it is dead or the lock is too old, null when it is gone or unreadable. */
function lockOwner(path: string): number | 'stale' | null {
  try {
    const pid = Number(readFileSync(path, 'utf8'));
    const old = Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS;
    // an empty file is a lock being written right now, unless it is old
    if (old || (Number.isInteger(pid) && pid > 0 && !processAlive(pid))) return 'stale';
    return pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
