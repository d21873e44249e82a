import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { splitSentences } from './sentences';
import type { Article, ArticleMeta, Paragraph, Sentence } from './types';
import { firstNonSpace, lastNonSpace } from './spaces';

/** Articles beyond this size are refused: news articles are tens of kilobytes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class ArticleError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ArticleError';
  }
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be YYYY-MM-DD')
  .refine(isCalendarDate, 'published is not a date on the calendar (month 01-12, a day the month has)');

/** 2024-02-29 is a day, 2023-02-29 and 2024-13-45 are not: the date must come back unchanged from a round trip. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
const frontMatterSchema = z
  .object({
    title: z.string().optional(),
    source: z.string().optional(),
    url: z.string().optional(),
    author: z.string().optional(),
    published: isoDate.optional(),
  })
  .loose();

/** Reads and parses one article file; throws ArticleError with a one-line reason. */
export function readArticleFile(file: string): Article {
  const name = basename(file);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ArticleError(name, 'cannot read the file');
  }
  checkSize(name, size);
  return articleFromBytes(readFileSync(file), name);
}

/** An article from the bytes of a file named `name` (read once by the caller, who then knows what it parsed). */
export function articleFromBytes(bytes: Buffer, name: string): Article {
  checkSize(name, bytes.length);
  return parseArticle(decodeText(bytes, name), basename(name, extname(name)), name);
}

/** Refuses a file over MAX_ARTICLE_BYTES, before its bytes are read. */
export function checkSize(name: string, size: number): void {
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleError(name, `too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
  }
}

function decodeText(bytes: Buffer, name: string): string {
  if (bytes.includes(0)) throw new ArticleError(name, 'not a text file (it contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ArticleError(name, 'not UTF-8 text');
  }
}

/** Parses article text (optional front matter, then blank-line separated paragraphs). */
export function parseArticle(raw: string, id: string, name = id): Article {
  const normalised = raw.replace(/\r\n?/g, '\n');
  const { meta, body } = splitFrontMatter(normalised, name);
  const paragraphs = splitParagraphs(body);
  if (paragraphs.length === 0) throw new ArticleError(name, 'no paragraphs (the article body is empty)');
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const span of splitSentences(p.text)) {
      sentences.push({
        index: sentences.length,
        paragraph: p.index,
        start: p.start + span.start,
        end: p.start + span.end,
        text: p.text.slice(span.start, span.end),
      });
    }
  }
  return { id, ...meta, text: body, paragraphs, sentences };
}

function splitFrontMatter(text: string, name: string): { meta: ArticleMeta; body: string } {
  const empty: ArticleMeta = { title: null, source: null, url: null, author: null, published: null };
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: empty, body: text };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) throw new ArticleError(name, `front matter line is not "key: value": ${line.slice(0, 60)}`);
    const raw = kv[2]!.trim();
    const bare = withoutComment(raw).trim();
    fields[kv[1]!] = unquote(raw) ?? unquote(bare) ?? bare; // a quoted value may hold ' #'
  }
  const parsed = frontMatterSchema.safeParse(fields);
  if (!parsed.success) throw new ArticleError(name, `front matter: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const f = parsed.data;
  return {
    meta: { title: f.title || null, source: f.source || null, url: f.url || null, author: f.author || null, published: f.published || null },
    body: text.slice(match[0].length),
  };
}

/** "value  # note" → "value  ": found with a two-character search, as /\s+#.*$/ backtracks over long blank runs. */
function withoutComment(value: string): string {
  const hash = value.search(/\s#/);
  return hash < 0 ? value : value.slice(0, hash);
}

function unquote(value: string): string | undefined {
  return /^(["'])(.*)\1$/.exec(value)?.[2];
}

/**
 * Runs of non-blank lines, trimmed. A line-by-line scan rather than a regular expression: a pattern for
 * "a line with a non-space" backtracks over every long blank line at every position, quadratic in its length.
 */
function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = -1; // first non-space of the open paragraph
  let end = -1; // just past its last non-space
  for (let at = 0; at <= body.length; ) {
    const nl = body.indexOf('\n', at);
    const lineEnd = nl < 0 ? body.length : nl;
    const first = firstNonSpace(body, at, lineEnd);
    if (first < 0) {
      if (start >= 0) paragraphs.push({ index: paragraphs.length + 1, start, end, text: body.slice(start, end) });
      start = -1;
    } else {
      if (start < 0) start = first;
      end = lastNonSpace(body, first, lineEnd) + 1;
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  if (start >= 0) paragraphs.push({ index: paragraphs.length + 1, start, end, text: body.slice(start, end) });
  return paragraphs;
}
