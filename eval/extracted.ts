import { readArticleFile } from '../src/article/read';
import { extractFacts } from '../src/extract/pipeline';
import type { ArticleFacts } from '../src/extract/types';

export function extractFile(file: string): ArticleFacts {
  return extractFacts(readArticleFile(file));
}

/** All name forms of the actor a claim's speaker points at (or just the speaker text). */
export function speakerForms(facts: ArticleFacts, speaker: string | null, speakerId: string | null): string[] {
  const actor = speakerId ? facts.actors.find((a) => a.id === speakerId) : undefined;
  if (actor) return [actor.name, ...actor.aliases];
  return speaker ? [speaker] : [];
}
