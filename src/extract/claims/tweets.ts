import type { Span } from './attribution';

/** A post embedded in an article: what was posted, who posted it, and where the signature that names them starts. */
export interface EmbeddedPost {
  text: Span;
  author: Span;
  signature: number;
}

/** "… — Jo Vale (@jovale) May 3, 2014": the text a page shows for an embedded tweet ends with its signature. */
const SIGNATURE = /\s[—–-]\s*(\p{Lu}[^()@\n—–/]{0,60}?)\s*\(@\w{1,30}\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}\s*$/u;
/** "Twitter: Jo Vale - …": a live blog's line for a post, the author before the dash. */
const LABEL = /^\s*(?:Twitter|Tweet|Instagram|Facebook):\s+(\p{Lu}[^-–—:\n]{1,60}?)\s+[-–—]\s+/u;
/** Links and picture addresses at the end of a post are no words of it. */
const TRAILING_LINKS = /(?:\s+(?:https?:\/\/|pic\.twitter\.com\/)\S*)+\s*$/u;
const MIN_WORDS = 3;

/** The post a paragraph holds, when it has the shape of one; null otherwise. */
export function embeddedPost(text: string, from: number, to: number): EmbeddedPost | null {
  const body = text.slice(from, to);
  const signed = SIGNATURE.exec(body);
  const label = signed ? null : LABEL.exec(body);
  const match = signed ?? label;
  if (!match?.[1]) return null;
  const nameAt = from + match.index + match[0].indexOf(match[1]);
  const author = { start: nameAt, end: nameAt + match[1].length };
  const [start, rawEnd] = signed ? [from, from + match.index] : [from + match[0].length, to];
  const words = text.slice(start, rawEnd).replace(TRAILING_LINKS, '');
  const trimmed = words.trim();
  // "NEW: Jo Vale at the game today — Jo Vale (@JoValeFans)": a post that names its author is about them, by others
  if (trimmed.split(/\s+/).length < MIN_WORDS || trimmed.toLowerCase().includes(match[1].toLowerCase())) return null;
  const lead = words.length - words.trimStart().length;
  return { text: { start: start + lead, end: start + lead + trimmed.length }, author, signature: signed ? from + match.index : to };
}
