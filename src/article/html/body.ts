import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement, DomNode } from './dom';
import { BOILERPLATE_CLASS_WORDS, BOILERPLATE_PARAGRAPHS } from '../../lexicon/boilerplate';

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

const classPattern = new RegExp(
  BOILERPLATE_CLASS_WORDS.map((w) => (w.length < 6 ? `(?:^|[\\s_-])${w}(?:$|[\\s_-])` : w.replace(/-/g, '[-_]?'))).join('|'),
  'i',
);

/**
 * The article's paragraphs: Readability picks the content element (no scripts run: linkedom only parses),
 * then its block structure is walked into paragraphs, furniture elements and boilerplate paragraphs are
 * dropped, and whitespace is collapsed. Throws when Readability finds no article.
 */
export function articleParagraphs(document: DomDocument): { paragraphs: string[]; title: string | null; byline: string | null } {
  const parsed = new Readability<DomElement>(document, { keepClasses: true, serializer: (node) => node as DomElement }).parse();
  if (!parsed?.content) return { paragraphs: [], title: null, byline: null };
  const raw: string[] = [];
  collect(parsed.content, raw);
  const paragraphs = raw.map(normalise).filter((p) => p && /[\p{L}\p{N}]/u.test(p) && !isBoilerplate(p));
  return { paragraphs, title: parsed.title ?? null, byline: parsed.byline ?? null };
}

/** Walks the content tree iteratively (pages nest deeply) and splits text at block boundaries. */
function collect(root: DomElement, out: string[]): void {
  let current = '';
  const flush = () => {
    if (current.trim()) out.push(current);
    current = '';
  };
  const stack: Array<DomNode | 'end'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    if (SKIPPED.has(el.tagName) || (el !== root && isFurniture(el))) continue;
    const block = BLOCKS.has(el.tagName);
    if (block) {
      flush();
      stack.push('end');
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
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
