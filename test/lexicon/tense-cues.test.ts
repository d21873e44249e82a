import { describe, expect, it } from 'vitest';
import { FUTURE_MARKERS, NOT_PAST_ED, PAST_VERBS, PRESENT_MODALS, PRESENT_VERBS, PROSPECTIVE_MARKERS } from '../../src/lexicon/tense-cues';

describe('tense-cues lexicon', () => {
  it('puts no word in two tenses', () => {
    const lists = [FUTURE_MARKERS, PROSPECTIVE_MARKERS, PRESENT_MODALS, PRESENT_VERBS, PAST_VERBS];
    const seen = new Map<string, number>();
    lists.forEach((list, i) =>
      list.forEach((w) => {
        expect(seen.get(w) ?? i).toBe(i);
        seen.set(w, i);
      }),
    );
  });

  it('lists simple pasts that the -ed rule cannot find, and exceptions that it would misread', () => {
    for (const w of PAST_VERBS) expect(w.endsWith('ed') && !['led', 'fed', 'fled', 'bred'].includes(w)).toBe(false);
    for (const w of NOT_PAST_ED) expect(w.endsWith('ed')).toBe(true);
  });
});
