import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { toChoices } from '../render/discord/choices';
import { wellFormed } from '../render/discord/text';
import { textOption, type BotContext } from './command';

/** Article ids are file names; Discord's option values stop at 100 characters. */
const MAX_ID = 100;

/** Every command that cites takes `article`: chosen by title (autocomplete), sent as the article's exact id. */
export const articleOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.String,
  name: 'article',
  description: 'Only this article: type words of its title and pick it',
  autocomplete: true,
  max_length: MAX_ID,
};

/** The chosen article's id, or nothing: the answer layer says so when no article has it. */
export function articleScope(interaction: ChatInputCommandInteraction): { article?: string } {
  const article = textOption(interaction, 'article', MAX_ID).trim();
  return article ? { article } : {};
}

/** Answers autocomplete for `article` and returns true; false when another option is being typed. */
export async function completeArticle(interaction: AutocompleteInteraction, { dossier }: BotContext): Promise<boolean> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'article') return false;
  const typed = typeof focused.value === 'string' ? wellFormed(focused.value.slice(0, MAX_ID)) : '';
  await interaction.respond(toChoices(dossier.articleChoices(typed)));
  return true;
}
