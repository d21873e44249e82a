import nlp from 'compromise';
import { CUE_FORMS } from '../../lexicon/cues';
import { PARTICIPLE_AUXILIARIES, SAME_PAST_FORMS } from '../../lexicon/tense-cues';
import type { Tense } from './tense';

/**
 * The tense of a verb the cue lists do not know ("hears", "slid", "kick in"), read by compromise's tagger: the
 * fallback when no listed cue shows the tense of the clause around a date.
 */

interface TaggedVerb {
  start: number;
  end: number;
  past: boolean;
  word: string;
  /** The subject before it is one thing ("the bank cut"), so a form like "cut" can only be the past. */
  singularSubject: boolean;
}

/** Longer sentences are not tagged, so the cost stays bounded per sentence. */
const MAX_TAGGED_CHARS = 600;
/** How far from the date a verb may stand, as for the listed cues. */
const MAX_CHARS = 160;
/** The cue lists stop at these too: a verb beyond them governs another clause. */
const CLAUSE_BREAK = /[;:]/;
/** A headline ("Minister quits Wednesday") has no full stop; its present tense reports. */
const FULL_SENTENCE = /[.!?]["'”’)]*\s*$/;
const reporting = new Set(CUE_FORMS.filter((c) => c.role !== 'source').map((c) => c.form));
const samePast = new Set(SAME_PAST_FORMS);
const linking = new Set(PARTICIPLE_AUXILIARIES);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** The verbs of the last sentence tagged: the dates of one sentence ask one after another. */
let last: { text: string; verbs: TaggedVerb[] } | undefined;

function taggedVerbs(text: string): TaggedVerb[] {
  if (last?.text === text) return last.verbs;
  const verbs: TaggedVerb[] = [];
  if (text.length <= MAX_TAGGED_CHARS) {
    const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
    for (const { terms } of sentences) {
      terms.forEach((t, i) => {
        const tags = new Set(t.tags);
        if (!tags.has('Verb') || tags.has('Auxiliary') || tags.has('Copula') || tags.has('Modal') || tags.has('Gerund')) return;
        const past = tags.has('PastTense');
        if (!past && !tags.has('PresentTense')) return;
        // "the court hears": a verb after a determiner is a noun the tagger misread; after a linking verb
        // ("stay closed") it is a participle, and the linking verb tells the tense
        const previous = terms[i - 1];
        if (previous?.tags.includes('Determiner') || linking.has(previous?.text.toLowerCase() ?? '')) return;
        let j = i - 1;
        while (j >= 0 && terms[j]!.tags.includes('Adverb')) j--;
        const subject = terms[j]?.tags ?? [];
        const singularSubject = (subject.includes('Singular') || SINGULAR_PRONOUNS.has(terms[j]?.text.toLowerCase() ?? '')) && !subject.includes('Plural');
        verbs.push({ start: t.offset.start, end: t.offset.start + t.offset.length, past, word: t.text.toLowerCase(), singularSubject });
      });
    }
  }
  last = { text, verbs };
  return verbs;
}

/**
 * Past when the nearest verb before the date (or, looking ahead, the first after it) in the same clause is tagged
 * past, and so is "cut" after one thing ("the bank cut rates"); ahead (prospective) when it is a present verb of
 * doing in a full sentence ("the court hears the appeal on Tuesday" is a timetable), unless the date is a
 * possessive ("Tuesday's ruling"), an event named; null otherwise ("police say", "storms hit", a headline's "quits").
 */
export function taggedTense(text: string, start: number, end: number, ahead: boolean, from = 0): Tense | null {
  // `from` (text before the date only): a verb must stand after it, in the clause the date is in
  const verbs = taggedVerbs(text).filter((v) => v.start >= from);
  const verb = ahead
    ? verbs.find((v) => v.start >= end && v.start - end <= MAX_CHARS && !CLAUSE_BREAK.test(text.slice(end, v.start)))
    : verbs.filter((v) => v.end <= start && start - v.end <= MAX_CHARS && !CLAUSE_BREAK.test(text.slice(v.end, start))).at(-1);
  if (!verb) return null;
  if (verb.past || (samePast.has(verb.word) && verb.singularSubject)) return 'past';
  const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
  if (possessive || !FULL_SENTENCE.test(text) || reporting.has(verb.word) || samePast.has(verb.word)) return null;
  // prospective, as for a progressive plan: the day ahead, while "today" beside a present verb stays the present
  return 'prospective';
}
