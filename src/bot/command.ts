import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from './config';
import type { CooldownRule } from './cooldowns';
import type { DossierApi } from './dossier';
import type { Logger } from './logger';

/** What every handler gets besides its interaction. */
export interface BotContext {
  dossier: DossierApi;
  config: Config;
  logger: Logger;
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
