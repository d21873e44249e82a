import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ArticleError, readArticleFile } from '../article/read';
import { extractFacts } from '../extract/pipeline';
import { articleId, listArticleFiles } from '../store/files';
import { checkArticleName, IngestError, linkUnderLock, readSourceFile } from './ingest-guards';

export { IngestError } from './ingest-guards';

export interface Ingested {
  /** Where the article now is. */
  path: string;
  id: string;
  title: string | null;
  paragraphs: number;
  sentences: number;
  /** The same bytes were already there under that name; nothing was written. */
  unchanged: boolean;
}

/**
 * Validates `file` as an article and adds it to `dir` atomically. The bytes are copied once to a dot-file in
 * `dir` (never read as an article), validated there (read, parsed and extracted, exactly as the store will),
 * then hard-linked to their name under the folder's lock, which fails rather than overwrite or add a second
 * file for one id. A symbolic link is never followed. Whatever fails, the temporary file is removed, so the
 * folder is left exactly as it was.
 */
export function ingestArticle(file: string, dir: string): Ingested {
  const name = basename(file);
  checkArticleName(name);
  if (!isDirectory(dir)) throw new IngestError(`data folder ${dir} does not exist`);
  const bytes = readSourceFile(file, name);

  const target = join(dir, name);
  const id = articleId(name);
  const clash = listArticleFiles(dir).find((f) => articleId(f) === id);
  if (clash && basename(clash) !== name) throw new IngestError(`${name}: an article with id "${id}" is already in ${dir} (${basename(clash)})`);

  const tmp = join(dir, `.ingest-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    flush(tmp);
    const article = validate(tmp, name);
    const result = { path: target, id, title: article.title, paragraphs: article.paragraphs.length, sentences: article.sentences.length };
    if (clash) {
      if (readFileSync(clash).equals(readFileSync(tmp))) return { ...result, unchanged: true };
      throw new IngestError(`${name}: ${target} already exists with other content; remove it first to replace it`);
    }
    linkUnderLock(tmp, target, dir);
    return { ...result, unchanged: false };
  } finally {
    rmSync(tmp, { force: true });
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function flush(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads the copy as the store will; errors name the file the user gave, not the temporary copy. */
function validate(tmp: string, name: string) {
  try {
    const article = readArticleFile(tmp);
    extractFacts(article);
    return article;
  } catch (err) {
    if (err instanceof ArticleError) throw new IngestError(`${name}: ${err.message.slice(err.file.length + 2)}`);
    throw new IngestError(`${name}: extraction failed (${(err as Error).message.split('\n')[0]})`);
  }
}
