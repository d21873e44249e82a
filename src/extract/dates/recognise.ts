import { AMBIGUOUS_MONTHS, DAY_PARTS, MONTHS, SEASONS, WEEKDAYS } from '../../lexicon/calendar';
import type { DayPart } from '../../lexicon/calendar';
import { APPROXIMATORS, COUNT_NOUNS, ORDINALS } from '../../lexicon/number-words';
import type { Anchor, Candidate, Meaning, ShiftUnit } from './meaning';
import {
  CENTURY,
  DAY_PART,
  DETERMINER,
  DURATION_PREFIX,
  FUTURE,
  MODIFIER,
  MONTH_CONTEXT,
  MONTH_NAME,
  NUMBER_WORD,
  PAST,
  PRESENT,
  QUANTITY,
  SEASON_NAME,
  UNIT,
  WEEKDAY_NAME,
  YEAR,
} from './patterns';
import { anchored } from './anchored';
import { holidays } from './holidays';
import { durationValue, quantityOf, shiftUnitOf, unitOf } from './quantity';
import type { DateKind } from '../types';

/** One recogniser finds one family of expressions in a sentence. */
type Recogniser = (text: string) => Candidate[];

const fixed = (value: string | null, relative = false): Meaning => ({ type: 'fixed', value, relative });
const isCapitalised = (word: string) => /^[A-Z]/.test(word);
const previousWord = (text: string, at: number) => /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
const nextWord = (text: string, at: number) => /^\W{0,3}([A-Za-z%]+)/.exec(text.slice(at, at + 30))?.[1]?.toLowerCase();

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

function candidate(start: number, end: number, kind: DateKind, meaning: Meaning): Candidate {
  return { start, end, kind, meaning };
}

/** Offset of a determiner: "last" goes back, "next" forward, "this" stays. */
function offsetOf(det: string): number {
  const d = det.toLowerCase().replace(/\s+/g, ' ');
  if (/^(this coming|next|coming|the next|the coming)$/.test(d)) return 1;
  if (/^(this|current|the current)$/.test(d)) return 0;
  return -1;
}

function anchorOf(det: string): Anchor {
  const offset = offsetOf(det);
  return offset > 0 ? 'next' : offset < 0 ? 'last' : 'this';
}

const SPAN_WORDS = new Set(['for', 'in', 'within', 'after', 'over', 'than', 'about', 'almost', 'nearly', 'just', 'only', 'least', 'last', 'first', 'the', 'a', 'by', 'from', 'to']);
/** Ages are not dates: "a 28-year-old", "children 6 months and older", "aged 19 years". */
const AGE_AFTER = /^(?:\s*-?\s*olds?\b|\s+(?:and|or)\s+(?:older|younger|over|under)\b|\s+of\s+age\b)/i;
const AGE_BEFORE = /\b(?:aged?|ages)\s+$/i;
const RATE_WORDS = new Set(['once', 'twice', 'thrice', 'times', 'per']);

/** Adjectives news puts between a count and its unit ("three straight days", "two more years"). */
const COUNT_ADJECTIVE = '(?:(?:straight|consecutive|successive|full|more|additional|extra|further|long)\\s+)';
const durationRe = new RegExp(`\\b(${DURATION_PREFIX})?(${QUANTITY})[\\s-]+${COUNT_ADJECTIVE}?(${UNIT})\\b(\\s+ago\\b)?`, 'gi');
const setRateRe = new RegExp(`\\b(?:once|twice|thrice|(?:\\d+|${NUMBER_WORD})\\s+times)\\s+(?:a|an|per|every)\\s+(day|week|month|year)\\b`, 'gi');

