import * as chrono from 'chrono-node';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar';
import type { Candidate, Meaning } from './meaning';

/**
 * Calendar dates and clock times written out ("March 3, 2021", "Feb. 28", "2021-03-04", "8 PM"), read by
 * chrono-node. chrono runs only on short windows around a trigger, so cost stays linear on any input;
 * everything chrono reads loosely (weekdays, "from 19") is left to the other recognisers.
 */

const MONTH_WORD = [...MONTHS.keys()].join('|');
const TRIGGER = new RegExp(
  `\\b(?:${MONTH_WORD})[a-z]*\\.?\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_WORD})|\\d{1,2}:\\d{2}|\\d\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}`,
  'gi',
);
const MONTH_IN_TEXT = new RegExp(`\\b(?:${MONTH_WORD})`, 'i');
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;
const CLOCK = /\d:\d\d|\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
const WEEKDAY_WORD = [...WEEKDAYS.keys()].join('|');
/** Words a plain calendar or clock expression is made of; time zones are upper-case abbreviations ("GMT"). */
const PLAIN_WORD = new RegExp(`^(?:[\\d/:.,-]+|\\d{1,2}(?:st|nd|rd|th),?|(?:${MONTH_WORD})[a-z]*\\.?|(?:${WEEKDAY_WORD})[a-z]*|a\\.m\\.|p\\.m\\.|am|pm|noon|midnight|morning|afternoon|evening|night|at|on|in|of|the|from|between)$`, 'i');
const isPlain = (text: string) => text.split(/\s+/).every((w) => PLAIN_WORD.test(w) || /^[A-Z]{2,4}$/.test(w));
const CLOCK_ONLY = /\d{1,2}(?::\d\d){1,2}(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
const LEADING_WORDS = /^(?:(?:on|at|in|by|from|between|the)\s+)+/i;
const WINDOW = 40;
const MAX_WINDOW = 400;
/** chrono needs some reference; uncertain parts are never read from it. */
const ANY_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start++;
    while (end < text.length && !/\s/.test(text[end]!)) end--;
    // overlapping windows merge up to a bound; beyond it they stay apart and duplicates are dropped later
    const last = out[out.length - 1];
    if (last && start <= last[1] && end - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function meaningOf(result: chrono.ParsedResult, text: string): { kind: Candidate['kind']; meaning: Meaning } | null {
  const c = result.start;
  const clock = c.isCertain('hour') && CLOCK.test(text) ? `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` : undefined;
  const hasDay = c.isCertain('day') && c.isCertain('month') && (MONTH_IN_TEXT.test(text) || NUMERIC_DATE.test(text));
  if (hasDay) {
    const month = c.get('month')!;
    const day = c.get('day')!;
    if (c.isCertain('year')) {
      const date = `${c.get('year')}-${pad(month)}-${pad(day)}`;
      return { kind: clock ? 'time' : 'date', meaning: { type: 'fixed', value: clock ? `${date}T${clock}` : date, relative: false } };
    }
    return { kind: 'date', meaning: { type: 'month', month, day, anchor: 'tense' } };
  }
  if (!clock) return null;
  const weekday = c.isCertain('weekday') ? c.get('weekday') : null;
  if (weekday !== null && weekday !== undefined) {
    return { kind: 'time', meaning: { type: 'weekday', weekday: weekday === 0 ? 7 : weekday, anchor: 'tense', time: clock } };
  }
  // a bare clock time in news is on the day of writing ("at 7 p.m.")
  return { kind: 'time', meaning: { type: 'shift', unit: 'day', offset: 0, time: clock } };
}

interface Plain {
  index: number;
  text: string;
  parsed: chrono.ParsedResult;
}

/** Where a range splits into its ends: "Jan. 3 to Jan. 9", "June 3 through June 9", "tonight – Dec. 30". */
const RANGE_SEPARATOR = /\s*(?:[–—-]|\b(?:to|through|thru|until|till|and)\b)\s*/gi;

/** Each end of a range that is a plain calendar or clock expression on its own. */
function rangeEnds(result: chrono.ParsedResult, text: string): Plain[] {
  const out: Plain[] = [];
  let from = 0;
  const pieces: [number, string][] = [];
  for (const m of text.matchAll(RANGE_SEPARATOR)) {
    pieces.push([from, text.slice(from, m.index)]);
    from = m.index + m[0].length;
  }
  pieces.push([from, text.slice(from)]);
  for (const [at, piece] of pieces) {
    const [parsed] = chrono.casual.parse(piece, ANY_REFERENCE);
    const own = parsed?.text.trimEnd();
    if (parsed && own && isPlain(own)) out.push({ index: result.index + at + parsed.index, text: own, parsed });
  }
  return out;
}

/**
 * chrono folds neighbouring phrases into one result ("12:30 pm two years ago", "Jan. 3 to Jan. 9"); a range is
 * split into its ends, anything else made of more than calendar and clock words is cut down to its clock time.
 * A trailing blank chrono takes along ("Jan 30 (Reuters)") is no part of the date.
 */
function plainResults(result: chrono.ParsedResult): Plain[] {
  const text = result.text.trimEnd();
  if (isPlain(text)) return [{ index: result.index, text, parsed: result }];
  const ends = result.end ? rangeEnds(result, text) : [];
  if (ends.length) return ends;
  const clock = CLOCK_ONLY.exec(text);
  if (!clock) return [];
  const [reparsed] = chrono.casual.parse(clock[0], ANY_REFERENCE);
  return reparsed ? [{ index: result.index + clock.index, text: clock[0], parsed: reparsed }] : [];
}

export function explicitDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [from, to] of windows(text)) {
    for (const result of chrono.casual.parse(text.slice(from, to), ANY_REFERENCE)) {
      for (const plain of plainResults(result)) {
        const read = meaningOf(plain.parsed, plain.text);
        if (!read) continue;
        const lead = LEADING_WORDS.exec(plain.text)?.[0].length ?? 0;
        out.push({ start: from + plain.index + lead, end: from + plain.index + plain.text.length, ...read });
      }
    }
  }
  return out;
}
