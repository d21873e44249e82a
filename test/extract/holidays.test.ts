import { describe, expect, it } from 'vitest';
import { holidayIn, holidays } from '../../src/extract/dates/holidays';

describe('holidays', () => {
  it('works out Easter, nth and last weekdays of a month', () => {
    expect(holidayIn({ easter: 0 }, 2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(holidayIn({ easter: 0 }, 2025)).toEqual({ year: 2025, month: 4, day: 20 });
    expect(holidayIn({ easter: -2 }, 2026)).toEqual({ year: 2026, month: 4, day: 3 });
    expect(holidayIn({ month: 11, weekday: 4, nth: 4 }, 2025)).toEqual({ year: 2025, month: 11, day: 27 });
    expect(holidayIn({ month: 5, weekday: 1, nth: -1 }, 2025)).toEqual({ year: 2025, month: 5, day: 26 });
    expect(holidayIn({ month: 12, weekday: 7, nth: -1 }, 2025)).toEqual({ year: 2025, month: 12, day: 28 });
    // the first Tuesday on or after 2 November (US Election Day), a Monday that falls in December (Cyber Monday)
    expect(holidayIn({ month: 11, weekday: 2, onOrAfter: 2 }, 2026)).toEqual({ year: 2026, month: 11, day: 3 });
    expect(holidayIn({ month: 11, weekday: 2, onOrAfter: 2 }, 2027)).toEqual({ year: 2027, month: 11, day: 2 });
    expect(holidayIn({ month: 11, weekday: 1, onOrAfter: 26 }, 2025)).toEqual({ year: 2025, month: 12, day: 1 });
    // Orthodox Easter by the Julian computus
    expect(holidayIn({ easter: 0, orthodox: true }, 2023)).toEqual({ year: 2023, month: 4, day: 16 });
    expect(holidayIn({ easter: 0, orthodox: true }, 2024)).toEqual({ year: 2024, month: 5, day: 5 });
    expect(holidayIn({ easter: 0, orthodox: true }, 2025)).toEqual({ year: 2025, month: 4, day: 20 });
  });

  it('finds capitalised holiday names with curly apostrophes, not common words', () => {
    expect(holidays('Crowds gathered on New Year’s Eve.').map((c) => c.end - c.start)).toEqual(['New Year’s Eve'.length]);
    expect(holidays('The may day of reckoning came.')).toEqual([]);
    expect(holidays('An Easter egg hunt and Christmas lights.')).toEqual([]);
    expect(holidays('Shops open after Christmas.')).toHaveLength(1);
    expect(holidays('Tourists flew on Easter Island and Christmas Island.')).toEqual([]);
    expect(holidays("Citizens cancelled New Year's Eve celebrations.")).toHaveLength(1);
  });
});
