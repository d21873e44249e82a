import { ApplicationCommandOptionType } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';
import { toChoices } from '../src/render/discord/choices';

export default {
  data: {
    name: 'claims',
    description: 'Who said what: attributed claims, direct quotes first',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'actor', description: 'Only what this actor said', autocomplete: true, max_length: 100 },
      { type: ApplicationCommandOptionType.String, name: 'topic', description: 'Only claims about this topic', max_length: 100 },
      publicOption,
    ],
  },
  async execute(interaction, { dossier }) {
    const actor = interaction.options.getString('actor') ?? undefined;
    const topic = interaction.options.getString('topic') ?? undefined;
    const request = { kind: 'claims' as const, ...(actor && { actor }), ...(topic && { topic }) };
    const answer = dossier.claims({ ...(actor && { actor }), ...(topic && { topic }) });
    await respond(interaction, answerReply(answer, { ephemeral: !isPublic(interaction), request }));
  },
  async autocomplete(interaction, { dossier }) {
    await interaction.respond(toChoices(dossier.autocomplete(interaction.options.getFocused())));
  },
} satisfies SlashCommand;
