import {
  COPULA_COMPLEMENT_WORDS,
  DEADLINE_WORDS,
  DEFERRAL_WORDS,
  DETERMINERS,
  FUTURE_BEFORE_TO,
  FUTURE_MARKERS,
  NOT_FINITE_BEFORE,
  NOT_PAST_ED,
  PARTICIPLE_AUXILIARIES,
  PAST_AUXILIARIES,
  PAST_VERBS,
  PERFECT_AUXILIARIES,
  PRESENT_BE,
  PRESENT_MODALS,
  PRESENT_VERBS,
  PROSPECTIVE_BEFORE_TO,
  PROSPECTIVE_MARKERS,
  RETROSPECTIVE_PROGRESSIVES,
  SCHEDULE_LEADS,
  SCHEDULE_WORDS,
  TIMETABLE_VERBS,
} from '../../lexicon/tense-cues';
import { WEEKDAYS } from '../../lexicon/calendar';
import { taggedTense } from './tagged-tense';

/**
 * Where the clause around a date sits relative to the time of writing; 'modal' is a present modal ("must", "may"),
 * which places a date ahead but leaves "today" the present ("faster than can be done today").
 */
export type Tense = 'past' | 'present' | 'future' | 'modal' | 'prospective' | 'unknown';

const future = new Set(FUTURE_MARKERS);
const futureBeforeTo = new Set(FUTURE_BEFORE_TO);
const prospectiveBeforeTo = new Set(PROSPECTIVE_BEFORE_TO);
const prospective = new Set(PROSPECTIVE_MARKERS);
const modals = new Set(PRESENT_MODALS);
const perfect = new Set(PERFECT_AUXILIARIES);
const presentBe = new Set(PRESENT_BE);
const schedule = new Set(SCHEDULE_WORDS);
const pastAuxiliaries = new Set(PAST_AUXILIARIES);
const timetable = new Set(TIMETABLE_VERBS);
const notFinite = new Set(NOT_FINITE_BEFORE);
const present = new Set(PRESENT_VERBS);
const past = new Set(PAST_VERBS);
const auxiliaries = new Set(PARTICIPLE_AUXILIARIES);
const notPast = new Set(NOT_PAST_ED);
const deferrals = new Set(DEFERRAL_WORDS);
const retrospective = new Set(RETROSPECTIVE_PROGRESSIVES);
const determiners = new Set(DETERMINERS);
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);
const CONJUNCTION = /\b(?:and|but|while|whereas)\s/gi;
/** Where the clause after the last conjunction in the text before a date starts (offset in that text). */
function lastConjunction(head: string): number {
  let at = -1;
  for (const m of head.matchAll(CONJUNCTION)) at = m.index + m[0].length;
  return at;
}
const UNTIL = /\b(?:until|till)\s+(?:the\s+)?$/i;
const copulaComplement = new Set(COPULA_COMPLEMENT_WORDS);
const DEADLINE = new RegExp(`\\b(?:${[...DEADLINE_WORDS, ...SCHEDULE_LEADS].map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`, 'i');
/** "moved to Thursday", "pushed back to Monday", "adjourned until Friday": a date something is put off to lies ahead. */
const DEFERRED_TO = new RegExp(`\\b(?:${DEFERRAL_WORDS.join('|')})\\s+(?:(?:back|forward|off|over|out|ahead)\\s+)?(?:to|until|till|for)\\s+(?:the\\s+)?$`, 'i');
/** A day a plan or a call is made for ("called a strike for Monday"): ahead, even when the call is reported. */
const FOR_DAY = /\bfor\s+$/i;
/** The end of a range from a start ("from Jan. 3 to Jan. 9"): as "until", it lies ahead outside a finished past clause. */
const RANGE_END = /\bfrom\s+\S+(?:\s+\S+){0,2}?\s+(?:to|[–—-])\s+(?:the\s+)?$/i;
/** "Results from Sunday's vote": a possessive after "from" names where something comes from, no start. */
const SOURCE_LEAD = /\bfrom\s+(?:the\s+)?$/i;

