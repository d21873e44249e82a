import type { StoreIndex } from '../store/indices';
import { blankAnswer, clip } from './cite';
import type { ActorLookup } from './lookup';
import type { Answer, AnswerItem, AnswerSection } from './types';
import { judgeMessages, type StatementVerdict } from './verdict/verdicts';

const HEADINGS = { supported: 'Supported', contradicted: 'Contradicted', not_covered: 'Not covered' } as const;
type Checked = StatementVerdict & { verdict: keyof typeof HEADINGS };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per statement: who said it (in a digest), what it says, and why it is contradicted. */
function item(v: Checked, withAuthor: boolean): AnswerItem {
  const said = `${withAuthor && v.author ? `${v.author}: ` : ''}“${clip(v.text, 140)}”`;
  const line = v.reason ? `${said} — ${v.reason}` : said;
  return v.citation ? { text: line, citation: v.citation } : { text: line };
}

/** Supported, Contradicted and Not covered sections (empty ones left out), each item citing its sentence. */
function verdictSections(checked: Checked[], withAuthor: boolean): AnswerSection[] {
  return (Object.keys(HEADINGS) as (keyof typeof HEADINGS)[])
    .map((k) => ({ heading: HEADINGS[k], items: checked.filter((v) => v.verdict === k).map((v) => item(v, withAuthor)) }))
    .filter((s) => s.items.length > 0);
}

function counts(checked: Checked[]): Record<keyof typeof HEADINGS, number> {
  return { supported: checked.filter((v) => v.verdict === 'supported').length, contradicted: checked.filter((v) => v.verdict === 'contradicted').length, not_covered: checked.filter((v) => v.verdict === 'not_covered').length };
}

function countLine(checked: Checked[]): string {
  const n = counts(checked);
  return `${plural(checked.length, 'statement')} checked: ${n.supported} supported, ${n.contradicted} contradicted, ${n.not_covered} not covered.`;
}

/** What --json shows for each statement. */
function statementData(v: StatementVerdict) {
  return { author: v.author, said: v.said, text: v.text, verdict: v.verdict, reason: v.reason, citation: v.citation };
}

/** Find sources and /check: each statement of a message supported, contradicted or not covered, with its sentence. */
export function checkAnswer(index: StoreIndex, lookup: ActorLookup, text: string): Answer {
  const all = judgeMessages(index, lookup, [{ content: text }]);
  const checked = all.filter((v): v is Checked => v.verdict !== 'skip');
  const only = checked.length === 1 ? checked[0]! : null;
  const summary =
    checked.length === 0
      ? 'This message states nothing to check against the articles (questions and chat are skipped).'
      : only
        ? only.verdict === 'supported'
          ? 'The articles support this.'
          : only.verdict === 'contradicted'
            ? `The articles contradict this: ${only.reason ?? 'they say otherwise'}.`
            : 'The articles do not cover this.'
        : countLine(checked);
  const answer = blankAnswer('check', 'Find sources', summary, checked.some((v) => v.citation));
  answer.sections = verdictSections(checked, false);
  answer.citations = checked.flatMap((v) => (v.citation ? [v.citation] : []));
  answer.data = { counts: counts(checked), statements: all.map(statementData) };
  return answer;
}

/**
 * /digest: what a thread discussed (the actors its messages name, most named first), then each statement it made
 * checked against the articles. Questions and chit-chat are skipped.
 */
export function digestAnswer(index: StoreIndex, lookup: ActorLookup, messages: { author: string; content: string }[]): Answer {
  const all = judgeMessages(index, lookup, messages);
  const checked = all.filter((v): v is Checked => v.verdict !== 'skip');
  const actorCounts = new Map<string, number>();
  for (const v of all) for (const e of v.actors) actorCounts.set(e.name, (actorCounts.get(e.name) ?? 0) + 1);
  const actors = [...actorCounts].sort((a, b) => b[1] - a[1]);
  const topics = actors.slice(0, 4).map(([name]) => name);
  const opener = topics.length
    ? `The thread discussed ${topics.length > 1 ? `${topics.slice(0, -1).join(', ')} and ${topics.at(-1)}` : topics[0]}.`
    : 'The thread named no one the articles mention.';
  const text =
    messages.length === 0
      ? 'There are no messages to digest.'
      : `${opener} ${plural(messages.length, 'message')}; ${checked.length ? countLine(checked) : 'no statement to check (questions and chat are skipped).'}`;
  const answer = blankAnswer('digest', 'Digest', text, messages.length > 0);
  if (actors.length) answer.sections.push({ heading: 'Actors discussed', items: actors.map(([name, n]) => ({ text: `${name} (${n})` })) });
  answer.sections.push(...verdictSections(checked, true));
  answer.citations = checked.flatMap((v) => (v.citation ? [v.citation] : []));
  answer.data = { actors: actors.map(([name, mentions]) => ({ name, mentions })), counts: counts(checked), statements: all.map(statementData) };
  return answer;
}