/** "three years", "28-year", "almost seven years", "the past two years", "four years ago", "twice a year". */
const durations: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(setRateRe, text)) {
    const unit = unitOf(m[1]!)!;
    out.push(candidate(m.index, m.index + m[0].length, 'set', fixed(durationValue(1, unit))));
  }
  for (const m of matches(durationRe, text)) {
    const [whole, prefix, qty, unitWord, ago] = m;
    const unit = unitOf(unitWord!);
    if (!unit) continue;
    const end = m.index + whole.length;
    const n = quantityOf(qty!);
    const before = previousWord(text, m.index);
    if (AGE_AFTER.test(text.slice(end, end + 20)) || AGE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (/^an?$/i.test(qty!) && (unit === 'second' || RATE_WORDS.has(before ?? '') || /[\d$£€]\S*\s*$/.test(text.slice(Math.max(0, m.index - 40), m.index)))) continue;
    if (!prefix && /^one\s+day$/i.test(whole) && !SPAN_WORDS.has(before ?? '')) continue; // "one day they could…"
    // an adjective ("the 28-year rule") does not take the article into its text
    const start = prefix && /-/.test(whole.slice(prefix.length)) && /^the\s+$/i.test(prefix) ? m.index + prefix.length : m.index;
    if (ago) {
      // "a week ago" names a day, seven back; "two weeks ago" a week
      const meaning: Meaning =
        n === null ? fixed('PAST_REF', true) : unit === 'week' && n === 1 ? { type: 'shift', unit: 'day', offset: -7 } : { type: 'shift', ...negate(shiftUnitOf(unit, n)) };
      out.push(candidate(start, end, 'relative', meaning));
    } else {
      out.push(candidate(start, end, 'duration', fixed(durationValue(n, unit))));
    }
  }
  return out;
};

function negate(s: { unit: ShiftUnit; offset: number }): { unit: ShiftUnit; offset: number } {
  return { unit: s.unit, offset: -s.offset };
}

const BARE_UNIT_BEFORE = new Set(['for', 'within', 'over', 'in', 'after', 'take', 'takes', 'took', 'taking', 'taken', 'lasted', 'spent', 'recent', 'coming']);
const BARE_UNIT_AFTER = new Set(['before', 'after', 'later', 'earlier', 'of']);
const bareUnitRe = /\b(?:(back-to-back|consecutive|successive|straight)\s+)?(minutes|hours|days|weeks|months|years|decades)\b(\s+ago\b)?/gi;

/**
 * "for years", "minutes before", "can take weeks", "in back-to-back weeks": a plural unit without a number; "years
 * ago" is some past time.
 */
const bareUnits: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(bareUnitRe, text)) {
    const [whole, run, unitWord, ago] = m;
    const end = m.index + whole.length;
    if (ago) {
      out.push(candidate(m.index, end, 'relative', fixed('PAST_REF', true)));
      continue;
    }
    if (!run && !BARE_UNIT_BEFORE.has(previousWord(text, m.index) ?? '') && !BARE_UNIT_AFTER.has(nextWord(text, end) ?? '')) continue;
    out.push(candidate(m.index, end, 'duration', fixed(durationValue(null, unitOf(unitWord!)!))));
  }
  return out;
};

const shiftRe = new RegExp(`\\b${MODIFIER}?${DETERMINER}\\s+(?:(?:fiscal|financial|calendar)\\s+)?(week|weekend|month|year|quarter|decade|century)\\b(?!\\s+of\\b|-)`, 'gi');

const twoAwayRe = /\bthe\s+(week|weekend|month|year)\s+(before\s+last|after\s+next)\b/gi;
const withinRe = /\b(?:early|earlier|late|later|mid)\s+in\s+the\s+(week|month|year)\b(?!\s+of\b|-)/gi;

/** "this week", "last year", "earlier this month", "the past week", "this fiscal year", "the week before last". */
const shifts: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(twoAwayRe, text)) {
    const unit = m[1]!.toLowerCase() as ShiftUnit;
    const offset = /^before/i.test(m[2]!) ? -2 : 2;
    out.push(candidate(m.index, m.index + m[0].length, 'relative', { type: 'shift', unit, offset }));
  }
  // "later in the month" is the current one, as "later this month" is
  for (const m of matches(withinRe, text)) {
    out.push(candidate(m.index, m.index + m[0].length, 'relative', { type: 'shift', unit: m[1]!.toLowerCase() as ShiftUnit, offset: 0 }));
  }
  for (const m of matches(shiftRe, text)) {
    const unit = m[2]!.toLowerCase() as ShiftUnit;
    const offset = offsetOf(m[1]!);
    const meaning: Meaning = unit === 'weekend' && offset === 0 ? { type: 'weekend', anchor: 'this' } : { type: 'shift', unit, offset };
    out.push(candidate(m.index, m.index + m[0].length, 'relative', meaning));
  }
  return out;
};

const weekendRe = /\b(?:over|during|at|on|across|throughout|through|for|by|until|till|after|before|since)\s+(the\s+weekend)\b(?!\s+of\b|-)/gid;

