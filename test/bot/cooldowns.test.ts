import { describe, expect, it } from 'vitest';
import { Cooldowns } from '../../src/bot/cooldowns';

describe('Cooldowns', () => {
  const rule = { uses: 2, seconds: 10 };
  it('allows `uses` per window per user and command, then says how long to wait', () => {
    const c = new Cooldowns();
    expect(c.take('u1', 'digest', rule, 0)).toBe(0);
    expect(c.take('u1', 'digest', rule, 1000)).toBe(0);
    expect(c.take('u1', 'digest', rule, 2000)).toBe(8);
    expect(c.take('u2', 'digest', rule, 2000)).toBe(0);
    expect(c.take('u1', 'brief', rule, 2000)).toBe(0);
    expect(c.take('u1', 'digest', rule, 10_001)).toBe(0);
  });
});
