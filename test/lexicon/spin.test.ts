import { describe, expect, it } from 'vitest';
import { SPIN_SUBSTITUTIONS } from '../../src/lexicon/spin';

describe('spin lexicon', () => {
  it('has one entry per spun phrase, lower case, with an original that differs', () => {
    const spun = SPIN_SUBSTITUTIONS.map((s) => s.spun);
    expect(new Set(spun).size).toBe(spun.length);
    for (const s of SPIN_SUBSTITUTIONS) {
      expect(s.spun).toBe(s.spun.toLowerCase());
      expect(s.spun.trim()).toBe(s.spun);
      expect(s.original.toLowerCase()).not.toBe(s.spun);
    }
  });

  it('holds multi-word phrases only: a single common word is no evidence of spinning', () => {
    for (const s of SPIN_SUBSTITUTIONS) expect(s.spun.split(' ').length).toBeGreaterThan(1);
  });
});
