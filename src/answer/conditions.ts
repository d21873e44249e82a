import type { Sentence } from '../article/types';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { COUNTRIES } from '../lexicon/countries';
import { DEMONYMS } from '../lexicon/demonyms';
import { BOUNDARY_NOUNS } from '../lexicon/place-nouns';
import type { ActorEntry, SentenceEntry } from '../store/indices';
import { fold, isStopword, stem, synonymKeys, termKeys, tokenize } from '../store/terms';
import type { AskContext } from './context';
import type { ParsedQuestion } from './question';
import { closeSpelling } from './similarity';
import type { Span } from './spans';
import { isPassiveAt, PRONOUN_PHRASE, subjectOf } from './subject';
import type { TermGroup } from './support';

/**
 * Conditions a sentence must meet before it answers a question, beyond sharing its words: a date the question
 * names must be written there, the verb asked must be done by the one asked about, a count must be of the verb
 * asked, a place asked "where in X" is no country. Each returns plainly so retrieve.ts reads as a list of them.
 */

/** Years, and months or weekdays after a preposition ("in 2020", "in April", "on Monday"), a question names. */
export function datesAsked(text: string): string[] {
  const years = text.match(/\b(?:1[5-9]\d\d|20\d\d)\b/g) ?? [];
  const named = [...text.matchAll(/\b(?:in|on|since|during|by|until|before|after|last|this|early|late)\s+([a-z]+)\b/gi)]
    .map((m) => m[1]!)
    .filter((w) => w.length > 3 && (MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase())));
  return [...years, ...named];
}

/** Is every date asked written in the text (as a word)? */
export function datesWritten(dates: string[], text: string): boolean {
  return dates.every((d) => new RegExp(`\\b${d}\\b`, 'i').test(text));
}

/** "Who runs X?": the question's verb acts on a focus actor named after it (not "who is known as X"). */
export function actsOnFocus(q: ParsedQuestion, focus: ActorEntry[]): boolean {
  if (!q.verb || isStopword(q.verb) || /^(?:known|called|named|described|seen|considered|regarded|dubbed)$/i.test(q.verb)) return false;
  const after = tokenize(fold(q.text).split(fold(q.verb)).slice(1).join(' ')).map((t) => t.word);
  const names = focus.flatMap((e) => [e.name, ...e.aliases]).flatMap((n) => tokenize(fold(n)).map((t) => t.word));
  return after.some((w) => names.some((n) => n === w || closeSpelling(w, n)));
}

export const DEMONYM_WORDS = new Set(DEMONYMS.map(fold));
export const onlyDemonyms = (text: string) => tokenize(text).every((t) => DEMONYM_WORDS.has(fold(t.word)) || /^(?:and|or)$/i.test(t.word));

/** Does the speaker as written name what the phrase does, by its last content word or a synonym ("military" / "navy")? */
export function sameHead(speaker: string, phrase: string): boolean {
  const head = tokenize(phrase).filter((t) => !isStopword(t.word)).pop();
  if (!head) return false;
  const keys = new Set(synonymKeys(head.word));
  return tokenize(speaker).some((t) => synonymKeys(t.word).some((k) => keys.has(k)));
}

/**
 * "How many X have *died*", "how many were *arrested*", "how many could *benefit*": the verb of a count question,
 * past the words `skip` rejects ("how many did Roe say had been *found*" passes the speaker and the saying).
 */
export function countPredicate(text: string, skip: (word: string) => boolean): string | undefined {
  if (!/^(?:by\s+)?how\s+many\b/i.test(text)) return undefined;
  for (const m of text.matchAll(/\b(?:have|has|had|were|was|are|is|did|do|does|got|could|would|will|can|may|might)\s+(?:been\s+|be\s+|reportedly\s+|already\s+)?(\w+)/gi)) {
    if (!isStopword(m[1]!) && !skip(m[1]!)) return m[1];
  }
  return undefined;
}

