import { HOLIDAYS, SEASONAL_HOLIDAYS } from '../../lexicon/calendar';
import type { HolidayRule } from '../../lexicon/calendar';
import { addDays, isoWeekday } from './calendar-math';
import type { Ymd } from './calendar-math';
import type { Anchor, Candidate } from './meaning';
import { alt } from './patterns';

/** Names longest first; an apostrophe matches a straight or a curly one. */
const HOLIDAY_NAME = alt(HOLIDAYS.keys()).replace(/'/g, "['’]");
const holidayRe = new RegExp(`\\b(?:(last|next|this)\\s+)?(${HOLIDAY_NAME})(?![\\w'’-])`, 'gi');
/** A capitalised word after the name makes it part of another name ("Easter Island", "Christmas Carol"). */
const NAME_GOES_ON = /^\s+[A-Z]/;
/** Words before a seasonal holiday ("on Christmas", "before Easter") that make it the day, not the season around it. */
const DAY_LEAD = /\b(?:on|at|by|before|after|until|till|since|over|for|during|around|ahead\s+of|last|next|this)\s+$/i;
const capitalised = (name: string) => name.split(/\s+/).every((w) => !/^[a-z]/.test(w) || /^(?:of|de|day|eve|night)$/.test(w));

/** "on New Year's Eve", "before Easter", "last Thanksgiving": a holiday placed like a month and day without a year. */
export function holidays(text: string): Candidate[] {
  const out: Candidate[] = [];
  holidayRe.lastIndex = 0;
  for (let m = holidayRe.exec(text); m; m = holidayRe.exec(text)) {
    const [whole, det, name] = m;
    const key = name!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const rule = HOLIDAYS.get(key);
    if (!rule || !/^[A-Z]/.test(name!) || !capitalised(name!) || NAME_GOES_ON.test(text.slice(m.index + whole.length, m.index + whole.length + 3))) continue;
    if (!det && SEASONAL_HOLIDAYS.has(key) && !DAY_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const anchor: Anchor = det ? (det.toLowerCase() === 'last' ? 'last' : det.toLowerCase() === 'next' ? 'next' : 'this') : 'tense';
    out.push({ start: m.index, end: m.index + whole.length, kind: 'date', meaning: { type: 'holiday', rule, anchor } });
  }
  return out;
}

/** Eastern Orthodox Easter Sunday of a year: Meeus's Julian computus, moved to the Gregorian calendar (1900–2099). */
function orthodoxEasterSunday(year: number): Ymd {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const julian = { year, month: Math.floor((d + e + 114) / 31), day: ((d + e + 114) % 31) + 1 };
  return addDays(julian, 13);
}

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

/** The day a holiday falls on in a year. */
export function holidayIn(rule: HolidayRule, year: number): Ymd {
  if ('easter' in rule) return addDays(rule.orthodox ? orthodoxEasterSunday(year) : easterSunday(year), rule.easter);
  if ('day' in rule) return { year, month: rule.month, day: rule.day };
  if ('onOrAfter' in rule) {
    const from = { year, month: rule.month, day: rule.onOrAfter };
    return addDays(from, (rule.weekday - isoWeekday(from) + 7) % 7);
  }
  if (rule.nth > 0) {
    const first = { year, month: rule.month, day: 1 };
    return addDays(first, ((rule.weekday - isoWeekday(first) + 7) % 7) + 7 * (rule.nth - 1));
  }
  const last = addDays({ year: year + (rule.month === 12 ? 1 : 0), month: (rule.month % 12) + 1, day: 1 }, -1);
  return addDays(last, -((isoWeekday(last) - rule.weekday + 7) % 7));
}
