import { describe, expect, it } from 'vitest';
import { parseArticle, readArticleFile } from '../../src/article/read';
import { datesStage } from '../../src/extract/dates';
import { extractFacts, MAX_EXTRACTED_CHARS } from '../../src/extract/pipeline';

const SEED = 'data/articles/000_561b48a65b5491d5.txt';

function dates(body: string, published?: string) {
  const raw = published ? `---\npublished: ${published}\n---\n${body}` : body;
  return extractFacts(parseArticle(raw, 'test'), [datesStage]).dates;
}

/** text → value for an article published on Friday 22 March 2013. */
function values(body: string, published = '2013-03-22'): Record<string, string | null> {
  return Object.fromEntries(dates(body, published).map((d) => [d.text, d.value]));
}

describe('dates stage: expressions found', () => {
  it('keeps exact offsets, ids and the source sentence', () => {
    const body = 'The council met on Monday.\n\nIt had last met in 2019, two years after the vote.';
    const article = parseArticle(body, 'a1');
    const found = extractFacts(article, [datesStage]).dates;
    // "two years after" counts from what follows; with no date there it stays a duration, its span taking "after"
    expect(found.map((d) => d.text)).toEqual(['Monday', '2019', 'two years after']);
    found.forEach((d, i) => {
      expect(d.id).toBe(`a1#d${i + 1}`);
      expect(article.text.slice(d.start, d.end)).toBe(d.text);
      expect(article.text.slice(d.source.start, d.source.end)).toContain(d.text);
    });
    expect(found.map((d) => d.source.paragraph)).toEqual([1, 2, 2]);
  });

  it('reads kinds: year, month, weekday, relative, duration, time, set', () => {
    const kinds = Object.fromEntries(
      dates('In 2019, in March, on Monday morning and earlier this week, for almost three years, at 8 p.m., every year, on Friday.').map((d) => [d.text, d.kind]),
    );
    expect(kinds).toMatchObject({
      '2019': 'year',
      March: 'month',
      'Monday morning': 'time',
      'earlier this week': 'relative',
      'almost three years': 'duration',
      '8 p.m.': 'time',
      'every year': 'set',
      Friday: 'weekday',
    });
  });

  it('reads a hyphenated duration without its article, and durations in words and digits', () => {
    expect(values('It ended the 28-year rule after 90 days and a decade of talks, over the past several months.')).toEqual({
      '28-year': 'P28Y',
      '90 days': 'P90D',
      'a decade': 'P10Y',
      'the past several months': 'PXM',
    });
    expect(values('A twenty-five-year lease ran for 24 hours.')).toMatchObject({ 'twenty-five-year': 'P25Y', '24 hours': 'PT24H' });
  });

  it('does not take ages, amounts, counts or "one day" for dates', () => {
    const text = 'The 28-year-old and children 6 months and older, aged 19 to 60, paid $2020 for 2000 tonnes; one day they could return.';
    expect(dates(text, '2013-03-22')).toEqual([]);
    expect(dates('About 1500 people came. Only 1850 troops left.')).toEqual([]);
  });

  it('needs a date context for month words that are also names or verbs', () => {
    expect(dates('Theresa May spoke. You may go.').map((d) => d.text)).toEqual([]);
    expect(dates('Elections are due in May.').map((d) => d.text)).toEqual(['May']);
    expect(dates('It rose in October and fell in a June vote.').map((d) => d.text)).toEqual(['October', 'June']);
  });

  it('splits year ranges and reads decades and centuries', () => {
    expect(values('The 2009-2010 season, the 1957-58 expedition, the 1990s and the 20th century.', '2013-03-22')).toEqual({
      '2009': '2009',
      '2010': '2010',
      '1957': '1957',
      '58': '1958',
      'the 1990s': '199',
      'the 20th century': '19',
    });
  });

  it('reads a year named as one beyond the years news writes bare', () => {
    expect(values('Climate models run to the year 2100.')).toEqual({ '2100': '2100' });
  });

  it('reads counts with an adjective before the unit and runs of units without a count', () => {
    expect(values('Prices rose for three straight days. He will serve two more years. They lost in back-to-back weeks.')).toEqual({
      'three straight days': 'P3D',
      'two more years': 'P2Y',
      'back-to-back weeks': 'PXW',
    });
  });

  it('finds both ends of a range of days or clock times, and a dateline date before its agency', () => {
    const found = (body: string) => dates(body, '2013-03-22').map((d) => d.text);
    expect(found('The fair ran from Jan. 3 to Jan. 9 in the capital.')).toEqual(['Jan. 3', 'Jan. 9']);
    expect(found('Voting took place between March 5 and March 7.')).toEqual(['March 5', 'March 7']);
    expect(found('It had to be tonight – Dec. 30, papers say.')).toEqual(['tonight', 'Dec. 30']);
    expect(found('The show ran from 7 p.m. to 11 p.m.')).toEqual(['7 p.m.', '11 p.m.']);
    expect(found('OSLO, Mar 21 (Invented Wire) - The bank cut rates.')).toEqual(['Mar 21']);
  });
});

