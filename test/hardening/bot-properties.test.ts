/**
 * Hostile inputs through the real discord.js client and the fake Discord (fewer than properties.test.ts, which
 * runs the handlers directly): every interaction is answered, within 3 s, and every message is safe.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { autocomplete, interact, messageMenu, slash } from '../fake-discord/interactions';
import { sentMessages, startHarness, TOKEN, type Harness } from './harness';
import { hostileText, payloadProblems } from './hostile';

const RUNS = 300;
let h: Harness;

beforeAll(async () => {
  h = await startHarness((await Dossier.load('data/articles')).dossier, 'warn');
});

afterAll(async () => {
  await h?.stop();
});

describe('hostile interactions through the fake Discord', () => {
  it(`${RUNS} hostile interactions are all answered within 3 s, within limits, pinging nobody`, async () => {
    const payload = fc.oneof(
      hostileText.map((q) => slash('ask', { question: q, public: true })),
      hostileText.map((n) => slash('actor', { name: n })),
      fc.tuple(hostileText, hostileText).map(([a, t]) => slash('claims', { actor: a, topic: t })),
      hostileText.map((v) => autocomplete('claims', 'actor', v)),
      hostileText.map((c) => messageMenu('Find sources', c)),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (p) => {
        const out = await interact(h.fake, p);
        expect(out.ms).toBeLessThan(3000);
        expect(payloadProblems(out.callback.type === 8 ? (out.callback.data ?? {}) : out.final)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    for (const body of sentMessages(h.fake)) expect(payloadProblems(body as Record<string, unknown>)).toEqual([]);
    expect(h.logLines.filter((l) => l.includes('handler failed'))).toEqual([]);
    expect(h.logLines.join('')).not.toContain(TOKEN);
  }, 120_000);
});
