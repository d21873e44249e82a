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
  /** Ids of the documents holding each key, ascending, while documents are added. */
  private readonly lists = new Map<string, number[]>();
  /**
   * Read from postings: each key's number, and every key's ids in one array (key n's are `ids[starts[n]]` up to
   * `starts[n + 1]`). A bot holds a hundred servers' indices: a typed array per key cost ~200 bytes beside its ids.
   */
  private readonly slots = new Map<string, number>();
  private ids = new Int32Array(0);
  private starts = new Int32Array(1);
  private lengths: number[] | Int32Array = [];
  private avgLength = 0;

  /**
   * The index of `count` documents from its postings (`keys[i]` is held by the documents whose ids are
   * `gaps[i]` added up: ids ascending, stored as differences so a cache holds small numbers). Ranks exactly as
   * adding the documents one by one would; throws on postings that do not fit `count` documents.
   */
  static fromPostings(count: number, keys: readonly string[], gaps: readonly (readonly number[])[]): SentenceSearch {
    if (keys.length !== gaps.length) throw new Error('postings: keys and id lists differ in number');
    const search = new SentenceSearch();
    const lengths = new Int32Array(count);
    const starts = new Int32Array(keys.length + 1);
    let total = 0;
    keys.forEach((_, i) => {
      starts[i] = total;
      total += gaps[i]?.length ?? 0;
    });
    starts[keys.length] = total;
    // one typed array: nothing for the garbage collector to trace, and no object per key
    const ids = new Int32Array(total);
    keys.forEach((key, i) => {
      const list = gaps[i]!;
      let id = -1;
      for (let j = 0; j < list.length; j++) {
        const gap = list[j]!;
        if (!Number.isInteger(gap) || gap < (id < 0 ? 0 : 1)) throw new Error('postings: ids not ascending');
        id = id < 0 ? gap : id + gap;
        if (id >= count) throw new Error('postings: id out of range');
        lengths[id]!++;
        ids[starts[i]! + j] = id;
      }
      if (typeof key !== 'string' || !list.length || search.slots.has(key)) throw new Error('postings: bad key');
      search.slots.set(key, i);
    });
    search.ids = ids;
    search.starts = starts;
    // the same running average adding documents in order keeps, so scores match to the last bit
    for (const length of lengths) search.addLength(length);
    search.lengths = Int32Array.from(search.lengths);
    return search;
  }

  /** The ids of the documents holding a key, ascending (a view, for a read index). */
  private docs(key: string): readonly number[] | Int32Array | undefined {
    const slot = this.slots.get(key);
    if (slot !== undefined) return this.ids.subarray(this.starts[slot], this.starts[slot + 1]);
    return this.lists.get(key);
  }

  /** The postings as `fromPostings` reads them. */
  toPostings(): { keys: string[]; gaps: number[][] } {
    const keys = [...this.slots.keys(), ...this.lists.keys()];
    const gaps = keys.map((k) => Array.from(this.docs(k)!).map((id, i, ids) => (i === 0 ? id : id - ids[i - 1]!)));
    return { keys, gaps };
  }

  /** Adds documents with ids 0, 1, 2 … in order; each is its set of distinct keys. */
  add(keys: readonly string[]): number {
    if (!Array.isArray(this.lengths)) throw new Error('an index read from postings takes no more documents');
    const id = this.addLength(keys.length);
    for (const k of keys) {
      const list = this.lists.get(k);
      if (!list) this.lists.set(k, [id]);
      else list.push(id);
    }
    return id;
  }

  private addLength(keys: number): number {
    const id = this.lengths.length;
    // MiniSearch counts an empty document as one (empty) token, and keeps a running average
    const length = Math.max(1, keys);
    this.avgLength = (this.avgLength * id + length) / (id + 1);
    (this.lengths as number[]).push(length);
    return id;
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.lengths.length;
  }

  /** How many documents hold a key (0 when none). */
  count(key: string): number {
    return this.docs(key)?.length ?? 0;
  }

  has(key: string): boolean {
    return this.slots.has(key) || this.lists.has(key);
  }

  /** Ids of the documents holding every one of the keys, ascending (none for no keys): the rarest key's list, filtered. */
  withAll(keys: readonly string[]): number[] {
    const lists = [...new Set(keys)].map((k) => this.docs(k));
    if (lists.length === 0 || lists.some((l) => !l)) return [];
    const [rarest, ...rest] = (lists as (readonly number[] | Int32Array)[]).sort((a, b) => a.length - b.length);
    return Array.from(rarest!).filter((id) => rest.every((list) => holds(list, id)));
  }

  /** Ids of documents holding any of the keys, best first; equal scores keep first-seen order. */
  search(keys: readonly string[]): number[] {
    const n = this.lengths.length;
    const scores = new Map<number, { score: number; terms: number }>();
    for (const key of new Set(keys)) {
      const docs = this.docs(key);
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

/** Whether an ascending id list holds an id (binary search). */
function holds(list: readonly number[] | Int32Array, id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
