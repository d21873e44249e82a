import { describe, expect, it } from 'vitest';
import { alikeStems } from '../../src/answer/verdict/features';
import { PARAPHRASE_CLASSES } from '../../src/lexicon/paraphrases';
import { stem } from '../../src/store/terms';

describe('paraphrase classes (claim checking only)', () => {
  it('are lower case, at least two words each, and no word is in two classes', () => {
    const seen = new Set<string>();
    for (const group of PARAPHRASE_CLASSES) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const w of group) {
        expect(w).toBe(w.toLowerCase());
        expect(seen.has(w)).toBe(false);
        seen.add(w);
      }
    }
  });

  it('make a word and its paraphrase alike in any inflection ("quit" ~ "resigned", "provide" ~ "put up")', () => {
    expect(alikeStems('quit')).toContain(stem('resigned'));
    expect(alikeStems('provided')).toContain(stem('put'));
    expect(alikeStems('quit')).not.toContain(stem('provide'));
    expect(alikeStems('pushed')).toContain(stem('postponed'));
    expect(alikeStems('vanished')).toContain(stem('disappeared'));
    expect(alikeStems('tweeted')).toContain(stem('twitter'));
    expect(alikeStems('movie')).toContain(stem('film'));
    expect(alikeStems('fans')).toContain(stem('supporters'));
    expect(alikeStems('called')).toContain(stem('contacted'));
    expect(alikeStems('movie')).not.toContain(stem('photo'));
    expect(alikeStems('mistake')).toContain(stem('wrongly'));
    expect(alikeStems('hacked')).toContain(stem('breach'));
    expect(alikeStems('hacked')).not.toContain(stem('mistake'));
  });
});
