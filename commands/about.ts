import { answerReply } from '../src/bot/answers';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';

export default {
  data: {
    name: 'about',
    description: 'Which articles are loaded, what was found in them, and how far to trust paraphrased text',
    options: [publicOption],
  },
  async execute(interaction, { dossier }) {
    await respond(interaction, answerReply(dossier.about(), { ephemeral: !isPublic(interaction), request: { kind: 'about' } }));
  },
} satisfies SlashCommand;
