/** Day arithmetic on plain calendar dates (UTC, so no time zone moves a day) and ISO 8601 formatting. */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = fromTime(toTime(ymd));
  return back.month === ymd.month && back.day === ymd.day ? ymd : null;
}

function toTime(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromTime(t: number): Ymd {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromTime(toTime(d) + days * DAY_MS);
}

export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Ymd): number {
  return ((new Date(toTime(d)).getUTCDay() + 6) % 7) + 1;
}

/** Ordinal comparison of two dates: negative when a is earlier. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return toTime(a) - toTime(b);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  // months may overflow from shifting ("three months ago" in February)
  const y = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12 + 1;
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week ("2013-W12"): the week belongs to the year of its Thursday. */
export function formatWeek(d: Ymd): string {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/** The Monday of an ISO 8601 week ("2013-W12"); week 1 is the one holding 4 January. */
export function parseWeek(iso: string): Ymd | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (!m) return null;
  const jan4 = { year: Number(m[1]), month: 1, day: 4 };
  const week = Number(m[2]);
  return week >= 1 && week <= 53 ? addDays(jan4, 7 * (week - 1) - (isoWeekday(jan4) - 1)) : null;
}
