import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import type { AskData } from '../../src/answer/ask';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

const dossierOf = (body: string) => Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [extractFacts(parseArticle(body, 'a'))] });
const answerOf = (d: Dossier, q: string) => (d.ask(q).data as AskData).answer;

describe('epithet questions', () => {
  const d = dossierOf(
    [
      'Margaret Thatcher met the miners on Monday.',
      'Arthur Scargill called for a national strike.',
      'Jim Hacker called on Thatcher to resign.',
      'The talks were led by Thatcher, who is often known as the Iron Lady, and lasted a day.',
      'Critics call Bernard Woolley the Quiet Man in private.',
    ].join('\n\n'),
  );

  it('reads the name the text gives someone after a naming cue, as written, citing its paragraph', () => {
    for (const q of ['what do people call thatcher', 'what is Margaret Thatcher known as', 'how is thatcher often described', 'what is thatchers nickname']) {
      const a = d.ask(q);
      expect(answerOf(d, q), q).toBe('the Iron Lady');
      expect(a.citations[0]?.paragraph).toBe(4);
    }
  });

  it('reads what others call someone ("critics call X Y")', () => {
    expect(answerOf(d, 'what do critics call Bernard Woolley')).toBe('the Quiet Man');
  });

  it('takes no epithet from someone calling for something or calling on someone', () => {
    expect(answerOf(d, 'what do people call Arthur Scargill')).toBeNull();
    expect(answerOf(d, 'what is Jim Hacker known as')).toBeNull();
  });

  it('abstains for a name the articles do not use', () => {
    expect(answerOf(d, 'what do people call Winston Churchill')).toBeNull();
  });
});
