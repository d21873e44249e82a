import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { buildStore } from '../../src/store/build';

/**
 * Statements whose words differ from the article's (read through WordNet), a word held by its class only, a role
 * of another named body, and a promise read as a speaker. Everything below is invented.
 */
const ARTICLE = `---
title: Velm shooting
published: 2025-03-04
---
Tomas Orel, 41, a father of two, was shot by a deputy after his vehicle stalled on a bridge near Velm.

He did not have a weapon on him at the time.

The plane lacked real-time engine monitoring, a Corvex spokesman said.

Halder Corp. and Corvex both build parts for the plane.

"I promise you: we will find the truth in this case," Velm police Chief Ada Lind said on Monday.

Police said the motive was jealousy.

The Velm Truth Commission will review the case next year.

The deputy, Ivo Brandt, 29, lives in Karsby with his family.
`;

const d = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-classes8-'));
  writeFileSync(join(dir, 'velm.md'), ARTICLE);
  return Dossier.fromStore(buildStore(dir).store);
})();
const verdictOf = (text: string) => (d.check(text).data as { statements: { verdict: string }[] }).statements.map((s) => s.verdict);

describe('another wording of a statement word', () => {
  it('finds a word by its WordNet relatives ("dad" / "father")', () => {
    expect(verdictOf('orel is a dad')).toEqual(['supported']);
    // a relative never carries a negation: "never a dad" is not read against "a father of two"
    expect(verdictOf('orel was never a dad')).not.toEqual(['supported']);
  });

  it('does not read a word of saying into a word that is none', () => {
    // "read" has "say" among its relatives: it must not find "Police said …"
    expect(verdictOf('lind read the motive to police')).not.toEqual(['supported']);
  });
});

describe('a word held by its class only', () => {
  it('is denied when the sentence denies the class', () => {
    expect(verdictOf('orel had a gun on him when he was shot')).toEqual(['contradicted']);
  });
});

describe('speakers', () => {
  it('reads a role of another named body as another speaker', () => {
    expect(verdictOf('a halder spokesman said the plane lacked real-time engine monitoring')).not.toEqual(['supported']);
    expect(verdictOf('a corvex spokesman said the plane lacked real-time engine monitoring')).toEqual(['supported']);
  });

  it('reads "the chief, X, promised they will …" as the promise of the chief', () => {
    expect(verdictOf('the police chief, lind, promised they will find the truth')).toEqual(['supported']);
  });
});

describe('a place no article names', () => {
  it('contradicts a short statement whose place the sentence puts elsewhere', () => {
    expect(verdictOf('brandt lives in dornvik')).toEqual(['contradicted']);
    expect(verdictOf('brandt lives in karsby')).toEqual(['supported']);
  });
});
