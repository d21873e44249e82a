import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';

// Session-7 attribution classes, one invented article per mechanism (names, bodies and places are made up).
const facts = (body: string) => extractFacts(parseArticle(body, 'k'));
const claimWith = (body: string, words: string) => facts(body).claims.find((c) => c.text.includes(words));
const speakerOf = (body: string, words: string) => {
  const claim = claimWith(body, words);
  if (!claim) throw new Error(`no claim with ${words}`);
  return claim.speaker;
};

describe('participle cues with a particle', () => {
  it('reads "calling for" after a closing signature as the speaker’s reported act', () => {
    const body = '“Fares will rise again before the summer is out,” the Kesh Ferry Company said, calling for lower fuel duty and a new timetable.';
    const claim = claimWith(body, 'lower fuel duty');
    expect(claim?.kind).toBe('reported');
    expect(claim?.speaker).toBe('Kesh Ferry Company');
    expect(claim?.text.startsWith('calling for')).toBe(true);
  });
});

describe('speech acts with a noun object', () => {
  it('keeps "expressed" with its object ("expressed regret for …")', () => {
    const body = 'Jorun Vale, the mayor of Tarnby, had earlier only expressed regret for the flooding of the lower town.';
    expect(claimWith(body, 'regret for the flooding')?.text).toMatch(/^expressed regret/);
    expect(speakerOf(body, 'regret for the flooding')).toBe('Jorun Vale');
  });

  it('reads "expressing regret" as the subject’s reported act', () => {
    const body = 'Jorun Vale resigned as mayor of Tarnby on Monday, expressing regret for the delays to the harbour wall.';
    expect(claimWith(body, 'regret for the delays')?.text).toMatch(/^expressing regret/);
    expect(speakerOf(body, 'regret for the delays')).toBe('Jorun Vale');
  });
});