/** "over the weekend", "until the weekend": the weekend is placed by the tense of the clause. */
const weekends: Recogniser = (text) =>
  [...matches(weekendRe, text)].map((m) => {
    const [start, end] = m.indices![1]!;
    return candidate(start, end, 'relative', { type: 'weekend', anchor: 'tense' });
  });

const edgeRe = /\bthe\s+(end|start|beginning|middle)\s+of\s+(?:the\s+)?(week|month|quarter|year)\b(?!\s+of\b|-)/gi;

/** "by the end of the month", "at the start of the year", "the end of year". */
const edges: Recogniser = (text) =>
  [...matches(edgeRe, text)].map((m) => {
    const word = m[1]!.toLowerCase();
    const edge = word === 'end' ? 'end' : word === 'middle' ? 'middle' : 'start';
    const unit = m[2]!.toLowerCase() as 'week' | 'month' | 'quarter' | 'year';
    return candidate(m.index, m.index + m[0].length, 'relative', { type: 'edge', edge, unit });
  });

const namedRe = new RegExp(`\\b${MODIFIER}?${DETERMINER}\\s+(${MONTH_NAME}|${WEEKDAY_NAME}|${SEASON_NAME}|${DAY_PART})\\b(?:\\s+(${DAY_PART})\\b)?`, 'gi');

/** "last June", "next Monday", "last summer", "this morning", "last night". */
const named: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(namedRe, text)) {
    const [whole, det, name, partWord] = m;
    const word = name!.toLowerCase();
    const anchor = anchorOf(det!);
    const end = m.index + whole.length;
    const month = MONTHS.get(word);
    const weekday = WEEKDAYS.get(word);
    const season = SEASONS.get(word);
    const part = DAY_PARTS.get(partWord?.toLowerCase() ?? '');
    if (month && isCapitalised(name!)) {
      if (/^\s+\d/.test(text.slice(end, end + 3))) continue; // "next April 2": a full date, read by chrono
      out.push(candidate(m.index, m.index + whole.length - (partWord ? partWord.length + 1 : 0), 'month', { type: 'month', month, anchor }));
    } else if (weekday && isCapitalised(name!)) {
      out.push(candidate(m.index, end, part ? 'time' : 'weekday', { type: 'weekday', weekday, anchor, time: part }));
    } else if (season) {
      out.push(candidate(m.index, end, 'relative', { type: 'season', season, anchor }));
    } else if (DAY_PARTS.has(word) && !partWord) {
      // "this morning" is today; "last night" is the night before
      const offset = anchor === 'last' ? -1 : anchor === 'next' ? 1 : 0;
      out.push(candidate(m.index, end, 'time', { type: 'shift', unit: 'day', offset, time: DAY_PARTS.get(word)! }));
    }
  }
  return out;
};

const deicticRe = new RegExp(`\\b(?:the\\s+day\\s+(before|after)\\s+)?(today|yesterday|tomorrow|tonight)\\b(?:\\s+(${DAY_PART})\\b)?`, 'gi');
const DAY_OFFSETS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

/**
 * A capitalised "Today" or "Tonight" in mid-sentence is part of a name ("USA Today", "the Today programme"),
 * not a date; at the start of a sentence, a quotation or a clause after a colon or dash it is the word.
 */
