/** Number words of English news text, so "three men" answers "how many" as well as "3 men" does. */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions',
  'billion', 'billions', 'trillion', 'dozen', 'dozens', 'half', 'several', 'a few', 'scores',
];

/** Words that qualify a number ("fewer than 30", "about 200", "at least 12"), kept with it in an answer. */
export const NUMBER_QUALIFIERS: readonly string[] = [
  'fewer than', 'less than', 'more than', 'over', 'under', 'about', 'around', 'almost', 'nearly', 'roughly',
  'at least', 'at most', 'up to', 'some', 'approximately', 'an estimated', 'as many as', 'as few as', 'lots of',
  'hundreds of', 'thousands of', 'tens of thousands of', 'millions of', 'dozens of',
];

/** Units of time that make a number a duration ("28-year rule", "for three months"). */
export const TIME_UNITS: readonly string[] = [
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'centuries',
];
