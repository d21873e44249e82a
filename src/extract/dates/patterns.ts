import { FUTURE_PHRASES, MONTHS, PAST_PHRASES, PRESENT_WORDS, SEASONS, WEEKDAYS } from '../../lexicon/calendar';
import { CARDINALS, ORDINALS, VAGUE_QUANTITIES } from '../../lexicon/number-words';

/** Regular-expression pieces built from the lexicons; every repetition is bounded by fixed words. */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation, longest first so that "a few" wins over "a"; spaces match any run of blanks. */
export const alt = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');

const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const NUMBER_WORD = `(?:(?:${tens.join('|')})[\\s-](?:${units.join('|')})|${alt(CARDINALS.keys())})`;
/** A count of units; six digits at most, as no news duration needs more. */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})?|\\d{1,6}(?:\\.\\d{1,3})?|${NUMBER_WORD})`;
export const VAGUE = alt(VAGUE_QUANTITIES);
/** How many: a number, "a"/"an", or a vague quantity. */
export const QUANTITY = `(?:${NUMBER}|${VAGUE}|an?)`;

export const UNIT = '(?:quarter[\\s-]centur(?:y|ies)|seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)';

/** Approximations and determiners that belong to a duration's text ("almost three years", "the past two years"). */
export const DURATION_PREFIX =
  '(?:(?:almost|nearly|about|around|roughly|approximately|more\\s+than|less\\s+than|fewer\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|just|only|a\\s+mere|barely|close\\s+to|well\\s+over|just\\s+over|just\\s+under|the\\s+(?:first|last|past|next|coming|previous|final)|the)\\s+)';

/** Modifiers TimeML keeps out of the value ("early December" → the month). */
export const MODIFIER = '(?:(?:early|earlier|late|later|mid|the\\s+end\\s+of|the\\s+start\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of)[\\s-]+)';

/** "last", "this", "the past", "this coming" … captured as one group. */
export const DETERMINER = '(this\\s+past|this\\s+coming|this|last|next|past|previous|coming|current|the\\s+(?:past|last|previous|coming|next|current))';

export const MONTH_NAME = `(?:${alt([...MONTHS.keys()].filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july'))})`;
export const WEEKDAY_NAME = `(?:${alt([...WEEKDAYS.keys()].filter((d) => d.endsWith('day')))})`;
export const SEASON_NAME = `(?:${alt(SEASONS.keys())})`;
export const DAY_PART = '(?:morning|afternoon|evening|night)';

/** A calendar year a news text writes as a bare number. */
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

const centuryWords = alt(ORDINALS.keys());
export const CENTURY = `(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${centuryWords}))[\\s-]+century`;

export const PRESENT = alt(PRESENT_WORDS);
export const PAST = alt(PAST_PHRASES);
export const FUTURE = alt(FUTURE_PHRASES);

/** Prepositions and modifiers that show a capitalised "May" or "March" is a month. */
export const MONTH_CONTEXT = /\b(?:in|since|until|till|by|for|from|through|throughout|of|last|this|next|early|late|mid|during|before|after|between|and|to|on|or|each|every|that|the|a)\s*$/i;
