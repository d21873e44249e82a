import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton, type ButtonAction } from '../../src/render/discord/custom-id';

describe('button custom_id', () => {
  const cases: ButtonAction[] = [
    { action: 'source', article: '000_abc', paragraph: 12 },
    { action: 'share' },
    { action: 'more', page: 2, request: { kind: 'ask', question: 'Who said | "this"?' } },
    { action: 'more', page: 1, request: { kind: 'claims', actor: 'Jane Doe' } },
    { action: 'more', page: 3, request: { kind: 'source', paragraph: 4, article: 'x' } },
    { action: 'more', page: 1, request: { kind: 'timeline' } },
    { action: 'more', page: 1, request: { kind: 'timeline', article: '000_561b48a65b5491d5' } },
    { action: 'more', page: 2, request: { kind: 'ask', question: 'Who said it?', article: 'harbour-reopens' } },
    { action: 'more', page: 2, request: { kind: 'actor', name: 'Jane Doe', article: 'harbour-reopens' } },
    { action: 'more', page: 2, request: { kind: 'claims', topic: 'tax', article: 'harbour-reopens' } },
    { action: 'more', page: 2, request: { kind: 'brief', article: 'harbour-reopens' } },
    { action: 'source', article: `2024-03-05-${'a-long-slugged-headline-'.repeat(3)}x`, paragraph: 12 },
  ];
  it.each(cases)('round-trips %j within 100 characters', (button) => {
    const id = encodeButton(button);
    expect(id).not.toBeNull();
    expect(id!.length).toBeLessThanOrEqual(100);
    expect(decodeButton(id!)).toEqual({ ok: true, button });
  });

  it('refuses state that does not fit instead of cutting it', () => {
    expect(encodeButton({ action: 'more', page: 1, request: { kind: 'ask', question: 'q'.repeat(120) } })).toBeNull();
    // an article id is never cut (a cut id would be a prefix, which names no article): the button is left out
    expect(encodeButton({ action: 'source', article: 'x'.repeat(100), paragraph: 3 })).toBeNull();
    expect(encodeButton({ action: 'more', page: 1, request: { kind: 'ask', question: 'q'.repeat(60), article: 'a'.repeat(40) } })).toBeNull();
  });

  it('keeps reading buttons made before the article field existed', () => {
    expect(decodeButton('dz1|more|1|ask|Who%3F')).toEqual({ ok: true, button: { action: 'more', page: 1, request: { kind: 'ask', question: 'Who?' } } });
    expect(decodeButton('dz1|more|1|timeline')).toEqual({ ok: true, button: { action: 'more', page: 1, request: { kind: 'timeline' } } });
  });

  it('tells expired (older version) from unknown ids', () => {
    expect(decodeButton('dz0|src|a|1')).toEqual({ ok: false, reason: 'expired' });
    expect(decodeButton('something-else')).toEqual({ ok: false, reason: 'unknown' });
    expect(decodeButton('dz1|src|a|0')).toEqual({ ok: false, reason: 'unknown' });
    expect(decodeButton('dz1|more|1|nope')).toEqual({ ok: false, reason: 'unknown' });
  });
});
