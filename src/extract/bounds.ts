/**
 * Binary searches over ordered spans, shared by the stages: each look-up is O(log n), so a stage that looks up
 * once per token or mention stays n log n in the article's size.
 */

/** The first index in [0, length) where `before` is false, for a `before` that holds on a prefix only. */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item starting at or after `offset` (items ordered by start). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  return firstNotBefore(items.length, (i) => items[i]!.start < offset);
}
