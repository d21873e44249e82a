import { ArticleError, readArticleFile } from '../article/read';
import { extractFacts } from '../extract/pipeline';
import { listArticleFiles } from './files';
import type { BuildResult } from './cache-file';
import { STORE_SCHEMA_VERSION } from './types';

// kept here too for the modules that already import them from the builder
export { ARTICLE_EXTENSIONS, listArticleFiles } from './files';
export type { BuildResult } from './cache-file';

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