/** How far to look for the governing verb, in words and (to stay linear on huge sentences) characters. */
const MAX_WORDS = 15;
const MAX_CHARS = 160;
/** Clitics are words of their own ("she'll" → she, 'll), other apostrophes stay inside ("won't", "O'Neill"). */
const WORD = /[A-Za-z]+(?:(?:-|['’](?!(?:ll|d|s|re|ve)\b))[A-Za-z]+)*|['’](?:ll|d|s|re|ve)\b|[;:]/g;

/** Names that are also auxiliaries ("Theresa May", "Will Jones") keep their capital, so no cue matches them. */
const NAME_LIKE = new Set(['May', 'Will', 'Can']);

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => (NAME_LIKE.has(w) ? w : w.toLowerCase()));
}

/** The tense the word at i signals, given its neighbours; null when it says nothing. */
/** Words between a progressive verb and its date that put the date behind it ("searching after Monday's quake"). */
const BEHIND = new Set(['after', 'since', 'following']);
/** Prepositions of a short phrase between a verb and its "to" ("agreed in April to meet"). */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'with', 'by']);

/** What the reader knows of the way from the date to the word it reads. */
interface Path {
  /** The words passed over so far, nearest first. */
  between: readonly string[];
  /** The date is a possessive ("Monday's debate"): an event named, not one being planned. */
  possessive: boolean;
}

/** Whether the word at i is a past perfect ("had planned", "had been scheduled"). */
const pastPerfect = (list: readonly string[], i: number) => list[i - 1] === 'had' || (list[i - 1] === 'been' && list[i - 2] === 'had');

function tenseOf(list: string[], i: number, { between, possessive }: Path): Tense | null {
  const word = list[i]!;
  const before = list[i - 1];
  const after = list[i + 1];
  if (future.has(word)) return 'future';
  if (word === 'to' && before !== undefined) {
    // "plans to vote on Monday" looks ahead; "agreed to sell in October" looks ahead from the past, and so does
    // "agreed in April to meet" past a short prepositional phrase; "a plan to dredge" is a noun, no verb
    if (determiners.has(list[i - 2] ?? '')) return null;
    const at = PREPOSITIONS.has(list[i - 2] ?? '') ? i - 3 : PREPOSITIONS.has(list[i - 3] ?? '') ? i - 4 : i - 1;
    const verb = list[at];
    if (futureBeforeTo.has(before) || (verb !== before && verb !== undefined && futureBeforeTo.has(verb) && !presentBe.has(verb))) return 'future';
    // "had planned to resume flights on Monday": a plan a past perfect reports was overtaken, its day is gone
    if ((prospectiveBeforeTo.has(verb ?? '') || schedule.has(verb ?? '')) && pastPerfect(list, at)) return 'past';
    if (prospectiveBeforeTo.has(before) || (verb !== undefined && prospectiveBeforeTo.has(verb) && !past.has(verb))) return 'prospective';
    // "the findings, to be published on Tuesday": a passive infinitive on its own names what is still to come
    return after === 'be' && !past.has(before) && before !== 'used' ? 'future' : null;
  }
  if (futureBeforeTo.has(word) && after === 'to') return determiners.has(before ?? '') ? null : 'future';
  if (schedule.has(word)) return pastPerfect(list, i) ? 'past' : before !== undefined && pastAuxiliaries.has(before) ? 'prospective' : 'future';
  if (prospective.has(word)) return 'prospective';
  if (modals.has(word)) return after === 'have' ? 'past' : 'modal';
  // a participle after an auxiliary ("will be held", "has been moved"): the auxiliary (read next) sets the tense,
  // except the present perfect, which reports ("have met in May") unless the date belongs to an infinitive
  // after it ("has picked firms to run the scheme through June")
  // "ministers are meeting on Friday": a progressive present names a plan; seen from a past clause or on the
  // day itself it stays as near as the prospective reading keeps it
  // ("a service is being held on Friday" too); verbs of looking into what happened ("police are investigating a
  // shooting on Sunday") look back
  const progressive = (word.endsWith('ing') && word.length > 5) || word === 'being';
  if (progressive && before !== undefined && presentBe.has(before) && !possessive && !between.some((w) => BEHIND.has(w)) && !retrospective.has(word)) {
    return 'prospective';
  }
  const participle = before !== undefined && auxiliaries.has(before);
  const reported = participle && perfect.has(before) && !between.includes('to') ? 'past' : null;
  // after a determiner an -ed form is an adjective ("return the misused money by …"), no verb
  if (word.endsWith('ed') && word.length > 3 && !notPast.has(word) && !determiners.has(before ?? '')) return participle ? reported : 'past';
  if (past.has(word)) return participle ? reported : 'past';
  if (timetable.has(word)) return before !== undefined && notFinite.has(before) ? null : 'future';
  if (present.has(word)) return 'present';
  return null;
}

