import type { Span } from './attribution';

/**
 * A paragraph that only asks what someone said ("What did the senator say?", "So how did Lee respond?")
 * announces the quotation that answers it in the next paragraph. Returns the asked-about phrase, or null.
 */
const ASKED =
  /^\s*(?:so|and|but|then)?\s*(?:what|how)\s+(?:did|does|do|would|will|could|has|have|had|was|is)\s+(\S.{0,60}?)\s+(?:have\s+to\s+say|say|said|tell|told|think|thought|respond|responded|reply|answer|make\s+of)\b[^?]*\?\s*$/i;

/** Such a question is one short line: longer paragraphs are not read. */
const MAX_QUESTION = 200;

export function askedSpeaker(text: string, paragraph: Span): Span | null {
  const body = text.slice(paragraph.start, paragraph.end);
  if (body.length > MAX_QUESTION) return null;
  const m = ASKED.exec(body);
  if (!m?.[1]) return null;
  const start = paragraph.start + m.index + m[0].indexOf(m[1], m[0].search(/\s(?:did|does|do|would|will|could|has|have|had|was|is)\s/i));
  return { start, end: start + m[1].length };
}
