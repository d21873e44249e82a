/** A span of text inside double quotation marks (offsets of the words, marks excluded). */
export interface QuotedSpan {
  start: number;
  end: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

/**
 * Quoted spans of one paragraph (offsets relative to `text`). Curly marks pair by direction, straight ones
 * alternate; an opening mark that never closes runs to the end of the paragraph, as journalists leave a quote
 * open when the next paragraph continues it.
 */
export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const straight = ch === '"';
    if (open < 0 && (OPENERS.has(ch) || straight)) open = i;
    else if (open >= 0 && (CLOSERS.has(ch) || (straight && text[open] === '"'))) {
      spans.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open + 1, end: text.length });
  return spans;
}
