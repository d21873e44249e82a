import { blankAnswer } from './cite';
import type { Answer } from './types';

const COMMANDS: [string, string][] = [
  ['/ask question', 'a short answer with the sentence it rests on (who, what, when, where, how many, who said …)'],
  ['/actor name', 'who an actor is, other names, their claims and where they appear'],
  ['/claims [actor] [topic]', 'attributed claims, direct quotes first'],
  ['/timeline', 'dated events in order; relative dates marked'],
  ['/source paragraph', 'a paragraph with its neighbours'],
  ['/brief', 'a briefing: summary, key actors, timeline, strongest quotes'],
  ['/digest', 'what a thread discussed, linked to sources, and what the articles do not support'],
  ['/about', 'articles loaded, counts, spin warning'],
  ['Find sources (message menu)', 'facts that support or contradict a message'],
];

export function helpAnswer(): Answer {
  const answer = blankAnswer(
    'help',
    'Dossier',
    'Dossier answers questions about the actors, dates and claims in the loaded news articles. Every answer cites the article, paragraph (¶) and exact sentence; when the articles do not say, it says so.',
  );
  answer.sections.push({ heading: 'Commands', items: COMMANDS.map(([c, what]) => ({ text: `${c} — ${what}` })) });
  return answer;
}
