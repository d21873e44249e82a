import { describe, expect, it } from 'vitest';
import { GROUP_SUFFIXES, INSTITUTIONS, LOWERCASE_ORG_HEADS, NOT_ACRONYMS, ORG_DESCRIPTORS, ORG_SUFFIXES } from '../../src/lexicon/organisations';

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
