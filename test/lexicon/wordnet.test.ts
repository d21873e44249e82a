import { describe, expect, it } from 'vitest';
import { baseForms, relativesOf } from '../../src/lexicon/wordnet';

describe('WordNet relatives', () => {
  it('finds other words for a common sense, in any inflection', () => {
    expect(relativesOf('purchase').synonyms).toContain('buy');
    expect(relativesOf('resigned', { classes: ['verb'] }).synonyms).toContain('step down');
    expect(relativesOf('began').synonyms).toContain('start');
  });

  it('finds derived words across word classes and broader terms', () => {
    expect(relativesOf('invasion').derived).toContain('invade');
    expect(relativesOf('invaded').derived).toContain('invasion');
    expect(relativesOf('purchase').broader).toContain('acquire');
  });

  it('keeps to the classes and number of senses asked for', () => {
    expect(relativesOf('spark', { classes: ['noun'] }).synonyms).not.toContain('trigger');
    expect(relativesOf('spark', { classes: ['verb'] }).synonyms).toContain('trigger');
    const one = relativesOf('run', { classes: ['verb'], senses: 1 }).synonyms.length;
    expect(relativesOf('run', { classes: ['verb'], senses: 5 }).synonyms.length).toBeGreaterThan(one);
  });

  it('never lists the word itself', () => {
    const r = relativesOf('buy');
    expect([...r.synonyms, ...r.derived, ...r.broader]).not.toContain('buy');
  });

  it('undoes inflection only into forms the dictionary has', () => {
    expect(baseForms('went', 'verb')).toEqual(['go']);
    expect(baseForms('women', 'noun')).toEqual(['woman']);
    expect(baseForms('invasions', 'noun')).toEqual(['invasion']);
    expect(baseForms('applied', 'verb')).toContain('apply');
    expect(baseForms('qwzx', 'noun')).toEqual([]);
  });

  it('gives hostile or unknown strings no relatives, without throwing', () => {
    for (const s of ['', ' ', 'xqzvt', 'the', '../../etc/passwd', 'a\nb', '\u0000', 'x'.repeat(10_000), '(.*)+$', 'DROP TABLE']) {
      const r = relativesOf(s);
      expect(r.synonyms.length + r.derived.length + r.broader.length).toBe(0);
    }
  });

  it('finds the first and the last lemma of an index file', () => {
    expect(baseForms('aah', 'verb')).toEqual(['aah']);
    expect(baseForms('zoom in', 'verb')).toEqual(['zoom in']);
  });
});
