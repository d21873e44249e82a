import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { FetchConfig } from '../fetch';
import { wellFormed } from '../render/discord/text';
import type { Config } from './config';
import type { CooldownRule } from './cooldowns';
import type { DossierApi } from './dossier';
import type { GuildLibraries } from './libraries';
import type { Logger } from './logger';

/** What every handler gets besides its interaction. */
export interface BotContext {
  /** The Dossier that answers this interaction: its server's library (see `libraries`), else the one store served. */
  dossier: DossierApi;
  config: Config;
  logger: Logger;
  /** Every server's library; the router gives each interaction its own server's `dossier`. Absent where one store serves all (tests). */
  libraries?: GuildLibraries;
  /** Fetch settings for ingesting links and attachments (tests allow a local server); defaults when absent. */
  fetch?: FetchConfig;
  /** Makes the next interaction see this server's library as it now is (after an ingest or removal). */
  reload?: () => void | Promise<void>;
}

/** A slash command: its definition (plain API JSON, as registered) and its handling. */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Per-user limit for commands that cost Discord API calls; `applies` narrows it to some options. */
  cooldown?: CooldownRule & { applies?: (interaction: ChatInputCommandInteraction) => boolean };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** A message context-menu command ("Apps" on a message). */
export interface MessageCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}

export type Command = SlashCommand | MessageCommand;

/** Every slash command takes `public`: replies are ephemeral unless the user asks to share them. */
export const publicOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'public',
  description: 'Post the answer for everyone in the channel (default: only you see it)',
};

export function isPublic(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean('public') ?? false;
}

/**
 * A text option as handlers use it: Discord enforces the definition's max_length, but a modified client or a
 * fake gateway may send anything, so the text is cut to `maxLength` and made well-formed here. A missing
 * option reads as empty text, which every answer handles.
 */
export function textOption(interaction: ChatInputCommandInteraction, name: string, maxLength: number): string {
  return wellFormed((interaction.options.getString(name) ?? '').slice(0, maxLength));
}

/** The text typed so far in an autocompleted option, bounded the same way. */
export function focusedText(interaction: AutocompleteInteraction, maxLength: number): string {
  const focused: unknown = interaction.options.getFocused();
  return typeof focused === 'string' ? wellFormed(focused.slice(0, maxLength)) : '';
}
