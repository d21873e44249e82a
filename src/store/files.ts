import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_EXTENSIONS = ['.md', '.txt'];

/** Article files of a folder, in name order (so the seed, 000_…, comes first). */
export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.some((ext) => e.name.endsWith(ext)) && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort();
}