const inName = (text: string, at: number, word: string) => isCapitalised(word) && !/(?:^|[.!?:;—–(]\s*|["“‘']\s*|\s-\s*)$/.test(text.slice(Math.max(0, at - 4), at));

/**
 * What follows a "today" that closes its clause or leads on to an adjunct ("are striking today across the country"),
 * unlike one inside the subject ("people today face …").
 */
const CLAUSE_GOES_ON = /^\s*(?:$|[,.;:!?)"”’—–]|(?:across|in|at|on|for|with|and|but|or|as|after|before|to|from|amid|over|outside|near|around|while|because|when|until|ahead)\b)/i;

/** "today", "yesterday morning", "tonight". */
const deictic: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(deicticRe, text)) {
    const [, beyond, name, partWord] = m;
    if (!beyond && inName(text, m.index, name!)) continue;
    const word = name!.toLowerCase();
    const part: DayPart | undefined = word === 'tonight' ? 'NI' : DAY_PARTS.get(partWord?.toLowerCase() ?? '');
    // "the day before yesterday" is one more day back, "the day after tomorrow" one more ahead
    const offset = DAY_OFFSETS[word]! + (beyond ? (beyond.toLowerCase() === 'before' ? -1 : 1) : 0);
    const opening = !/\S/.test(text.slice(0, m.index).replace(/["“‘']/g, ''));
    const end = m.index + m[0].length;
    const closing = CLAUSE_GOES_ON.test(text.slice(end, end + 12));
    const meaning: Meaning = word === 'today' && !part && !beyond ? { type: 'today', opening, closing } : { type: 'shift', unit: 'day', offset, time: part };
    out.push(candidate(m.index, m.index + m[0].length, part ? 'time' : 'relative', meaning));
  }
  return out;
};

const tokenRes: [RegExp, string][] = [
  [new RegExp(`\\b(?:${PRESENT})\\b`, 'gi'), 'PRESENT_REF'],
  [new RegExp(`\\b(?:in\\s+)?(?:${PAST})\\b`, 'gi'), 'PAST_REF'],
  [new RegExp(`\\b(?:in\\s+)?(?:the\\s+near\\s+)?(?:${FUTURE})\\b`, 'gi'), 'FUTURE_REF'],
];

/** "now", "currently", "in the past", "at the time", "the future": TimeML's reference tokens. */
const references: Recogniser = (text) =>
  tokenRes.flatMap(([re, value]) => [...matches(re, text)].map((m) => candidate(m.index, m.index + m[0].length, 'relative', fixed(value, true))));

const monthRe = new RegExp(`\\b(${MODIFIER})?(${MONTH_NAME})\\b(?:,?\\s+(?:of\\s+)?(${YEAR})\\b(?![-/]\\d))?`, 'gi');

/** "March", "early December", "May 2010", "mid-June". */
const months: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(monthRe, text)) {
    const [whole, modifier, name, year] = m;
    if (!isCapitalised(name!)) continue;
    const month = MONTHS.get(name!.toLowerCase())!;
    const end = m.index + whole.length;
    if (year) {
      out.push(candidate(m.index, end, 'month', fixed(`${year}-${String(month).padStart(2, '0')}`)));
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const contextual = modifier || MONTH_CONTEXT.test(before) || /^\s+\d/.test(text.slice(end, end + 3));
    if (AMBIGUOUS_MONTHS.has(name!.toLowerCase()) && !contextual) continue;
    const anchor: Anchor = /\bsince\s*$/i.test(before) ? 'since' : 'tense';
    out.push(candidate(m.index, end, 'month', { type: 'month', month, anchor }));
  }
  return out;
};

const seasonRe = new RegExp(`\\b(?:(in|during|since|until|by|over|through|throughout|before|after)\\s+)?((?:the\\s+)?${MODIFIER}?(${SEASON_NAME})\\b(?:\\s+(?:of\\s+)?(${YEAR})\\b)?)`, 'gid');

/** "summer 2012", "in the autumn", "since the spring". Determiners ("last summer") are read by `named`. */
const seasons: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(seasonRe, text)) {
    const [, prep, , name, year] = m;
    if (!prep && !year) continue;
    const [start, end] = m.indices![2]!;
    const season = SEASONS.get(name!.toLowerCase())!;
    const meaning: Meaning = year ? fixed(`${year}-${season}`) : { type: 'season', season, anchor: prep?.toLowerCase() === 'since' ? 'since' : 'tense' };
    out.push(candidate(start, end, year ? 'year' : 'relative', meaning));
  }
  return out;
};

const weekdayRe = new RegExp(`\\b(${WEEKDAY_NAME})(s)?\\b(?:\\s+(${DAY_PART})\\b)?`, 'gi');

/** "Monday", "Friday afternoon", "on Fridays". */
const weekdays: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(weekdayRe, text)) {
    const [whole, name, plural, partWord] = m;
    if (!isCapitalised(name!)) continue;
    const weekday = WEEKDAYS.get(name!.toLowerCase())!;
    const end = m.index + whole.length;
    if (plural) {
      out.push(candidate(m.index, m.index + name!.length + 1, 'set', fixed(`XXXX-WXX-${weekday}`)));
      continue;
    }
    const part = DAY_PARTS.get(partWord?.toLowerCase() ?? '');
    const anchor: Anchor = /\bsince\s*$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) ? 'since' : 'tense';
    out.push(candidate(m.index, end, part ? 'time' : 'weekday', { type: 'weekday', weekday, anchor, time: part }));
  }
  return out;
};

