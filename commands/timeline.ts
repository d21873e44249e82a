import { answerReply } from '../src/bot/answers';
import { articleOption, articleScope, completeArticle } from '../src/bot/article-option';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';

export default {
  data: {
    name: 'timeline',
    description: 'Dated events in order; dates relative to publication are marked',
    options: [articleOption, publicOption],
  },
  async execute(interaction, { dossier }) {
    const scope = articleScope(interaction);
    await respond(interaction, answerReply(dossier.timeline(scope), { ephemeral: !isPublic(interaction), request: { kind: 'timeline', ...scope } }));
  },
  async autocomplete(interaction, ctx) {
    if (!(await completeArticle(interaction, ctx))) await interaction.respond([]);
  },
} satisfies SlashCommand;
