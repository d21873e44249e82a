import { ArticleError, articleFromBytes, checkSize } from '../article/read';
import type { Article } from '../article/types';
import { extractFacts } from '../extract/pipeline';
import { articleId, articleNameProblem, readArticleFolder, type FolderFile } from './files';
import type { BuildResult } from './cache-file';
import { STORE_SCHEMA_VERSION } from './types';

// kept here too for the modules that already import them from the builder
export { ARTICLE_EXTENSIONS, listArticleFiles } from './files';
export type { BuildResult } from './cache-file';

/**
 * Extracts every article of a folder (or of the files already read from it, so the store holds exactly the
 * bytes its cache key was made of); unreadable ones, and a second file with an id already served (`x.txt`
 * beside `x.md`), are skipped and reported.
 */
export function buildStore(source: string | readonly FolderFile[]): BuildResult {
  const files = typeof source === 'string' ? readArticleFolder(source) : source;
  const skipped: string[] = [];
  const articles = [];
  const servedAs = new Map<string, string>();
  for (const file of files) {
    const id = articleId(file.name);
    const first = servedAs.get(id);
    const nameProblem = articleNameProblem(file.name);
    if (nameProblem) skipped.push(`${JSON.stringify(file.name)}: ${nameProblem}`);
    else if (first) skipped.push(`${file.name}: an article with id "${id}" is already served from ${first}; not served`);
    else {
      try {
        articles.push(extractFacts(readArticle(file)));
        servedAs.set(id, file.name);
      } catch (err) {
        if (!(err instanceof ArticleError)) throw err;
        skipped.push(err.message);
      }
    }
  }
  return { store: { schemaVersion: STORE_SCHEMA_VERSION, articles }, skipped };
}

function readArticle(file: FolderFile): Article {
  checkSize(file.name, file.size);
  return articleFromBytes(file.bytes!, file.name);
}
