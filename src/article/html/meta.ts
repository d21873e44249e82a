import { toIsoDate } from './dates';
import type { DomDocument } from './dom';

export interface PageMeta {
  title: string | null;
  /** The outlet's name. */
  source: string | null;
  author: string | null;
  /** Canonical URL. */
  url: string | null;
  /** YYYY-MM-DD: when the article was first published, never when it was last modified. */
  published: string | null;
}

/** Open Graph meta tags that state the first publication: read before microdata. */
const PUBLISHED_OG = ['article:published_time', 'og:article:published_time', 'og:published_time', 'article:published'];
/** Other meta names that state the first publication, strongest first: read after microdata. */
const PUBLISHED_META = [
  'article_date_original', 'publish-date', 'publish_date', 'publishdate', 'pubdate', 'item-publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date.created',
  'citation_publication_date', 'originalpublicationdate', 'article.published', 'published-date', 'date', 'dc.date',
  'dcterms.date', 'gsa_date', 'displaydate',
];
const OUTLET_META = ['application-name', 'article_publication_name'];
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];
const ARTICLE_TYPES = /article|posting|report|newsarticle/i;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Reads the page's own metadata (before Readability rewrites the document). `pageUrl` is where it came from. */
export function readPageMeta(document: DomDocument, pageUrl?: string): PageMeta {
  const metas = metaIndex(document);
  const ld = jsonLdObjects(document);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const meta = (names: readonly string[]) => names.map((n) => metas.get(n)).find(Boolean) ?? null;

  const url = absolute(canonicalHref(document) ?? metas.get('og:url') ?? null, pageUrl) ?? pageUrl ?? null;
  return {
    title: clean(text(article?.headline) ?? meta(['og:title', 'twitter:title']) ?? document.querySelector('title')?.textContent),
    source: clean(metas.get('og:site_name') ?? publisherName(ld) ?? meta(OUTLET_META) ?? hostName(url)),
    author: clean(authorName(article?.author) ?? notUrl(meta(AUTHOR_META))),
    url,
    published: publishedDate(document, article, ld, metas),
  };
}

/** The page's own summary of the article (og:description, description, twitter:description), or null. */
export function pageDescription(document: DomDocument): string | null {
  const metas = metaIndex(document);
  return ['og:description', 'description', 'twitter:description'].map((n) => metas.get(n)).find(Boolean) ?? null;
}

function publishedDate(document: DomDocument, article: JsonObject | null, ld: JsonObject[], metas: Map<string, string>): string | null {
  const fromLd = [article, ...ld].map((o) => toIsoDate(text(o?.datePublished) ?? text(o?.dateCreated))).find(Boolean);
  if (fromLd) return fromLd;
  const fromMeta = (names: readonly string[]) => names.map((n) => toIsoDate(metas.get(n))).find(Boolean) ?? null;
  const fromOg = fromMeta(PUBLISHED_OG);
  if (fromOg) return fromOg;
  // microdata: the first datePublished in the page is the article's own; later ones mark related items
  const item = document.querySelector('[itemprop~="datePublished" i]');
  const fromItem = item && toIsoDate(item.getAttribute('content') ?? item.getAttribute('datetime') ?? item.textContent);
  if (fromItem) return fromItem;
  const fromNames = fromMeta(PUBLISHED_META);
  if (fromNames) return fromNames;
  const parsely = parselyPubDate(metas.get('parsely-page'));
  if (parsely) return parsely;
  // <time> in the article: one marked as the publication, else the first one with a machine-readable date
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document;
  for (const selector of ['time[itemprop~="datePublished" i], time[pubdate]', 'time[datetime]']) {
    for (const el of scope.querySelectorAll(selector)) {
      if (/modif|updat/i.test(`${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''}`)) continue;
      const date = toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
      if (date) return date;
    }
  }
  return datelineNearHeadline(document);
}

const WRITTEN_DATE = new RegExp(
  [
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b`,
    String.raw`\b(?:19|20)\d\d-\d\d-\d\d\b`,
  ].join('|'),
  'i',
);
/** How many elements either side of the headline a dateline may sit. */
const DATELINE_REACH = 60;

/**
 * Last resort: a short element near the headline (the byline or dateline block) that writes out a full date,
 * the nearest one first. A line about an update is passed over: only the first publication counts.
 */
function datelineNearHeadline(document: DomDocument): string | null {
  const all = [...document.querySelectorAll('body *')];
  const h1 = all.findIndex((el) => el.tagName === 'H1');
  if (h1 < 0) return null;
  for (let d = 1; d <= DATELINE_REACH; d++) {
    for (const el of [all[h1 + d], all[h1 - d]]) {
      const text = el?.textContent?.replace(/\s+/g, ' ').trim();
      if (!text || text.length > 100 || /updat|modif|edited/i.test(text)) continue;
      const date = toIsoDate(WRITTEN_DATE.exec(text)?.[0]);
      if (date) return date;
    }
  }
  return null;
}

/** Lower-cased meta name/property → the first non-empty content given for it. */
function metaIndex(document: DomDocument): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name']) {
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !index.has(key)) index.set(key, content);
      }
    }
  }
  return index;
}

/** Every object in the page's JSON-LD blocks, top level first, then inside @graph and arrays. */
function jsonLdObjects(document: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (node: Json, depth: number) => {
    if (depth > 3 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    out.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json, 0);
    } catch {
      // a broken block is skipped: the page's other metadata still counts
    }
  }
  return out;
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function authorName(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names = list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' && !Array.isArray(a) ? text(a.name) : null))
    .filter((n): n is string => !!n && !/^https?:/.test(n));
  return names.length ? names.join(', ') : null;
}

function publisherName(ld: JsonObject[]): string | null {
  for (const o of ld) {
    const p = o.publisher;
    const one = Array.isArray(p) ? p[0] : p;
    if (one && typeof one === 'object' && !Array.isArray(one) && text(one.name)) return text(one.name);
  }
  return null;
}

function parselyPubDate(json: string | undefined): string | null {
  if (!json) return null;
  try {
    const o = JSON.parse(json) as Json;
    return o && typeof o === 'object' && !Array.isArray(o) ? toIsoDate(text(o.pub_date)) : null;
  } catch {
    return null;
  }
}

function canonicalHref(document: DomDocument): string | null {
  for (const link of document.querySelectorAll('link[rel]')) {
    if (/(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? '')) return link.getAttribute('href');
  }
  return null;
}

function absolute(href: string | null, base?: string): string | null {
  if (!href?.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function notUrl(value: string | null): string | null {
  return value && !/^https?:/.test(value) ? value : null;
}

/** One line, no front-matter hazards: whitespace collapsed. */
function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, 300) : null;
}
