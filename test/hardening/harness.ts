/** The real discord.js client and command set against the local fake Discord, with every log line kept. */
import { Writable } from 'node:stream';
import type { Client } from 'discord.js';
import type { BotContext } from '../../src/bot/command';
import { createClient, startBot } from '../../src/bot/client';
import { loadConfig, type Config } from '../../src/bot/config';
import type { DossierApi } from '../../src/bot/dossier';
import { loadCommands } from '../../src/bot/loader';
import { createLogger } from '../../src/bot/logger';
import { COMMANDS_DIR } from '../../src/bot/register';
import { limitViolations, type MessageShape } from '../../src/render/discord/limits';
import { FakeDiscord } from '../fake-discord/server';

/** A dummy token that must never show up in a log line or anything the bot sends. */
export const TOKEN = 'dummy.hardening-token.NEVER-LOG-ME-42';

export interface Harness {
  fake: FakeDiscord;
  client: Client;
  config: Config;
  ctx: BotContext;
  logLines: string[];
  stop(): Promise<void>;
}

export async function startHarness(dossier: DossierApi, level = 'info', dataDir?: string): Promise<Harness> {
  const fake = await FakeDiscord.start({ token: TOKEN, grantMessageContent: true });
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DISCORD_MESSAGE_CONTENT: 'true', ...(dataDir && { DATA_DIR: dataDir }) });
  const logLines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
  const logger = createLogger(level, [TOKEN], sink);
  const commands = await loadCommands(COMMANDS_DIR, logger);
  const client = createClient(config);
  const ctx: BotContext = { dossier, config, logger };
  await startBot(client, commands, ctx);
  return {
    fake,
    client,
    config,
    ctx,
    logLines,
    async stop() {
      await client.destroy();
      await fake.close();
    },
  };
}

/** Why a message the bot sent is unsafe: over a limit, or allowed to parse mentions. Empty when it is safe. */
export function unsafe(body: unknown): string[] {
  const msg = body as MessageShape & { allowed_mentions?: { parse?: unknown[] } };
  const problems = limitViolations(msg);
  if (JSON.stringify(msg.allowed_mentions) !== JSON.stringify({ parse: [] })) problems.push(`allowed_mentions ${JSON.stringify(msg.allowed_mentions)}`);
  return problems;
}

/** Every message body the bot sent to the fake: interaction callbacks, webhook edits and follow-ups, channel posts. */
export function sentMessages(fake: FakeDiscord): unknown[] {
  return fake.requests.flatMap((r) => {
    if (r.method === 'GET' || r.body === null || typeof r.body !== 'object') return [];
    if (/\/callback$/.test(r.path)) {
      const cb = r.body as { type: number; data?: unknown };
      return cb.type === 4 || cb.type === 7 ? [cb.data] : [];
    }
    return /^\/webhooks\/|^\/channels\/\d+\/messages$/.test(r.path) ? [r.body] : [];
  });
}
