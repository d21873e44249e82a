import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleError, readArticleFile } from '../article/read';
import { extractFacts } from '../extract/pipeline';
import { STORE_SCHEMA_VERSION, type FactStore } from './types';

export const ARTICLE_EXTENSIONS = ['.md', '.txt'];

export interface BuildResult {
  store: FactStore;
  /** Files that could not be read, each with a one-line reason naming the file. */
  skipped: string[];
}

/** Article files of a folder, in name order (so the seed, 000_…, comes first). */
export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.some((ext) => e.name.endsWith(ext)) && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Reads and extracts every article of a folder; unreadable ones are skipped and reported. */
export function buildStore(dir: string): BuildResult {
  const skipped: string[] = [];
  const articles = [];
  for (const file of listArticleFiles(dir)) {
    try {
      articles.push(extractFacts(readArticleFile(file)));
    } catch (err) {
      if (!(err instanceof ArticleError)) throw err;
      skipped.push(err.message);
    }
  }
  return { store: { schemaVersion: STORE_SCHEMA_VERSION, articles }, skipped };
}
