import { describe, expect, it } from 'vitest';
import { coverage, matchShare, termGroups, withRelatives } from '../../src/answer/support';
import type { StoreIndex } from '../../src/store/indices';
import { indexTerms } from '../../src/store/terms';

/** An index that knows the words of one invented text (all equally rare): all withRelatives and termGroups read. */
function indexOf(text: string): StoreIndex {
  const keys = indexTerms(text);
  return { docFreq: { has: (k: string) => keys.has(k), get: (k: string) => (keys.has(k) ? 1 : undefined) }, idf: () => 1 } as unknown as StoreIndex;
}

describe('WordNet relatives of a question word', () => {
  const text = 'Nine companies were selected from nearly 300 applicants.';
  const index = indexOf(text);
  const terms = indexTerms(text);

  it('adds the keys of relatives the articles write, below the word itself', () => {
    const [chosen] = termGroups(index, 'chosen').map((g) => withRelatives(index, g));
    expect(chosen!.known).toBe(true);
    expect(chosen!.onlyRelatives).toBe(true);
    expect(matchShare(chosen!, terms)).toBeGreaterThan(0);
    expect(matchShare(chosen!, terms)).toBeLessThan(1);
    const [applied] = termGroups(index, 'applied').map((g) => withRelatives(index, g));
    expect(applied!.relatives).toContain('applicant');
  });

  it('leaves names, light words and words without written relatives alone', () => {
    for (const word of ['Lerno', 'people', 'qwzx']) {
      const [g] = termGroups(index, word);
      if (g) expect(withRelatives(index, g)).toBe(g);
    }
  });

  it('counts a match by a relative in coverage at its share', () => {
    const groups = termGroups(index, 'companies chosen').map((g) => withRelatives(index, g));
    const cover = coverage(groups, terms);
    expect(cover).toBeGreaterThan(0.5);
    expect(cover).toBeLessThan(1);
  });
});
