/**
 * Calendar words of English news text: month and weekday names with their usual abbreviations,
 * seasons, parts of the day and the units durations are counted in. Values follow TimeML/ISO 8601.
 */

/** Month names and abbreviations (lower case, without the dot) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Month names that are also common words or given names ("may", "March", "April"): read as months only in a date context. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'april', 'june', 'august', 'mar', 'jan', 'jun']);

/** Weekday names and abbreviations → ISO weekday 1 (Monday) … 7 (Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Season names → TimeML season code. */
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/** The month each season starts in (northern hemisphere, as TimeML assumes). */
export const SEASON_START_MONTH: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export type DayPart = 'MO' | 'AF' | 'EV' | 'NI';

/** Parts of the day → TimeML code ("Friday afternoon" → …TAF). */
export const DAY_PARTS: ReadonlyMap<string, DayPart> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
]);

export type TimeUnit =
  | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'quarter-century' | 'century';

/** Unit words (singular, lower case, single spaces) → unit. Plurals are the singular + "s" except "centuries". */
export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['second', 'second'], ['minute', 'minute'], ['hour', 'hour'], ['day', 'day'], ['week', 'week'],
  ['fortnight', 'fortnight'], ['month', 'month'], ['quarter', 'quarter'], ['year', 'year'], ['decade', 'decade'],
  ['century', 'century'], ['centuries', 'century'], ['quarter century', 'quarter-century'], ['quarter centuries', 'quarter-century'],
]);

/** ISO 8601 duration designator and multiplier per unit: a decade is ten years, a fortnight two weeks. */
export const DURATION_DESIGNATORS: Readonly<Record<TimeUnit, { designator: string; time: boolean; times: number }>> = {
  second: { designator: 'S', time: true, times: 1 },
  minute: { designator: 'M', time: true, times: 1 },
  hour: { designator: 'H', time: true, times: 1 },
  day: { designator: 'D', time: false, times: 1 },
  week: { designator: 'W', time: false, times: 1 },
  fortnight: { designator: 'W', time: false, times: 2 },
  month: { designator: 'M', time: false, times: 1 },
  quarter: { designator: 'M', time: false, times: 3 },
  year: { designator: 'Y', time: false, times: 1 },
  decade: { designator: 'Y', time: false, times: 10 },
  'quarter-century': { designator: 'Y', time: false, times: 25 },
  century: { designator: 'Y', time: false, times: 100 },
};

/** Words that mean "at the time of writing" (TimeML PRESENT_REF). */
export const PRESENT_WORDS: readonly string[] = ['now', 'currently', 'nowadays', 'presently', 'at present', 'right now', 'at the moment', 'these days'];

/** Phrases that mean "some time before the time of writing" (TimeML PAST_REF). */
export const PAST_PHRASES: readonly string[] = ['the past', 'at the time', 'in those days', 'a long time ago', 'long ago'];

/** Phrases that mean "some time after the time of writing" (TimeML FUTURE_REF). */
export const FUTURE_PHRASES: readonly string[] = ['the future'];
