import { readFileSync } from 'node:fs';
import type { Dossier } from '../src/answer/dossier';
import type { Answer } from '../src/answer/types';
import { norm } from './match';

/** A question file in the format of ../shared/eval/dev-questions.json. */
export interface QuestionSet {
  questions: { q: string; answer_contains: string[]; paragraphs: number[] }[];
  negatives: { q: string }[];
  actor_lookups?: { name: string; expect: string | null }[];
}

export interface QuestionScores {
  /** Answered and the answer contains an acceptable word. */
  right: [number, number];
  /** Right and a citation names an acceptable paragraph. */
  cited: [number, number];
  /** Negatives that abstained. */
  abstained: [number, number];
  /** Answerable questions that abstained: an aggregate that tells abstention from a wrong answer on untouched sets. */
  silent: [number, number];
  lookups: [number, number];
  misses: string[];
}

export function readQuestionSet(file: string): QuestionSet {
  return JSON.parse(readFileSync(file, 'utf8')) as QuestionSet;
}

/**
 * What an answer says, as scored: the text shown above the citation, which the CLI prints as `answer`. An answer
 * that is the whole cited sentence ("The article says:") says nothing: an answer is its span (issue #11).
 */
export function answerSaid(a: Answer): string {
  return a.text;
}

/** Scores a Dossier on a question set by the matching rules of ../shared/eval/README.md. */
export function scoreQuestions(dossier: Dossier, set: QuestionSet): QuestionScores {
  const misses: string[] = [];
  let right = 0;
  let cited = 0;
  let silent = 0;
  for (const q of set.questions) {
    const a = dossier.ask(q.q);
    if (!a.answered) silent++;
    const said = answerSaid(a);
    const ok = a.answered && q.answer_contains.some((w) => norm(said).includes(norm(w)));
    const ci = ok && a.citations.some((c) => q.paragraphs.includes(c.paragraph));
    if (ok) right++;
    if (ci) cited++;
    if (!ci) {
      const got = a.answered ? `“${a.text.slice(0, 80)}” ¶${a.citations.map((c) => c.paragraph).join(',')}` : 'abstained';
      misses.push(`${ok ? 'wrong ¶' : 'wrong'}: ${q.q} → ${got}`);
    }
  }
  let abstained = 0;
  for (const n of set.negatives) {
    const a = dossier.ask(n.q);
    if (!a.answered) abstained++;
    else misses.push(`answered a negative: ${n.q} → “${a.text.slice(0, 80)}”`);
  }
  const lookups = set.actor_lookups ?? [];
  let lookupsRight = 0;
  for (const l of lookups) {
    const a = dossier.actor(l.name);
    const ok = l.expect === null ? !a.answered : a.answered && norm(a.title) === norm(l.expect);
    if (ok) lookupsRight++;
    else misses.push(`actor "${l.name}" → ${a.answered ? a.title : 'not found'} (expected ${l.expect ?? 'not found'})`);
  }
  return {
    right: [right, set.questions.length],
    cited: [cited, set.questions.length],
    abstained: [abstained, set.negatives.length],
    silent: [silent, set.questions.length],
    lookups: [lookupsRight, lookups.length],
    misses,
  };
}
