import { DAY_PARTS, WEEKDAYS } from '../../lexicon/calendar';
import type { DayPart } from '../../lexicon/calendar';
import { addDays, formatDay, formatMonth, formatWeek, isoWeekday, parseWeek, parseYmd } from './calendar-math';
import type { Beside, BesideUnit, Candidate, Meaning } from './meaning';
import { DURATION_PREFIX, QUANTITY, WEEKDAY_NAME } from './patterns';
import { durationValue, quantityOf, unitOf } from './quantity';
import type { DateFact } from '../types';

/**
 * Dates counted from another date of the text rather than from the publication date: "the day after" the date
 * that follows it, "the following day" or "two days later" after one named before ("arrived on Monday and met
 * the president the following day"), "the Saturday after Thanksgiving". Found here; valued by `placeBesides`
 * once the dates they count from are placed.
 */

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

const previousWord = (text: string, at: number) => /([A-Za-z]+)\W*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
const isCapitalised = (word: string) => /^[A-Z]/.test(word);
const partOf = (word: string): DayPart | undefined => DAY_PARTS.get(word.toLowerCase());

function beside(start: number, end: number, kind: Candidate['kind'], meaning: Omit<Beside, 'type'>): Candidate {
  return { start, end, kind, meaning: { type: 'beside', ...meaning } };
}

const besideRe = /\bthe\s+(day|week|month|year|morning|afternoon|evening|night)\s+(before|after)\b(?!\s+(?:yesterday|tomorrow|last|next)\b)/gi;
const fromDateRe = new RegExp(`\\b(${QUANTITY})\\s+(days?|weeks?)\\s+from\\b(?!\\s+(?:now|today)\\b)`, 'gi');

/**
 * "the day after" (the Dec. 30 shooting), "the week before" (the vote), "the night before": a unit from the date
 * that follows, or, when the clause stops there ("had bought the gun the day before."), from the one named
 * before; "a week from Friday": that many days after the date that follows.
 */
function besideUnits(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(besideRe, text)) {
    const word = m[1]!.toLowerCase();
    const time = partOf(word);
    const unit = (time ? 'day' : word) as BesideUnit;
    out.push(beside(m.index, m.index + m[0].length, time ? 'time' : 'relative', { unit, offset: /^before/i.test(m[2]!) ? -1 : 1, time, from: 'either' }));
  }
  for (const m of matches(fromDateRe, text)) {
    const n = quantityOf(m[1]!);
    if (n === null || !Number.isInteger(n)) continue;
    out.push(beside(m.index, m.index + m[0].length, 'relative', { unit: 'day', offset: /^week/i.test(m[2]!) ? 7 * n : n, from: 'next' }));
  }
  return out;
}

/** Prefixes that keep a count exact ("just two days later"); "about two days later" names no one day. */
const EXACT_PREFIX = /^(?:(?:just|only|exactly|precisely|the)\s+)?$/i;
const countRe = new RegExp(
  `\\b(${DURATION_PREFIX})?(${QUANTITY})[\\s-]+(days?|weeks?|months?|years?)\\s+(later|earlier|after|before|ago(?=\\s+${WEEKDAY_NAME}\\b))\\b(?!\\s+than\\b)`,
  'gi',
);

/**
 * "two days later", "a week earlier": counted from the date named before; "three weeks before" (the date that
 * follows), "a week ago Sunday". Weeks count in days, as "a week from Friday" does. Without a date to count from
 * it stays the duration it would be on its own.
 */
