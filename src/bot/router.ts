import { ApplicationCommandType, type Interaction } from 'discord.js';
import { handleButton } from './buttons';
import type { BotContext, Command, MessageCommand, SlashCommand } from './command';
import { Cooldowns } from './cooldowns';
import { replyWithError } from './errors';
import { respond } from './respond';

const OUTDATED = 'I do not know this command any more; the bot operator should run `npm run deploy`.';

function isSlash(c: Command): c is SlashCommand {
  return (c.data.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
}

/** One entry point for every interaction: slash commands, autocomplete, the message menu, buttons. */
export function createRouter(commands: readonly Command[], shared: BotContext): (interaction: Interaction) => Promise<void> {
  const slash = new Map<string, SlashCommand>();
  const menus = new Map<string, MessageCommand>();
  for (const c of commands) {
    if (isSlash(c)) slash.set(c.data.name, c);
    else if (c.data.type === ApplicationCommandType.Message) menus.set(c.data.name, c as MessageCommand);
  }
  const cooldowns = new Cooldowns();

  return async (interaction) => {
    const started = Date.now();
    try {
      const ctx = await contextFor(interaction, shared);
      if (interaction.isChatInputCommand()) {
        const command = slash.get(interaction.commandName);
        if (!command) return await respond(interaction, { content: OUTDATED, ephemeral: true });
        const rule = command.cooldown;
        if (rule && (rule.applies?.(interaction) ?? true)) {
          const wait = cooldowns.take(interaction.user.id, interaction.commandName, rule);
          if (wait > 0) {
            return await respond(interaction, { content: `/${interaction.commandName} is on cooldown for you: try again in ${wait} s.`, ephemeral: true });
          }
        }
        await command.execute(interaction, ctx);
      } else if (interaction.isAutocomplete()) {
        const command = slash.get(interaction.commandName);
        if (command?.autocomplete) await command.autocomplete(interaction, ctx);
        else await interaction.respond([]);
      } else if (interaction.isMessageContextMenuCommand()) {
        const command = menus.get(interaction.commandName);
        if (!command) return await respond(interaction, { content: OUTDATED, ephemeral: true });
        await command.execute(interaction, ctx);
      } else if (interaction.isButton()) {
        await handleButton(interaction, ctx);
      } else {
        return;
      }
      ctx.logger.debug({ interaction: describe(interaction), ms: Date.now() - started }, 'handled');
    } catch (err) {
      await replyWithError(interaction, err, shared.logger);
    }
  };
}

/** The context of one interaction: its server's Dossier (a DM gets the default library), and a reload of that server only. */
async function contextFor(interaction: Interaction, shared: BotContext): Promise<BotContext> {
  const { libraries } = shared;
  if (!libraries) return shared;
  const guild = interaction.guildId;
  return { ...shared, dossier: await libraries.dossierFor(guild), reload: () => (guild === null ? undefined : libraries.invalidate(guild)) };
}

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return 'button';
  return String(interaction.type);
}