/** The clause of the sentence a span is in (between stops, semicolons and colons). */
export function clauseAround(s: Sentence, span: Span): string {
  const before = s.text.slice(0, span.start - s.start);
  const after = s.text.slice(span.end - s.start);
  return `${before.split(/[.;:!?]/).pop()!}${span.text}${after.split(/[.;:!?]/)[0]!}`;
}

/** Does the clause use the word or a synonym? */
export function clauseHas(clause: string, word: string): boolean {
  const keys = new Set(synonymKeys(word));
  return tokenize(clause).some((t) => synonymKeys(t.word).some((k) => keys.has(k)));
}

/** A passive's agent right after it or past a short phrase ("created for the Courier by …"). */
const PASSIVE_AGENT = /^(?:\s+[^\s,;:()“”"–—]+){0,6}?\s+by\b/i;

/** The verb (same stem) is written passively with no "by" agent after it: "Four have been killed since …". */
export function passiveWithoutAgent(text: string, verb: string): boolean {
  const key = stem(verb);
  const token = tokenize(text).find((t) => stem(t.word) === key);
  return !!token && isPassiveAt(text, token.start) && !PASSIVE_AGENT.test(text.slice(token.end));
}

/** Does the sentence have the word, a form of it or a synonym? */
export function hasWord(entry: SentenceEntry, word: string): boolean {
  return termKeys(word).some((k) => entry.terms.has(k));
}

/** "What does/did X VERB …": the verb right after the focus actor's name, when the question is put so. */
export function verbAfterFocus(question: string, groups: TermGroup[]): string | null {
  if (!/^what\s+(?:does|did|do|has|have|had)\s/i.test(question)) return null;
  const words = tokenize(question).slice(2);
  let i = 0;
  while (i < words.length && (groups.some((g) => g.focus && g.word === fold(words[i]!.word)) || /^(?:the|a|an)$/i.test(words[i]!.word))) i++;
  const verb = words[i];
  // only a verb of a known kind (fear, want, say …): in "what did Belarus police call …" the word after the
  // focus is still part of who is asked about
  return i > 0 && verb && !isStopword(verb.word) && termKeys(verb.word).some((k) => k.startsWith('~')) ? verb.word : null;
}

/** Does the sentence have the verb (or a synonym) with a subject other than the focus ("Analysts fear …")? */
export function someoneElseDoes(ctx: AskContext, entry: SentenceEntry, verb: string, focus: ActorEntry[]): boolean {
  const s = entry.sentence;
  const key = stem(verb);
  const classes = termKeys(verb).filter((k) => k.startsWith('~'));
  const token = tokenize(s.text).find((t) => stem(t.word) === key || termKeys(t.word).some((k) => classes.includes(k)));
  const subject = token && subjectOf(s.text, token.start, s.start);
  if (!subject) return false;
  // a pronoun may stand for the focus; anyone else named or described as the subject is someone else
  if (PRONOUN_PHRASE.test(subject.text)) return false;
  const inSubject = ctx.index.mentionsIn(entry.id).filter((m) => m.mention.start >= subject.start && m.mention.end <= subject.end);
  return !inSubject.some((m) => focus.includes(m.entry));
}

const BOUNDARY = new Set(BOUNDARY_NOUNS);
/** "Which town …?", "where in X …?": not answered by a country. */
export const SETTLEMENT_ASKED = /^(?:(?:(?:in|near)\s+)?(?:which|what)\s+(?:city|town|village)\b|where\s+in\s)/i;
export const COUNTRY_NAMES = new Set(COUNTRIES.map(fold));

/** "the Poland-Ukraine border" around a place named in it: the place a where-question asks, as written. */
export function joinedPlace(text: string, span: Span): string | null {
  const before = /(?:\p{Lu}[\p{L}.]*-)+$/u.exec(text.slice(Math.max(0, span.start - 60), span.start))?.[0] ?? '';
  const after = /^(?:-\p{Lu}[\p{L}.]*)*\s+(\p{Ll}+)/u.exec(text.slice(span.end, span.end + 60));
  if (!after || !BOUNDARY.has(after[1]!) || (!before && !after[0].startsWith('-'))) return null;
  return text.slice(span.start - before.length, span.end + after[0].length);
}
