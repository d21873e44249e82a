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
  // dates put off to, days a plan is made for, possessives after "from"
  ['The hearing was moved to Thursday.', 'Thursday', '2025-06-12'],
  ['The trial was pushed back to Monday.', 'Monday', '2025-06-16'],
  ['The union has called a strike for Monday.', 'Monday', '2025-06-16'],
  ["Results from Sunday's election are trickling in.", 'Sunday', '2025-06-08'],
  ['The ban lapses at midnight on Sunday.', 'Sunday', '2025-06-15'],
  // the end of a range lies where its start does
  ['The fair runs from Jan. 3 to Jan. 9 in the capital.', 'Jan. 9', '2026-01-09'],
  ['The strike ran from Monday to Tuesday.', 'Tuesday', '2025-06-10'],
  // a plan a past perfect reports was overtaken: its day is gone
  ['The airline had planned to resume flights on Monday.', 'Monday', '2025-06-09'],
  ['The talks, which had been scheduled for Tuesday, were cancelled.', 'Tuesday', '2025-06-10'],
  ['Officials had hoped to finish the count by Tuesday.', 'Tuesday', '2025-06-10'],
  ['The airline plans to resume flights on Monday.', 'Monday', '2025-06-16'],
  // "today" closing a clause about an event under way is the day; inside a subject or after a modal, the present
  ['Registry offices are offering free flu jabs today.', 'today', '2025-06-11'],
  ['Thousands of workers are striking today across the country.', 'today', '2025-06-11'],
  ['Many families today are struggling to pay their bills.', 'today', 'PRESENT_REF'],
  ['The process is much faster than can be done today.', 'today', 'PRESENT_REF'],
  // holidays by rule: the Tuesday after the first Monday, the day after Thanksgiving, Orthodox Easter
  ['Polls close at 8 p.m. on Election Day.', 'Election Day', '2024-11-05', '2024-10-20'],
  ['Retailers reported record sales on Black Friday.', 'Black Friday', '2024-11-29', '2024-12-02'],
  ['Shoppers are expected to spend $12 billion on Cyber Monday.', 'Cyber Monday', '2025-12-01', '2025-11-25'],
  ["Federal offices will be closed on Presidents' Day.", "Presidents' Day", '2026-02-16', '2026-02-01'],
  ['Believers will gather for midnight services on Orthodox Easter.', 'Orthodox Easter', '2024-05-05', '2024-04-20'],
  ['Street parties were held on Cinco de Mayo.', 'Cinco de Mayo', '2025-05-05'],
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
