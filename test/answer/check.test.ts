import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesDossier, readChatStatements, scoreVerdicts, sharedDossier } from '../../eval/verdicts';
import { hasShared, seedDossier, SHARED } from './helpers';

const items = (a: { sections: { heading: string; items: { text: string; citation?: { paragraph: number } }[] }[] }, heading: string) =>
  a.sections.find((s) => s.heading === heading)?.items ?? [];

describe('check (Find sources)', () => {
  it('supports a statement the article makes, citing its paragraph', () => {
    const a = seedDossier().check('Putin thanked Lukashenko for his support');
    expect(a.answered).toBe(true);
    expect(a.text).toBe('The articles support this.');
    expect(items(a, 'Supported')[0]?.citation?.paragraph).toBe(20);
  });

  it('contradicts a number the article gives otherwise', () => {
    const a = seedDossier().check('Belarusian police arrested five men');
    expect(items(a, 'Contradicted')[0]?.citation?.paragraph).toBe(23);
    expect(items(a, 'Contradicted')[0]?.text).toMatch(/three/);
  });

  it('supports a statement behind a chatty opener (issue #11)', () => {
    const a = seedDossier().check('lol so basically the Pohonia Battalion is led by Vadim Prokopiev, a restaurateur');
    expect(items(a, 'Supported')[0]?.citation?.paragraph).toBe(6);
  });

  it('contradicts a regret the article denies, and never supports an extra place (issue #11)', () => {
    expect(items(seedDossier().check('Lukashenko said he regrets the war'), 'Contradicted')[0]?.citation?.paragraph).toBe(19);
    expect(items(seedDossier().check('Putin ordered troops in through Belarus and Poland'), 'Supported')).toEqual([]);
  });

  it('neither supports nor contradicts what the articles do not cover', () => {
    const a = seedDossier().check('Angela Merkel visited Paris to discuss farm subsidies');
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
    expect(items(a, 'Not covered')).toHaveLength(1);
  });
});

describe('digest', () => {
  it('opens with what the thread discussed and counts the three verdicts; chatter and questions are skipped', () => {
    const a = seedDossier().digest([
      { author: 'ana', content: 'Putin thanked Lukashenko for his support.' },
      { author: 'bo', content: 'lol' },
      { author: 'cy', content: 'Tikhanovskaya said four volunteers have been killed since the war began.' },
      { author: 'dee', content: 'Belarusian police arrested five men.' },
      { author: 'ana', content: 'Who leads the battalion?' },
      { author: 'eli', content: 'Angela Merkel visited Paris to discuss farm subsidies.' },
    ]);
    expect(a.text).toMatch(/^The thread discussed .*(?:Putin|Lukashenko)/);
    expect(a.text).toMatch(/4 statements checked: 2 supported, 1 contradicted, 1 not covered/);
    expect(items(a, 'Supported').map((i) => i.citation?.paragraph)).toEqual([20, 11]);
    expect(items(a, 'Contradicted')[0]?.text).toMatch(/^dee: /);
    expect(items(a, 'Not covered')[0]?.citation).toBeUndefined();
  });
});

describe.runIf(hasShared)('chat statements (test/answer/chat-statements.json, both splits)', () => {
  it('gets at least 0.88 of the verdicts right and never calls a contradicted statement supported', () => {
    const all = readChatStatements(resolve('test/answer/chat-statements.json'));
    const s = scoreVerdicts(sharedDossier(SHARED), all);
    expect(s.contradictedSupported).toBe(0);
    expect(s.right[0] / s.right[1]).toBeGreaterThanOrEqual(0.88);
  }, 60_000);
});

describe.runIf(hasShared)('chat statements about five other real articles (test/answer/chat-statements-fresh.json)', () => {
  it('gets at least 0.88 of the verdicts right and never calls a contradicted statement supported', () => {
    const fresh = readChatStatements(resolve('test/answer/chat-statements-fresh.json'));
    const s = scoreVerdicts(filesDossier(SHARED, fresh.map((i) => i.article)), fresh);
    expect(s.contradictedSupported).toBe(0);
    expect(s.right[0] / s.right[1]).toBeGreaterThanOrEqual(0.88);
  }, 60_000);
});
