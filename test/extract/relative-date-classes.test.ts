import { describe, expect, it } from 'vitest';
import { valueOf } from '../../eval/relative-dates';

/**
 * Invented news sentences, one or two per class of relative date the resolver must place by the clause around
 * it. Published on Wednesday 11 June 2025 (ISO week 24) unless a case says otherwise.
 */
const CASES: [sentence: string, expression: string, value: string, published?: string][] = [
  // schedules and deadlines stated in the present
  ['The deadline for bids is Thursday, officials said.', 'Thursday', '2025-06-12'],
  ['The report is due Friday.', 'Friday', '2025-06-13'],
  ['Starting Monday, buses will run every ten minutes.', 'Monday', '2025-06-16'],
  ['The vote is scheduled for Thursday.', 'Thursday', '2025-06-12'],
  ['Residents have until Friday to leave.', 'Friday', '2025-06-13'],
  ['Applications close on Friday.', 'Friday', '2025-06-13'],
  // timetables in the present, reports in the past
  ['The court hears the appeal on Tuesday.', 'Tuesday', '2025-06-17'],
  ['The prime minister arrives in Tokyo on Saturday for a three-day visit.', 'Saturday', '2025-06-14'],
  ['The prime minister flew to Berlin on Friday.', 'Friday', '2025-06-06'],
  ['Shares slid on Thursday after the warning.', 'Thursday', '2025-06-05'],
  ['On Monday, the inquiry published its findings.', 'Monday', '2025-06-09'],
  // plans seen from the past
  ['Officials said on Monday they expected the river to peak on Thursday.', 'Thursday', '2025-06-12'],
  ['He told reporters on Tuesday that the vote would take place on Friday.', 'Friday', '2025-06-13'],
  ['The leaders agreed in April to meet again in September.', 'September', '2025-09'],
  // months by tense, across the year end
  ['The plant will reopen in March.', 'March', '2026-03'],
  ['The factory closed in December.', 'December', '2027-12', '2028-01-03'],
  ['The budget will be tabled in February.', 'February', '2028-02', '2028-01-03'],
  // edges, weeks, weekends
  ['The fund must return the misused money by the end of the month.', 'the end of the month', '2025-06'],
  ['The strike began the week before last.', 'the week before last', '2025-W22'],
  ['The plan will be unveiled later in the month.', 'later in the month', '2025-06'],
  ['Fans celebrated over the weekend.', 'the weekend', '2025-W23-WE'],
  // holidays
  ["On New Year's Eve, fireworks lit the harbour.", "New Year's Eve", '2024-12-31'],
  ['The shop will close on Christmas Day.', 'Christmas Day', '2025-12-25'],
  ['The store will close for Thanksgiving.', 'Thanksgiving', '2026-11-26', '2026-10-30'],
  // days around a date, days of the month
  ['She was arrested the day after the Dec. 30 shooting.', 'the day after', '2024-12-31', '2025-01-05'],
  ['The board meets on the 20th.', 'the 20th', '2025-06-20'],
  ['Fuel prices rose on the 3rd.', 'the 3rd', '2025-06-03'],
  // parts of days
  ['Protesters will rally on Friday night.', 'Friday night', '2025-06-13TNI'],
  ['Police said the suspect was arrested on Saturday night.', 'Saturday night', '2025-06-07TNI'],
];

describe('relative dates: one invented case per class', () => {
  it.each(CASES)('%s → %s = %s', (sentence, expression, value, published = '2025-06-11') => {
    const found = valueOf({ published, sentence, expression, value, tense: '', split: 'dev' });
    expect(found.map((d) => d.value)).toContain(value);
  });
});
