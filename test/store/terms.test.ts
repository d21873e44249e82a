import { describe, expect, it } from 'vitest';
import { despin, indexTerms, stem, termKeys, tokenize } from '../../src/store/terms';

describe('terms', () => {
  it('gives a word and its inflections one stem', () => {
    for (const [a, b] of [['arrested', 'arrest'], ['compelled', 'compel'], ['called', 'call'], ['studies', 'study'], ['led', 'lead'], ['told', 'tell'], ['died', 'die'], ['forces', 'force'], ['training', 'train']]) {
      expect(stem(a!), `${a} ~ ${b}`).toBe(stem(b!));
    }
    expect(stem('crisis')).toBe('crisis');
    expect(stem('arrest')).not.toBe(stem('rest'));
  });

  it('puts synonyms in one class and gives stop words no keys', () => {
    const shared = (a: string, b: string) => termKeys(a).some((k) => k.startsWith('~') && termKeys(b).includes(k));
    expect(shared('advised', 'told')).toBe(true);
    expect(shared('navy', 'military')).toBe(true);
    expect(shared('detained', 'arrested')).toBe(true);
    expect(shared('arrested', 'weather')).toBe(false);
    expect(termKeys('the')).toEqual([]);
  });

  it('undoes spin for matching, so a plain phrase meets its tortured form', () => {
    expect(despin('Belarus state information company Belta')).toContain('news agency');
    const plain = indexTerms('fighting experience');
    const spun = indexTerms('combating expertise');
    expect([...plain].filter((k) => spun.has(k)).length).toBeGreaterThanOrEqual(2);
  });

  it('tokenizes with offsets and drops possessive endings', () => {
    const t = tokenize('Putin’s grip, Russia’s war');
    expect(t.map((x) => x.word)).toEqual(['Putin', 'grip', 'Russia', 'war']);
    expect('Putin’s grip, Russia’s war'.slice(t[2]!.start, t[2]!.end)).toBe('Russia’s');
  });
});
