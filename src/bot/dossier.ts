import type { Dossier } from '../answer/dossier';

export type { ChatMessage } from '../answer/dossier';

/**
 * The questions the bot asks of the answer layer. A Pick of the real class, so tests can drive the
 * bot with a stand-in that answers the same questions.
 */
export type DossierApi = Pick<
  Dossier,
  'ask' | 'actor' | 'claims' | 'timeline' | 'source' | 'brief' | 'digest' | 'check' | 'about' | 'help' | 'autocomplete' | 'articleChoices'
>;
