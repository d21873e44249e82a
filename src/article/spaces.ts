/** Scans for white space by hand: the patterns they replace backtracked over long blank runs (quadratic). */

const isSpace = (ch: string) => /\s/.test(ch);

/** Index of the first non-space character in text[from, to), or -1 when there is none. */
export function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isSpace(text[i]!)) return i;
  return -1;
}

/** Index of the last non-space character in text[from, to), or from - 1 when there is none. */
export function lastNonSpace(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && isSpace(text[i]!)) i--;
  return i;
}
