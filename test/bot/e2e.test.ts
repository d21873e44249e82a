/**
 * The real discord.js client against a local fake Discord: every command, an autocomplete, the
 * buttons, the message menu, /brief thread:true and /digest, asserting on what the bot sent.
 */
import { Writable } from 'node:stream';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRef } from '../../src/answer/cite';
import { readArticleFile } from '../../src/article/read';
import { createClient, startBot } from '../../src/bot/client';
import { loadConfig, type Config } from '../../src/bot/config';
import { loadCommands } from '../../src/bot/loader';
import { createLogger } from '../../src/bot/logger';
import { COMMANDS_DIR, registerCommands } from '../../src/bot/register';
import { decodeButton } from '../../src/render/discord/custom-id';
import { limitViolations, type MessageShape } from '../../src/render/discord/limits';
import { autocomplete, buttonClick, interact, messageMenu, slash, type Outcome } from '../fake-discord/interactions';
import { BOT_ID, CHANNEL_ID, FakeDiscord, GUILD_ID, message, user } from '../fake-discord/server';
import { StubDossier } from './stub-dossier';

const TOKEN = 'dummy.e2e-token.never-logged';
const EPHEMERAL = 64;
const SEED = 'data/articles/000_561b48a65b5491d5.txt';
const article = readArticleFile(SEED);
const opening = articleRef(article).opening!;

let fake: FakeDiscord;
let client: Client;
let config: Config;
const dossier = new StubDossier(article);
const logLines: string[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, grantMessageContent: true });
  config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DISCORD_MESSAGE_CONTENT: 'true', DISCORD_CLIENT_ID: BOT_ID, DISCORD_GUILD_ID: GUILD_ID });
  const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
  const logger = createLogger('debug', [TOKEN], sink);
  const commands = await loadCommands(COMMANDS_DIR, logger);
  client = createClient(config);
  await startBot(client, commands, { dossier, config, logger });
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

/** What every message the bot sends must satisfy. */
function expectSafe(body: unknown): void {
  const msg = body as MessageShape & { allowed_mentions?: { parse?: unknown[] } };
  expect(msg.allowed_mentions).toEqual({ parse: [] });
  expect(limitViolations(msg)).toEqual([]);
}

function citedSentences(msg: Record<string, unknown>): string[] {
  const embeds = (msg.embeds ?? []) as { fields?: { name: string; value: string }[] }[];
  return embeds.flatMap((e) => (e.fields ?? []).filter((f) => /^¶\d+/.test(f.name)).map((f) => f.value));
}

function buttonIds(msg: Record<string, unknown>): string[] {
  const rows = (msg.components ?? []) as { components: { custom_id?: string }[] }[];
  return rows.flatMap((r) => r.components.flatMap((c) => (c.custom_id ? [c.custom_id] : [])));
}

function buttonFor(msg: Record<string, unknown>, action: string): string {
  const id = buttonIds(msg).find((b) => {
    const d = decodeButton(b);
    return d.ok && d.button.action === action;
  });
  if (!id) throw new Error(`no ${action} button`);
  return id;
}

async function answered(payload: Record<string, unknown>): Promise<Outcome> {
  const out = await interact(fake, payload);
  expect(out.ms).toBeLessThan(3000);
  expectSafe(out.final);
  for (const w of out.webhooks) if (w.method !== 'GET') expectSafe(w.body);
  return out;
}

