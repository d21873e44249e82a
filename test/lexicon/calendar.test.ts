import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_MONTHS, DURATION_DESIGNATORS, HOLIDAYS, MONTHS, SEASONAL_HOLIDAYS, SEASON_START_MONTH, SEASONS, TIME_UNITS, WEEKDAYS } from '../../src/lexicon/calendar';

describe('calendar lexicon', () => {
  it('names every month and weekday, lower case, with values in range', () => {
    expect(new Set(MONTHS.values()).size).toBe(12);
    expect(new Set(WEEKDAYS.values()).size).toBe(7);
    for (const [name, n] of MONTHS) {
      expect(name).toBe(name.toLowerCase());
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(12);
    }
    expect(MONTHS.get('september')).toBe(9);
    expect(WEEKDAYS.get('monday')).toBe(1);
    expect(WEEKDAYS.get('sunday')).toBe(7);
  });

  it('marks only real month words as ambiguous', () => {
    for (const m of AMBIGUOUS_MONTHS) expect(MONTHS.has(m)).toBe(true);
  });

  it('gives every season a start month and every unit a duration designator', () => {
    for (const season of SEASONS.values()) expect(SEASON_START_MONTH[season]).toBeGreaterThan(0);
    for (const unit of TIME_UNITS.values()) expect(DURATION_DESIGNATORS[unit].designator).toMatch(/^[SMHDWY]$/);
  });

  it('gives every holiday a valid rule, lower case with straight apostrophes', () => {
    for (const [name, rule] of HOLIDAYS) {
      expect(name).toBe(name.toLowerCase());
      expect(name).not.toContain('’');
      if ('month' in rule) expect(rule.month).toBeGreaterThanOrEqual(1);
      if ('nth' in rule) expect(Math.abs(rule.nth)).toBeLessThanOrEqual(5);
      if ('onOrAfter' in rule) expect(rule.onOrAfter).toBeLessThanOrEqual(31);
    }
    for (const name of SEASONAL_HOLIDAYS) expect(HOLIDAYS.has(name)).toBe(true);
  });
});
