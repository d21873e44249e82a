import { describe, expect, it } from 'vitest';
import { valueOf } from '../../eval/relative-dates';
import { anchoredValue } from '../../src/extract/dates/anchored';
import { parseWeek } from '../../src/extract/dates/calendar-math';

/** Invented sentences. Published on Wednesday 11 June 2025 (ISO week 24) unless a case says otherwise. */
const value = (sentence: string, expression: string, published = '2025-06-11') =>
  valueOf({ published, sentence, expression, value: '', tense: '', split: 'dev' }).map((d) => d.value);

describe('dates counted from another date of the text', () => {
  it.each([
    // a unit after or before a date named earlier in the sentence, in a report or a plan
    ['The minister landed in Lagos on Monday and met the governor the following day.', 'the following day', '2025-06-10'],
    ['The committee will meet on Friday and vote the next day.', 'the next day', '2025-06-14'],
    ['The ship docked on Sunday; its crew had mutinied the previous day.', 'the previous day', '2025-06-07'],
    ['The fire started on Saturday night and was put out the next morning.', 'the next morning', '2025-06-08TMO'],
    ['She was arrested in Madrid on May 3 and extradited the following week.', 'the following week', '2025-W19'],
    ['The company was founded in 2010 and listed its shares the following year.', 'the following year', '2011'],
    // counts of days, weeks, months, years later or earlier
    ['Police arrested the man on Monday and charged him two days later.', 'two days later', '2025-06-11'],
    ['The team will fly out on Thursday and return a week later.', 'a week later', '2025-06-19'],
    ['The strike ended on Friday; talks had collapsed three days earlier.', 'three days earlier', '2025-06-03'],
    ['The plant was shut a week ago Sunday.', 'a week ago', '2025-06-01'],
    // the same unit
    ['The treaty was signed on March 3 and ratified the same day.', 'the same day', '2025-03-03'],
    ['He was released on Thursday and flew home that evening.', 'that evening', '2025-06-05TEV'],
    // a weekday after a date: the one that follows it, or the one named before
    ['Voters go to the polls on Sunday, and the results are due the following Tuesday.', 'the following Tuesday', '2025-06-17'],
    ['Shoppers crowded malls on the Saturday after Thanksgiving.', 'the Saturday after', '2025-11-29', '2025-12-03'],
    ['The festival ends on the Sunday before Labor Day.', 'the Sunday before', '2025-08-31', '2025-08-20'],
    // "the day before" closing its clause counts back from the date named before it
    ['Police said on Monday that the suspect had bought the gun the day before.', 'the day before', '2025-06-08'],
    // an earlier sentence of the paragraph gives the date
    ['The storm hit on Saturday. Power was restored the next day.', 'the next day', '2025-06-08'],
  ])('%s → %s = %s', (sentence, expression, want, published = '2025-06-11') => {
    expect(value(sentence, expression, published)).toContain(want);
  });

  it('leaves alone what counts from no date: a duration stays one, a noun after "the day after" is no date', () => {
    expect(value('Prices rose two days later than expected.', 'two days')).toEqual(['P2D']);
    expect(value('Talks resumed about two days later.', 'two days')).toEqual(['P2D']);
    expect(value('The suspect was arrested on Friday, the day after the shooting.', 'the day after')).toEqual([null]);
    expect(value('The suspect was arrested on Friday, a day after the shooting.', 'Friday')).toContain('2025-06-06');
    expect(value('The rain is expected to ease over the next day or two.', 'the next day')).toEqual([]);
  });

  it('needs a date precise enough to count from', () => {
    const following = { type: 'beside', unit: 'day', offset: 1, from: 'previous' } as const;
    expect(anchoredValue(following, '2019')).toBeNull();
    expect(anchoredValue(following, '2025-06-10T20:00')).toBe('2025-06-11');
    expect(anchoredValue({ ...following, unit: 'week' }, '2025-W01')).toBe('2025-W02');
    expect(anchoredValue({ ...following, unit: 'month', offset: -1 }, '2025-01')).toBe('2024-12');
    expect(anchoredValue({ ...following, unit: 'weekday', weekday: 1 }, '2025-06-09')).toBe('2025-06-16');
    expect(anchoredValue({ ...following, unit: 'weekday', weekday: 1, offset: -1 }, '2025-06-10')).toBe('2025-06-09');
    expect(parseWeek('2026-W01')).toEqual({ year: 2025, month: 12, day: 29 });
  });
});
