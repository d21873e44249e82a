import { InteractionResponseType, MessageFlags, Routes, type Client } from 'discord.js';
import type { Logger } from './logger';
import { NO_MENTIONS } from './respond';

type Json = Record<string, unknown>;
type HandlePacket = (packet?: unknown, shard?: unknown) => boolean;

export const UNREADABLE =
  'Discord sent me this request in a shape I could not read, so I could not answer it. Please try again; if it keeps happening, tell the bot operator.';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fields discord.js reads unconditionally although a lax gateway (or an older API version) may leave them out;
 * given their empty values the interaction is still answered instead of dropped.
 */
export function fillInteractionDefaults(d: Json): void {
  if (!Array.isArray(d.entitlements)) d.entitlements = [];
  if (!isObject(d.authorizing_integration_owners)) d.authorizing_integration_owners = {};
}

/**
 * discord.js builds its objects from gateway payloads inside @discordjs/ws's message handler; a payload without
 * a field it expects throws there and surfaces only as an unhandled rejection: the interaction is silently lost,
 * and the process dies unless something catches it. This wraps the client's packet handler (a private method,
 * hence the cast; discord.js is pinned, and test/hardening fails if the wrapping stops working) so every such
 * throw is logged, and an interaction that could not be read is still answered with a short ephemeral error.
 */
export function guardGateway(client: Client, logger: Logger): void {
  const ws = client.ws as unknown as { handlePacket: HandlePacket };
  const original = ws.handlePacket.bind(ws);
  ws.handlePacket = (packet, shard) => {
    const p = isObject(packet) ? packet : null;
    if (p?.t === 'INTERACTION_CREATE' && isObject(p.d)) fillInteractionDefaults(p.d);
    try {
      return original(packet, shard);
    } catch (err) {
      logger.error({ err, event: p?.t }, 'dropped a gateway payload discord.js could not read');
      if (p?.t === 'INTERACTION_CREATE') void answerUnreadable(client, p.d, logger);
      return false;
    }
  };
}

/** Replies through REST to an interaction that discord.js could not turn into an object, when it has an id and token. */
async function answerUnreadable(client: Client, d: unknown, logger: Logger): Promise<void> {
  if (!isObject(d)) return;
  const { id, token } = d;
  if (typeof id !== 'string' || !/^\d{1,20}$/.test(id) || typeof token !== 'string' || !/^[\w.-]{1,500}$/.test(token)) return;
  try {
    await client.rest.post(Routes.interactionCallback(id, token), {
      auth: false,
      body: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { content: UNREADABLE, flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS },
      },
    });
  } catch (err) {
    logger.warn({ err }, 'could not answer an unreadable interaction');
  }
}
