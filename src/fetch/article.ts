import { checkedUrl, safeGet, type Fetched, type FetchOptions } from './get';

/** Pages are bigger than the article in them (markup, inline scripts), hence more room than MAX_ARTICLE_BYTES. */
export const DEFAULT_PAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Downloads a news article link (web page, plain text or Markdown) for reading. Refuses, with a
 * one-line FetchError, anything but a public http(s) address, more than 5 redirects, a body over
 * `maxBytes`, a slow server (`timeoutMs`, whole fetch) or a type outside `accept`.
 */
export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  return safeGet(checkedUrl(url), { ...opts, maxBytes: opts.maxBytes ?? DEFAULT_PAGE_MAX_BYTES });
}
