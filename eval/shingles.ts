/**
 * Body-text scoring as scrapinghub/article-extraction-benchmark's evaluate.py does it, so our figures compare
 * with the published ones: tokens are runs of Unicode word characters (Python's `\w+`; case is kept, the
 * IGNORECASE flag there does not lower-case what findall returns), shingles are 4 consecutive tokens counted as
 * a multiset (a text shorter than 4 tokens is one shingle), and each page's tp/fp/fn are normalised to sum to 1
 * so long pages weigh no more than short ones. Precision and recall are means over pages; F1 is their harmonic
 * mean (not a mean of per-page F1s).
 */

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

// Python's \w (str.isalnum() or '_'): letters and numbers of any script, no combining marks
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle matches, normalised so that tp + fp + fn = 1 (all 0 when both texts are empty). */
export function shingleCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function recall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Benchmark precision/recall/F1 over pages. */
export function shingleScore(pages: readonly PageCounts[]): ShingleScore {
  const p = mean(pages.filter((c) => c.tp + c.fp > 0).map(precision));
  const r = mean(pages.filter((c) => c.tp + c.fn > 0).map(recall));
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, pages: pages.length };
}

/** One page's own F1, for listing the worst pages. */
export function pageF1(c: PageCounts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