const yearRe = new RegExp(`(?<![\\w$£€#@/.,'’-])(${MODIFIER})?(${YEAR})(?:\\s*[-–—/]\\s*(\\d{4}|\\d{2})\\b(?![-/.]\\d))?(?![\\d%]|,\\d|\\.\\d|['’]?s\\b|-(?:year|old|strong|member|page|mile)\\b)`, 'gid');
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'of', 'to', 'between', 'and', 'circa', 'before', 'after', 'during']);
const countNouns = new Set(COUNT_NOUNS);
const approximators = new Set(APPROXIMATORS);

/** The second year of a range: "2009-2010", "1957-58", "2012/13". */
function rangeEnd(first: number, second: string): number | null {
  if (second.length === 4) {
    const n = Number(second);
    return n > first && n < first + 100 ? n : null;
  }
  const n = Number(second);
  const last = first % 100;
  if (n > last) return first - last + n;
  return last === 99 && n === 0 ? first + 1 : null;
}

/** "the year 2100": named a year, any four-digit number is one, far beyond the years news writes bare. */
const namedYearRe = /\bthe\s+year\s+(\d{4})\b(?![\d%-]|[,.]\d)/gid;

/** Bare years: "in 2020", "early 2011", "the 2020 crackdown", "2009-2010", "the year 2100". */
const years: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(namedYearRe, text)) {
    const [start, end] = m.indices![1]!;
    out.push(candidate(start, end, 'year', fixed(m[1]!)));
  }
  for (const m of matches(yearRe, text)) {
    const [whole, , year, second] = m;
    const n = Number(year);
    const before = previousWord(text, m.index);
    const after = nextWord(text, m.index + whole.length);
    if (n < 1900 && !YEAR_PREPOSITIONS.has(before ?? '')) continue;
    if (countNouns.has(after ?? '') || (approximators.has(before ?? '') && /s$/.test(after ?? ''))) continue;
    const [, firstEnd] = m.indices![2]!;
    out.push(candidate(m.index, firstEnd, 'year', fixed(year!)));
    const last = second ? rangeEnd(n, second) : null;
    if (last !== null) {
      const [s, e] = m.indices![3]!;
      out.push(candidate(s, e, 'year', fixed(String(last))));
    }
  }
  return out;
};

const decadeRe = new RegExp(`(?<![\\w$£€])(?:the\\s+)?${MODIFIER}?(?:(1[5-9]\\d|20\\d)0|['’](\\d)0)['’]?s\\b`, 'gi');

/** "the 1990s", "the early '80s" → TimeML decade "199". */
const decades: Recogniser = (text) =>
  [...matches(decadeRe, text)].map((m) => {
    const digit = Number(m[2] ?? 0);
    const value = m[1] ?? (digit <= 1 ? `20${digit}` : `19${digit}`);
    return candidate(m.index, m.index + m[0].length, 'year', fixed(value));
  });

const centuryRe = new RegExp(`\\b${CENTURY}\\b`, 'gi');

/** "the 20th century", "the nineteenth century" → TimeML century "19" / "18". */
const centuries: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(centuryRe, text)) {
    const n = m[1] ? Number(m[1]) : ORDINALS.get(m[2]!.toLowerCase().replace(/\s+/g, ' '));
    if (!n || n < 1) continue;
    out.push(candidate(m.index, m.index + m[0].length, 'year', fixed(String(n - 1).padStart(2, '0'))));
  }
  return out;
};

const everyRe = new RegExp(`\\b(?:every|each)\\s+(?:other\\s+)?(day|week|month|year|${WEEKDAY_NAME}|${MONTH_NAME}|${DAY_PART}|${SEASON_NAME})\\b|\\b(?:annually|yearly)\\b`, 'gi');