function counts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(countRe, text)) {
    const [whole, prefix, qty, unitWord, direction] = m;
    const n = quantityOf(qty!);
    const unit = unitOf(unitWord!);
    if (n === null || !Number.isInteger(n) || !unit || !EXACT_PREFIX.test(prefix ?? '')) continue;
    // "a week ago Sunday": a week before the Sunday just gone
    const sign = /^(?:earlier|before|ago)$/i.test(direction!) ? -1 : 1;
    const from = /^(?:later|earlier)$/i.test(direction!) ? 'previous' : 'next';
    const [besideUnit, offset]: [BesideUnit, number] = unit === 'week' ? ['day', 7 * n] : [unit as BesideUnit, n];
    // "a week ago" on its own counts back from the day of writing
    const ago = /^ago$/i.test(direction!);
    const fallback: Meaning = ago
      ? { type: 'shift', unit: besideUnit as 'day' | 'month' | 'year', offset: -offset }
      : { type: 'fixed', value: durationValue(n, unit), relative: false };
    out.push(beside(m.index, m.index + whole.length, ago ? 'relative' : 'duration', { unit: besideUnit, offset: sign * offset, from, fallback }));
  }
  return out;
}

/** Words before "the next day" that make it a stretch of time ("over the next day or two"), not a date. */
const SPAN_BEFORE = new Set(['over', 'for', 'within', 'during', 'throughout', 'across', 'in']);
const sequelRe = /\bthe\s+(following|next|previous|preceding|prior)\s+(day|morning|afternoon|evening|night|week|month|year)\b(?!\s+or\b|-)/gi;

/**
 * "the following day", "the next morning", "the previous year": a unit from the date named before. Without one,
 * "the next morning" and "the previous week" keep their reading from the publication date.
 */
function sequels(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(sequelRe, text)) {
    const which = m[1]!.toLowerCase();
    const word = m[2]!.toLowerCase();
    const time = partOf(word);
    const unit = (time ? 'day' : word) as BesideUnit;
    // "the next week" is the coming one; "the next day" and "the next morning" follow a date
    if (which === 'next' && unit !== 'day') continue;
    if (SPAN_BEFORE.has(previousWord(text, m.index) ?? '') && (which === 'next' || which === 'following')) continue;
    const offset = /^(?:following|next)$/.test(which) ? 1 : -1;
    const fromWriting = (which === 'previous' && word !== 'day') || (which === 'next' && time);
    const fallback: Meaning | undefined = fromWriting ? { type: 'shift', unit: unit as 'day' | 'week' | 'month' | 'year', offset, time } : undefined;
    out.push(beside(m.index, m.index + m[0].length, time ? 'time' : 'relative', { unit, offset, time, from: 'previous', fallback }));
  }
  return out;
}

const sameRe = /\b(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+(?:very\s+)?same)\s+(day|morning|afternoon|evening|night|week|month|year)\b(?!\s+(?:of|that|as|last|a|when)\b|-)/gi;

/** "the same day", "that evening", "later that year": the unit of the date named before. */
function sameUnits(text: string): Candidate[] {
  return [...matches(sameRe, text)].map((m) => {
    const word = m[1]!.toLowerCase();
    const time = partOf(word);
    return beside(m.index, m.index + m[0].length, time ? 'time' : 'relative', { unit: (time ? 'day' : word) as BesideUnit, offset: 0, time, from: 'previous' });
  });
}

const weekdayBesideRe = new RegExp(`\\bthe\\s+(${WEEKDAY_NAME})\\s+(after|before)\\b(?!\\s+(?:next|last)\\b)|\\bthe\\s+(following|previous|preceding)\\s+(${WEEKDAY_NAME})\\b`, 'gi');

/**
 * "the Saturday after Thanksgiving" (the date that follows), "the following Tuesday" (the date named before): the
 * first such weekday past that date. Without one it is the weekday the clause places.
 */
function weekdaysBeside(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(weekdayBesideRe, text)) {
    const name = m[1] ?? m[4]!;
    if (!isCapitalised(name)) continue;
    const weekday = WEEKDAYS.get(name.toLowerCase())!;
    const offset = /^(?:before|previous|preceding)$/i.test(m[2] ?? m[3]!) ? -1 : 1;
    const fallback: Meaning = { type: 'weekday', weekday, anchor: 'tense' };
    out.push(beside(m.index, m.index + m[0].length, 'weekday', { unit: 'weekday', offset, weekday, from: m[1] ? 'next' : 'previous', fallback }));
  }
  return out;
}

