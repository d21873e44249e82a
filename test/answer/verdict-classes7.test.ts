import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { negatedWords, negationHeads } from '../../src/answer/verdict/features';
import { buildStore } from '../../src/store/build';

/**
 * True statements the claim checker used to contradict by a misread slot: a date from a sentence about other places,
 * "voted no" read as a denial; and a hyphenated negated word ("re-nominate") the checker missed. Everything below is invented.
 */
const VOTE = `---
title: Slovenia votes
published: 2025-10-22
---
Slovenia will hold an early parliamentary election on December 15, Prime Minister Odo Brask announced on Monday.

The electoral board chairman, Tomas Orel, warned that the short timetable left little room for error.

The chairman said the first ballots would be shipped to consulates on November 18.

Superintendent Hana Lorr will receive $285,000 under a separation agreement approved by the board.

The governor declined to re-nominate former judge Ada Lind to the bench.

Board member Pia Sand, who voted against the buyout, said she learned of the agreement two weeks ago.

"Families deserve an honest explanation, and they have not gotten one," she said.
`;

const OTHER = `---
title: Velm council
published: 2025-10-20
---
Supporters of the Velm mayor said the recall election had been discussed in public since November.
`;

const d = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-classes7-'));
  writeFileSync(join(dir, 'slovenia.md'), VOTE);
  writeFileSync(join(dir, 'velm.md'), OTHER);
  return Dossier.fromStore(buildStore(dir).store);
})();
const verdictOf = (text: string) => (d.check(text).data as { statements: { verdict: string }[] }).statements.map((s) => s.verdict);

describe('a date from a sentence about other places', () => {
  it('does not contradict a statement about a place the sentence does not name', () => {
    expect(verdictOf('so the slovenian election is on december 15')).toEqual(['supported']);
  });
  it('still contradicts a wrong date where the sentence names the place', () => {
    expect(verdictOf('the slovenian election is in january')).toEqual(['contradicted']);
  });
});

describe('a vote cast against', () => {
  it('reads "voted against" as the "no" of "voted no"', () => {
    expect(negatedWords('Sand voted against the buyout')).toContain('the');
    expect(negationHeads('Sand voted against the buyout')).toEqual(['buyout']);
    expect(negationHeads('Sand voted no on the buyout')).toEqual(['buyout']);
    // "against" elsewhere is no negation
    expect(negationHeads('the union campaigned against the buyout')).toEqual([]);
  });
  it('supports "voted no" and contradicts "voted for" or "voted yes"', () => {
    expect(verdictOf('sand voted no on the buyout')).toEqual(['supported']);
    expect(verdictOf('sand voted for the buyout')).toEqual(['contradicted']);
    expect(verdictOf('sand voted yes on the buyout')).toEqual(['contradicted']);
  });
});

describe('a hyphenated negated word', () => {
  it('counts in its joined form ("renominated" / "declined to re-nominate")', () => {
    expect(verdictOf('the governor renominated ada lind')).toEqual(['contradicted']);
  });
});