/** "every year", "each Monday", "every morning", "annually". */
const sets: Recogniser = (text) =>
  [...matches(everyRe, text)].map((m) => {
    const word = (m[1] ?? 'year').toLowerCase();
    const unit = unitOf(word);
    const weekday = WEEKDAYS.get(word);
    const month = MONTHS.get(word);
    const part = DAY_PARTS.get(word);
    const season = SEASONS.get(word);
    const value = unit
      ? durationValue(1, unit)
      : weekday
        ? `XXXX-WXX-${weekday}`
        : month
          ? `XXXX-${String(month).padStart(2, '0')}`
          : part
            ? `XXXX-XX-XXT${part}`
            : season
              ? `XXXX-${season}`
              : null;
    return candidate(m.index, m.index + m[0].length, 'set', fixed(value));
  });

const aheadRe = new RegExp(`\\b(?:in|within)\\s+((${QUANTITY})[\\s-]+(days?|weeks?|fortnights?|months?)(?:['’]\\s*time|\\s+time)?)\\b`, 'gid');
const fromNowRe = new RegExp(`\\b((${QUANTITY})[\\s-]+(days?|weeks?|fortnights?|months?)\\s+from\\s+(?:now|today))\\b`, 'gid');

/**
 * "in two weeks", "within a fortnight", "in three days' time": counted in days, weeks or months, a span ahead
 * names a point on the calendar in a future clause; years ("in five years") stay a horizon, a duration, as
 * TimeML reads them. "two weeks from now" (or "from today") is that point whatever the clause.
 */
const ahead: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const [re, always] of [[aheadRe, false], [fromNowRe, true]] as const) {
    for (const m of matches(re, text)) {
      const unit = unitOf(m[3]!);
      const count = quantityOf(m[2]!);
      if (!unit || count === null || !Number.isInteger(count)) continue;
      const [start, end] = m.indices![1]!;
      const shift = shiftUnitOf(unit, count);
      const meaning: Meaning = always ? { type: 'shift', ...shift } : { type: 'ahead', ...shift, value: durationValue(count, unit) };
      out.push(candidate(start, end, always ? 'relative' : 'duration', meaning));
    }
  }
  return out;
};

const dayOfMonthRe = /\b(?:on|by|until|till|since|before|after|from|through)\s+(the\s+(\d{1,2})(?:st|nd|rd|th))(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|at|when|to|in|as|of\s+(?:this|next|last)\s+month)\b)/gid;

/** "on the 20th", "by the 3rd": a day of the current month, or of the one before or after, placed by tense. */
const monthDays: Recogniser = (text) => {
  const out: Candidate[] = [];
  for (const m of matches(dayOfMonthRe, text)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const [start, end] = m.indices![1]!;
    out.push(candidate(start, end, 'date', { type: 'monthDay', day }));
  }
  return out;
};

const quarterRe = new RegExp(`\\bthe\\s+(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\b(?:\\s+of\\s+(?:(${YEAR})\\b|(last|this|next)\\s+year\\b|the\\s+year\\b))?(?!-)`, 'gi');
const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** "the fourth quarter", "the first quarter of 2014", "the third quarter of last year": a quarter of a year. */
const quarters: Recogniser = (text) =>
  [...matches(quarterRe, text)].map((m) => {
    const quarter = QUARTERS[m[1]!.toLowerCase()]!;
    const year = m[2] ? Number(m[2]) : undefined;
    const yearOffset = m[3] ? offsetOf(m[3]) : /the\s+year$/i.test(m[0]) ? 0 : undefined;
    return candidate(m.index, m.index + m[0].length, 'relative', year ? fixed(`${year}-Q${quarter}`) : { type: 'quarter', quarter, yearOffset });
  });

const wholeUnitRe = /\b(?:all|another|the\s+whole|the\s+entire)\s+(day|week|month|year)\b(?!\s+(?:of|round|long)\b|-)/gi;

/** "all week", "another year", "the whole month": a span of one unit. */
const wholeUnits: Recogniser = (text) =>
  [...matches(wholeUnitRe, text)].map((m) => candidate(m.index, m.index + m[0].length, 'duration', fixed(durationValue(1, unitOf(m[1]!)!))));

/** All recognisers, most specific first: on equal spans the earlier one wins. */
export const RECOGNISERS: readonly Recogniser[] = [
  ahead,
  holidays,
  monthDays,
  anchored,
  quarters,
  wholeUnits,
  named,
  shifts,
  weekends,
  edges,
  durations,
  deictic,
  months,
  seasons,
  weekdays,
  decades,
  centuries,
  years,
  sets,
  references,
  bareUnits,
];
