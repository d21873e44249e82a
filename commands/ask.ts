import { ApplicationCommandOptionType } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import { articleOption, articleScope, completeArticle } from '../src/bot/article-option';
import { isPublic, publicOption, textOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';

const MAX_QUESTION = 300;

export default {
  data: {
    name: 'ask',
    description: 'Ask a question about the articles; the answer cites the sentences it rests on',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'question', description: 'e.g. Who said the vote was rigged?', required: true, max_length: MAX_QUESTION },
      articleOption,
      publicOption,
    ],
  },
  async execute(interaction, { dossier }) {
    const question = textOption(interaction, 'question', MAX_QUESTION);
    const scope = articleScope(interaction);
    await respond(interaction, answerReply(dossier.ask(question, scope), { ephemeral: !isPublic(interaction), request: { kind: 'ask', question, ...scope } }));
  },
  async autocomplete(interaction, ctx) {
    if (!(await completeArticle(interaction, ctx))) await interaction.respond([]);
  },
} satisfies SlashCommand;
