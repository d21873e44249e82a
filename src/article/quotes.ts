/** A top-level quotation in one paragraph: offsets into the article text. */
export interface QuoteSegment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote never closes. */
  close: number;
  /** The words inside the marks, trimmed of white space and a trailing comma. */
  start: number;
  end: number;
  closed: boolean;
  /** The opening mark was missing: the quotation was taken to open at the start of its sentence. */
  orphan?: true;
}

const CURLY_OPEN = new Set(['“', '«', '„']);
const CURLY_CLOSE = new Set(['”', '»']);

type Mark = 'curly' | 'straight' | 'twin';

/**
 * Top-level quotations of the paragraph text[from, to), in one linear pass. Curly marks nest; straight "
 * and NYT-style '' alternate; a ” at the start of a word opens (a common typo); an opening mark that never
 * closes runs to the paragraph end. Quotes nested in another are part of it, not segments of their own.
 */
export function quoteSegments(text: string, from: number, to: number): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  const stack: { at: number; mark: Mark }[] = [];
  const push = (at: number, mark: Mark) => stack.push({ at, mark });
  const pop = (closeEnd: number) => {
    const top = stack.pop();
    if (top && stack.length === 0) segments.push(segment(text, top.at + (top.mark === 'twin' ? 2 : 1), top.at, closeEnd, true));
  };
  // "… the flood. We hope they are safe,” she said.": a closing mark with nothing open lost its opening mark, which stood
  // at the start of its sentence (not before the end of the last quotation)
  const orphan = (i: number) => {
    if (!/[.,!?…]/.test(text[i - 1] ?? '') || (i + 1 < to && !/\s/.test(text[i + 1]!))) return;
    const floor = Math.max(from, segments[segments.length - 1]?.close ?? from);
    const opened = sentenceStartBefore(text, floor, i - 1);
    if (opened !== null && text.slice(opened, i).split(/\s+/).length >= 3) segments.push({ ...segment(text, opened, opened, i + 1, true), orphan: true });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const top = stack[stack.length - 1];
    if (CURLY_OPEN.has(ch)) push(i, 'curly');
    else if (CURLY_CLOSE.has(ch)) {
      if (top) pop(i + 1);
      else if (opensWord(text, i, from, to)) push(i, 'curly');
      else orphan(i);
    } else if (ch === '"') {
      // "… France. "There can be …": a mark that opens a new sentence inside an open straight quote starts a new
      // quotation (a paragraph break the copy lost), so the first one ends here rather than taking the narration after it
      if (top?.mark === 'straight' && stack.length === 1 && opensWord(text, i, from, to) && /[.?!]\s+$/.test(text.slice(Math.max(from, i - 4), i))) {
        pop(i);
        push(i, 'straight');
      } else if (top && (top.mark !== 'curly' || !opensWord(text, i, from, to))) pop(i + 1);
      else if (opensWord(text, i, from, to)) push(i, 'straight');
      else if (!top) orphan(i);
    } else if (ch === "'" && text[i + 1] === "'" && i + 1 < to) {
      if (top?.mark === 'twin') pop(i + 2);
      else if (!top && opensWord(text, i + 1, from, to)) push(i, 'twin');
      i++;
    }
  }
  const bottom = stack[0];
  if (bottom) segments.push(segment(text, bottom.at + (bottom.mark === 'twin' ? 2 : 1), bottom.at, to, false));
  return segments;
}

/** The start of the sentence holding offset `at`, not before `floor`: after the last full stop and space, if a capital follows. */
function sentenceStartBefore(text: string, floor: number, at: number): number | null {
  let k = at - 1;
  while (k > floor && !(/[.!?…]/.test(text[k - 1]!) && /\s/.test(text[k]!))) k--;
  while (k < at && /\s/.test(text[k]!)) k++;
  return /\p{Lu}/u.test(text[k] ?? '') ? k : null;
}

/** A mark opens when it follows the paragraph start, white space or an opening bracket/dash and precedes a non-space. */
function opensWord(text: string, i: number, from: number, to: number): boolean {
  const prev = i > from ? text[i - 1]! : ' ';
  const next = i + 1 < to ? text[i + 1]! : ' ';
  return /[\s([{—–-]/.test(prev) && !/\s/.test(next);
}

function segment(text: string, innerStart: number, open: number, close: number, closed: boolean): QuoteSegment {
  let start = innerStart;
  let end = closed ? close - (text[close - 1] === "'" ? 2 : 1) : close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { open, close, start, end, closed };
}
