import type { DayPart, HolidayRule, Season } from '../../lexicon/calendar';
import type { DateKind } from '../types';

/** Which occurrence of a month, season or weekday an expression means. */
export type Anchor = 'last' | 'this' | 'next' | 'tense' | 'since';

export type ShiftUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** What an expression says, before it is placed on the calendar against the publication date. */
export type Meaning =
  /** Known without the publication date: a year, a duration, a TimeML token ("PRESENT_REF"). */
  | { type: 'fixed'; value: string | null; relative: boolean }
  /**
   * A unit counted from the publication date: "this week" (0), "last year" (-1), "two days ago" (-2);
   * `time` is a part of the day ("MO") or a clock time ("20:00") on that day.
   */
  | { type: 'shift'; unit: ShiftUnit; offset: number; time?: string }
  /**
   * "today": the day itself in a past or future clause, closing one about an event under way ("are striking
   * today", `closing`) or opening a sentence ("Today marks …"); the present ("as done today", "people today face")
   * otherwise.
   */
  | { type: 'today'; opening: boolean; closing: boolean }
  /** "in two weeks": a point that far ahead in a future clause, otherwise a duration (`value`). */
  | { type: 'ahead'; unit: ShiftUnit; offset: number; value: string }
  /**
   * "over the weekend": the one just past in a report, the coming one in a plan; "this weekend" is the current
   * week's unless a report on a weekday looks back at it.
   */
  | { type: 'weekend'; anchor: 'this' | 'tense' }
  /** "the end of the month": the current unit, or the one before when a report puts its end behind. */
  | { type: 'edge'; edge: 'start' | 'middle' | 'end'; unit: 'week' | 'month' | 'quarter' | 'year' }
  | { type: 'month'; month: number; day?: number; anchor: Anchor }
  /**
   * Counted from another date in the text, not from the publication date: "the day after" the date that follows,
   * "the following day" or "two days later" after one named before, "the Saturday after" Thanksgiving (unit
   * 'weekday': the first such weekday past it). `from` says where that date stands ('either': right after, or,
   * when nothing follows, before). It is valued once that date is placed (see anchored.ts); until then, or
   * without one, it reads as `fallback` ("two days later" a duration), else stays unknown.
   */
  | Beside
  /** "the fourth quarter" (of the year `yearOffset` from the one of writing, or placed by tense without one). */
  | { type: 'quarter'; quarter: number; yearOffset?: number }
  /** "on the 20th": a day of the month of writing, or of the month before or after it, placed by tense. */
  | { type: 'monthDay'; day: number }
  /** "on New Year's Eve", "before Easter": placed like a month and day without a year. */
  | { type: 'holiday'; rule: HolidayRule; anchor: Anchor }
  | { type: 'season'; season: Season; anchor: Anchor }
  | { type: 'weekday'; weekday: number; anchor: Anchor; time?: string };

export type BesideUnit = 'day' | 'week' | 'month' | 'year' | 'weekday';

export interface Beside {
  type: 'beside';
  unit: BesideUnit;
  offset: number;
  /** ISO weekday, for unit 'weekday'. */
  weekday?: number;
  /** A part of that day ("the next morning"). */
  time?: DayPart;
  from: 'next' | 'previous' | 'either';
  fallback?: Meaning;
}

/** A date expression found in a sentence; offsets are local to the scanned text. */
export interface Candidate {
  start: number;
  end: number;
  kind: DateKind;
  meaning: Meaning;
}
