import type { ActorEntry, SentenceEntry, StoreIndex } from '../store/indices';
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

/**
 * Sentences that support a statement, and related ones that differ in a number or in negation. When the
 * statement names actors, only sentences whose paragraph names one of them count: a sentence about someone
 * else neither supports nor contradicts it.
 */
export function checkStatement(index: StoreIndex, lookup: ActorLookup, text: string): CheckResult {
  const supports: AnswerItem[] = [];
  const contradicts: AnswerItem[] = [];
  const actors = lookup.inText(text);
  for (const { entry, coverage } of supportingSentences(index, text, RELATED, 5)) {
    if (actors.length && !paragraphNames(index, entry, actors)) continue;
    const sentence = entry.sentence.text;
    const citation = citeSentence(entry.facts.article, entry.sentence);
    const conflict = numberConflict(text, sentence) ?? (coverage >= SUPPORT ? negationConflict(text, sentence) : null);
    if (conflict) contradicts.push({ text: `${clip(sentence, 200)} (${conflict})`, citation });
    else if (coverage >= SUPPORT) supports.push({ text: clip(sentence, 200), citation });
  }
  return { supports: supports.slice(0, 3), contradicts: contradicts.slice(0, 2) };
}

function paragraphNames(index: StoreIndex, entry: SentenceEntry, actors: ActorEntry[]): boolean {
  const { article } = entry.facts;
  return article.sentences.some((s) => {
    if (s.paragraph !== entry.sentence.paragraph) return false;
    const id = index.sentenceId(article.id, s.index);
    return id !== undefined && index.mentionsIn(id).some((m) => actors.includes(m.entry));
  });
}

/**
 * A statement that negates what the sentence affirms, or affirms what the sentence itself negates. A negation
 * inside a quotation ("We never had any doubts") is the speaker's words, so it does not make the sentence negative,
 * but a negated statement agrees with a quotation that negates.
 */
function negationConflict(statement: string, sentence: string): string | null {
  const stated = NEGATION.test(statement);
  const anywhere = NEGATION.test(sentence);
  const outsideQuotes = NEGATION.test(sentence.replace(/[“"][^”"]*[”"]/g, ' '));
  return (stated && !anywhere) || (!stated && outsideQuotes) ? 'one of them negates' : null;
}

/** Numbers the message gives that the sentence gives otherwise. */
function numberConflict(message: string, sentence: string): string | null {
  const inMessage = numberSpans(message, 0).map((s) => fold(s.text));
  const inSentence = numberSpans(sentence, 0).map((s) => fold(s.text));
  if (inMessage.length === 0 || inSentence.length === 0) return null;
  const differ = inMessage.filter((n) => !inSentence.some((m) => m.includes(n) || n.includes(m)));
  return differ.length ? `the article gives ${inSentence.join(', ')}` : null;
}

export function checkAnswer(index: StoreIndex, lookup: ActorLookup, text: string): Answer {
  const { supports, contradicts } = checkStatement(index, lookup, text);
  const found = supports.length + contradicts.length > 0;
  const summary = !found
    ? 'The articles neither support nor contradict this message.'
    : [supports.length ? `${supports.length} sentence${supports.length === 1 ? ' supports' : 's support'} it.` : '', contradicts.length ? `${contradicts.length} may contradict it.` : '']
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
    const { supports, contradicts } = checkStatement(index, lookup, content);
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

