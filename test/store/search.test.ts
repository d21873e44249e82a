import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadStore } from '../../src/store/cache';
import { SentenceSearch } from '../../src/store/search';
import { indexTerms } from '../../src/store/terms';

/** The ranking MiniSearch gives over the same key lists, as StoreIndex used it before its own index. */
function miniSearchRanking(terms: string[][]) {
  const mini = new MiniSearch<{ id: number; keys: string }>({ fields: ['keys'], tokenize: (k) => k.split(' '), processTerm: (k) => k });
  mini.addAll(terms.map((t, id) => ({ id, keys: t.join(' ') })));
  return (keys: string[]) => mini.search(keys.join(' '), { combineWith: 'OR', tokenize: (q) => q.split(' '), processTerm: (t) => t }).map((r) => r.id as number);
}

describe('SentenceSearch.withAll', () => {
  it('finds the documents holding every key, from built and from read postings alike', () => {
    const built = new SentenceSearch();
    for (const keys of [['a', 'b', 'c'], ['a', 'c'], ['b', 'c', 'a', 'd'], ['d']]) built.add(keys);
    const { keys, gaps } = built.toPostings();
    for (const index of [built, SentenceSearch.fromPostings(4, keys, gaps)]) {
      expect(index.withAll(['c', 'a'])).toEqual([0, 1, 2]);
      expect(index.withAll(['a', 'b', 'd'])).toEqual([2]);
      expect(index.withAll(['a', 'zz'])).toEqual([]);
      expect(index.withAll([])).toEqual([]);
    }
  });
});

describe('SentenceSearch', () => {
  const { store } = loadStore('data/articles');
  const terms = store.articles.flatMap((f) => f.article.sentences.map((s) => [...indexTerms(s.text)]));
  const ours = new SentenceSearch();
  for (const t of terms) ours.add(t);
  const { keys, gaps } = ours.toPostings();
  const fromPostings = SentenceSearch.fromPostings(terms.length, keys, gaps);
  const theirs = miniSearchRanking(terms);
  const questions = (JSON.parse(readFileSync('test/answer/seed-questions.json', 'utf8')) as { questions: { q: string }[] }).questions.map((q) => q.q);

  it('ranks exactly as MiniSearch for every seed question and every sentence used as a query', () => {
    const queries = [...questions, ...store.articles.flatMap((f) => f.article.sentences.map((s) => s.text))].map((q) => [...indexTerms(q)]);
    let compared = 0;
    for (const q of queries) {
      if (!q.length) continue;
      expect(ours.search(q)).toEqual(theirs(q));
      expect(fromPostings.search(q)).toEqual(theirs(q));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('reads its postings back as given, and counts what the built index counts', () => {
    expect(fromPostings.toPostings()).toEqual({ keys, gaps });
    expect(fromPostings.size).toBe(ours.size);
    for (const key of keys) expect(fromPostings.count(key)).toBe(ours.count(key));
    expect(fromPostings.has('zzz-no-such-key')).toBe(false);
    expect(() => fromPostings.add(['harbour'])).toThrow(/no more documents/);
  });

  it('refuses postings that do not fit the number of documents', () => {
    expect(() => SentenceSearch.fromPostings(2, ['a'], [[0, 2]])).toThrow(/out of range/);
    expect(() => SentenceSearch.fromPostings(3, ['a'], [[1, 0]])).toThrow(/ascending/);
    expect(() => SentenceSearch.fromPostings(3, ['a', 'b'], [[0]])).toThrow(/differ/);
    expect(SentenceSearch.fromPostings(3, ['a', 'b'], [[0, 2], [1]]).search(['a'])).toEqual([0, 2]);
  });

  it('finds nothing for unknown keys and ranks a sentence holding more of the keys higher', () => {
    const s = new SentenceSearch();
    s.add(['harbour', 'open']);
    s.add(['harbour']);
    s.add(['storm', 'boat', 'return']);
    expect(s.search(['zzz'])).toEqual([]);
    expect(s.search(['harbour', 'open'])).toEqual([0, 1]);
    expect(s.search(['boat'])).toEqual([2]);
  });
});
