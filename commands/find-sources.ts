import { ApplicationCommandType } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import type { MessageCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';
import { wellFormed } from '../src/render/discord/text';

/** Discord's longest message (with Nitro); anything longer did not come from Discord. */
const MAX_MESSAGE = 4000;

/** Right-click a message → Apps → Find sources. The target arrives with its content even without the Message Content intent. */
export default {
  data: { name: 'Find sources', type: ApplicationCommandType.Message },
  async execute(interaction, { dossier }) {
    const text = wellFormed(interaction.targetMessage.content.slice(0, MAX_MESSAGE)).trim();
    if (!text) {
      await respond(interaction, { content: 'That message has no text I can check against the articles.', ephemeral: true });
      return;
    }
    await respond(interaction, answerReply(dossier.check(text), { ephemeral: true }));
  },
} satisfies MessageCommand;
