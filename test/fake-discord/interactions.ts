/** INTERACTION_CREATE payloads as Discord sends them, and a driver that waits for the bot's answer. */
import { BOT_ID, CHANNEL_ID, GUILD_ID, message, snowflake, user, type FakeDiscord, type RecordedRequest } from './server';

type Json = Record<string, unknown>;
export type OptionValue = string | number | boolean;

const OPTION_TYPE = { string: 3, integer: 4, boolean: 5, number: 10 } as const;

function optionType(v: OptionValue): number {
  if (typeof v === 'boolean') return OPTION_TYPE.boolean;
  if (typeof v === 'number') return Number.isInteger(v) ? OPTION_TYPE.integer : OPTION_TYPE.number;
  return OPTION_TYPE.string;
}

function base(type: number, data: Json, channel: Json = { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'news' }, asUser: Json = user): Json {
  return {
    id: snowflake(),
    application_id: BOT_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel,
    channel_id: channel.id,
    member: { user: asUser, roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    token: `tok-${snowflake()}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
  };
}

export function slash(name: string, options: Record<string, OptionValue> = {}, channel?: Json, asUser: Json = user): Json {
  const opts = Object.entries(options).map(([n, value]) => ({ name: n, type: optionType(value), value }));
  return base(2, { id: snowflake(), name, type: 1, options: opts }, channel, asUser);
}

/** A slash command with one attachment option, the file served by the fake under `name`; `permissions` of the member. */
export function withAttachment(fake: FakeDiscord, command: string, option: string, name: string, bytes: Buffer, permissions: string): Json {
  const id = snowflake();
  fake.attachments.set(name, bytes);
  const url = `${fake.attachmentBase}/${encodeURIComponent(name)}`;
  const payload = base(2, {
    id: snowflake(),
    name: command,
    type: 1,
    options: [{ name: option, type: 11, value: id }],
    resolved: { attachments: { [id]: { id, filename: name, size: bytes.length, url, proxy_url: url, content_type: 'text/plain' } } },
  });
  (payload.member as Json).permissions = permissions;
  return payload;
}

export function autocomplete(name: string, focused: string, value: string): Json {
  return base(4, { id: snowflake(), name, type: 1, options: [{ name: focused, type: OPTION_TYPE.string, value, focused: true }] });
}

export function messageMenu(name: string, content: string): Json {
  const target = message(CHANNEL_ID, { author: user, content });
  return base(2, { id: snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id as string]: target } } });
}

/** A click on a button of a message the bot sent (`sent` is that message's data as the bot posted it). */
export function buttonClick(customId: string, sent: Json): Json {
  const msg = message(CHANNEL_ID, sent);
  return { ...base(3, { custom_id: customId, component_type: 2 }), message: msg };
}

export interface Outcome {
  /** The interaction callback (type 4 reply, 5 deferred, 7 update, 8 autocomplete). */
  callback: { type: number; data?: Json };
  /** Milliseconds from dispatch to the callback. */
  ms: number;
  /** The message that answers: the callback's data, or the edit of a deferred reply. */
  final: Json;
  /** Every request made with this interaction's token after the callback (edits and follow-ups). */
  webhooks: RecordedRequest[];
}

/** Dispatches an interaction and waits for its callback and, if deferred, for the edit that completes it. */
export async function interact(fake: FakeDiscord, payload: Json, timeoutMs = 5000): Promise<Outcome> {
  const started = Date.now();
  const id = payload.id as string;
  const token = payload.token as string;
  fake.dispatch('INTERACTION_CREATE', payload);
  // Faults the fake injected are answered but not accepted; the callback that counts is the one that succeeded.
  const ok = (r: RecordedRequest): boolean => r.status !== undefined && r.status < 300;
  const cb = await fake.waitFor(() => fake.requests.find((r) => r.path === `/interactions/${id}/${token}/callback` && ok(r)), timeoutMs);
  const ms = cb.at - started;
  const callback = cb.body as Outcome['callback'];
  const webhooks = (): RecordedRequest[] => fake.requests.filter((r) => r.path.startsWith(`/webhooks/${BOT_ID}/${token}`));
  let final = callback.data ?? {};
  if (callback.type === 5) {
    const edit = await fake.waitFor(() => webhooks().find((r) => r.method === 'PATCH' && ok(r)), timeoutMs);
    final = edit.body as Json;
  }
  return { callback, ms, final, webhooks: webhooks() };
}
