import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { splitStatements } from '../../src/answer/verdict/statements';
import { buildStore } from '../../src/store/build';

/** An invented article: every name, number, date and place below is made up. */
const ARTICLE = `---
title: Harbour strike
published: 2024-03-12
---
Dock workers in Valmora walked out on Monday, the Harbour Workers Union said.

The union's leader, Marta Kessling, said 400 members had joined the strike. "We will not go back until the port authority listens," Kessling told reporters in Lisbon.

Port director Anton Reyes said the strike was costing the port two million euros a day. He has shown no regret for the wage freeze.

The strike began in 2023 after wage talks collapsed, Reyes said.
`;

function dossier(): Dossier {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-'));
  writeFileSync(join(dir, 'harbour.md'), ARTICLE);
  return Dossier.fromStore(buildStore(dir).store);
}

const d = dossier();
interface Judged {
  verdict: string;
  reason: string | null;
  text: string;
  citation: { paragraph: number; text: string } | null;
}
const judge = (text: string): Judged[] => (d.check(text).data as { statements: Judged[] }).statements;
const verdictOf = (text: string) => judge(text).map((s) => s.verdict);

describe('claim checker verdicts (invented article)', () => {
  it('supports what the article says, quoting the sentence and its paragraph', () => {
    const [s] = judge('Marta Kessling said 400 members had joined the strike');
    expect(s?.verdict).toBe('supported');
    expect(s?.citation?.paragraph).toBe(2);
    expect(s?.citation?.text).toBe("The union's leader, Marta Kessling, said 400 members had joined the strike.");
  });

  it('contradicts a different number', () => {
    const [s] = judge('Kessling said 900 members had joined the strike');
    expect(s?.verdict).toBe('contradicted');
    expect(s?.reason).toMatch(/400/);
  });

  it('contradicts a different year and a different weekday', () => {
    expect(verdictOf('The strike began in 2021 after wage talks collapsed')).toEqual(['contradicted']);
    expect(verdictOf('Dock workers in Valmora walked out on Friday')).toEqual(['contradicted']);
  });

  it('contradicts a different place', () => {
    const [s] = judge('Kessling told reporters in Madrid that they will not go back until the port authority listens');
    expect(s?.verdict).toBe('contradicted');
    expect(s?.reason).toMatch(/lisbon/i);
  });

  it('contradicts words put in the mouth of another speaker', () => {
    const [s] = judge('Anton Reyes said 400 members had joined the strike');
    expect(s?.verdict).toBe('contradicted');
    expect(s?.reason).toMatch(/Kessling/);
  });

  it('contradicts a negation or an opposite word', () => {
    expect(verdictOf('Reyes regrets the wage freeze')).toEqual(['contradicted']);
    expect(verdictOf('Reyes has shown a lot of remorse for the wage freeze')).toEqual(['contradicted']);
  });

  it('does not cover what the article does not say', () => {
    expect(verdictOf('The mayor of Valmora promised the union new cranes')).toEqual(['not_covered']);
  });

  it('never supports a statement that adds a place the sentence does not give', () => {
    expect(verdictOf('Kessling told reporters in Lisbon and Madrid that they will not go back until the port authority listens')).not.toContain('supported');
  });

  it('drops a chat opener and skips chit-chat and questions', () => {
    const [s] = judge('lol so basically Kessling said 400 members had joined the strike');
    expect(s?.text).toBe('Kessling said 400 members had joined the strike');
    expect(s?.verdict).toBe('supported');
    expect(verdictOf('lol this is wild')).toEqual(['skip']);
    expect(verdictOf('Who leads the union?')).toEqual(['skip']);
  });

  it('reads a statement that only says "they" with the actors of the thread before it', () => {
    const a = d.digest([
      { author: 'ana', content: 'Kessling said 400 members had joined the strike.' },
      { author: 'bo', content: 'lol' },
      { author: 'cy', content: 'Reyes said the strike was costing the port five million euros a day.' },
    ]);
    expect(a.text).toMatch(/^The thread discussed .*Kessling/);
    expect(a.text).toMatch(/2 statements checked: 1 supported, 1 contradicted, 0 not covered/);
    expect(a.sections.map((s) => s.heading)).toEqual(['Actors discussed', 'Supported', 'Contradicted']);
    expect(a.sections.find((s) => s.heading === 'Contradicted')?.items[0]?.citation?.paragraph).toBe(3);
  });

  it('reads a verb of absence as a negation: what the sentence says is missing is never supported', () => {
    expect(verdictOf('Reyes has shown no regret for the wage freeze')).toEqual(['supported']);
    expect(verdictOf('Reyes lacked regret for the wage freeze')).not.toContain('contradicted');
    expect(verdictOf('the union lacked members in the strike')).not.toContain('supported');
  });
});

