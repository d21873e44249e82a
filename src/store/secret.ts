import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The per-installation secret that keys the cache's checksum (HMAC-SHA256): 32 random bytes in the data folder
 * as `.dossier-secret`, mode 0600, made by the first process that opens the store. Someone who can edit the
 * cache but not read this file cannot make a forged cache pass; a secret that is missing, unreadable, of the
 * wrong size, someone else's or readable by others is replaced, and the caches made with it simply rebuild.
 */
export const SECRET_FILE = '.dossier-secret';
const SECRET_BYTES = 32;

export function cacheSecret(dir: string): Buffer {
  const path = join(dir, SECRET_FILE);
  const existing = readTrusted(path);
  if (existing !== 'missing' && existing !== 'untrusted') return existing;
  const secret = randomBytes(SECRET_BYTES);
  const tmp = join(dir, `${SECRET_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, secret, { mode: 0o600, flag: 'wx' });
    if (existing === 'untrusted') {
      renameSync(tmp, path);
      return secret;
    }
    try {
      linkSync(tmp, path); // never over another process's new secret
      return secret;
    } catch {
      const winner = readTrusted(path);
      return Buffer.isBuffer(winner) ? winner : secret;
    }
  } catch {
    return secret; // a read-only folder: this process's caches are never trusted by another, which rebuilds
  } finally {
    rmSync(tmp, { force: true });
  }
}

function readTrusted(path: string): Buffer | 'missing' | 'untrusted' {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'untrusted';
  }
  try {
    const stat = fstatSync(fd);
    const mine = process.getuid === undefined || stat.uid === process.getuid();
    if (!stat.isFile() || !mine || (stat.mode & 0o077) !== 0 || stat.size !== SECRET_BYTES) return 'untrusted';
    const secret = Buffer.alloc(SECRET_BYTES);
    return readSync(fd, secret, 0, SECRET_BYTES, 0) === SECRET_BYTES ? secret : 'untrusted';
  } finally {
    closeSync(fd);
  }
}
