import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { BotContext, Command } from './command';
import type { Config } from './config';
import { guardGateway } from './gateway-guard';
import { NO_MENTIONS } from './respond';
import { createRouter } from './router';

/** Gateway close codes after which reconnecting cannot help; the operator must fix something. */
const FATAL_CLOSE_CODES: Record<number, string> = {
  4004: 'Discord rejected DISCORD_TOKEN (authentication failed): copy the token again from the Developer Portal (Bot tab)',
  4013: 'Discord rejected the gateway intents as invalid',
  4014:
    'Discord refused the Message Content intent: enable it in the Developer Portal (Bot → Privileged Gateway Intents) or unset DISCORD_MESSAGE_CONTENT',
};

/** Slash commands need only Guilds; Message Content is privileged, so it is requested only when configured. */
export function intentsFor(config: Pick<Config, 'messageContent'>): GatewayIntentBits[] {
  return config.messageContent ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] : [GatewayIntentBits.Guilds];
}

export function createClient(config: Config): Client {
  return new Client({
    intents: intentsFor(config),
    allowedMentions: NO_MENTIONS,
    // Interactions are queued until the client is ready, and handlers use no guild cache, so waiting the
    // default 15 s for slow guilds would only push replies past Discord's 3 s deadline.
    waitGuildTimeout: 2000,
    ...(config.apiBase && { rest: { api: config.apiBase } }),
  });
}

/** A failure the operator can fix, worded as one line. */
export class StartError extends Error {}

/**
 * Wires every event in one place and logs in. Resolves once the gateway session is ready; rejects
 * with a StartError for a rejected token or intents. `onFatal` hears about such a close later on.
 */
export async function startBot(
  client: Client,
  commands: readonly Command[],
  ctx: BotContext,
  onFatal: (error: StartError) => void = () => {},
): Promise<void> {
  const { logger } = ctx;
  const route = createRouter(commands, ctx);
  guardGateway(client, logger);
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.Error, (err) => logger.error({ err }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord.js warning'));
  client.on(Events.ShardDisconnect, ({ code }) => {
    const reason = FATAL_CLOSE_CODES[code];
    logger.error({ code }, reason ?? 'gateway connection closed for good');
    if (reason) onFatal(new StartError(reason));
  });
  client.on(Events.ShardReconnecting, () => logger.info('reconnecting to the gateway'));
  client.on(Events.ShardResume, () => logger.info('gateway session resumed'));
  const ready = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      logger.info({ user: c.user.tag, guilds: c.guilds.cache.size, commands: commands.length }, 'ready');
      resolve();
    }),
  );
  try {
    await client.login(ctx.config.token);
  } catch (err) {
    throw toStartError(err);
  }
  await ready;
}

function toStartError(err: unknown): Error {
  const code = (err as { code?: unknown }).code;
  const status = (err as { status?: unknown }).status;
  const message = err instanceof Error ? err.message : '';
  if (code === 'TokenInvalid' || status === 401 || message === 'Authentication failed') return new StartError(FATAL_CLOSE_CODES[4004]!);
  if (message === 'Used disallowed intents') return new StartError(FATAL_CLOSE_CODES[4014]!);
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT'].includes(String((err as { cause?: { code?: unknown } }).cause?.code ?? code))) {
    return new StartError(`cannot reach Discord: ${(err as Error).message}`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
