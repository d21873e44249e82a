import { ApplicationCommandOptionType } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import { articleOption, articleScope, completeArticle } from '../src/bot/article-option';
import { focusedText, isPublic, publicOption, textOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';
import { toChoices } from '../src/render/discord/choices';

const MAX_NAME = 100;

export default {
  data: {
    name: 'actor',
    description: 'Who someone is: aliases, what they said, where they appear',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'name', description: 'A person, organisation or group', required: true, autocomplete: true, max_length: MAX_NAME },
      articleOption,
      publicOption,
    ],
  },
  async execute(interaction, { dossier }) {
    const name = textOption(interaction, 'name', MAX_NAME);
    const scope = articleScope(interaction);
    await respond(interaction, answerReply(dossier.actor(name, scope), { ephemeral: !isPublic(interaction), request: { kind: 'actor', name, ...scope } }));
  },
  async autocomplete(interaction, ctx) {
    if (await completeArticle(interaction, ctx)) return;
    const { dossier } = ctx;
    await interaction.respond(toChoices(dossier.autocomplete(focusedText(interaction, MAX_NAME))));
  },
} satisfies SlashCommand;
