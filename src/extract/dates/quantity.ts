import { DURATION_DESIGNATORS, TIME_UNITS } from '../../lexicon/calendar';
import type { TimeUnit } from '../../lexicon/calendar';
import { CARDINALS, ONE_WORDS, VAGUE_QUANTITIES } from '../../lexicon/number-words';
import type { ShiftUnit } from './meaning';

const vague = new Set(VAGUE_QUANTITIES);

/** The number a quantity phrase states, or null when it leaves it open ("several"). */
export function quantityOf(phrase: string): number | null {
  const text = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^[\d,.]+$/.test(text)) {
    const n = Number(text.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (ONE_WORDS.includes(text)) return 1;
  if (vague.has(text)) return null;
  const whole = CARDINALS.get(text);
  if (whole !== undefined) return whole;
  // "twenty-five", "twenty five"
  const [tens, ones] = text.split(/[\s-]/);
  const n = (CARDINALS.get(tens ?? '') ?? NaN) + (CARDINALS.get(ones ?? '') ?? NaN);
  return Number.isFinite(n) ? n : null;
}

/** "years" → year; unknown words → undefined. */
export function unitOf(word: string): TimeUnit | undefined {
  const w = word.toLowerCase().replace(/[\s-]+/g, ' ');
  return TIME_UNITS.get(w) ?? TIME_UNITS.get(w.replace(/s$/, ''));
}

/** ISO 8601 duration: "three years" → P3Y, "24 hours" → PT24H, "several days" → PXD. */
export function durationValue(n: number | null, unit: TimeUnit): string {
  const { designator, time, times } = DURATION_DESIGNATORS[unit];
  if (n === null) {
    // TimeML writes open decades and centuries with their own designators
    if (unit === 'decade') return 'PXDE';
    if (unit === 'century') return 'PXCE';
    return `P${time ? 'T' : ''}X${designator}`;
  }
  return `P${time ? 'T' : ''}${Number((n * times).toFixed(3))}${designator}`;
}

/** The calendar unit a count of time units moves by ("two weeks ago" → weeks); clock units stay on the day. */
export function shiftUnitOf(unit: TimeUnit, n: number): { unit: ShiftUnit; offset: number } {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return { unit: 'day', offset: 0 };
    case 'fortnight':
      return { unit: 'week', offset: 2 * n };
    case 'quarter-century':
      return { unit: 'year', offset: 25 * n };
    default:
      return { unit, offset: n };
  }
}
