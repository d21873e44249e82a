import { SEASON_START_MONTH } from '../../lexicon/calendar';
import type { HolidayRule, Season } from '../../lexicon/calendar';
import { holidayIn } from './holidays';
import { addDays, compareYmd, formatDay, formatMonth, formatWeek, isoWeekday } from './calendar-math';
import type { Ymd } from './calendar-math';
import type { Anchor, Meaning, ShiftUnit } from './meaning';
import type { Tense } from './tense';
import type { DateKind } from '../types';

export interface Resolved {
  value: string | null;
  relative: boolean;
  /** Set when the placing decides the kind ("in two weeks" is a date ahead or a duration). */
  kind?: DateKind;
}

const isAhead = (t: Tense) => t === 'future' || t === 'modal';

/** Past, future or nearest: how an expression without its own year or week is placed. */
type Direction = 'past' | 'future' | 'nearest';

function direction(anchor: Anchor, tense: () => Tense): Direction {
  if (anchor === 'last' || anchor === 'since') return 'past';
  if (anchor === 'next') return 'future';
  const t = tense();
  if (isAhead(t)) return 'future';
  if (t === 'past') return 'past';
  return 'nearest';
}

/** Picks the occurrence (given as a function of a year offset) that fits the direction. */
function place(ref: Ymd, at: (yearOffset: number) => Ymd, dir: Direction, strict: boolean): Ymd {
  const options = [-1, 0, 1].map(at);
  const cmp = (d: Ymd) => compareYmd(d, ref);
  if (dir === 'past') return [...options].reverse().find((d) => (strict ? cmp(d) < 0 : cmp(d) <= 0)) ?? options[0]!;
  if (dir === 'future') return options.find((d) => (strict ? cmp(d) > 0 : cmp(d) >= 0)) ?? options[2]!;
  return options.reduce((best, d) => (Math.abs(cmp(d)) < Math.abs(cmp(best)) ? d : best));
}

