import { describe, expect, it } from 'vitest';
import { GROUP_SUFFIXES, INSTITUTIONS, LOWERCASE_ORG_HEADS, NOT_ACRONYMS, ORG_CONTEXT_NOUNS, ORG_DESCRIPTORS, ORG_SUFFIXES } from '../../src/lexicon/organisations';

describe('organisations lexicon', () => {
  it('has no duplicates in any list', () => {
    for (const list of [ORG_SUFFIXES, GROUP_SUFFIXES, LOWERCASE_ORG_HEADS, INSTITUTIONS, NOT_ACRONYMS, ORG_DESCRIPTORS]) {
      expect(list.filter((w, i) => list.indexOf(w) !== i)).toEqual([]);
    }
  });
  it('keeps suffixes lower case and every group suffix among the suffixes', () => {
    for (const w of [...ORG_SUFFIXES, ...LOWERCASE_ORG_HEADS, ...ORG_DESCRIPTORS]) expect(w).toBe(w.toLowerCase());
    for (const g of GROUP_SUFFIXES) expect(ORG_SUFFIXES).toContain(g);
  });
  it('writes institutions capitalised and non-acronyms in capitals', () => {
    for (const i of INSTITUTIONS) expect(i).toMatch(/^\p{Lu}|^al-/u);
    for (const a of NOT_ACRONYMS) expect(a).toMatch(/^[A-Z][A-Za-z]+$/);
  });
});

describe('organisation context nouns', () => {
  it('are lower-case, unique, and none follows people as often as firms', () => {
    expect(new Set(ORG_CONTEXT_NOUNS).size).toBe(ORG_CONTEXT_NOUNS.length);
    for (const w of ORG_CONTEXT_NOUNS) expect(w).toMatch(/^\p{Ll}+$/u);
    for (const personal of ['campaign', 'aides', 'administration', 'family']) expect(ORG_CONTEXT_NOUNS).not.toContain(personal);
  });
});
