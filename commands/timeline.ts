import { answerReply } from '../src/bot/answers';
import { isPublic, publicOption, type SlashCommand } from '../src/bot/command';
import { respond } from '../src/bot/respond';

export default {
  data: {
    name: 'timeline',
    description: 'Dated events in order; dates relative to publication are marked',
    options: [publicOption],
  },
  async execute(interaction, { dossier }) {
    await respond(interaction, answerReply(dossier.timeline(), { ephemeral: !isPublic(interaction), request: { kind: 'timeline' } }));
  },
} satisfies SlashCommand;
