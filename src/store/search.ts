/**
 * An inverted index over sentences given as sets of index keys, ranked with BM25+ exactly as MiniSearch ranks
 * a single field (k 1.2, b 0.7, d 0.5; a document matching m query terms scores m × the sum). Built from key
 * lists in one pass, so a store loaded from its cache needs no tree rebuilt; test/store/search.test.ts checks
 * it against MiniSearch result for result.
 */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export class SentenceSearch {
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private avgLength = 0;

  /** Adds documents with ids 0, 1, 2 … in order; each is its set of distinct keys. */
  add(keys: readonly string[]): number {
    const id = this.lengths.length;
    // MiniSearch counts an empty document as one (empty) token, and keeps a running average
    const length = Math.max(1, keys.length);
    this.avgLength = (this.avgLength * id + length) / (id + 1);
    this.lengths.push(length);
    for (const k of keys) {
      const list = this.postings.get(k);
      if (list) list.push(id);
      else this.postings.set(k, [id]);
    }
    return id;
  }

  /** How many documents hold a key (0 when none). */
  count(key: string): number {
    return this.postings.get(key)?.length ?? 0;
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  /** Ids of documents holding any of the keys, best first; equal scores keep first-seen order. */
  search(keys: readonly string[]): number[] {
    const n = this.lengths.length;
    const scores = new Map<number, { score: number; terms: number }>();
    for (const key of new Set(keys)) {
      const docs = this.postings.get(key);
      if (!docs) continue;
      const idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
      for (const id of docs) {
        const score = idf * (D + (1 * (K + 1)) / (1 + K * (1 - B + (B * this.lengths[id]!) / this.avgLength)));
        const hit = scores.get(id);
        if (hit) {
          hit.score += score;
          hit.terms++;
        } else scores.set(id, { score, terms: 1 });
      }
    }
    return [...scores]
      .map(([id, s]) => ({ id, score: s.score * s.terms }))
      .sort((a, b) => b.score - a.score)
      .map((r) => r.id);
  }
}