/** The unit `offset` units from the one holding `ref`, in its TimeML form. */
export function shift(ref: Ymd, unit: ShiftUnit, offset: number): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(ref, offset));
    case 'week':
      return formatWeek(addDays(ref, 7 * offset));
    case 'weekend':
      return `${formatWeek(addDays(ref, 7 * offset))}-WE`;
    case 'month':
      return formatMonth(ref.year, ref.month + offset);
    case 'quarter': {
      const q = Math.floor((ref.month - 1) / 3) + offset;
      return `${ref.year + Math.floor(q / 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'year':
      return String(ref.year + offset);
    case 'decade':
      return String(Math.floor(ref.year / 10) + offset);
    case 'century':
      return String(Math.floor(ref.year / 100) + offset).padStart(2, '0');
  }
}

function monthValue(ref: Ymd, month: number, day: number | undefined, anchor: Anchor, tense: () => Tense): string {
  const dir = direction(anchor, tense);
  if (anchor === 'this') return day ? formatDay({ year: ref.year, month, day }) : formatMonth(ref.year, month);
  // with a day, compare days; without one, the whole month counts as "this" month
  const at = (k: number): Ymd => ({ year: ref.year + k, month, day: day ?? (k === 0 && month === ref.month ? ref.day : 1) });
  const strict = anchor === 'last' || anchor === 'next';
  const d = place(ref, at, dir, strict);
  return day ? formatDay(d) : formatMonth(d.year, month);
}

function holidayValue(ref: Ymd, rule: HolidayRule, anchor: Anchor, tense: () => Tense): string {
  const at = (k: number) => holidayIn(rule, ref.year + k);
  if (anchor === 'this') return formatDay(place(ref, at, 'nearest', false));
  return formatDay(place(ref, at, direction(anchor, tense), anchor !== 'tense'));
}

function quarterValue(ref: Ymd, quarter: number, yearOffset: number | undefined, tense: () => Tense): string {
  if (yearOffset !== undefined) return `${ref.year + yearOffset}-Q${quarter}`;
  // a report's quarter still to come is last year's; a plan's quarter already gone is next year's
  const current = Math.floor((ref.month - 1) / 3) + 1;
  const dir = direction('tense', tense);
  const year = dir === 'past' && quarter > current ? ref.year - 1 : dir === 'future' && quarter < current ? ref.year + 1 : ref.year;
  return `${year}-Q${quarter}`;
}

function monthDayValue(ref: Ymd, day: number, tense: () => Tense): string | null {
  // the months around the one of writing that have that day ("the 31st" skips June)
  const options = [-2, -1, 0, 1, 2]
    .map((k): Ymd => {
      const [year, month] = formatMonth(ref.year, ref.month + k).split('-').map(Number) as [number, number];
      return { year, month, day };
    })
    .filter((d) => addDays(d, 0).month === d.month);
  const dir = direction('tense', tense);
  const cmp = (d: Ymd) => compareYmd(d, ref);
  const d =
    dir === 'past'
      ? options.filter((o) => cmp(o) <= 0).at(-1)
      : dir === 'future'
        ? options.find((o) => cmp(o) >= 0)
        : options.reduce((best, o) => (Math.abs(cmp(o)) < Math.abs(cmp(best)) ? o : best));
  return d ? formatDay(d) : null;
}

function seasonValue(ref: Ymd, season: Season, anchor: Anchor, tense: () => Tense): string {
  const start = SEASON_START_MONTH[season];
  // a season is named by the year it starts in (TimeML "2012-WI" runs into 2013) and lasts three months
  const monthOf = (year: number, months: number): Ymd => ({ year: year + Math.floor((start - 1 + months) / 12), month: ((start - 1 + months) % 12) + 1, day: 1 });
  const latest = start <= ref.month ? ref.year : ref.year - 1;
  const nearest = () => (Math.abs(compareYmd(monthOf(latest, 1), ref)) <= Math.abs(compareYmd(monthOf(latest + 1, 1), ref)) ? latest : latest + 1);
  let year: number;
  if (anchor === 'this') {
    // "this winter" is the one under way; out of season, the coming one in a plan, the last one in a report
    const dir = direction('tense', tense);
    const underWay = compareYmd(monthOf(latest, 3), ref) > 0;
    year = underWay ? latest : dir === 'future' ? latest + 1 : dir === 'past' ? latest : nearest();
  }
  else if (anchor === 'last') year = compareYmd(monthOf(latest, 3), ref) <= 0 ? latest : latest - 1;
  else {
    const dir = direction(anchor, tense);
    year = dir === 'past' ? latest : dir === 'future' ? latest + 1 : nearest();
  }
  return `${year}-${season}`;
}

function weekdayValue(ref: Ymd, weekday: number, anchor: Anchor, tense: () => Tense): Ymd {
  const diff = weekday - isoWeekday(ref);
  if (anchor === 'this') {
    // "will meet this Monday" said on a Wednesday is the coming one, "met this Friday" the one just gone
    const t = tense();
    if (diff < 0 && isAhead(t)) return addDays(ref, diff + 7);
    if (diff > 0 && t === 'past') return addDays(ref, diff - 7);
    return addDays(ref, diff);
  }
  if (anchor === 'last') return addDays(ref, diff < 0 ? diff : diff - 7);
  if (anchor === 'next') return addDays(ref, diff > 0 ? diff : diff + 7);
  const back = diff <= 0 ? diff : diff - 7;
  const ahead = diff >= 0 ? diff : diff + 7;
  // news mostly reports what happened: a weekday outside a future clause ("is raising questions about
  // Monday's debate", a headline's "Friday") is the last one; one a past clause looks ahead to ("said talks
  // would resume on Monday") has not come yet, or the report would say it happened
  const t = anchor === 'tense' ? tense() : null;
  const dir = t === 'present' || t === 'unknown' ? 'past' : t === 'prospective' ? 'future' : direction(anchor, tense);
  if (dir === 'past') return addDays(ref, back);
  // "will sign on Friday" written on a Friday means the next one: the day itself would be "today"
  if (dir === 'future') return addDays(ref, ahead === 0 && t !== null && isAhead(t) ? 7 : ahead);
  return addDays(ref, -back <= ahead ? back : ahead);
}

/** The weekend of the current ISO week, or of the one before or after. */
function weekendValue(ref: Ymd, anchor: 'this' | 'tense', tense: () => Tense): string {
  const weekday = isoWeekday(ref);
  const dir = direction('tense', tense);
  // a report on a weekday looks back at the weekend just gone; a plan made on a Sunday looks to the next one
  let offset = 0;
  if (dir === 'past' && weekday < 6) offset = -1;
  else if (anchor === 'tense' && dir !== 'past' && weekday === 7) offset = 1;
  return shift(ref, 'weekend', offset);
}

/** Which week, month, quarter or year "the end of the …" means: a report puts an end not yet reached a unit back. */
function edgeValue(ref: Ymd, edge: 'start' | 'middle' | 'end', unit: 'week' | 'month' | 'quarter' | 'year', tense: () => Tense): string {
  const dir = direction('tense', tense);
  let offset = 0;
  if (edge === 'end' && dir === 'past' && !nearEnd(ref, unit)) offset = -1;
  return shift(ref, unit, offset);
}

/** Whether the date lies in the last fifth or so of its unit, where a reported end may be the current one. */
function nearEnd(ref: Ymd, unit: 'week' | 'month' | 'quarter' | 'year'): boolean {
  switch (unit) {
    case 'week':
      return isoWeekday(ref) >= 5;
    case 'month':
      return ref.day >= 25;
    case 'quarter':
      return ref.month % 3 === 0 && ref.day >= 10;
    case 'year':
      return ref.month === 12;
  }
}

/**
 * Places a meaning on the calendar. Without a publication date anything that depends on it stays null
 * and relative, never guessed.
 */
export function resolve(meaning: Meaning, ref: Ymd | null, tense: () => Tense): Resolved {
  if (meaning.type === 'fixed') return { value: meaning.value, relative: meaning.relative };
  // placed from its own anchor later (anchored.ts); until then what it reads as without one
  if (meaning.type === 'beside') return meaning.fallback ? resolve(meaning.fallback, ref, tense) : { value: null, relative: true };
  // without a publication date "in two weeks" is still a duration
  if (meaning.type === 'ahead' && !ref) return { value: meaning.value, relative: false };
  if (!ref) return { value: null, relative: true };
  switch (meaning.type) {
    case 'shift': {
      const value = shift(ref, meaning.unit, meaning.offset);
      return { value: meaning.time ? `${value}T${meaning.time}` : value, relative: true };
    }
    case 'today': {
      const t = tense();
      // an event under way or on the timetable ("are striking today", "the court hears the case today") is on the day
      const onTheDay = meaning.opening || t === 'past' || t === 'future' || (t === 'prospective' && meaning.closing);
      return { value: onTheDay ? formatDay(ref) : 'PRESENT_REF', relative: true };
    }
    case 'ahead':
      return isAhead(tense()) ? { value: shift(ref, meaning.unit, meaning.offset), relative: true, kind: 'relative' } : { value: meaning.value, relative: false };
    case 'weekend':
      return { value: weekendValue(ref, meaning.anchor, tense), relative: true };
    case 'edge':
      return { value: edgeValue(ref, meaning.edge, meaning.unit, tense), relative: true };
    case 'month':
      return { value: monthValue(ref, meaning.month, meaning.day, meaning.anchor, tense), relative: true };
    case 'quarter':
      return { value: quarterValue(ref, meaning.quarter, meaning.yearOffset, tense), relative: true };
    case 'monthDay':
      return { value: monthDayValue(ref, meaning.day, tense), relative: true };
    case 'holiday':
      return { value: holidayValue(ref, meaning.rule, meaning.anchor, tense), relative: true };
    case 'season':
      return { value: seasonValue(ref, meaning.season, meaning.anchor, tense), relative: true };
    case 'weekday': {
      const day = formatDay(weekdayValue(ref, meaning.weekday, meaning.anchor, tense));
      return { value: meaning.time ? `${day}T${meaning.time}` : day, relative: true };
    }
  }
}
