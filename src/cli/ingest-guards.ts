import { closeSync, constants, fstatSync, linkSync, lstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../article/read';
import { FolderLockedError, withFolderLock } from '../store/folder-lock';
import { articleId, articleNameProblem, CONTROL_CHARACTERS, listArticleFiles } from '../store/files';

/** A refusal worded as one line that names the file. */
export class IngestError extends Error {}

/** A name as it may be printed: quoted and escaped when it holds control characters. */
export const printableName = (name: string): string => (CONTROL_CHARACTERS.test(name) ? JSON.stringify(name) : name);

/** Refuses a name the store would not serve: another extension, a dot-file, control characters, separators. */
export function checkArticleName(name: string): void {
  const problem = articleNameProblem(name);
  if (problem) throw new IngestError(`${printableName(name)}: ${problem}`);
}

/**
 * The bytes of the file to ingest, read through one descriptor that never follows a symbolic link (O_NOFOLLOW:
 * a link swapped in after the check is refused too) and never blocks on a FIFO; refused when not a regular file
 * or over the size limit.
 */
export function readSourceFile(file: string, name: string): Buffer {
  try {
    if (lstatSync(file).isSymbolicLink()) throw new IngestError(`${name}: is a symbolic link; not followed (ingest the file it points to)`);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(`${name}: cannot read the file (${file} does not exist or is not readable)`);
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new IngestError(`${name}: is a symbolic link; not followed (ingest the file it points to)`);
    throw new IngestError(`${name}: cannot read the file (${file} does not exist or is not readable)`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new IngestError(`${name}: not a regular file`);
    if (stat.size > MAX_ARTICLE_BYTES) throw new IngestError(`${name}: too large (${stat.size} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Links the validated copy to its name while holding the folder's lock, after checking again that no file
 * has the same id under another extension: two ingests of `x.md` and `x.txt` at once cannot both land.
 */
export function linkUnderLock(tmp: string, target: string, dir: string): void {
  const name = basename(target);
  const id = articleId(name);
  try {
    withFolderLock(dir, () => {
      const clash = listArticleFiles(dir).find((f) => articleId(f) === id && basename(f) !== name);
      if (clash) throw new IngestError(`${name}: an article with id "${id}" is already in ${dir} (${basename(clash)})`);
      linkSync(tmp, target);
    });
  } catch (err) {
    if (err instanceof IngestError) throw err;
    if (err instanceof FolderLockedError) throw new IngestError(`${name}: ${err.message}`);
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new IngestError(`${name}: ${target} appeared while ingesting; not overwritten`);
    throw new IngestError(`${name}: cannot write to ${dir}: ${(err as Error).message}`);
  }
}
