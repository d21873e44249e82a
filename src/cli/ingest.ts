import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, constants, fsyncSync, linkSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ArticleError, MAX_ARTICLE_BYTES, readArticleFile } from '../article/read';
import { extractFacts } from '../extract/pipeline';
import { ARTICLE_EXTENSIONS, listArticleFiles } from '../store/build';

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

/** A refusal worded as one line that names the file. */
export class IngestError extends Error {}

const articleId = (name: string): string => basename(name, extname(name));

/**
 * Validates `file` as an article and adds it to `dir` atomically. The bytes are copied once to a dot-file in
 * `dir` (never read as an article), validated there (read, parsed and extracted, exactly as the store will),
 * then hard-linked to their name, which fails rather than overwrite. Whatever fails, the temporary file is
 * removed, so the folder is left exactly as it was.
 */
export function ingestArticle(file: string, dir: string): Ingested {
  const name = basename(file);
  if (!ARTICLE_EXTENSIONS.includes(extname(name)) || name.startsWith('.')) {
    throw new IngestError(`${name}: not an article file name (use a name ending in ${ARTICLE_EXTENSIONS.join(' or ')}, not starting with a dot)`);
  }
  if (!isDirectory(dir)) throw new IngestError(`data folder ${dir} does not exist`);
  const size = sourceSize(file, name);
  if (size > MAX_ARTICLE_BYTES) throw new IngestError(`${name}: too large (${size} bytes; the limit is ${MAX_ARTICLE_BYTES})`);

  const target = join(dir, name);
  const id = articleId(name);
  const clash = listArticleFiles(dir).find((f) => articleId(f) === id);
  if (clash && basename(clash) !== name) throw new IngestError(`${name}: an article with id "${id}" is already in ${dir} (${basename(clash)})`);

  const tmp = join(dir, `.ingest-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    copyFileSync(file, tmp, constants.COPYFILE_EXCL);
    flush(tmp);
    const article = validate(tmp, name);
    const result = { path: target, id, title: article.title, paragraphs: article.paragraphs.length, sentences: article.sentences.length };
    if (clash) {
      if (readFileSync(clash).equals(readFileSync(tmp))) return { ...result, unchanged: true };
      throw new IngestError(`${name}: ${target} already exists with other content; remove it first to replace it`);
    }
    try {
      linkSync(tmp, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new IngestError(`${name}: ${target} appeared while ingesting; not overwritten`);
      throw new IngestError(`${name}: cannot write to ${dir}: ${(err as Error).message}`);
    }
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

function sourceSize(file: string, name: string): number {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new IngestError(`${name}: cannot read the file (${file} does not exist or is not readable)`);
  }
  if (!stat.isFile()) throw new IngestError(`${name}: not a regular file`);
  return stat.size;
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
