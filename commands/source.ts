import { ApplicationCommandOptionType } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import { articleOption, articleScope, completeArticle } from '../src/bot/article-option';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';

export default {
  data: {
    name: 'source',
    description: 'Show a paragraph (¶) of the article with its neighbours',
    options: [
      { type: ApplicationCommandOptionType.Integer, name: 'paragraph', description: 'Paragraph number, as in ¶3', required: true, min_value: 1, max_value: 100000 },
      { ...articleOption, description: 'Which article, when several are loaded: type words of its title and pick it' },
      publicOption,
    ],
  },
  async execute(interaction, { dossier }) {
    const paragraph = interaction.options.getInteger('paragraph', true);
    const scope = articleScope(interaction);
    const answer = dossier.source({ paragraph, ...scope });
    await respond(interaction, answerReply(answer, { ephemeral: !isPublic(interaction), request: { kind: 'source', paragraph, ...scope } }));
  },
  async autocomplete(interaction, ctx) {
    if (!(await completeArticle(interaction, ctx))) await interaction.respond([]);
  },
} satisfies SlashCommand;
