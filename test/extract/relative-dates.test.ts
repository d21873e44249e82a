import { describe, expect, it } from 'vitest';
import { readRelativeDates, scoreRelativeDates } from '../../eval/relative-dates';

/** Our own fixture of relative dates in invented news sentences; the held-out split is for `npm run eval` only. */
const cases = readRelativeDates('test/extract/relative-dates.json');

describe('relative dates fixture (dev split)', () => {
  it('has both splits and both directions', () => {
    const dev = cases.filter((c) => c.split === 'dev');
    expect(dev.length).toBeGreaterThan(50);
    expect(cases.some((c) => c.split === 'heldout')).toBe(true);
    expect(new Set(dev.map((c) => c.tense))).toEqual(new Set(['past', 'future', 'none']));
  });

  it('resolves at least 95% of the dev expressions, future and past alike', () => {
    const s = scoreRelativeDates(cases.filter((c) => c.split === 'dev'));
    expect(s.right[0] / s.right[1], s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    for (const tense of ['past', 'future']) {
      const [right, all] = s.byTense.get(tense)!;
      expect(right / all, tense).toBeGreaterThanOrEqual(0.9);
    }
  });
});
