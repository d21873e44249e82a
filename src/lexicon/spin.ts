/**
 * Tortured phrases: what a thesaurus-based article spinner makes of common news English, with the likely
 * original. Each entry is a phrase that clean journalism almost never writes, so finding it outside quotation
 * marks is evidence of machine paraphrase. Grouped by the class of substitution the spinner makes, so new
 * entries follow a pattern rather than any one article's wording.
 */
export interface SpinSubstitution {
  /** The phrase as the spinner writes it (lower case; matched case-insensitively at word boundaries). */
  spun: string;
  /** The likely original wording. */
  original: string;
}

type Pair = readonly [spun: string, original: string];

const pairs = (list: readonly Pair[]): SpinSubstitution[] => list.map(([spun, original]) => ({ spun, original }));

/** Saying and sourcing: "according to" and "told" swapped for phrases that do not fit. */
const ATTRIBUTION: readonly Pair[] = [
  ['in response to intelligence', 'according to intelligence'],
  ['in response to officers', 'according to officials'],
  ['in response to officials', 'according to officials'],
  ['in response to a report', 'according to a report'],
  ['in response to a press release', 'according to a press release'],
  ['in response to a statement', 'according to a statement'],
  ['in response to data', 'according to data'],
  ['in response to figures', 'according to figures'],
  ['in response to sources', 'according to sources'],
  ['in response to state media', 'according to state media'],
  ['in response to the ministry', 'according to the ministry'],
  ['in accordance with officers', 'according to officials'],
  ['advised reporters', 'told reporters'],
  ['advised journalists', 'told journalists'],
  ['advised the press', 'told the press'],
  ['advised a news conference', 'told a news conference'],
  ['press convention', 'press conference'],
  ['information convention', 'news conference'],
  ['information company', 'news agency'],
  ['information outlet', 'news outlet'],
  ['information media', 'news media'],
  ['stated in an announcement', 'said in a statement'],
];

/** Nouns of news and politics swapped for a wrong sense of a synonym. */
const NOUNS: readonly Pair[] = [
  ['satellite tv for pc', 'satellite'],
  ['protection minister', 'defence minister'],
  ['protection ministry', 'defence ministry'],
  ['protection corporations', 'defence companies'],
  ['protection firms', 'defence firms'],
  ['overseas minister', 'foreign minister'],
  ['overseas ministry', 'foreign ministry'],
  ['overseas coverage', 'foreign policy'],
  ['commerce relations', 'trade relations'],
  ['international locations', 'countries'],
  ['combating expertise', 'fighting experience'],
  ['survival coaching', 'survival training'],
  ['opened hearth', 'opened fire'],
  ['prime minister’s workplace', "prime minister's office"],
  ["prime minister's workplace", "prime minister's office"],
  ['white home', 'White House'],
  ['synthetic intelligence', 'artificial intelligence'],
  ['local weather change', 'climate change'],
  ['inventory market', 'stock market'],
  ['rates of interest', 'interest rates'],
  ['chief govt', 'chief executive'],
  ['authorities officers', 'government officials'],
  ['regulation enforcement', 'law enforcement'],
  ['navy invasion', 'military invasion'],
  ['navy unit', 'military unit'],
  ['navy operation', 'military operation'],
  ['navy help', 'military aid'],
  ['supreme court docket', 'Supreme Court'],
  ['court docket', 'court'],
  ['legal professional common', 'attorney general'],
  ['vice chairman', 'vice president'],
  ['govt order', 'executive order'],
  ['marketing campaign path', 'campaign trail'],
  ['election marketing campaign', 'election campaign'],
  ['presidential marketing campaign', 'presidential campaign'],
  ['examined optimistic', 'tested positive'],
  ['well being officers', 'health officials'],
  ['public well being', 'public health'],
  ['hearth division', 'fire department'],
  ['police division', 'police department'],
  ['lots of of', 'hundreds of'],
  ['1000’s of', 'thousands of'],
  ["1000's of", 'thousands of'],
  ['hundreds of thousands of', 'millions of'],
];

/** Function phrases and idioms rewritten word by word. */
const IDIOMS: readonly Pair[] = [
  ['for the reason that begin of', 'since the start of'],
  ['for the reason that', 'since'],
  ['with a purpose to', 'in order to'],
  ['on the time of writing', 'at the time of writing'],
  ['on the bottom', 'on the ground'],
  ['realize the bottom', 'gain the ground'],
  ['in direction of', 'towards'],
  ['a gaggle of', 'a group of'],
  ['concerned within the', 'involved in the'],
  ['proven no regret', 'shown no remorse'],
  ['sometimes called', 'often called'],
  ['just lately', 'recently'],
  ['but to be', 'yet to be'],
  ['have but to', 'have yet to'],
  ['has but to', 'has yet to'],
  ['proceed to struggle', 'continue to fight'],
  ['residing largely', 'living mostly'],
  ['broadly disputed', 'widely disputed'],
  ['protest motion', 'protest movement'],
  ['reverse sides', 'opposite sides'],
  ['final dictator', 'last dictator'],
  ['actual risk', 'real threat'],
];

export const SPIN_SUBSTITUTIONS: readonly SpinSubstitution[] = dedupe([
  ...pairs(ATTRIBUTION),
  ...pairs(NOUNS),
  ...pairs(IDIOMS),
]);

/** Signals per 1,000 words (outside quotes) from which a text is called machine-paraphrased. */
export const SPIN_LIKELY_SCORE = 3;
/** ...and at least this many distinct signals, so one odd phrase in a short text is not enough. */
export const SPIN_LIKELY_MIN_SIGNALS = 2;

function dedupe(list: SpinSubstitution[]): SpinSubstitution[] {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(s.spun) && seen.add(s.spun));
}
