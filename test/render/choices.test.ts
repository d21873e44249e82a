import { describe, expect, it } from 'vitest';
import { threadName, toChoices } from '../../src/render/discord/choices';

describe('toChoices', () => {
  it('keeps at most 25 distinct choices with names ≤ 100 and exact values', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `Person ${i} `.repeat(20), value: `Person ${i}` }));
    const out = toChoices([...many, { name: 'dup', value: 'Person 0' }]);
    expect(out).toHaveLength(25);
    expect(out.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    expect(out[0]!.value).toBe('Person 0');
    expect(out[0]!.name.endsWith('…')).toBe(true);
  });
  it('drops values that would have to be cut', () => {
    expect(toChoices([{ name: 'x', value: 'v'.repeat(101) }])).toEqual([]);
  });
});

describe('threadName', () => {
  it('is one line of at most 100 characters', () => {
    const name = threadName(`Briefing:\n${'headline words '.repeat(20)}`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).not.toContain('\n');
    expect(threadName('  ')).toBe('Briefing');
  });
});