describe('statement splitter', () => {
  it('splits sentences but not at abbreviations, and drops openers, fillers and trailing noise', () => {
    const parts = splitStatements('wait, I read that Mr. Okafor met the U.S. envoy tbh. they have like 500 boats lol');
    expect(parts.map((p) => p.text)).toEqual(['Mr. Okafor met the U.S. envoy', 'they have 500 boats']);
    expect(parts.every((p) => p.kind === 'statement')).toBe(true);
  });

  it('keeps a tag question as a statement and skips real questions, opinions and talk about the chat', () => {
    expect(splitStatements('Okafor resigned, right?')[0]).toMatchObject({ text: 'Okafor resigned', kind: 'statement' });
    expect(splitStatements('did Okafor resign?')[0]?.kind).toBe('question');
    expect(splitStatements('this whole thing is so sad')[0]?.kind).toBe('chat');
    expect(splitStatements('I need coffee before reading more')[0]?.kind).toBe('chat');
    expect(splitStatements('👍')).toEqual([]);
  });

  it('spells out chat contractions so negations are seen', () => {
    expect(splitStatements('they dont need the money')[0]?.text).toBe("they don't need the money");
  });
});

/** A second invented article for the "every part must match" rules. */
const COUNCIL = `---
title: Council row
published: 2024-05-02
---
Mayor Ilse Brandt gave the remarks at her monthly news conference in Corvel Hall.

The council has resisted calls to publish the full audit, saying such papers are always kept confidential.

Councillor Tomas Weir resigned on Tuesday. The Northern Transit Authority said the £4m grant was frozen.

Brandt declined to renominate judge Pia Lund. Weir was a supporter of the harbour plan.

Brandt hired Weir at the ferry office.
`;

const council = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-verdict-'));
  writeFileSync(join(dir, 'council.md'), COUNCIL);
  return Dossier.fromStore(buildStore(dir).store);
})();
const councilVerdict = (text: string) => (council.check(text).data as { statements: Judged[] }).statements.map((s) => s.verdict);

describe('supported needs every checkable part (invented article)', () => {
  it('a statement word the sentence lacks blocks support; an exclusive value contradicts', () => {
    expect(councilVerdict('Brandt gave the remarks at her monthly news conference')).toEqual(['supported']);
    expect(councilVerdict('Brandt gave the remarks at her weekly news conference')).toEqual(['contradicted']);
    expect(councilVerdict('Brandt gave the remarks at her secret news conference')).not.toContain('supported');
  });

  it('a cue that says more than "said" is checked, and its opposite contradicts', () => {
    expect(councilVerdict('the council agreed to publish the full audit')).toEqual(['contradicted']);
  });

  it('a negation phrase ("declined to") flips the verb', () => {
    expect(councilVerdict('Brandt renominated judge Pia Lund')).toEqual(['contradicted']);
  });

  it('reads a paraphrase, a longer form and an abbreviation as the same word', () => {
    expect(councilVerdict('Councillor Weir quit on Tuesday')).toEqual(['supported']);
    expect(councilVerdict('Weir supported the harbour plan')).toEqual(['supported']);
    expect(councilVerdict('the NTA said the £4m grant was frozen')).toEqual(['supported']);
  });

  it('names the other way round (subject and object swapped) are not support', () => {
    expect(councilVerdict('Brandt hired Weir at the ferry office')).toEqual(['supported']);
    expect(councilVerdict('Weir hired Brandt at the ferry office')).not.toContain('supported');
  });

  it('sums of one currency are compared; scope words must agree', () => {
    expect(councilVerdict('the Northern Transit Authority said the £9m grant was frozen')).toEqual(['contradicted']);
    expect(councilVerdict('Weir was the only supporter of the harbour plan')).not.toContain('supported');
  });
});
