/** English number words, as counts of time units are written in news text ("three years", "a dozen days"). */

/** Cardinal words → value. Compounds ("twenty-five", "twenty five") are read by adding tens and units. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['a hundred', 100],
  ['a dozen', 12], ['dozen', 12], ['a couple of', 2], ['a couple', 2], ['couple of', 2],
]);

/** The indefinite article counts one of a unit ("a month", "an hour"). */
export const ONE_WORDS: readonly string[] = ['a', 'an'];

/** Quantities that leave the number open; TimeML writes them as X ("several days" → PXD). */
export const VAGUE_QUANTITIES: readonly string[] = ['several', 'a few', 'few', 'many', 'some', 'dozens of', 'hundreds of', 'recent'];

/** Ordinal words → value, for centuries ("twentieth century"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['twenty-first', 21], ['twenty first', 21],
]);

/** Nouns that show a four-digit number is a count or measure, not a year ("2000 troops", "1500 metres"). */
export const COUNT_NOUNS: readonly string[] = [
  'percent', 'per', 'people', 'persons', 'men', 'women', 'children', 'troops', 'soldiers', 'police', 'officers',
  'employees', 'workers', 'staff', 'jobs', 'members', 'votes', 'voters', 'cases', 'deaths', 'dead', 'victims',
  'residents', 'students', 'refugees', 'homes', 'houses', 'units', 'points', 'times', 'calories', 'km', 'kilometres',
  'kilometers', 'miles', 'm', 'metres', 'meters', 'feet', 'ft', 'kg', 'kilograms', 'tonnes', 'tons', 'pounds', 'dollars',
  'euros', 'yuan', 'rubles', 'roubles', 'rupees', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'acres', 'hectares',
];

/** Words before a number that make it an amount ("about 2000 people"). */
export const APPROXIMATORS: readonly string[] = ['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'only', 'another', 'additional', 'extra'];
