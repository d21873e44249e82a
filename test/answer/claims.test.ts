import { describe, expect, it } from 'vitest';
import type { ClaimsData } from '../../src/answer/claims';
import { seedDossier } from './helpers';

describe('claims answer', () => {
  it('lists every claim of the store, quotes before reported speech', () => {
    const d = seedDossier();
    const all = d.store.articles.reduce((n, f) => n + f.claims.length, 0);
    const data = d.claims().data as ClaimsData;
    expect(data.claims.length).toBe(all);
    const firstReported = data.claims.findIndex((c) => c.kind === 'reported');
    if (firstReported >= 0) expect(data.claims.slice(firstReported).every((c) => c.kind === 'reported')).toBe(true);
  });

  it('gives each call its own lists, so cutting one answer does not cut the next', () => {
    const d = seedDossier();
    const first = d.claims();
    const size = first.sections[0]!.items.length;
    first.sections[0]!.items.length = 0;
    (first.data as ClaimsData).claims.length = 0;
    const second = d.claims();
    expect(second.sections[0]!.items.length).toBe(size);
    expect((second.data as ClaimsData).claims.length).toBe(size);
  });

  it('keeps only claims of the speaker, and only those on the topic', () => {
    const d = seedDossier();
    const speaker = (d.claims().data as ClaimsData).claims.find((c) => c.speaker)!.speaker!;
    const by = d.claims({ actor: speaker }).data as ClaimsData;
    expect(by.claims.length).toBeGreaterThan(0);
    expect(by.claims.every((c) => c.speaker === speaker)).toBe(true);
    const word = by.claims[0]!.text.split(/\W+/).find((w) => w.length > 6)!;
    const onTopic = d.claims({ actor: speaker, topic: word }).data as ClaimsData;
    expect(onTopic.claims.length).toBeGreaterThan(0);
    expect(onTopic.claims.length).toBeLessThanOrEqual(by.claims.length);
  });
});
