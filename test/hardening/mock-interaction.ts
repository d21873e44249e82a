/**
 * A stand-in for discord.js interactions with just what the router and command handlers use, so property
 * tests can run thousands of hostile inputs through the real handlers without a gateway. Every payload the
 * bot would send is captured as Discord would receive it (allowed_mentions spelled as discord.js sends it).
 */
import type { Interaction } from 'discord.js';

export interface Sent {
  via: 'reply' | 'editReply' | 'followUp' | 'update' | 'respond' | 'rest';
  body: Record<string, unknown>;
}

type Kind = 'slash' | 'autocomplete' | 'menu' | 'button';
export type Options = Record<string, string | number | boolean>;

export interface MockSpec {
  kind: Kind;
  command?: string;
  options?: Options;
  focused?: string;
  /** The option being typed (default: the command's first, which is not `article`). */
  focusedOption?: string;
  targetContent?: string;
  customId?: string;
  /** Messages GET /channels/:id/messages returns (for /digest). */
  channelMessages?: unknown[];
  userId?: string;
}

/** discord.js turns `allowedMentions` into `allowed_mentions`; the mock does the same so checks read one shape. */
function wire(options: Record<string, unknown>): Record<string, unknown> {
  const { allowedMentions, ...rest } = options;
  return allowedMentions === undefined ? rest : { ...rest, allowed_mentions: allowedMentions };
}

export function mockInteraction(spec: MockSpec): { interaction: Interaction; sent: Sent[] } {
  const sent: Sent[] = [];
  const options = spec.options ?? {};
  const typed = <T>(name: string, type: string): T | null => {
    const v = options[name];
    if (v === undefined) return null;
    if (typeof v !== type) throw new TypeError(`Option "${name}" is of the wrong type`);
    return v as T;
  };
  const state = { deferred: false, replied: false, responded: false };
  const rest = {
    async post(route: string, { body }: { body: Record<string, unknown> }) {
      if (route.endsWith('/threads')) return { id: '1300000000000000001', name: body.name };
      sent.push({ via: 'rest', body });
      return { id: '1300000000000000002', ...body };
    },
    async get() {
      return spec.channelMessages ?? [];
    },
  };
  const interaction = {
    ...state,
    id: '1200000000000000001',
    commandName: spec.command ?? '',
    customId: spec.customId ?? '',
    type: 2,
    user: { id: spec.userId ?? '1200000000000000002' },
    channelId: '1200000000000000003',
    channel: { isThread: () => false },
    client: { rest },
    inGuild: () => true,
    isChatInputCommand: () => spec.kind === 'slash',
    isAutocomplete: () => spec.kind === 'autocomplete',
    isMessageContextMenuCommand: () => spec.kind === 'menu',
    isButton: () => spec.kind === 'button',
    isCommand: () => spec.kind === 'slash' || spec.kind === 'menu',
    isRepliable: () => spec.kind !== 'autocomplete',
    options: {
      getString: (name: string) => typed<string>(name, 'string'),
      getBoolean: (name: string) => typed<boolean>(name, 'boolean'),
      getInteger: (name: string) => typed<number>(name, 'number'),
      getFocused: (full?: boolean) => (full ? { name: spec.focusedOption ?? 'name', value: spec.focused ?? '' } : (spec.focused ?? '')),
    },
    targetMessage: { content: spec.targetContent ?? '' },
    message: { flags: { has: () => true }, embeds: [], components: [] },
    async reply(o: Record<string, unknown>) {
      if (interaction.replied || interaction.deferred) throw new Error('already acknowledged');
      interaction.replied = true;
      sent.push({ via: 'reply', body: wire(o) });
    },
    async deferReply() {
      interaction.deferred = true;
    },
    async editReply(o: Record<string, unknown>) {
      interaction.replied = true;
      sent.push({ via: 'editReply', body: wire(o) });
    },
    async followUp(o: Record<string, unknown>) {
      sent.push({ via: 'followUp', body: wire(o) });
    },
    async update(o: Record<string, unknown>) {
      interaction.replied = true;
      sent.push({ via: 'update', body: wire(o) });
    },
    async respond(choices: unknown[]) {
      interaction.responded = true;
      sent.push({ via: 'respond', body: { choices } });
    },
  };
  return { interaction: interaction as unknown as Interaction, sent };
}