describe('dates stage: values against the publication date (Friday 2013-03-22)', () => {
  it('reads full dates and fills a missing year by tense', () => {
    expect(values('He was born on March 3, 2021.')).toEqual({ 'March 3, 2021': '2021-03-03' });
    expect(values('On Feb. 28, the bank released a note.')).toEqual({ 'Feb. 28': '2013-02-28' });
    expect(values('The closure will begin on April 7, the agency said.')).toEqual({ 'April 7': '2013-04-07' });
  });

  it('places weekdays in the past unless the clause is future', () => {
    expect(values('The minister resigned on Monday.')).toEqual({ Monday: '2013-03-18' });
    expect(values('The agency said Friday it had closed.')).toEqual({ Friday: '2013-03-22' });
    expect(values('The board will vote on Tuesday.')).toEqual({ Tuesday: '2013-03-26' });
    expect(values('They met last Friday and meet again next Monday.')).toEqual({ 'last Friday': '2013-03-15', 'next Monday': '2013-03-25' });
  });

  it('places months without a year by tense: past by default, ahead in a future clause', () => {
    expect(values('The talks collapsed in August.')).toEqual({ August: '2012-08' });
    expect(values('Growth slowed in March.')).toEqual({ March: '2013-03' });
    expect(values('The book is due to be published in May.')).toEqual({ May: '2013-05' });
    expect(values('They agreed to sell the stake in October.')).toEqual({ October: '2012-10' });
    expect(values('He lost the vote last May and won last June.')).toEqual({ 'last May': '2012-05', 'last June': '2012-06' });
    expect(values('It started in early December.')).toEqual({ 'early December': '2012-12' });
  });

  it('follows TimeML for weeks, months, years, seasons and ago', () => {
    expect(values('Prices rose this week, more than in the last week, and fell last month.')).toEqual({
      'this week': '2013-W12',
      'the last week': '2013-W11',
      'last month': '2013-02',
    });
    expect(values('Sales fell last year but will rise next year; this fiscal year is flat.')).toEqual({
      'last year': '2012',
      'next year': '2014',
      'this fiscal year': '2013',
    });
    expect(values('He vanished last summer, four years ago, not six months ago.')).toEqual({
      'last summer': '2012-SU',
      'four years ago': '2009',
      'six months ago': '2012-09',
    });
    expect(values('He left yesterday and returns tomorrow.')).toEqual({ yesterday: '2013-03-21', tomorrow: '2013-03-23' });
  });

  it('reads ordinal days, leans to the nearest date when no verb shows the tense, and dates bare clock times', () => {
    expect(values('The vote was held on September 11th.')).toEqual({ 'September 11th': '2012-09-11' });
    expect(values('#Coming April 2nd.')).toEqual({ 'April 2nd': '2013-04-02' });
    expect(values('The polls close at 7 p.m.')).toEqual({ '7 p.m.': '2013-03-22T19:00' });
    expect(values('The tweet came at 12:30 pm, two years ago.')).toEqual({ '12:30 pm': '2013-03-22T12:30', 'two years ago': '2011' });
  });

  it('reads a present clause about a weekday as the last one, and open pasts as PAST_REF', () => {
    expect(values("He is raising questions about Monday's debate.")).toEqual({ Monday: '2013-03-18' });
    expect(values('He started this years ago, a long time ago.')).toEqual({ 'years ago': 'PAST_REF', 'a long time ago': 'PAST_REF' });
  });

  it('reads now, today as nowadays, the past and at the time as TimeML references', () => {
    expect(values('Eight years from now things will differ.')).toEqual({ 'Eight years': 'P8Y', now: 'PRESENT_REF' });
    expect(values('It is currently cheaper than can be done today.')).toEqual({ currently: 'PRESENT_REF', today: 'PRESENT_REF' });
    expect(values('The court ruled today.')).toEqual({ today: '2013-03-22' });
    expect(values('In the past, it was in international waters at the time.')).toEqual({ 'In the past': 'PAST_REF', 'at the time': 'PAST_REF' });
  });
});

