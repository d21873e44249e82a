import { ApplicationCommandOptionType } from 'discord.js';
import { answerReply } from '../src/bot/answers';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';
import { toChoices } from '../src/render/discord/choices';

export default {
  data: {
    name: 'actor',
    description: 'Who someone is: aliases, what they said, where they appear',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'name', description: 'A person, organisation or group', required: true, autocomplete: true, max_length: 100 },
      publicOption,
    ],
  },
  async execute(interaction, { dossier }) {
    const name = interaction.options.getString('name', true);
    await respond(interaction, answerReply(dossier.actor(name), { ephemeral: !isPublic(interaction), request: { kind: 'actor', name } }));
  },
  async autocomplete(interaction, { dossier }) {
    await interaction.respond(toChoices(dossier.autocomplete(interaction.options.getFocused())));
  },
} satisfies SlashCommand;
