import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { amounts, negates, sameAmount } from '../../src/answer/verdict/features';
import { buildStore } from '../../src/store/build';

/** Session 10 classes of false statements the mutation eval (eval/mutations.ts) found supported. Everything is invented. */
const ARTICLE = `---
title: Velm harbour trial
published: 2025-03-04
---
KORSBY, Velmland (Invented Wire) — The trial of the new harbour pill had 2300 patients, researchers said.

Harbour master Ana Ruiz said the port would reopen on Friday, while union leader Ivo Brandt warned of a strike.

The council voted 4-1 to fund the new depot in Tarnholt.

Korvair cancelled over 900 flights on Friday, though no passengers were hurt.

Singer Vera Lund accuses her former manager Tomas Berg of diverting ticket money. Berg, 52, denies wrongdoing. He has filed a countersuit seeking $6 million in unpaid commissions.
`;

const d = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-classes10-'));
  writeFileSync(join(dir, 'velm.md'), ARTICLE);
  return Dossier.fromStore(buildStore(dir).store);
})();
const verdictOf = (text: string) => (d.check(text).data as { statements: { verdict: string }[] }).statements.map((s) => s.verdict);

describe('a negated statement needs a sentence that negates', () => {
  it('reads negations, not numbers', () => {
    expect(negates('the trial did not have 2300 patients')).toBe(true);
    expect(negates('ohio state is no. 4')).toBe(false);
  });

  it('does not support a negated statement by a sentence that negates nothing', () => {
    expect(verdictOf('the trial had 2300 patients')).toEqual(['supported']);
    expect(verdictOf('the trial did not have 2300 patients')).not.toEqual(['supported']);
    expect(verdictOf('the council did not vote 4-1 to fund the depot')).not.toEqual(['supported']);
  });

  it('whose negation reaches a word of the statement, in the statement negation\'s own clause', () => {
    expect(verdictOf('korvair did not cancel over 900 flights friday')).not.toEqual(['supported']);
    expect(verdictOf('no passengers were hurt when korvair cancelled flights')).toEqual(['supported']);
  });
});

describe('a person named only before the sentence', () => {
  it('is the one the sentence refers back to only if its "he"/"she" fits and no other person is its own', () => {
    expect(verdictOf('berg is countersuing for six million in commissions')).toEqual(['supported']);
    // Lund is named two sentences before, but "He" is Berg
    expect(verdictOf('lund is countersuing for six million in commissions')).not.toEqual(['supported']);
  });
});

describe('figures tied by nothing', () => {
  const one = (text: string) => amounts(text)[0]!;
  it('reads a rank as no count', () => {
    expect(sameAmount(one('a crowd of 117'), one('a 117th-minute winner'))).toBe(false);
    expect(sameAmount(one('a crowd of 117'), one('a crowd of 117 fans'))).toBe(true);
    // a rank is a rank however written, and a rank in words may be a list's number
    expect(sameAmount(one('they are 9th'), one('the ninth place'))).toBe(true);
    expect(sameAmount(one('it came in second'), one('2) Smoked'))).toBe(true);
  });

  it('lets a rough figure agree with a near one only when either counts something', () => {
    expect(sameAmount(one('president of local 327'), one('about 300'))).toBe(false);
    expect(sameAmount(one('327 workers'), one('about 300 workers'))).toBe(true);
  });
});
