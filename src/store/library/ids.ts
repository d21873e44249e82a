import { fold } from '../terms';
import { LibraryError } from './errors';

const MAX_SLUG = 48;
const MAX_ID = 100;

/**
 * A new article's id: its title as a slug, then the start of its text's hash ("harbour-reopens-3f9a1c2e"),
 * so two articles with one title still differ, and the same text always gets the same id.
 */
export function articleId(title: string, hash: string): string {
  const slug = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'article'}-${hash.slice(0, 8)}`;
}

/** An id given by the caller (a folder's file name): kept as is when it can be typed into /source article:. */
export function checkGivenId(id: string, name: string): string {
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(id) || id.length > MAX_ID) {
    throw new LibraryError(`${name}: "${id.slice(0, MAX_ID)}" cannot be an article id (letters, digits, . _ - only; at most ${MAX_ID})`);
  }
  return id;
}
