import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import type { Logger } from './logger';
import { respond } from './respond';

/** Logs a handler failure under a short id and tells the user that id; never throws. */
export async function replyWithError(interaction: Interaction, err: unknown, logger: Logger): Promise<void> {
  const errorId = randomBytes(4).toString('hex');
  const what = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : interaction.type;
  logger.error({ err, errorId, interaction: what, user: interaction.user.id }, 'handler failed');
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    await respond(interaction, {
      content: `Something went wrong on my side (error id \`${errorId}\`). Please try again; if it keeps happening, give this id to the bot's operator.`,
      ephemeral: true,
    });
  } catch (replyErr) {
    logger.warn({ err: replyErr, errorId }, 'could not tell the user about the error');
  }
}
