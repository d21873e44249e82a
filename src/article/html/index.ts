import { parseHTML } from 'linkedom';
import { articleParagraphs, cleanParagraphs, ledeContainer, withoutHeadline } from './body';
import type { DomDocument, DomNode } from './dom';
import { pageDescription, readPageMeta, type PageMeta } from './meta';

export type { PageMeta } from './meta';

/** Pages beyond this size are refused: a news page is well under a few megabytes. */
export const MAX_HTML_CHARS = 8 * 1024 * 1024;

export class HtmlArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HtmlArticleError';
  }
}

export interface HtmlArticle {
  /** An article file in the project's format (front matter, then blank-line separated paragraphs). */
  markdown: string;
  meta: PageMeta;
  paragraphs: string[];
}

/**
 * Reads a news article out of a saved HTML page: the main text (Readability over linkedom, so no script ever
 * runs) cleaned of news-page furniture, plus title, outlet, author, canonical URL and first-publication date
 * for the front matter. `opts.url` is the address the page came from (resolves a relative canonical link,
 * and stands in when the page names none). Pure: no I/O. Throws HtmlArticleError (one line) when the page
 * is empty, too large or has no readable article.
 *
 *   const { markdown } = htmlToArticle(html, { url: 'https://example.org/story' });
 *   parseArticle(markdown, 'story'); // the usual Article
 */
export function htmlToArticle(html: string, opts: { url?: string } = {}): HtmlArticle {
  if (typeof html !== 'string' || !html.trim()) throw new HtmlArticleError('the page is empty');
  if (html.length > MAX_HTML_CHARS) throw new HtmlArticleError(`the page is too large (${(html.length / 1024 / 1024).toFixed(1)} MB)`);
  const document = parse(html);
  if (nestingDepth(document) > MAX_DEPTH) throw new HtmlArticleError(`the page nests elements more than ${MAX_DEPTH} deep`);
  const meta = readPageMeta(document, opts.url);
  const description = pageDescription(document);
  // every h1: a page may head its related items with h1s before the story's own
  const h1s = [...document.querySelectorAll('h1')].map((h) => h.textContent);
  const body = articleParagraphs(document, description); // rewrites the document
  if (wordCount(body.paragraphs) < THIN_WORDS && description) {
    // a thin result may be the wrong block: look again, from the paragraph the page's description opens
    const lede = ledeContainer(parse(html), description);
    const again = lede ? cleanParagraphs(lede, description) : [];
    if (wordCount(again) > wordCount(body.paragraphs)) body.paragraphs = again;
  }
  body.paragraphs = withoutHeadline(body.paragraphs, [...h1s, meta.title, body.title]);
  if (body.paragraphs.length === 0) throw new HtmlArticleError('no article text found in the page');
  const full: PageMeta = { ...meta, title: meta.title ?? body.title, author: meta.author ?? byline(body.byline) };
  return { markdown: toMarkdown(full, body.paragraphs), meta: full, paragraphs: body.paragraphs };
}

/**
 * Readability's time grows faster than linearly with nesting depth (a 1000-deep page takes a minute), so
 * pathological pages are refused; news pages nest a few dozen levels.
 */
const MAX_DEPTH = 150;

function nestingDepth(document: DomDocument): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[document as unknown as DomNode, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > MAX_DEPTH) break;
    const children = node.childNodes; // linkedom rebuilds this list on every read: read it once
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return max;
}

/** Fewer words than this after cleaning is too little to trust as the whole article. */
const THIN_WORDS = 60;

const parse = (html: string) => (parseHTML(html) as unknown as { document: DomDocument }).document;
const wordCount = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + p.split(' ').length, 0);

function byline(value: string | null): string | null {
  const v = value?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  return v && v.length <= 120 ? v : null;
}

const FIELDS = ['title', 'source', 'author', 'url', 'published'] as const;

/** Front matter values are double-quoted so that a '#' or ':' in a headline survives read.ts. */
function toMarkdown(meta: PageMeta, paragraphs: readonly string[]): string {
  const lines = FIELDS.flatMap((k) => (meta[k] ? [`${k}: ${k === 'published' ? meta[k] : `"${meta[k]}"`}`] : []));
  const head = lines.length ? `---\n${lines.join('\n')}\n---\n` : '';
  return `${head}${paragraphs.join('\n\n')}\n`;
}
