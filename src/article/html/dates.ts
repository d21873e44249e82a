import * as chrono from 'chrono-node';

/**
 * A page's date string as YYYY-MM-DD, or null. The calendar date is the one the publisher wrote: an ISO
 * timestamp keeps its own date part ("2024-03-18T23:30-05:00" is the 18th, not the 19th in UTC), and a written
 * date ("Monday, March 18, 2024, 3:02 PM", "Mon, 18 Mar 2024 16:57:37 +0000") is read with chrono, which must
 * find a year, month and day in it (no guessing from today's date).
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || text.length > 200) return null;
  const numeric = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(text) ?? /^(\d{4})()(\d\d)(\d\d)(?:$|T)/.exec(text);
  if (numeric) return checked(+numeric[1]!, +numeric[3]!, +numeric[4]!);
  // a written date must spell out its year: "yesterday" or "3 hours ago" is relative to a clock we do not have
  if (!/(?<!\d)(?:19|20|21)\d\d(?!\d)/.test(text) || /^\d+$/.test(text)) return null;
  const found = chrono.parse(text, undefined, { forwardDate: false })[0];
  if (!found) return null;
  const s = found.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  return checked(s.get('year')!, s.get('month')!, s.get('day')!);
}

function checked(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 31 February
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