describe('the bot against a fake Discord', () => {
  it('identified with only the intents it was configured for', () => {
    const GUILDS = 1;
    const MESSAGE_CONTENT = 1 << 15;
    expect(Number(fake.identify?.intents) & GUILDS).toBe(GUILDS);
    expect(Number(fake.identify?.intents) & MESSAGE_CONTENT).toBe(MESSAGE_CONTENT);
  });

  it.each([
    ['ask', { question: 'Who said what?' }],
    ['actor', { name: 'Someone' }],
    ['claims', {}],
    ['claims', { actor: 'Someone', topic: 'elections' }],
    ['timeline', {}],
    ['source', { paragraph: 2 }],
    ['brief', {}],
  ] as const)('/%s %j answers at once, ephemerally, citing exact sentences', async (name, options) => {
    const out = await answered(slash(name, options));
    expect(out.callback.type).toBe(4);
    expect(out.final.flags).toBe(EPHEMERAL);
    const cited = citedSentences(out.final);
    expect(cited.length).toBeGreaterThan(0);
    for (const quote of cited) expect(article.text).toContain(quote.replace(/^> /, '').replace(/\\/g, ''));
    // people read the article's name (the untitled seed: its opening words); the id stays in buttons only
    const shown = JSON.stringify(out.final.embeds);
    expect(shown).toContain(`“${opening}”`);
    expect(shown).not.toContain(article.id);
  });

  it.each(['about', 'help'])('/%s answers', async (name) => {
    const out = await answered(slash(name));
    expect(out.callback.type).toBe(4);
    expect((out.final.embeds as unknown[]).length).toBe(1);
  });

  it('posts for everyone with public:true, and never pings even when the text holds @everyone', async () => {
    const out = await answered(slash('actor', { name: 'nobody', public: true }));
    expect(out.final.flags ?? 0).toBe(0);
    // Shown (with a zero-width space after '@'), never parsed as a mention.
    expect(JSON.stringify(out.final)).toContain('@\u200beveryone');
    expect(JSON.stringify(out.final)).not.toMatch(/@everyone/);
    expect(out.final.allowed_mentions).toEqual({ parse: [] });
  });

  it('autocompletes actor names within the limits', async () => {
    const out = await interact(fake, autocomplete('actor', 'name', 'Al'));
    expect(out.callback.type).toBe(8);
    const choices = out.callback.data?.choices as { name: string; value: string }[];
    expect(choices.length).toBe(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100 && c.value.startsWith('Al'))).toBe(true);
  });

  it('autocompletes the article option by title on every command that cites, the value an exact id', async () => {
    for (const name of ['ask', 'actor', 'claims', 'timeline', 'source', 'brief']) {
      const out = await interact(fake, autocomplete(name, 'article', 'In a wooded'));
      expect(out.callback.type).toBe(8);
      expect(out.callback.data?.choices).toEqual([{ name: `“${opening}”`, value: article.id }]);
    }
    expect(dossier.calls.at(-1)).toEqual({ method: 'articleChoices', args: ['In a wooded'] });
  });

  it('passes the chosen article to the answer layer and keeps it in the "More" button', async () => {
    const out = await answered(slash('claims', { topic: 'x', article: article.id }));
    expect(dossier.calls.at(-1)).toEqual({ method: 'claims', args: [{ topic: 'x', article: article.id }] });
    const more = decodeButton(buttonFor(out.final, 'more'));
    expect(more).toEqual({ ok: true, button: { action: 'more', page: 1, request: { kind: 'claims', topic: 'x', article: article.id } } });
  });

  it('"Show source", "More" and "Share" work from the state in custom_id', async () => {
    const claims = await answered(slash('claims', { topic: 'x' }));
    const more = await answered(buttonClick(buttonFor(claims.final, 'more'), { ...claims.final, flags: EPHEMERAL }));
    expect(more.callback.type).toBe(7);
    expect((more.final.embeds as { title: string }[])[0]!.title).toContain('continued');
    expect(dossier.calls.at(-1)).toEqual({ method: 'claims', args: [{ topic: 'x' }] });

    const source = await answered(buttonClick(buttonFor(claims.final, 'source'), { ...claims.final, flags: EPHEMERAL }));
    expect(source.callback.type).toBe(4);
    expect(source.final.flags).toBe(EPHEMERAL);
    expect(dossier.calls.at(-1)?.method).toBe('source');

    const shared = await answered(buttonClick(buttonFor(claims.final, 'share'), { ...claims.final, flags: EPHEMERAL }));
    expect(shared.callback.type).toBe(4);
    expect(shared.final.flags ?? 0).toBe(0);
    expect(shared.final.embeds).toEqual(claims.final.embeds);
    expect(buttonIds(shared.final).some((id) => id.includes('share'))).toBe(false);
  });

  it('answers unknown and expired buttons with a clear message', async () => {
    const expired = await answered(buttonClick('dz0|src|a|1', {}));
    expect(expired.final.content).toMatch(/expired/i);
    const unknown = await answered(buttonClick('legacy-button', {}));
    expect(unknown.final.content).toMatch(/run the command again/i);
    expect(unknown.final.flags).toBe(EPHEMERAL);
  });

  it('"Find sources" checks the message it was used on', async () => {
    const out = await answered(messageMenu('Find sources', 'They said the vote was rigged'));
    expect(out.callback.type).toBe(4);
    expect(dossier.calls.at(-1)).toEqual({ method: 'check', args: ['They said the vote was rigged'] });
    expect(citedSentences(out.final).length).toBeGreaterThan(0);
  });

  it('/brief thread:true opens a thread named after the article and posts the sections there', async () => {
    const before = fake.requests.length;
    const out = await answered(slash('brief', { thread: true }));
    expect(out.callback.type).toBe(5);
    const created = fake.sent(/^\/channels\/\d+\/threads$/, 'POST').filter((r) => fake.requests.indexOf(r) >= before);
    expect(created).toHaveLength(1);
    expect(created[0]!.path).toBe(`/channels/${CHANNEL_ID}/threads`);
    const name = (created[0]!.body as { name: string }).name;
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toContain(opening.split(' ').slice(0, 4).join(' '));
    expect(name).not.toContain(article.id);
    const threadId = [...fake.channels.values()].find((c) => c.name === name)!.id as string;
    const posts = fake.sent(new RegExp(`^/channels/${threadId}/messages$`), 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(3);
    for (const p of posts) expectSafe(p.body);
    expect(out.final.content).toContain(`<#${threadId}>`);
  });

  it('/brief thread:true without thread permissions still gives the briefing and says what to fix', async () => {
    fake.forbidden.push(/\/threads$/);
    try {
      const out = await answered(slash('brief', { thread: true }, undefined, { ...user, id: '900000000000000105' }));
      expect(out.final.content).toMatch(/Create Public Threads/);
      expect(citedSentences(out.final).length).toBeGreaterThan(0);
    } finally {
      fake.forbidden.length = 0;
    }
  });

  it('/digest reads the thread, in order, and digests what people said', async () => {
    const thread = { id: '900000000000000077', type: 11, guild_id: GUILD_ID, parent_id: CHANNEL_ID, name: 'talk' };
    // Newest first, as Discord returns them.
    fake.channelMessages.set(thread.id, [
      message(thread.id, { author: user, content: 'second point' }),
      message(thread.id, { content: 'a bot message to skip' }),
      message(thread.id, { author: user, content: 'first point' }),
    ]);
    const out = await answered(slash('digest', { limit: 10 }, thread, { ...user, id: '900000000000000101' }));
    expect(out.callback.type).toBe(5);
    const get = fake.sent(new RegExp(`^/channels/${thread.id}/messages$`), 'GET').at(-1)!;
    expect(get.query.get('limit')).toBe('10');
    const call = dossier.calls.filter((c) => c.method === 'digest').at(-1)!;
    expect((call.args[0] as { content: string }[]).map((m) => m.content)).toEqual(['first point', 'second point']);
    expect(citedSentences(out.final).length).toBeGreaterThan(0);
  });

  it('/digest says how to enable Message Content when messages arrive empty or the intent is off', async () => {
    const thread = { id: '900000000000000078', type: 11, guild_id: GUILD_ID, parent_id: CHANNEL_ID, name: 'quiet' };
    fake.channelMessages.set(thread.id, [message(thread.id, { author: user, content: '' })]);
    const empty = await answered(slash('digest', {}, thread, { ...user, id: '900000000000000102' }));
    expect(empty.final.content).toMatch(/Message Content/);
    expect(fake.sent(new RegExp(`^/channels/${thread.id}/messages$`), 'GET').at(-1)!.query.get('limit')).toBe('50');

    config.messageContent = false;
    try {
      const off = await answered(slash('digest', {}, thread, { ...user, id: '900000000000000103' }));
      expect(off.callback.type).toBe(4);
      expect(off.final.content).toMatch(/DISCORD_MESSAGE_CONTENT=true/);
    } finally {
      config.messageContent = true;
    }
  });

  it('/digest says which permission is missing when it cannot read the channel', async () => {
    fake.forbidden.push(/\/messages$/);
    try {
      const out = await answered(slash('digest', {}, undefined, { ...user, id: '900000000000000106' }));
      expect(out.final.content).toMatch(/Read Message History/);
    } finally {
      fake.forbidden.length = 0;
    }
  });

  it('limits heavy commands per user', async () => {
    const someone = { ...user, id: '900000000000000104' };
    const replies: string[] = [];
    for (let i = 0; i < 4; i++) replies.push(String((await answered(slash('digest', {}, undefined, someone))).final.content ?? ''));
    expect(replies.slice(0, 3).some((r) => /cooldown/.test(r))).toBe(false);
    expect(replies[3]).toMatch(/cooldown.*\d+ s/);
  });

  it('turns a handler error into an ephemeral reply with an error id, logs it, and keeps running', async () => {
    const original = dossier.ask.bind(dossier);
    dossier.ask = () => {
      throw new Error('boom');
    };
    try {
      const out = await answered(slash('ask', { question: 'anything' }));
      expect(out.final.flags).toBe(EPHEMERAL);
      const id = /error id `([0-9a-f]{8})`/.exec(String(out.final.content))?.[1];
      expect(id).toBeDefined();
      expect(logLines.some((l) => l.includes(id!) && l.includes('boom'))).toBe(true);
    } finally {
      dossier.ask = original;
    }
    const next = await answered(slash('ask', { question: 'still there?' }));
    expect(citedSentences(next.final).length).toBeGreaterThan(0);
  });

  it('registers every command with the deploy step, in one guild when configured', async () => {
    const { count, scope } = await registerCommands(config, await loadCommands(COMMANDS_DIR, createLogger('silent')));
    const put = fake.sent(new RegExp(`^/applications/${BOT_ID}/guilds/${GUILD_ID}/commands$`), 'PUT').at(-1)!;
    const names = (put.body as { name: string }[]).map((c) => c.name).sort();
    expect(names).toEqual(['Add to library', 'Find sources', 'about', 'actor', 'ask', 'brief', 'claims', 'digest', 'help', 'ingest', 'library', 'source', 'timeline']);
    expect(count).toBe(13);
    const body = put.body as { name: string; options?: { name: string; autocomplete?: boolean; required?: boolean }[] }[];
    for (const name of ['ask', 'actor', 'claims', 'timeline', 'source', 'brief']) {
      expect(body.find((c) => c.name === name)?.options).toContainEqual(expect.objectContaining({ name: 'article', autocomplete: true }));
      expect(body.find((c) => c.name === name)?.options?.find((o) => o.name === 'article')?.required).toBeFalsy();
    }
    expect(scope).toContain(GUILD_ID);
  });

  it('failed only where a test made it fail', () => {
    const failures = logLines.filter((l) => l.includes('handler failed'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('boom');
  });

  it('never logged the token', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('')).not.toContain(TOKEN);
  });
});
