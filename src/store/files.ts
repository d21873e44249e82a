import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../article/read';

export const ARTICLE_EXTENSIONS = ['.md', '.txt'];

/** Article files of a folder, in name order (so the seed, 000_…, comes first). Symbolic links are not articles. */
export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.some((ext) => e.name.endsWith(ext)) && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort();
}

/** The id an article file is served under: its name without the extension, so `x.md` and `x.txt` are one id. */
export const articleId = (name: string): string => basename(name, extname(name));

/** C0 and C1 controls, DEL, and the direction overrides that make a name read other than it is. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Why a file name cannot be an article's, or null: its id is shown in terminals, logs and Discord. */
export function articleNameProblem(name: string): string | null {
  if (CONTROL_CHARACTERS.test(name)) return 'the name has control characters';
  if (/[/\\]/.test(name)) return 'the name has a path separator';
  if (name.startsWith('.') || !ARTICLE_EXTENSIONS.includes(extname(name)) || articleId(name) === '') {
    return `not an article file name (use a name ending in ${ARTICLE_EXTENSIONS.join(' or ')}, not starting with a dot)`;
  }
  return null;
}

/** One article file as it was read: its bytes, or null when it is over the size limit (then never read). */
export interface FolderFile {
  name: string;
  size: number;
  bytes: Buffer | null;
}

/**
 * Every article file of a folder, each read exactly once: the cache key and the store are both made from these
 * bytes, so a cache always describes what was read even while files come and go. A file that vanishes between
 * the listing and its read is simply not there; a symbolic link put in place of a file is not followed.
 */
export function readArticleFolder(dir: string): FolderFile[] {
  const files: FolderFile[] = [];
  for (const path of listArticleFiles(dir)) {
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch {
      continue; // gone (or swapped for a link) since the listing
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) continue;
      const name = basename(path);
      files.push({ name, size: stat.size, bytes: stat.size > MAX_ARTICLE_BYTES ? null : readAll(fd, stat.size) });
    } finally {
      closeSync(fd);
    }
  }
  return files;
}

/**
 * The whole file from an open descriptor (it may have grown or shrunk since fstat: read to its end). The first
 * read asks for one byte more than fstat said, so a file that did not change is one exact-size read: a larger
 * first buffer per file would be a thousand 64 KB allocations on every start, all garbage (and resident) at once.
 */
function readAll(fd: number, size: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let want = size + 1; ; want = 64 * 1024) {
    const chunk = Buffer.allocUnsafe(want);
    const n = readSync(fd, chunk, 0, want, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (n < want || total > MAX_ARTICLE_BYTES) break; // at its end, or grown past the limit (the parser refuses it by its length)
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}
