import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { actorGenders } from '../../src/extract/gender';
import { extractFacts } from '../../src/extract/pipeline';

// Invented articles run through the whole pipeline: the mechanisms must hold on text nobody tuned to.
const facts = (body: string) => extractFacts(parseArticle(body, 'g'));
const speakerOf = (body: string, words: string) => {
  const f = facts(body);
  const claim = f.claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${words}`);
  return claim.speaker;
};

describe('pronoun gender agreement', () => {
  it('reads gender from titles, given names and the pronouns after a name', () => {
    const f = facts(
      'Mrs Ilse Marrow met Sir Tobias Venn in Kesh. Margaret Oyelaran and Dorin Pask also attended. Pask said he was pleased with the talks.',
    );
    const genders = actorGenders(f);
    const of = (name: string) => genders.get(f.actors.find((a) => a.name.includes(name))!.id);
    expect(of('Marrow')).toBe('female');
    expect(of('Venn')).toBe('male');
    expect(of('Oyelaran')).toBe('female');
    expect(of('Pask')).toBe('male');
  });

  it('"she said" skips a nearer man for the woman named before him', () => {
    const body = 'Mrs Ilse Marrow met Sir Tobias Venn in Kesh, and “it was a waste of everyone’s time and money”, she told aides.';
    expect(speakerOf(body, 'it was a waste of')).toBe('Ilse Marrow');
  });

  it('"he said" still takes the nearest man', () => {
    const body = 'Sir Tobias Venn met Mrs Ilse Marrow in Kesh, and “it was a waste of everyone’s time and money”, he told aides.';
    expect(speakerOf(body, 'it was a waste of')).toBe('Tobias Venn');
  });
});

describe('quotes and their cues', () => {
  it('a quote closing on a comma belongs to the cue after it, not to a participle before it', () => {
    const body =
      'Investigator Dorin Pask questioned Ilse Marrow about the call. She said she had dreamed of it, adding that “when she has a dream about things, they come true,” Pask wrote.';
    expect(speakerOf(body, 'when she has a dream')).toBe('Dorin Pask');
  });
});