describe('dates stage: without a publication date', () => {
  it('keeps relative expressions open and marked relative, absolute ones valued', () => {
    const found = dates('On Monday, earlier this week, in March and last year; in 2020, on March 3, 2021, for five years.');
    const byText = Object.fromEntries(found.map((d) => [d.text, d]));
    for (const t of ['Monday', 'earlier this week', 'March', 'last year']) {
      expect(byText[t]).toMatchObject({ value: null, relative: true });
    }
    expect(byText['2020']).toMatchObject({ value: '2020', relative: false });
    expect(byText['March 3, 2021']).toMatchObject({ value: '2021-03-03', relative: false });
    expect(byText['five years']).toMatchObject({ value: 'P5Y', relative: false });
  });

  it('finds every reference date of the seed article and values its years', () => {
    const facts = extractFacts(readArticleFile(SEED), [datesStage]);
    const has = (text: string, kind: string) => facts.dates.filter((d) => d.text === text && d.kind === kind);
    expect(has('Monday', 'weekday')).toHaveLength(1);
    expect(has('Wednesday', 'weekday')).toHaveLength(1);
    expect(has('March', 'month')).toHaveLength(1);
    expect(has('April', 'month')).toHaveLength(1);
    expect(has('earlier this week', 'relative')).toHaveLength(1);
    expect(has('28-year', 'duration')).toHaveLength(1);
    expect(has('2020', 'year').map((d) => d.value)).toEqual(['2020', '2020']);
    for (const d of facts.dates) if (d.kind !== 'year' && d.kind !== 'duration' && !d.value?.endsWith('_REF')) expect(d.value).toBeNull();
    // "one day they could defend …" is not a date
    expect(facts.dates.some((d) => /one day/i.test(d.text))).toBe(false);
  });
});

