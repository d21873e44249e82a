/**
 * Discord failing: malformed gateway payloads, a dropped gateway, REST 500 and 429 during a reply. The real
 * discord.js client runs against the local fake Discord; vitest fails the run on any unhandled rejection, so
 * these tests also prove that nothing here escapes as one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/article/read';
import { UNREADABLE } from '../../src/bot/gateway-guard';
import { interact, slash } from '../fake-discord/interactions';
import { startHarness, sentMessages, TOKEN, unsafe, type Harness } from './harness';
import { StubDossier } from '../bot/stub-dossier';

const article = readArticleFile('data/articles/000_561b48a65b5491d5.txt');
let h: Harness;

beforeAll(async () => {
  h = await startHarness(new StubDossier(article));
});

afterAll(async () => {
  await h?.stop();
});

const citesArticle = (final: Record<string, unknown>): boolean => JSON.stringify(final.embeds ?? []).includes('¶');

async function stillServing(): Promise<void> {
  const out = await interact(h.fake, slash('ask', { question: 'still there?' }));
  expect(out.ms).toBeLessThan(3000);
  expect(citesArticle(out.final)).toBe(true);
}

describe('malformed gateway payloads', () => {
  it('answers an interaction that lacks entitlements and authorizing_integration_owners', async () => {
    const payload = slash('timeline');
    delete payload.entitlements;
    delete payload.authorizing_integration_owners;
    const out = await interact(h.fake, payload);
    expect(out.callback.type).toBe(4);
    expect(citesArticle(out.final)).toBe(true);
  });

  it.each([
    ['no member and no user', (p: Record<string, unknown>) => delete p.member],
    ['no data', (p: Record<string, unknown>) => delete p.data],
    ['data is null', (p: Record<string, unknown>) => (p.data = null)],
    ['a component interaction without data', (p: Record<string, unknown>) => ((p.type = 3), delete p.data)],
    ['options of the wrong shape', (p: Record<string, unknown>) => ((p.data as Record<string, unknown>).options = 'oops')],
  ])('answers an unreadable interaction (%s) with a clear ephemeral error and keeps serving', async (_label, mutate) => {
    const payload = slash('ask', { question: 'hello' });
    mutate(payload);
    const out = await interact(h.fake, payload);
    expect(out.callback.type).toBe(4);
    expect(out.final.flags).toBe(64);
    expect(String(out.final.content)).toMatch(UNREADABLE.slice(0, 40)); 
    expect(unsafe(out.final)).toEqual([]);
    await stillServing();
  });

  it('survives dispatches with no usable body, and logs what it dropped', async () => {
    for (const d of [null, 7, 'text', [], { type: 99 }, { id: 'x', token: '../../escape', type: 2 }]) h.fake.dispatch('INTERACTION_CREATE', d);
    h.fake.dispatch('CHANNEL_UPDATE', { id: null });
    h.fake.dispatch('NOT_AN_EVENT', { whatever: true });
    await stillServing();
    expect(h.logLines.some((l) => l.includes('dropped a gateway payload'))).toBe(true);
    // A token that is not a token is never put into a URL.
    expect(h.fake.requests.some((r) => r.path.includes('escape'))).toBe(false);
  });
});

describe('a dropped gateway', () => {
  it.each([4000, 1006])('resumes the session after close code %i and answers the next interaction', async (code) => {
    const resumes = h.fake.resumes;
    const identifies = h.fake.identifies;
    h.fake.dropGateway(code);
    await h.fake.waitFor(() => h.fake.resumes > resumes && h.fake.connected, 15_000);
    expect(h.fake.identifies).toBe(identifies);
    await stillServing();
  });

  it('identifies anew after a close that ends the session (4007, invalid sequence) and answers the next interaction', async () => {
    const identifies = h.fake.identifies;
    h.fake.dropGateway(4007);
    await h.fake.waitFor(() => h.fake.identifies > identifies && h.fake.connected, 15_000);
    await stillServing();
  });
});

describe('REST faults during a reply', () => {
  it('retries a 500 on the interaction callback and the user gets the answer', async () => {
    h.fake.faults.push({ path: /\/callback$/, status: 500, times: 2 });
    const out = await interact(h.fake, slash('ask', { question: 'after a 500' }));
    expect(out.ms).toBeLessThan(3000);
    expect(citesArticle(out.final)).toBe(true);
    expect(h.fake.faults.at(-1)!.times).toBe(0);
  });

  it('when every retry fails, the user gets a clear error instead of silence', async () => {
    h.fake.faults.push({ path: /\/callback$/, status: 503, times: 4 });
    const out = await interact(h.fake, slash('ask', { question: 'Discord is down' }));
    expect(out.final.flags).toBe(64);
    expect(String(out.final.content)).toMatch(/error id `[0-9a-f]{8}`/);
  });

  it('waits out a 429 with retry_after on the callback and still answers within 3 s', async () => {
    h.fake.faults.push({ path: /\/callback$/, status: 429, times: 1, retryAfter: 0.5 });
    const started = Date.now();
    const out = await interact(h.fake, slash('ask', { question: 'rate limited' }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(out.ms).toBeLessThan(3000);
    expect(citesArticle(out.final)).toBe(true);
  });

  it('waits out 429 and 500 on the deferred edit and the thread posts of /brief thread:true', async () => {
    h.fake.faults.push({ path: /^\/channels\/\d+\/messages$/, method: 'POST', status: 429, times: 1, retryAfter: 0.3 });
    h.fake.faults.push({ path: /^\/webhooks\//, method: 'PATCH', status: 500, times: 1 });
    const out = await interact(h.fake, slash('brief', { thread: true }), 10_000);
    expect(out.callback.type).toBe(5);
    expect(String(out.final.content)).toMatch(/Briefing posted in <#\d+>/);
  });

  it('a global 429 on the callback is waited out too', async () => {
    h.fake.faults.push({ path: /\/callback$/, status: 429, times: 1, retryAfter: 0.3, global: true });
    await stillServing();
  });
});

describe('what the bot sent and logged through all of that', () => {
  it('every message stayed within limits and parsed no mentions', () => {
    const sent = sentMessages(h.fake);
    expect(sent.length).toBeGreaterThan(10);
    for (const body of sent) expect(unsafe(body)).toEqual([]);
  });

  it('never contained the token, in any log line or request body', () => {
    expect(h.logLines.join('')).not.toContain(TOKEN);
    for (const r of h.fake.requests) expect(JSON.stringify(r.body ?? '')).not.toContain(TOKEN);
  });
});
