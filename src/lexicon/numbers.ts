/**
 * What "how many" answers need beyond the date stage's number words (number-words.ts): large and collective
 * amounts, and the words that qualify a number ("fewer than 30"), kept with it in an answer.
 */
export const LARGE_NUMBER_WORDS: readonly string[] = [
  'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'dozens', 'half',
  'several', 'scores',
];

export const NUMBER_QUALIFIERS: readonly string[] = [
  'fewer than', 'less than', 'more than', 'over', 'under', 'about', 'around', 'almost', 'nearly', 'roughly',
  'at least', 'at most', 'up to', 'some', 'approximately', 'an estimated', 'as many as', 'as few as', 'lots of',
  'hundreds of', 'thousands of', 'tens of thousands of', 'millions of', 'dozens of',
];

/** Amounts without a figure ("a number of missiles", "a handful of"): the answer when the article gives no number. */
export const QUANTITY_PHRASES: readonly string[] = [
  'a number of', 'a handful of', 'a couple of', 'a few', 'several', 'dozens of', 'scores of', 'hundreds of',
  'thousands of', 'millions of', 'a lot of', 'lots of', 'a series of', 'almost none', 'hardly any', 'nearly all',
  'almost all',
];

/** Magnitudes written after a figure in money and statistics ("£3bn", "$2.5m", "40 million"). */
export const MAGNITUDE_SUFFIXES: readonly string[] = ['bn', 'billion', 'm', 'mn', 'million', 'k', 'tn', 'trillion', 'thousand'];

/**
 * Magnitudes a figure may carry in any text, with their values: spaced ("60 million", "25 mil") or attached
 * ("310k", "1.5bn"). The one-letter ones only attached: "5 m" may be metres.
 */
export const MAGNITUDE_VALUES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mil: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Currency words written after a figure ("1500 quid", "2,050 euros"), with the sign they stand for. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: '$', dollars: '$', bucks: '$', euro: '€', euros: '€', pound: '£', pounds: '£', quid: '£', yen: '¥', rouble: '₽', roubles: '₽', ruble: '₽', rubles: '₽', rupee: '₹', rupees: '₹',
};

/** Units of area a size is given in ("11,200 hectares"): kept with the figure in an answer. */
export const AREA_UNITS: readonly string[] = ['hectare', 'hectares', 'acre', 'acres', 'ha'];

/** Currency signs written before a figure. */
export const CURRENCY_SIGNS: readonly string[] = ['$', '€', '£', '¥', '₽', '₹'];

/**
 * What a question measures, by the word that asks it ("how much does X *weigh*", "what *altitude*"), and the units
 * a text gives that measure in. Lower case; units singular and plural.
 */
export const MEASURES: readonly { asked: readonly string[]; units: readonly string[] }[] = [
  { asked: ['weigh', 'weighs', 'weighed', 'weight', 'heavy', 'heavier'], units: ['pound', 'pounds', 'lb', 'lbs', 'kilogram', 'kilograms', 'kg', 'kilo', 'kilos', 'ton', 'tons', 'tonne', 'tonnes', 'ounce', 'ounces', 'gram', 'grams', 'stone'] },
  { asked: ['tall', 'taller', 'height', 'high', 'higher', 'altitude', 'elevation', 'deep', 'depth'], units: ['foot', 'feet', 'ft', 'inch', 'inches', 'metre', 'metres', 'meter', 'meters', 'centimetres', 'centimeters', 'cm'] },
  { asked: ['far', 'distance', 'wide', 'width'], units: ['mile', 'miles', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'yard', 'yards', 'metre', 'metres', 'meter', 'meters', 'feet'] },
  { asked: ['fast', 'speed', 'faster'], units: ['mph', 'km/h', 'kph', 'knot', 'knots'] },
];
