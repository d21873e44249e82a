import type { Article } from '../article/types';
import { actorsStage } from './actors';
import { claimsStage } from './claims';
import { datesStage } from './dates';
import { spinStage } from './spin';
import type { ArticleFacts, Stage } from './types';

/**
 * The extraction components in order, as in spaCy's pipeline: each adds one kind of fact.
 * Claims come last because they resolve speakers against actors and pick up dates.
 */
export const DEFAULT_STAGES: readonly Stage[] = [actorsStage, datesStage, spinStage, claimsStage];

export function extractFacts(article: Article, stages: readonly Stage[] = DEFAULT_STAGES): ArticleFacts {
  const facts: ArticleFacts = { article, actors: [], dates: [], claims: [], spin: { signals: [], score: 0, likely: false } };
  for (const stage of stages) stage.run(facts);
  return facts;
}
