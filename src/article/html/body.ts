import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement, DomNode } from './dom';
import { BOILERPLATE_CLASS_WORDS, BOILERPLATE_EDGE_PARAGRAPHS, BOILERPLATE_PARAGRAPHS, SUBTITLE_CLASS_WORDS, TRAILING_TAG } from '../../lexicon/boilerplate';

/** Elements that end a paragraph: their text never runs on into the text around them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose text is never the article's own prose. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'FIGCAPTION', 'BUTTON',
  'SELECT', 'TEXTAREA', 'INPUT', 'NAV', 'FORM',
]);

const CLOCK_TIME = /\d[:.]\d\d/;

/** The signature line an embedded social post ends with: a dash, a name, an @handle. */
const POST_SIGNATURE = /^[—–-]\s[^@]{1,80}\(@\w{1,30}\)/;

/** Short words must stand alone in a class ("ad-slot"), long ones may sit inside one ("article-newsletter"). */
const classWords = (words: readonly string[]) =>
  new RegExp(words.map((w) => (w.length < 6 ? `(?:^|[\\s_-])${w}(?:$|[\\s_-])` : w.replace(/-/g, '[-_]?'))).join('|'), 'i');
const classPattern = classWords(BOILERPLATE_CLASS_WORDS);
const subtitlePattern = classWords(SUBTITLE_CLASS_WORDS);

/**
 * The article's paragraphs: Readability picks the content element (no scripts run: linkedom only parses),
 * then its block structure is walked into paragraphs (see cleanParagraphs). Empty when it finds no article.
 */
export function articleParagraphs(document: DomDocument, description?: string | null): { paragraphs: string[]; title: string | null; byline: string | null } {
  let parsed: ReturnType<Readability<DomElement>['parse']>;
  try {
    parsed = new Readability<DomElement>(document, { keepClasses: true, serializer: (node) => node as DomElement }).parse();
  } catch {
    parsed = null; // a document with no root element ("<<< >>>") is a page with no article
  }
  if (!parsed?.content) return { paragraphs: [], title: null, byline: null };
  return { paragraphs: cleanParagraphs(parsed.content, description), title: parsed.title ?? null, byline: parsed.byline ?? null };
}

/**
 * An element's paragraphs without furniture elements, boilerplate lines, link lists or repeats; `description`
 * (the page's own summary) tells a standfirst in a subtitle box from a section heading.
 */
export function cleanParagraphs(root: DomElement, description?: string | null): string[] {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  const summary = description ? normalise(description).replace(/(?:\.\.\.|…)$/, '') : '';
  for (const block of collect(root, summary)) {
    const p = normalise(block.text);
    if (!/[\p{L}\p{N}]/u.test(p) || isBoilerplate(p) || isLinkList(p, normalise(block.linkText))) continue;
    // a page that renders its text twice (a hidden mobile copy, a repeated teaser) gives it once; an embedded
    // post's signature ("— Harbour Office (@harbour) May 2, 2024") recurs under each post by the same author
    if (seen.has(p) && p.split(' ').length >= 4 && !POST_SIGNATURE.test(p)) continue;
    seen.add(p);
    paragraphs.push(p);
  }
  let end = paragraphs.length;
  while (end > 1 && TRAILING_TAG.test(paragraphs[end - 1]!) && paragraphs[end - 1]!.split(' ').length <= 4) end--;
  const stamp = (i: number) => i >= 0 && i < end && BOILERPLATE_EDGE_PARAGRAPHS.some((re) => re.test(paragraphs[i]!));
  // at the edges a bare date is the page's own; inside the story only a stamp with a clock time standing alone
  // is ("Mar 18, 2024 10:15 am"): a bare date there may head a timeline's entry, a run of them lists events
  const clocked = (i: number) => CLOCK_TIME.test(paragraphs[i]!);
  const edge = (i: number) => stamp(i) && (i < 2 || i === end - 1 || (clocked(i) && !stamp(i - 1) && !stamp(i + 1)));
  return paragraphs.slice(0, end).filter((_, i) => !edge(i));
}

/**
 * The article's own headline repeated at the top of the body is front matter, not a paragraph; a page title
 * counts with or without the outlet's name after a separator ("Harbour reopens | Example News").
 */
export function withoutHeadline(paragraphs: readonly string[], headlines: ReadonlyArray<string | null | undefined>): string[] {
  const known = headlines.filter((h): h is string => !!h).map((h) => normalise(h).toLowerCase());
  const isHeadline = (p: string) => known.some((h) => h === p || (h.startsWith(p) && /^\s*[|–—:-]\s/.test(h.slice(p.length))));
  return paragraphs.filter((p, i) => i >= 3 || !isHeadline(p.toLowerCase()));
}

/**
 * The element holding the paragraph that opens with the page's own description (the lede, as the publisher
 * summarised it), or null. When Readability settles on the wrong block of a short page (a footer outweighs
 * a one-paragraph story), this finds the story again.
 */
export function ledeContainer(document: DomDocument, description: string): DomElement | null {
  const lede = normalise(description).replace(/(?:\.\.\.|…)$/, '').slice(0, 80);
  if (lede.split(' ').length < 6) return null;
  for (const p of document.querySelectorAll('p')) {
    if (normalise(p.textContent ?? '').startsWith(lede)) return p.parentElement;
  }
  return null;
}

interface Block {
  text: string;
  /** The part of the text inside links. */
  linkText: string;
}

/** Walks the content tree iteratively (pages nest deeply) and splits text at block boundaries. */
function collect(root: DomElement, summary: string): Block[] {
  const out: Block[] = [];
  let current: Block = { text: '', linkText: '' };
  let inLink = 0;
  const flush = () => {
    if (current.text.trim()) out.push(current);
    current = { text: '', linkText: '' };
  };
  const stack: Array<DomNode | 'end-block' | 'end-link'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      flush();
      continue;
    }
    if (node === 'end-link') {
      inLink--;
      continue;
    }
    if (node.nodeType === 3) {
      current.text += node.nodeValue ?? '';
      if (inLink > 0) current.linkText += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    if (SKIPPED.has(el.tagName) || (el !== root && (isFurniture(el) || isStandfirst(el, summary)))) continue;
    if (BLOCKS.has(el.tagName)) {
      flush();
      stack.push('end-block');
    }
    if (el.tagName === 'A') {
      inLink++;
      stack.push('end-link');
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return out;
}

/**
 * A short block that is all link is a pointer elsewhere (a related headline, a menu entry), not prose;
 * a long linked passage is kept, as is a paragraph that merely contains links.
 */
function isLinkList(text: string, linkText: string): boolean {
  return linkText.length >= 0.9 * text.length && text.split(' ').length <= 15;
}

/** A subtitle box that restates the page's description: the standfirst, a summary of the story, not its text. */
function isStandfirst(el: DomElement, summary: string): boolean {
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return summary.length >= 20 && subtitlePattern.test(marks) && normalise(el.textContent ?? '').startsWith(summary);
}

function isFurniture(el: DomElement): boolean {
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  return marks !== '' && classPattern.test(marks);
}

function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

export function isBoilerplate(paragraph: string): boolean {
  return BOILERPLATE_PARAGRAPHS.some((re) => re.test(paragraph));
}