describe('dates stage: future references resolve forward, past ones back', () => {
  /** text → value for an article published on Thursday 14 March 2024. */
  const at = (body: string) => values(body, '2024-03-14');

  it('reads a deadline outside a finished past clause as ahead', () => {
    expect(at('The ministry must submit its plan by March 20.')).toEqual({ 'March 20': '2024-03-20' });
    expect(at('Officials said they expect to finish the review by March 20.')).toEqual({ 'March 20': '2024-03-20' });
    expect(at('The strike will last until Friday.')).toEqual({ Friday: '2024-03-15' });
    expect(at('The hearing was postponed until Tuesday.')).toEqual({ Tuesday: '2024-03-19' });
    // a finished past keeps its deadline behind
    expect(at('The work had been completed by March 10.')).toEqual({ 'March 10': '2024-03-10' });
    expect(at('The strike lasted until Tuesday.')).toEqual({ Tuesday: '2024-03-12' });
  });

  it('reads will, is to, scheduled, due, expected, plans to and timetable presents as future', () => {
    expect(at('Negotiators said they will meet again on Monday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('The minister is to visit the port on Monday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('The vote is scheduled for Monday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('Results are due on Friday.')).toEqual({ Friday: '2024-03-15' });
    expect(at('A ruling is expected on Tuesday.')).toEqual({ Tuesday: '2024-03-19' });
    expect(at('Protesters plan to gather on Saturday.')).toEqual({ Saturday: '2024-03-16' });
    expect(at('The festival opens on Saturday.')).toEqual({ Saturday: '2024-03-16' });
    expect(at('Elections will be held in November.')).toEqual({ November: '2024-11' });
    expect(at('Negotiators said talks would resume on Monday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('Parliament reconvenes on Monday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('The exhibition runs until Sunday.')).toEqual({ Sunday: '2024-03-17' });
    expect(at('A protest is planned for April.')).toEqual({ April: '2024-04' });
    expect(at('The new terminal opens in January.')).toEqual({ January: '2025-01' });
    expect(at('The new terminal opened in January.')).toEqual({ January: '2024-01' });
  });

  it('reads a span ahead in a future clause as a date, elsewhere as a duration', () => {
    expect(at('The factory will close in two weeks.')).toEqual({ 'two weeks': '2024-W13' });
    expect(at("The law takes effect in three days' time.")).toEqual({ "three days' time": '2024-03-17' });
    expect(at('They built it in two weeks.')).toEqual({ 'two weeks': 'P2W' });
    expect(at('Nobody knows what will be possible in five years.')).toEqual({ 'five years': 'P5Y' });
  });

  it('reads the day before yesterday, an opening Today, and a future weekday named on that weekday as the next', () => {
    expect(at('The day before yesterday, protesters blocked the bridge.')).toEqual({ 'The day before yesterday': '2024-03-12' });
    expect(at('Today marks the start of the tax year.')).toEqual({ Today: '2024-03-14' });
    expect(at('The president will sign the bill on Thursday.')).toEqual({ Thursday: '2024-03-21' });
    expect(at('The president signed the bill on Thursday.')).toEqual({ Thursday: '2024-03-14' });
  });

  it('keeps past clauses and the news convention for bare weekdays behind', () => {
    expect(at('Police said on Monday that two men were arrested.')).toEqual({ Monday: '2024-03-11' });
    expect(at('On Wednesday, the board approved the merger.')).toEqual({ Wednesday: '2024-03-13' });
    expect(at('The plant closed in November.')).toEqual({ November: '2023-11' });
    expect(at('They did not meet on Monday.')).toEqual({ Monday: '2024-03-11' });
    expect(at('A vote on Monday was cancelled.')).toEqual({ Monday: '2024-03-11' });
    expect(at('Reporters asked Ann May about it on Monday.')).toEqual({ Monday: '2024-03-11' });
    expect(at('The court adjourned the case until Tuesday.')).toEqual({ Tuesday: '2024-03-19' });
    expect(at('They could meet as early as Tuesday.')).toEqual({ Tuesday: '2024-03-19' });
    expect(at('The law comes into force on Monday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('The council rejected a plan to dredge the basin on Tuesday.')).toEqual({ Tuesday: '2024-03-12' });
  });
});

describe('dates stage: the relative-date conventions of test/extract/relative-dates.json (invented sentences)', () => {
  /** Thursday 14 March 2024 (ISO week 11). */
  const at = (body: string, published = '2024-03-14') => values(body, published);

  it('places a bare weekday 1-7 days back in a report, 1-7 days ahead in a plan, a week ahead when named on that weekday', () => {
    expect(at('The mayor resigned on Wednesday.')).toEqual({ Wednesday: '2024-03-13' });
    expect(at('The mayor resigned on Friday.')).toEqual({ Friday: '2024-03-08' });
    expect(at('The mayor will resign on Wednesday.')).toEqual({ Wednesday: '2024-03-20' });
    expect(at('The mayor will resign on Friday.')).toEqual({ Friday: '2024-03-15' });
    expect(at('The mayor will resign on Thursday.')).toEqual({ Thursday: '2024-03-21' });
    expect(at('The mayor must resign on Thursday.')).toEqual({ Thursday: '2024-03-21' });
    // headlinese: a present-tense headline reports, so its weekday is the one just gone
    expect(at('Mayor resigns Tuesday amid funding row')).toEqual({ Tuesday: '2024-03-12' });
  });

  it('reads the future in will, would, clitics, going to, is due, is expected, scheduled, plans and modals', () => {
    expect(at("She'll testify on Monday.")).toEqual({ Monday: '2024-03-18' });
    expect(at("We'll know more in two weeks, the coach said.")).toEqual({ 'two weeks': '2024-W13' });
    expect(at('The panel is going to report on Tuesday.')).toEqual({ Tuesday: '2024-03-19' });
    expect(at('The verdict is due on Monday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('The verdict is expected in April.')).toEqual({ April: '2024-04' });
    expect(at('Analysts expect a cut in three weeks.')).toEqual({ 'three weeks': '2024-W14' });
    expect(at('The launch is scheduled for January.')).toEqual({ January: '2025-01' });
    expect(at('The club plans to move in February.')).toEqual({ February: '2025-02' });
    expect(at('The envoy said she would return in May.')).toEqual({ May: '2024-05' });
    expect(at('Lenders must repay the loans by March 2.')).toEqual({ 'March 2': '2025-03-02' });
    expect(at('The bank may raise rates in October.')).toEqual({ October: '2024-10' });
    expect(at('Ministers are meeting on Friday to discuss the ferries.')).toEqual({ Friday: '2024-03-15' });
    expect(at('Schools will remain closed until Wednesday.')).toEqual({ Wednesday: '2024-03-20' });
    // a progressive about what came after a day looks back at it
    expect(at("Rescuers are searching for survivors after Monday's landslide.")).toEqual({ Monday: '2024-03-11' });
  });

  it('reads reports in the simple past, the past perfect and the present perfect as behind', () => {
    expect(at('The club moved in February.')).toEqual({ February: '2024-02' });
    expect(at('The club had moved in April.')).toEqual({ April: '2023-04' });
    expect(at('The two leaders have met in October.')).toEqual({ October: '2023-10' });
    expect(at('The bank may have raised rates in October.')).toEqual({ October: '2023-10' });
    expect(at('Officials have named two firms to run the ferry through June.')).toEqual({ June: '2024-06' });
  });

  it('places a month without a year across the year end by tense', () => {
    expect(at('The ferry will resume in January.', '2024-12-20')).toEqual({ January: '2025-01' });
    expect(at('The ferry will resume by January 15.', '2024-12-20')).toEqual({ 'January 15': '2025-01-15' });
    expect(at('The ferry stopped in December.', '2025-01-10')).toEqual({ December: '2024-12' });
    expect(at('The ferry stopped on December 20.', '2025-01-10')).toEqual({ 'December 20': '2024-12-20' });
  });

  it('reads weeks as ISO weeks, "a week ago" as a day, and spans ahead in a plan as the point they reach', () => {
    expect(at('The port reopened last week and closes again next week.')).toEqual({ 'last week': '2024-W10', 'next week': '2024-W12' });
    expect(at('The port reopened last week.', '2024-01-01')).toEqual({ 'last week': '2023-W52' });
    expect(at('The port reopened two weeks ago.')).toEqual({ 'two weeks ago': '2024-W09' });
    expect(at('The port reopened a week ago.')).toEqual({ 'a week ago': '2024-03-07' });
    expect(at('The port will reopen in two weeks.')).toEqual({ 'two weeks': '2024-W13' });
    expect(at('The port will reopen within three weeks.')).toEqual({ 'three weeks': '2024-W14' });
    expect(at('The port will reopen in a fortnight.')).toEqual({ 'a fortnight': '2024-W13' });
    expect(at('Ten days from now, the port reopens.')).toEqual({ 'Ten days from now': '2024-03-24' });
  });

  it('reads today, tonight and this week, month and year as the current unit, later and earlier ones too', () => {
    expect(at('The port will reopen tonight.')).toEqual({ tonight: '2024-03-14TNI' });
    expect(at('The port reopened this week.')).toEqual({ 'this week': '2024-W11' });
    expect(at('The port will reopen later this month.')).toEqual({ 'later this month': '2024-03' });
    expect(at('The port reopened earlier this year.')).toEqual({ 'earlier this year': '2024' });
    expect(at('The port will reopen early next year.')).toEqual({ 'early next year': '2025' });
  });

  it('places weekends by tense: the one just gone in a report, the coming one in a plan', () => {
    expect(at('Thousands marched over the weekend.')).toEqual({ 'the weekend': '2024-W10-WE' });
    expect(at('Thousands marched over the weekend.', '2024-03-17')).toEqual({ 'the weekend': '2024-W11-WE' });
    expect(at('Thousands will march over the weekend.')).toEqual({ 'the weekend': '2024-W11-WE' });
    expect(at('Thousands plan to march this weekend.')).toEqual({ 'this weekend': '2024-W11-WE' });
    expect(at('Thousands marched this weekend, police said.', '2024-03-18')).toEqual({ 'this weekend': '2024-W11-WE' });
    expect(at('Thousands marched last weekend.')).toEqual({ 'last weekend': '2024-W10-WE' });
  });

  it('places holidays like a day without a year: fixed, nth-weekday and Easter-bound ones, by tense', () => {
    expect(at("Fireworks lit the harbour on New Year's Eve.")).toEqual({ "New Year's Eve": '2023-12-31' });
    expect(at('The shops will close on Christmas Day.')).toEqual({ 'Christmas Day': '2024-12-25' });
    expect(at('The strike will end before Easter.')).toEqual({ Easter: '2024-03-31' });
    expect(at('The vote is set for Good Friday.')).toEqual({ 'Good Friday': '2024-03-29' });
    expect(at('Turnout fell last Thanksgiving.')).toEqual({ 'last Thanksgiving': '2023-11-23' });
    expect(at('Children dressed up on Halloween.')).toEqual({ Halloween: '2023-10-31' });
    // a seasonal holiday without a preposition is the season around it, not the day
    expect(at('Christmas shopping started early.')).toEqual({});
  });

  it('reads a day a present schedule names as the coming one, a reported one as gone', () => {
    expect(at('The deadline for bids is Monday, officials said.')).toEqual({ Monday: '2024-03-18' });
    expect(at('The rally is on Saturday.')).toEqual({ Saturday: '2024-03-16' });
    expect(at('A verdict is likely on Friday.')).toEqual({ Friday: '2024-03-15' });
    expect(at('New fares apply starting Monday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('The curfew is effective Saturday.')).toEqual({ Saturday: '2024-03-16' });
    expect(at('The hearing is set for Tuesday.')).toEqual({ Tuesday: '2024-03-19' });
    expect(at('Fares rose starting Monday.')).toEqual({ Monday: '2024-03-11' });
    expect(at('Police say the attack on Monday was planned.')).toEqual({ Monday: '2024-03-11' });
    expect(at("Monday's vote is the first test.")).toEqual({ Monday: '2024-03-11' });
  });

  it('reads the tense of verbs no cue list knows from the tagger: a present timetable ahead, a past behind', () => {
    expect(at('The court hears the appeal on Tuesday.')).toEqual({ Tuesday: '2024-03-19' });
    expect(at('The new rules kick in on Sunday.')).toEqual({ Sunday: '2024-03-17' });
    expect(at('The union walks out on Friday unless a deal is reached.')).toEqual({ Friday: '2024-03-15' });
    expect(at('Shares slid in February after the warning.', '2024-03-14')).toEqual({ February: '2024-02' });
    expect(at('The airline slashed fares in April.')).toEqual({ April: '2023-04' });
    // a headline, a verb whose past is its present, a possessive date and a reporting verb stay reports
    expect(at('Minister quits Wednesday over bribery claims')).toEqual({ Wednesday: '2024-03-13' });
    expect(at('Storms hit the coast on Monday.')).toEqual({ Monday: '2024-03-11' });
    expect(at("Tuesday's ruling in full: the ban is unconstitutional.")).toEqual({ Tuesday: '2024-03-12' });
    expect(at('Police say the attack on Monday was planned.')).toEqual({ Monday: '2024-03-11' });
  });

  it('reads a day a present perfect holds until as ahead, a past one until as behind', () => {
    expect(at('The airline has cancelled all flights until Sunday.')).toEqual({ Sunday: '2024-03-17' });
    expect(at('The airline cancelled all flights until Sunday.')).toEqual({ Sunday: '2024-03-10' });
  });

  it('reads plans in the passive, waiting for a day, and looking into a day gone', () => {
    expect(at('A memorial service is being held on Friday.')).toEqual({ Friday: '2024-03-15' });
    expect(at('A memorial service was held on Friday.')).toEqual({ Friday: '2024-03-08' });
    expect(at("The inquiry's findings, to be published on Tuesday, blame the operator.")).toEqual({ Tuesday: '2024-03-19' });
    expect(at("Lawmakers are bracing for Friday's vote.")).toEqual({ Friday: '2024-03-15' });
    expect(at("Lawmakers debated the plan before Monday's vote.")).toEqual({ Monday: '2024-03-11' });
    expect(at('Police are investigating a shooting on Sunday.')).toEqual({ Sunday: '2024-03-10' });
    expect(at('Ministers are meeting on Sunday.')).toEqual({ Sunday: '2024-03-17' });
  });

  it('reads a bare day of the month in the month the tense points to', () => {
    expect(at('Fuel prices rose on the 3rd.')).toEqual({ 'the 3rd': '2024-03-03' });
    expect(at('The board meets on the 20th.')).toEqual({ 'the 20th': '2024-03-20' });
    expect(at('The board will meet on the 5th.')).toEqual({ 'the 5th': '2024-04-05' });
    expect(at('Fuel prices rose on the 20th.')).toEqual({ 'the 20th': '2024-02-20' });
    expect(at('The board met on the 31st.', '2024-05-14')).toEqual({ 'the 31st': '2024-03-31' });
    expect(at('The 20th anniversary fell on the 3rd floor.')).toEqual({});
  });

  it('reads units two away, units within the current one, and spans from today', () => {
    expect(at('The strike began the week before last.')).toEqual({ 'the week before last': '2024-W09' });
    expect(at('The strike ends the month after next.')).toEqual({ 'the month after next': '2024-05' });
    expect(at('The river peaked earlier in the week.')).toEqual({ 'earlier in the week': '2024-W11' });
    expect(at('The plan will be unveiled later in the month.')).toEqual({ 'later in the month': '2024-03' });
    expect(at('Ten days from today, voters go to the polls.')).toEqual({ 'Ten days from today': '2024-03-24' });
  });

  it('reads a plan made in the past past a short phrase before its "to"', () => {
    expect(at('The leaders agreed in April to meet again in September.', '2024-06-11')).toEqual({ April: '2024-04', September: '2024-09' });
    expect(at('The leaders met in April to talk about September.', '2024-06-11')).toEqual({ April: '2024-04', September: '2023-09' });
  });

  it('reads "the day after" a date as one day from it, and leaves it unknown without one', () => {
    expect(at('She was arrested the day after the Dec. 30 shooting.', '2025-01-05')).toEqual({ 'the day after': '2024-12-31', 'Dec. 30': '2024-12-30' });
    expect(at('The day before Christmas, the shops closed.', '2025-01-05')).toEqual({ 'The day before': '2024-12-24', Christmas: '2024-12-25' });
    expect(at('Talks resumed the week after the March 3 vote.')).toEqual({ 'the week after': '2024-W10', 'March 3': '2024-03-03' });
    expect(at('Results came the day after.')).toEqual({ 'the day after': null });
    expect(at('He quits the day after tomorrow.')).toEqual({ 'the day after tomorrow': '2024-03-16' });
  });

  it('reads "this" weekday by tense when it is not the day of writing', () => {
    expect(at('The board will meet this Monday.')).toEqual({ 'this Monday': '2024-03-18' });
    expect(at('The board met this Saturday.')).toEqual({ 'this Saturday': '2024-03-09' });
    expect(at('The board meets this Saturday.')).toEqual({ 'this Saturday': '2024-03-16' });
    expect(at('The board met this Monday.')).toEqual({ 'this Monday': '2024-03-11' });
  });

  it('reads a joined clause by its own verb, a state said of a day and a day something runs through', () => {
    expect(at('The bill passed on Saturday and becomes law on Monday.')).toEqual({ Saturday: '2024-03-09', Monday: '2024-03-18' });
    const preamble = 'In a statement on the many matters the committee weighed over long hours of debate and argument, ';
    expect(at(`${preamble.repeat(2)}the bill passed on Saturday and becomes law on Monday.`)).toMatchObject({ Saturday: '2024-03-09', Monday: '2024-03-18' });
    expect(at('Markets are closed on Monday for a public holiday.')).toEqual({ Monday: '2024-03-18' });
    expect(at('Markets were closed on Monday for a public holiday.')).toEqual({ Monday: '2024-03-11' });
    expect(at('The sale runs through Sunday.')).toEqual({ Sunday: '2024-03-17' });
    expect(at('The sale ran through Sunday.')).toEqual({ Sunday: '2024-03-10' });
  });

  it('reads "this" season as the one under way, else by tense; "a week from" a day as seven days after it', () => {
    expect(at('The heating will be needed this winter.', '2025-06-11')).toEqual({ 'this winter': '2025-WI' });
    expect(at('The reservoir ran dry this winter.', '2025-06-11')).toEqual({ 'this winter': '2024-WI' });
    expect(at('Tourists are flocking to the coast this summer.', '2025-06-11')).toEqual({ 'this summer': '2025-SU' });
    expect(at('The final will be played a week from Friday.')).toEqual({ 'a week from': '2024-03-22', Friday: '2024-03-15' });
  });

  it('reads ordinal quarters by tense or by the year named, and whole units as spans', () => {
    expect(at('Profits rose in the fourth quarter.')).toEqual({ 'the fourth quarter': '2023-Q4' });
    expect(at('Profits will rise in the fourth quarter.')).toEqual({ 'the fourth quarter': '2024-Q4' });
    expect(at('Profits rose in the first quarter.')).toEqual({ 'the first quarter': '2024-Q1' });
    expect(at('Sales fell in the third quarter of last year.')).toEqual({ 'the third quarter of last year': '2023-Q3' });
    expect(at('Sales fell in the second quarter of 2019.')).toEqual({ 'the second quarter of 2019': '2019-Q2' });
    expect(at('The shop was busy all week, and he will stay another year.')).toEqual({ 'all week': 'P1W', 'another year': 'P1Y' });
    expect(at('The all-day event ended.')).toEqual({});
  });

  it('reads an -ed word after a determiner as an adjective, not a past verb', () => {
    expect(at('The fund must return the misused money by the end of the month.')).toEqual({ 'the end of the month': '2024-03' });
    expect(at('Officials will inspect the damaged bridge on Monday.')).toEqual({ Monday: '2024-03-18' });
  });

  it('reads the end or start of a unit as that unit, a reported end not yet reached as the one before', () => {
    expect(at('The fund will run dry by the end of the month.')).toEqual({ 'the end of the month': '2024-03' });
    expect(at('The fund will run dry by the end of the year.')).toEqual({ 'the end of the year': '2024' });
    expect(at('The fund ran dry at the start of the month.')).toEqual({ 'the start of the month': '2024-03' });
    expect(at('Sales peaked by the end of year.')).toEqual({ 'the end of year': '2023' });
    expect(at('Sales peaked at the end of the month.', '2024-03-29')).toEqual({ 'the end of the month': '2024-03' });
  });
});

describe('dates stage: names are no dates', () => {
  const at2 = (body: string) => values(body, '2024-03-14');

  it('reads a capitalised Today inside a name as part of the name, at a sentence start as the day', () => {
    expect(at2("He told BBC Radio 4's Today programme that talks failed.")).toEqual({});
    expect(at2('She wrote in USA Today on Monday.')).toEqual({ Monday: '2024-03-11' });
    expect(at2('Today, the court ruled.')).toEqual({ Today: '2024-03-14' });
    expect(at2('He said: "Today we act."')).toEqual({ Today: 'PRESENT_REF' });
  });
});

describe('dates stage: robustness', () => {
  it('survives odd numbers and invalid dates', () => {
    const found = dates('1e400 99999999999999999999 years, 2020-13-45, 31/31/2020, Feb. 30, 0 days, -3 days, 12:99.', '2013-03-22');
    for (const d of found) expect(d.value === null || /^[\dPXT-]/.test(d.value)).toBe(true);
    expect(found.some((d) => d.text.includes('99999999999999999999'))).toBe(false);
  });

  it('stays linear on a megabyte of dense date text, reading it up to the extraction limit', () => {
    const body = 'In 2019 the vote on March 3, 2021 came two years ago, at 12:30 pm, in the 1990s. '.repeat(12_000);
    const t0 = performance.now();
    const found = dates(body, '2013-03-22');
    const read = parseArticle(body, 'test').sentences.filter((s) => s.end <= MAX_EXTRACTED_CHARS).length;
    expect(read).toBeGreaterThan(500);
    expect(found).toHaveLength(read * 5);
    expect(found.every((d) => d.end <= MAX_EXTRACTED_CHARS)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
