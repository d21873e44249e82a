import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ArticleError } from '../article/read';
import { ARTICLE_TYPES, decodeText, DEFAULT_PAGE_MAX_BYTES, discordAttachment, fetchArticle, FetchError, type FetchConfig, type Fetched } from '../fetch';
import { LibraryError } from '../store/library/errors';

/**
 * Where an article to ingest comes from, turned into the text a library stores: a link (fetched safely, a web
 * page read by the HTML reader, plain text or Markdown as is), a file, or a Discord attachment. Nothing here
 * writes anything; a refusal is one of the one-line errors `isRefusal` knows.
 */

export interface ArticleText {
  /** The article in the project's format: optional front matter, then blank-line separated paragraphs. */
  text: string;
  /** What the user gave (a file name, a link), for messages. */
  name: string;
}

const HTML_EXTENSIONS = ['.html', '.htm'];
const TEXT_EXTENSIONS = ['.md', '.txt'];
/** Extensions `ingest FILE` and attachments accept. */
export const SOURCE_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS];

/** No settings: public addresses only, default limits (what production uses). */
export const DEFAULT_FETCH: FetchConfig = { article: {}, attachment: {} };

/** Every failure worded for the user as one line: ingestion refused it, and nothing was stored. */
export function isRefusal(err: unknown): err is Error {
  return err instanceof LibraryError || err instanceof FetchError || err instanceof ArticleError;
}

/** The first http(s) link in a message, trailing punctuation and Discord's <…> embed-suppression left off. */
export function firstLink(content: string): string | null {
  const m = /<?(https?:\/\/[^\s<>]+)>?/i.exec(content);
  return m ? m[1]!.replace(/[).,;:!?'"\]]+$/, '') : null;
}

/** Fetches a link: a public address only, redirects vetted again, the body bounded. */
export async function fromUrl(url: string, config: FetchConfig = DEFAULT_FETCH): Promise<ArticleText> {
  return await fromFetched(await fetchArticle(url, config.article), null);
}

/** Downloads a Discord attachment: Discord's CDN only, its declared size checked before any request. */
export async function fromAttachment(attachment: { url: string; name: string; size: number }, config: FetchConfig = DEFAULT_FETCH): Promise<ArticleText> {
  const name = basename(attachment.name.replace(/\\/g, '/'));
  const ext = extname(name).toLowerCase();
  if (!SOURCE_EXTENSIONS.includes(ext)) throw new LibraryError(`${name}: not an article file (use ${SOURCE_EXTENSIONS.join(', ')})`);
  // Discord labels uploads by their bytes, not always as text: the file's extension decides how it is read
  const accept = [...ARTICLE_TYPES, 'application/octet-stream'];
  const fetched = await discordAttachment(attachment.url, attachment.size, { ...config.attachment, accept });
  return { ...(await fromFetched(fetched, HTML_EXTENSIONS.includes(ext))), name };
}

/** Reads a local file: .md and .txt as they are, .html and .htm through the HTML reader. */
export async function fromFile(path: string): Promise<ArticleText> {
  const name = basename(path);
  const ext = extname(name).toLowerCase();
  if (!SOURCE_EXTENSIONS.includes(ext)) throw new LibraryError(`${name}: not an article file (use ${SOURCE_EXTENSIONS.join(', ')})`);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new LibraryError(`${name}: not a regular file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof LibraryError) throw err;
    throw new LibraryError(`${name}: cannot read the file (${path} does not exist or is not readable)`);
  }
  if (size > DEFAULT_PAGE_MAX_BYTES) throw new LibraryError(`${name}: too large (${size} bytes)`);
  const bytes = readFileSync(path);
  if (HTML_EXTENSIONS.includes(ext)) return { text: await htmlText(decodeText(bytes, ''), undefined, name), name };
  return { text: utf8(bytes, name), name };
}

async function fromFetched(fetched: Fetched, html: boolean | null): Promise<ArticleText> {
  const name = fetched.finalUrl;
  const type = fetched.contentType.split(';')[0]!.trim().toLowerCase();
  const text = decodeText(fetched.body, fetched.contentType);
  if (html ?? (type === 'text/html' || type === 'application/xhtml+xml')) return { text: await htmlText(text, fetched.finalUrl, name), name };
  // a plain text or Markdown link: where it came from becomes its url, unless it says so itself
  return { text: /^\uFEFF?---\r?\n/.test(text) ? text : `---\nurl: "${fetched.finalUrl}"\n---\n${text}`, name };
}

async function htmlText(html: string, url: string | undefined, name: string): Promise<string> {
  // the HTML reader (linkedom, Readability) is loaded when a page first comes in, not at every start
  const { htmlToArticle, HtmlArticleError } = await import('../article/html');
  try {
    return htmlToArticle(html, url ? { url } : {}).markdown;
  } catch (err) {
    if (err instanceof HtmlArticleError) throw new LibraryError(`${name}: ${err.message}`);
    throw err;
  }
}

function utf8(bytes: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LibraryError(`${name}: not UTF-8 text`);
  }
}
