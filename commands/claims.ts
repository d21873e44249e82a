import { ApplicationCommandOptionType } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import { articleOption, articleScope, completeArticle } from '../src/bot/article-option';
import { focusedText, isPublic, publicOption, textOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';
import { toChoices } from '../src/render/discord/choices';

const MAX_TEXT = 100;

export default {
  data: {
    name: 'claims',
    description: 'Who said what: attributed claims, direct quotes first',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'actor', description: 'Only what this actor said', autocomplete: true, max_length: MAX_TEXT },
      { type: ApplicationCommandOptionType.String, name: 'topic', description: 'Only claims about this topic', max_length: MAX_TEXT },
      articleOption,
      publicOption,
    ],
  },
  async execute(interaction, { dossier }) {
    const actor = textOption(interaction, 'actor', MAX_TEXT) || undefined;
    const topic = textOption(interaction, 'topic', MAX_TEXT) || undefined;
    const scope = articleScope(interaction);
    const request = { kind: 'claims' as const, ...(actor && { actor }), ...(topic && { topic }), ...scope };
    const answer = dossier.claims({ ...(actor && { actor }), ...(topic && { topic }), ...scope });
    await respond(interaction, answerReply(answer, { ephemeral: !isPublic(interaction), request }));
  },
  async autocomplete(interaction, ctx) {
    if (await completeArticle(interaction, ctx)) return;
    const { dossier } = ctx;
    await interaction.respond(toChoices(dossier.autocomplete(focusedText(interaction, MAX_TEXT))));
  },
} satisfies SlashCommand;
