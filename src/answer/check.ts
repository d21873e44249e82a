import type { StoreIndex } from '../store/indices';
import { fold } from '../store/terms';
import { blankAnswer, citeSentence, clip } from './cite';
import type { ActorLookup } from './lookup';
import { numberSpans } from './spans';
import { supportingSentences, termGroups } from './support';
import type { Answer, AnswerItem } from './types';

/** A message shares this share of its (rarity-weighted) words with a sentence that supports it. */
const SUPPORT = 0.6;
/** …and at least this much with a sentence it may contradict. */
const RELATED = 0.45;
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|denied|deny|denies)\b|n['’]t\b/i;

export interface CheckResult {
  supports: AnswerItem[];
  contradicts: AnswerItem[];
}

/** Sentences that support a statement, and related ones that differ in a number or in negation. */
export function checkStatement(index: StoreIndex, text: string): CheckResult {
  const supports: AnswerItem[] = [];
  const contradicts: AnswerItem[] = [];
  for (const { entry, coverage } of supportingSentences(index, text, RELATED, 5)) {
    const sentence = entry.sentence.text;
    const citation = citeSentence(entry.facts.article, entry.sentence);
    const conflict = numberConflict(text, sentence) ?? (NEGATION.test(text) !== NEGATION.test(sentence) ? 'one of them negates' : null);
    if (conflict) contradicts.push({ text: `${clip(sentence, 200)} (${conflict})`, citation });
    else if (coverage >= SUPPORT) supports.push({ text: clip(sentence, 200), citation });
  }
  return { supports: supports.slice(0, 3), contradicts: contradicts.slice(0, 2) };
}

/** Numbers the message gives that the sentence gives otherwise. */
function numberConflict(message: string, sentence: string): string | null {
  const inMessage = numberSpans(message, 0).map((s) => fold(s.text));
  const inSentence = numberSpans(sentence, 0).map((s) => fold(s.text));
  if (inMessage.length === 0 || inSentence.length === 0) return null;
  const differ = inMessage.filter((n) => !inSentence.some((m) => m.includes(n) || n.includes(m)));
  return differ.length ? `the article gives ${inSentence.join(', ')}` : null;
}

export function checkAnswer(index: StoreIndex, text: string): Answer {
  const { supports, contradicts } = checkStatement(index, text);
  const found = supports.length + contradicts.length > 0;
  const summary = !found
    ? 'The articles neither support nor contradict this message.'
    : [supports.length ? `${supports.length} sentence${supports.length === 1 ? '' : 's'} support it.` : '', contradicts.length ? `${contradicts.length} may contradict it.` : '']
        .filter(Boolean)
        .join(' ');
  const answer = blankAnswer('check', 'Find sources', summary, found);
  if (supports.length) answer.sections.push({ heading: 'Supports', items: supports });
  if (contradicts.length) answer.sections.push({ heading: 'May contradict', items: contradicts });
  answer.citations = [...supports, ...contradicts].flatMap((i) => (i.citation ? [i.citation] : []));
  answer.data = { supports: supports.map((i) => i.citation), contradicts: contradicts.map((i) => i.citation) };
  return answer;
}

/** What a chat discussed: actors and claims it touched, with sources, and statements the articles do not support. */
export function digestAnswer(index: StoreIndex, lookup: ActorLookup, messages: { author: string; content: string }[]): Answer {
  const actorCounts = new Map<string, number>();
  const linked: AnswerItem[] = [];
  const unsupported: AnswerItem[] = [];
  for (const m of messages) {
    const content = m.content.trim();
    for (const e of lookup.inText(content)) actorCounts.set(e.name, (actorCounts.get(e.name) ?? 0) + 1);
    if (termGroups(index, content).length < 3 || content.endsWith('?')) continue; // chatter and questions state nothing
    const { supports, contradicts } = checkStatement(index, content);
    const label = `${m.author}: “${clip(content, 120)}”`;
    if (supports[0]) linked.push({ text: label, citation: supports[0].citation });
    else if (contradicts[0]) unsupported.push({ text: `${label} — the article says otherwise`, citation: contradicts[0].citation });
    else unsupported.push({ text: `${label} — not in the articles` });
  }
  const actors = [...actorCounts].sort((a, b) => b[1] - a[1]);
  const answer = blankAnswer(
    'digest',
    'Digest',
    messages.length === 0
      ? 'There are no messages to digest.'
      : `${messages.length} message${messages.length === 1 ? '' : 's'}: ${actors.length} actor${actors.length === 1 ? '' : 's'} discussed, ${linked.length} statement${linked.length === 1 ? '' : 's'} backed by the articles, ${unsupported.length} not.`,
    messages.length > 0,
  );
  if (actors.length) answer.sections.push({ heading: 'Actors discussed', items: actors.map(([name, n]) => ({ text: `${name} (${n})` })) });
  if (linked.length) answer.sections.push({ heading: 'Backed by the articles', items: linked });
  if (unsupported.length) answer.sections.push({ heading: 'Not supported by the articles', items: unsupported });
  answer.citations = linked.flatMap((i) => (i.citation ? [i.citation] : []));
  answer.data = { actors: actors.map(([name, mentions]) => ({ name, mentions })), linked: linked.length, unsupported: unsupported.length };
  return answer;
}

