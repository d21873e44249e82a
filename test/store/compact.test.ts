import { describe, expect, it } from 'vitest';
import { compactLists } from '../../src/store/compact';

describe('compactLists', () => {
  it('keeps every key, in order, with the same items in the same order', () => {
    const table = new Map<string, number[]>();
    for (const [k, v] of [['harbour', 1], ['storm', 2], ['harbour', 3], ['boat', 4], ['harbour', 5]] as const) {
      const list = table.get(k) ?? [];
      list.push(v);
      table.set(k, list);
    }
    const before = table.get('harbour');
    compactLists(table);
    expect([...table]).toEqual([['harbour', [1, 3, 5]], ['storm', [2]], ['boat', [4]]]);
    // copies: a list pushed to later is not the one the table now holds
    expect(table.get('harbour')).not.toBe(before);
  });
});
