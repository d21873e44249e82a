import type { Answer } from '../answer/types';

export interface ChatMessage {
  id?: string;
  author: string;
  content: string;
}

/**
 * What the bot asks of the answer layer (src/answer/dossier.ts's Dossier satisfies it). Typed
 * structurally so commands and tests can run against any implementation of the same questions.
 */
export interface DossierApi {
  ask(question: string): Answer;
  actor(name: string): Answer;
  claims(opts?: { actor?: string; topic?: string }): Answer;
  timeline(): Answer;
  source(opts: { paragraph: number; article?: string }): Answer;
  brief(opts?: { article?: string }): Answer;
  digest(messages: ChatMessage[]): Answer;
  check(text: string): Answer;
  about(): Answer;
  help(): Answer;
  autocomplete(prefix: string): { name: string; value: string }[];
}
