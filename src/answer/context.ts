import type { StoreIndex } from '../store/indices';
import type { ActorLookup } from './lookup';
import type { AnswerGroup } from './across';
import type { Citation } from './types';

export interface AskContext {
  index: StoreIndex;
  lookup: ActorLookup;
  /** What the articles cover, for the abstention text. */
  coverage(): string;
}

/** An answer found: its text and the citations it rests on. */
export interface Found {
  answer: string;
  citations: Citation[];
  /** When several articles answer: each distinct answer with the articles giving it, most-supported first. */
  groups?: AnswerGroup[];
}
