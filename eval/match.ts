/** The matching rules of ../shared/eval/README.md, so that everyone's figures agree. */

export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function words(text: string): string[] {
  return norm(text).split(' ').filter(Boolean);
}

/** Two names match when equal, or when every word of the shorter is in the longer and they differ by ≤ 2 words (≥ 4 chars). */
export function namesMatch(a: string, b: string): boolean {
  const na = norm(a);
  const nb = norm(b);
  if (na === nb) return true;
  const [short, long] = na.length <= nb.length ? [words(a), words(b)] : [words(b), words(a)];
  if (short.join(' ').length < 4) return false;
  if (long.length - short.length > 2) return false;
  return short.every((w) => long.includes(w));
}

/** Does any form of one actor match any form of the other? */
export function anyNameMatches(formsA: readonly string[], formsB: readonly string[]): boolean {
  return formsA.some((a) => formsB.some((b) => namesMatch(a, b)));
}

export function ratio(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${n}/${d} (${((100 * n) / d).toFixed(1)}%)`;
}
