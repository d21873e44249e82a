import { ApplicationCommandOptionType } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import { isPublic, publicOption, textOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';

export default {
  data: {
    name: 'source',
    description: 'Show a paragraph (¶) of the article with its neighbours',
    options: [
      { type: ApplicationCommandOptionType.Integer, name: 'paragraph', description: 'Paragraph number, as in ¶3', required: true, min_value: 1, max_value: 100000 },
      { type: ApplicationCommandOptionType.String, name: 'article', description: 'Article id when several are loaded (see /about)', max_length: 100 },
      publicOption,
    ],
  },
  async execute(interaction, { dossier }) {
    const paragraph = interaction.options.getInteger('paragraph', true);
    const article = textOption(interaction, 'article', 100) || undefined;
    const request = { kind: 'source' as const, paragraph, ...(article && { article }) };
    const answer = dossier.source({ paragraph, ...(article && { article }) });
    await respond(interaction, answerReply(answer, { ephemeral: !isPublic(interaction), request }));
  },
} satisfies SlashCommand;
