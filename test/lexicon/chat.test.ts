import { describe, expect, it } from 'vitest';
import { CHAT_SHORTHAND } from '../../src/lexicon/chat';

describe('chat shorthand lexicon', () => {
  it('maps lower-case shorthand to a different, longer word', () => {
    for (const [short, long] of Object.entries(CHAT_SHORTHAND)) {
      expect(short).toBe(short.toLowerCase());
      expect(long.length).toBeGreaterThan(short.length);
    }
  });
  it('has the shorthand users type most', () => {
    expect(CHAT_SHORTHAND).toMatchObject({ ppl: 'people', govt: 'government', wat: 'what' });
  });
});
