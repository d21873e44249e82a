import { answerReply } from '../src/bot/answers';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';

export default {
  data: {
    name: 'help',
    description: 'How to use Dossier',
    options: [publicOption],
  },
  async execute(interaction, { dossier }) {
    await respond(interaction, answerReply(dossier.help(), { ephemeral: !isPublic(interaction), request: { kind: 'help' } }));
  },
} satisfies SlashCommand;
