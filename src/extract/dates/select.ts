import type { Candidate } from './meaning';

/**
 * Keeps the longest expression where several overlap ("two years ago" over "two years"), the earlier
 * recogniser on equal length; returns them in text order. Expressions are short, so marking the
 * characters taken keeps this linear in the text.
 */
export function selectCandidates(groups: readonly Candidate[][]): Candidate[] {
  const ranked = groups.flatMap((group, rank) => group.map((c) => ({ c, rank })));
  ranked.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.rank - b.rank || a.c.start - b.c.start);
  const taken = new Uint8Array(ranked.reduce((max, { c }) => Math.max(max, c.end), 0));
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (c.end <= c.start || taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
