import { MONTHS as MONTH_NUMBERS, WEEKDAYS as WEEKDAY_NUMBERS } from './calendar';

/**
 * Capitalised words that are never names of actors: calendar words, and function words that are
 * capitalised only because they open a sentence or a quotation. Lower case.
 */

/** Full weekday names; abbreviations ("Sun", "Wed") are also ordinary words and names, so they stay out. */
export const WEEKDAYS: readonly string[] = [...WEEKDAY_NUMBERS.keys()].filter((w) => w.endsWith('day'));

/** Month names and their abbreviations, from the calendar lexicon. */
export const MONTHS: readonly string[] = [...MONTH_NUMBERS.keys()];

/** Words that open sentences: articles, pronouns, conjunctions, prepositions, auxiliaries, common adverbs. */
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'both', 'each', 'every', 'either',
  'neither', 'no', 'none', 'many', 'much', 'most', 'more', 'few', 'several', 'such', 'other', 'another',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them',
  'their', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how', 'there', 'here',
  'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'unless', 'because', 'although', 'though', 'while',
  'whereas', 'since', 'until', 'as', 'than', 'whether', 'once',
  'in', 'on', 'at', 'by', 'of', 'to', 'from', 'with', 'without', 'about', 'above', 'across', 'after', 'against',
  'along', 'amid', 'among', 'around', 'before', 'behind', 'below', 'beside', 'besides', 'between', 'beyond',
  'despite', 'during', 'except', 'inside', 'into', 'like', 'near', 'off', 'onto', 'outside', 'over', 'past',
  'per', 'through', 'throughout', 'toward', 'towards', 'under', 'unlike', 'upon', 'via', 'within', 'following',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not',
  'also', 'still', 'then', 'now', 'just', 'even', 'only', 'already', 'again', 'however', 'meanwhile', 'moreover',
  'furthermore', 'instead', 'indeed', 'perhaps', 'maybe', 'yes', 'oh', 'well', 'earlier', 'later', 'today',
  'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'first', 'second', 'third', 'finally', 'thus', 'hence',
  'therefore', 'otherwise', 'cannot', 'nevertheless', 'nonetheless', 'almost', 'nearly', 'according', 'asked',
  'said', 'says', 'speaking', 'editor', 'photo', 'video', 'update', 'updated', 'advertisement', 'read', 'watch',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundreds',
  'thousands', 'millions', 'dozens', 'scores',
];

/** Generic words often capitalised in news that name no one. Lower case. */
export const GENERIC_CAPITALISED: readonly string[] = [
  'internet', 'web', 'god', 'state', 'states', 'government', 'city', 'world', 'earth', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'national', 'federal', 'international',
  'breaking', 'exclusive', 'opinion', 'analysis', 'live', 'note', 'source', 'sources', 'getty',
  'images', 'photos', 'reporting', 'additional', 'copyright', 'all rights reserved', 'covid', 'coronavirus',
];

/**
 * Last words of capitalised names of events, laws, plans and works, which are not actors
 * ("Marshall Plan", "Great Recession", "Patriot Act"). Lower case.
 */
export const NON_ACTOR_HEADS: readonly string[] = [
  'war', 'wars', 'plan', 'act', 'bill', 'treaty', 'accord', 'accords', 'agreement', 'deal', 'summit', 'recession',
  'depression', 'revolution', 'crisis', 'games', 'olympics', 'cup', 'championship', 'award', 'awards', 'prize',
  'day', 'week', 'eve', 'gallery', 'doctrine', 'amendment', 'constitution', 'declaration', 'protocol', 'convention',
  'charter', 'speech', 'address', 'report', 'election', 'elections', 'primary', 'debate', 'rally', 'festival',
  'spring', 'pandemic', 'epidemic', 'storm', 'hurricane', 'disaster', 'massacre', 'genocide', 'holocaust', 'ii',
  'iii', 'iv',
];