interface Found {
  tense: Tense;
  /** The words passed over up to the tense-bearing one, that one included. */
  between: string[];
}

function scan(list: string[], indices: Iterable<number>, possessive: boolean): Found | null {
  const between: string[] = [];
  for (const i of indices) {
    const w = list[i]!;
    if (w === ';' || w === ':') return null;
    between.push(w);
    const tense = tenseOf(list, i, { between, possessive });
    if (tense) return { tense, between };
  }
  return null;
}

function* backwards(n: number): Generator<number> {
  for (let i = n - 1; i >= Math.max(0, n - MAX_WORDS); i--) yield i;
}

function* forwards(from: number, n: number): Generator<number> {
  for (let i = from; i < Math.min(n, from + MAX_WORDS); i++) yield i;
}

/**
 * Whether the date is what a present "is" or "are" states ("the deadline is Thursday", "the rally is on
 * Saturday"): a schedule, so the day lies ahead. Only prepositions and schedule words may come between.
 */
function statedAsPresent(between: readonly string[]): boolean {
  const verb = between[between.length - 1]!;
  // a state right after the verb may come between too ("markets are closed on Monday")
  const state = between[between.length - 2];
  const rest = state !== undefined && /[a-z]{3}(?:ed|en)$/.test(state) && !notPast.has(state) ? between.slice(0, -2) : between.slice(0, -1);
  return presentBe.has(verb) && rest.every((w) => copulaComplement.has(w));
}

/**
 * The tense of the clause holding text[start, end): the nearest tense-bearing verb before it,
 * else the first one after it ("On Friday, the board voted"). A deadline ("by March 20", "until Friday")
 * outside a finished past clause lies ahead, and so does a date something was put off to.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const headStart = Math.max(0, start - MAX_CHARS);
  const head = text.slice(headStart, start);
  const before = words(head);
  const after = words(text.slice(end, end + MAX_CHARS));
  const list = [...before, ...after];
  const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
  const weekdayOnly = WEEKDAYS.has(text.slice(start, end).toLowerCase()) && /^[A-Z]/.test(text.slice(start, end));
  const behind = scan(list, backwards(before.length), possessive);
  // the listed cues first, then a verb only the tagger knows, before the date and then after it; but a clause
  // joined on ("passed on Saturday and becomes law on Monday") has a verb of its own, maybe one only the tagger
  // knows, and that verb governs the date rather than a listed cue before the conjunction
  const joined = behind?.between.some((w) => CONJUNCTIONS.has(w)) ? taggedTense(text, start, end, false, headStart + lastConjunction(head)) : null;
  const tense =
    joined ??
    behind?.tense ??
    taggedTense(text, start, end, false) ??
    scan(list, forwards(before.length, list.length), possessive)?.tense ??
    taggedTense(text, start, end, true) ??
    'unknown';
  if (behind && !possessive && statedAsPresent(behind.between)) return 'future';
  if (DEFERRED_TO.test(head)) return 'future';
  // ("had been scheduled for Tuesday" is a plan overtaken, as above)
  const overtaken = behind !== null && pastPerfect(before, before.length - behind.between.length);
  if (!possessive && weekdayOnly && FOR_DAY.test(head) && !overtaken) return tense === 'past' ? 'prospective' : 'future';
  if (!(DEADLINE.test(head) || RANGE_END.test(head)) || (possessive && SOURCE_LEAD.test(head))) return tense;
  if (tense !== 'past') return tense === 'prospective' ? tense : 'future';
  if (behind?.between.some((w) => deferrals.has(w))) return 'future';
  // "has cancelled all flights until Sunday": a present perfect holds until a day still ahead
  const auxiliary = behind ? before[before.length - behind.between.length - 1] : undefined;
  return auxiliary !== undefined && perfect.has(auxiliary) && UNTIL.test(head) ? 'future' : 'past';
}