/** Every expression counted from another date. */
export function anchored(text: string): Candidate[] {
  return [...besideUnits(text), ...counts(text), ...sequels(text), ...sameUnits(text), ...weekdaysBeside(text)];
}

/** The value of a date counted from one of value `anchor`; null when that one is not precise enough ("the day after 2019"). */
export function anchoredValue(m: Beside, anchor: string | null): string | null {
  if (!anchor) return null;
  const day = parseYmd(anchor.slice(0, 10));
  switch (m.unit) {
    case 'day':
      return day ? `${formatDay(addDays(day, m.offset))}${m.time ? `T${m.time}` : ''}` : null;
    case 'weekday': {
      if (!day || !m.weekday) return null;
      const ahead = (m.weekday - isoWeekday(day) + 7) % 7 || 7;
      const back = (isoWeekday(day) - m.weekday + 7) % 7 || 7;
      return formatDay(addDays(day, m.offset > 0 ? ahead : -back));
    }
    case 'week': {
      const from = day ?? parseWeek(anchor);
      return from ? formatWeek(addDays(from, 7 * m.offset)) : null;
    }
    case 'month': {
      const month = /^(\d{4})-(\d{2})(?:-|T|$)/.exec(anchor);
      return month ? formatMonth(Number(month[1]), Number(month[2]) + m.offset) : null;
    }
    case 'year': {
      const year = /^(\d{4})(?:-|T|$)/.exec(anchor);
      return year ? String(Number(year[1]) + m.offset) : null;
    }
  }
}

/** A date found in a sentence counted from another date, waiting for that one to be placed. */
export interface PendingBeside {
  /** Its index among the article's dates. */
  index: number;
  /** Its end in the sentence. */
  end: number;
  meaning: Beside;
}

/** What may follow "the day before" when the clause names no date of its own after it. */
const CLAUSE_STOPS = /^\s*(?:$|[,.;:!?)"”’—–]|-\s|(?:and|but|or|when|while|as|in|at|on|to|for|with|because|then|so|until|after|before|from)\b)/i;
/** Between "the day after" and the date it counts from ("the day after the Dec. 30 shooting"). */
const RIGHT_BEFORE = /^\s+(?:the\s+)?$/i;
const NO_ANCHOR_KINDS = new Set(['duration', 'set']);

/**
 * Values the dates of one sentence that count from another date: from the date right after them, or from the
 * nearest date placed before them in the same paragraph (this sentence or an earlier one) that is precise enough.
 * `dates` holds the article's dates so far, this sentence's last; `text` is the sentence, starting at `sentenceStart`.
 */
export function placeBesides(dates: DateFact[], pending: readonly PendingBeside[], text: string, sentenceStart: number): void {
  for (const { index, end, meaning } of pending) {
    const fact = dates[index]!;
    const next = dates[index + 1];
    let value: string | null = null;
    if (meaning.from !== 'previous' && next && next.source.sentence === fact.source.sentence && RIGHT_BEFORE.test(text.slice(end, next.start - sentenceStart))) {
      value = anchoredValue(meaning, next.value);
    } else if (meaning.from === 'previous' || (meaning.from === 'either' && CLAUSE_STOPS.test(text.slice(end, end + 12)))) {
      for (let j = index - 1; j >= 0 && value === null && dates[j]!.source.paragraph === fact.source.paragraph; j--) {
        if (!NO_ANCHOR_KINDS.has(dates[j]!.kind)) value = anchoredValue(meaning, dates[j]!.value);
      }
    }
    if (value === null) continue;
    fact.value = value;
    fact.relative = true;
    if (fact.kind === 'duration') fact.kind = 'relative';
  }
}
