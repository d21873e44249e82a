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

/**
 * When a holiday falls in a given year: a fixed day, the nth weekday of a month (nth -1 = the last one), the first
 * weekday on or after a day of a month (US Election Day: the Tuesday after the first Monday of November), or a
 * number of days from Easter Sunday, Western or (`orthodox`) Eastern.
 */
export type HolidayRule =
  | { month: number; day: number }
  | { month: number; weekday: number; nth: number }
  | { month: number; weekday: number; onOrAfter: number }
  | { easter: number; orthodox?: boolean };

/**
 * Holidays English news names without a date (lower case, straight apostrophes). Only names that mean one day
 * wherever the text is from: "Independence Day" or "Mother's Day" differ by country, so they are left out.
 */
export const HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ["new year's day", { month: 1, day: 1 }], ["new year's eve", { month: 12, day: 31 }],
  ['christmas day', { month: 12, day: 25 }], ['christmas eve', { month: 12, day: 24 }], ['christmas', { month: 12, day: 25 }],
  ['boxing day', { month: 12, day: 26 }], ['halloween', { month: 10, day: 31 }], ["valentine's day", { month: 2, day: 14 }],
  ["st patrick's day", { month: 3, day: 17 }], ["st. patrick's day", { month: 3, day: 17 }], ["saint patrick's day", { month: 3, day: 17 }],
  ["international women's day", { month: 3, day: 8 }], ['may day', { month: 5, day: 1 }], ['bastille day', { month: 7, day: 14 }],
  ['fourth of july', { month: 7, day: 4 }], ['armistice day', { month: 11, day: 11 }], ['remembrance day', { month: 11, day: 11 }],
  ['veterans day', { month: 11, day: 11 }], ["veterans' day", { month: 11, day: 11 }], ['guy fawkes night', { month: 11, day: 5 }],
  ['bonfire night', { month: 11, day: 5 }], ['epiphany', { month: 1, day: 6 }],
  ['thanksgiving', { month: 11, weekday: 4, nth: 4 }], ['thanksgiving day', { month: 11, weekday: 4, nth: 4 }],
  ['memorial day', { month: 5, weekday: 1, nth: -1 }], ['labor day', { month: 9, weekday: 1, nth: 1 }],
  ['martin luther king day', { month: 1, weekday: 1, nth: 3 }], ['martin luther king jr. day', { month: 1, weekday: 1, nth: 3 }],
  ['easter', { easter: 0 }], ['easter sunday', { easter: 0 }], ['easter monday', { easter: 1 }], ['good friday', { easter: -2 }],
  ['maundy thursday', { easter: -3 }], ['holy saturday', { easter: -1 }], ['ash wednesday', { easter: -46 }], ['palm sunday', { easter: -7 }],
  ['pentecost', { easter: 49 }], ['whit monday', { easter: 50 }],
  ['shrove tuesday', { easter: -47 }], ['mardi gras', { easter: -47 }], ['pancake day', { easter: -47 }], ['ascension day', { easter: 39 }],
  ['orthodox easter', { easter: 0, orthodox: true }], ['orthodox christmas', { month: 1, day: 7 }],
  ["all saints' day", { month: 11, day: 1 }], ["all souls' day", { month: 11, day: 2 }], ['hogmanay', { month: 12, day: 31 }],
  ["april fools' day", { month: 4, day: 1 }], ["april fool's day", { month: 4, day: 1 }], ['groundhog day', { month: 2, day: 2 }],
  ['earth day', { month: 4, day: 22 }], ['world aids day', { month: 12, day: 1 }], ['cinco de mayo', { month: 5, day: 5 }],
  ["st george's day", { month: 4, day: 23 }], ["st. george's day", { month: 4, day: 23 }], ["st andrew's day", { month: 11, day: 30 }],
  ["st. andrew's day", { month: 11, day: 30 }], ["st david's day", { month: 3, day: 1 }], ["st. david's day", { month: 3, day: 1 }],
  ['burns night', { month: 1, day: 25 }], ['canada day', { month: 7, day: 1 }], ['australia day', { month: 1, day: 26 }],
  ['anzac day', { month: 4, day: 25 }], ['waitangi day', { month: 2, day: 6 }],
  // days only the United States keeps, under names no other country uses
  ['juneteenth', { month: 6, day: 19 }], ["presidents' day", { month: 2, weekday: 1, nth: 3 }], ['presidents day', { month: 2, weekday: 1, nth: 3 }],
  ["president's day", { month: 2, weekday: 1, nth: 3 }], ['columbus day', { month: 10, weekday: 1, nth: 2 }],
  ["indigenous peoples' day", { month: 10, weekday: 1, nth: 2 }], ['indigenous peoples day', { month: 10, weekday: 1, nth: 2 }],
  ['mlk day', { month: 1, weekday: 1, nth: 3 }],
  ['election day', { month: 11, weekday: 2, onOrAfter: 2 }],
  // the shopping days after Thanksgiving (the fourth Thursday of November, so the 22nd to the 28th)
  ['black friday', { month: 11, weekday: 5, onOrAfter: 23 }], ['cyber monday', { month: 11, weekday: 1, onOrAfter: 26 }],
]);

/** One-word holidays that are also the season around them ("Christmas shopping"): a date only after a preposition. */
export const SEASONAL_HOLIDAYS: ReadonlySet<string> = new Set(['christmas', 'easter', 'thanksgiving', 'pentecost', 'epiphany']);
