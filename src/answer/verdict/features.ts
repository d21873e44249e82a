import { ANTONYM_PAIRS, EXCLUSIVE_VALUES, NEGATION_WORDS } from '../../lexicon/antonyms';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar';
import { CITIES, REGION_ABBREVIATIONS, REGIONS } from '../../lexicon/cities';
import { COUNTRIES, COUNTRY_ABBREVIATIONS, COUNTRY_ALIASES, INFORMAL_COUNTRY_NAMES } from '../../lexicon/countries';
import { DEMONYM_PLACES, DEMONYMS } from '../../lexicon/demonyms';
import { CARDINALS, ORDINALS } from '../../lexicon/number-words';
import { CURRENCY_WORDS, MAGNITUDE_VALUES } from '../../lexicon/numbers';
import { contentTerms, fold, isStopword, stem, synonymKeys, tokenize } from '../../store/terms';
import { FEATURE_NOUNS } from '../../lexicon/place-nouns';
import { PARAPHRASE_CLASSES } from '../../lexicon/paraphrases';
import { numberSpans } from '../spans';

/**
 * What a statement and a sentence are compared on besides their words: the numbers, dates and places they give,
 * and whether they negate. Each reader works on plain text, so a statement and an article sentence go through
 * the same steps.
 */

/** A number as a value with how it is qualified ("fewer than 30" is below 30; "hundreds" is vague). */
export interface Amount {
  text: string;
  /** Keys of the content words just after it: what it counts ("30 Belarusian exiles", "three men"). */
  counts: string[];
  /** Keys of the content words just before it: what it is said of ("the rebate is worth £5bn"). */
  of: string[];
  value: number | null;
  bound: 'below' | 'above' | 'about' | null;
  /** The sign of the currency word just after it ("1500 quid": "£"). */
  currency?: string;
  /** Keys of the name an age stands beside ("Ana Ruiz, 37,"): the age is that person's only. */
  owner?: string[];
}

const BELOW = /^(?:fewer than|less than|under|up to|at most|as many as|no more than)\b/i;
const ABOVE = /^(?:more than|over|at least|upwards of)\b/i;
const ABOUT = /^(?:about|around|almost|nearly|roughly|some|approximately|an estimated|like)\b/i;

const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

function wordValue(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    const v = CARDINALS.get(w);
    const scale = Object.hasOwn(SCALES, w) ? SCALES[w] : undefined;
    if (w === 'hundred') current = (current || 1) * 100;
    else if (scale) {
      total += (current || 1) * scale;
      current = 0;
    } else if (v !== undefined) current += v;
    else if (w !== 'and' && w !== 'a') return null;
    any = true;
  }
  return any ? total + current : null;
}

/** The amounts a text gives; vague ones ("hundreds of", "several") have no value. */
export function amounts(text: string): Amount[] {
  // a range ("19 to 60", "between 19 and 60") gives both its ends
  // "one of the 37 countries" counts 37, not one; "the only Republican who …" counts one
  const only = [...text.matchAll(/\bthe only\b/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: 'one' }));
  // "she is the one steering it", "that one": a pronoun, not a count
  const pronoun = (start: number) => /\b(?:the|this|that|which|each|every|no)\s+$/i.test(text.slice(0, start));
  // "from 19 (all the way) up to 60" is a range, not a bound; "a quarter century" is 25 years
  text = text.replace(/\b(from\s+\S+\s+)up\s+to\b/gi, '$1to').replace(/\b(\d+)-to-(\d+)\b/g, '$1 to $2');
  for (const [span, years] of SPANS_OF_YEARS) text = text.replace(span, years);
  const spans = [...withMagnitudes(text, numberSpans(text, 0)), ...ordinalSpans(text), ...only].filter((s) => (!/^one$/i.test(s.text) || !(/^\s+of\b/i.test(text.slice(s.end)) || pronoun(s.start))) && !dayOfMonth(text, s.start, s.end, s.text)).flatMap((s) => {
    // what it counts in any of its forms ("feet" / "foot")
    // "an 8-months-old foal", "a 17-year-old pilot": the words of a compound after it count too
    // (up to the next number: "over 100k are at 62 percent" counts no percent with 100k)
    const after = text.slice(s.end).replace(NEXT_NUMBER, '').replace(/^-|(?<=\p{L})-(?=\p{L})/gu, ' ');
    // a number alone in its item of a list ("…, Hilton Garden Inn, 800") counts whatever the list counts
    const listed = /^\s*(?:[,;]|$)/.test(text.slice(s.end)) && /(?:^|[,;:])\s*$/.test(text.slice(0, s.start)) && /[,;:]/.test(text.slice(0, s.start));
    // "75%" is a share as "75 percent" is
    const share = /^%/.test(text.slice(s.end)) ? [stem('percent')] : [];
    // "Ana Ruiz, 20, …" and "the skipper was only nineteen" give an age, as "a 20-year-old" does
    const apposed = AGE_AFTER_NAME.exec(text.slice(0, s.start));
    const age = (apposed && /^\s*,/.test(text.slice(s.end))) || (AGE_PREDICATE.test(text.slice(0, s.start)) && AGE_END.test(text.slice(s.end))) ? AGE : [];
    // "Lind and Ana Ruiz, 37,": the age is the name's just before it, no one else's
    const owner = apposed && age.length ? contentTerms(apposed[0]).flatMap((t) => t.keys) : undefined;
    const counts = [...share, ...age, ...contentTerms(after).slice(0, COUNTED_WORDS).flatMap((t) => [...t.keys, ...alikeStems(t.token.word)]), ...(listed ? [LISTED] : [])];
    const of = contentTerms(text.slice(0, s.start)).slice(-COUNTED_WORDS).flatMap((t) => t.keys);
    // (the "to" of "up to 250" joins no range)
    // "up to $250": a qualifier before a sum the span reader starts at its sign bounds it all the same
    const qualifier = QUALIFIER_BEFORE.exec(text.slice(0, s.start))?.[1];
    const currency = CURRENCY_WORDS[fold(/^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '')];
    return s.text.split(/(?<!\bup)\s+(?:to|or|and)\s+/i).map((part) => ({ text: part, counts, of, owner, qualifier, currency }));
  });
  return spans.map((s): Amount => {
    const t = fold(s.text).trim();
    const q = BELOW.test(t) || ABOVE.test(t) || ABOUT.test(t) ? t : (s.qualifier ?? '').toLowerCase();
    const bound = BELOW.test(q) ? 'below' : ABOVE.test(q) ? 'above' : ABOUT.test(q) ? 'about' : null;
    const digits = MAGNITUDE_VALUE.exec(t);
    let value: number | null = null;
    if (digits) {
      const scale = MAGNITUDE_VALUES[digits[2] ?? ''] ?? 1;
      value = Number(digits[1]!.replace(/,/g, '')) * scale;
    } else {
      const words = t.replace(BELOW, '').replace(ABOVE, '').replace(ABOUT, '').trim().split(/[\s-]+/).filter(Boolean);
      value = ORDINALS.get(words.join(' ')) ?? wordValue(words);
    }
    return { text: s.text, counts: s.counts, of: s.of, ...(s.owner ? { owner: s.owner } : {}), ...(s.currency ? { currency: s.currency } : {}), value: Number.isFinite(value) ? value : null, bound };
  }).filter((a) => !(a.bound === null && a.value !== null && /^(?:1[89]\d\d|20\d\d)$/.test(a.text.trim())));
}

const MAGNITUDES = Object.keys(MAGNITUDE_VALUES).sort((a, b) => b.length - a.length);
/** A figure and its magnitude: spaced ("60 million", "25 mil") or, for one letter, attached ("310k", "1.5bn"). */
const MAGNITUDE_SPAN = new RegExp(`(?<![\\p{L}\\d.,])\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:${MAGNITUDES.filter((m) => m.length > 1).join('|')})|(?:${MAGNITUDES.filter((m) => m.length === 1).join('|')}))(?![\\p{L}\\d])`, 'giu');
const MAGNITUDE_VALUE = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*(${MAGNITUDES.join('|')})?(?![\\p{L}])`);
const QUALIFIER_BEFORE = /\b(fewer than|less than|under|up to|at most|as many as|no more than|more than|over|at least|upwards of|about|around|almost|nearly|roughly|approximately|an estimated)\s+$/i;

/**
 * Number spans with a figure and its magnitude read as one amount: "60 million" is not 60 and a million, "1.5bn"
 * not "1.". A span the magnitude overlaps is merged into it, keeping its qualifier ("about 60 million").
 */
function withMagnitudes(text: string, spans: { start: number; end: number; text: string }[]): { start: number; end: number; text: string }[] {
  const out = [...spans];
  for (const m of text.matchAll(MAGNITUDE_SPAN)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const overlapping = out.filter((s) => s.start < end && s.end > start);
    const from = Math.min(start, ...overlapping.map((s) => s.start));
    const to = Math.max(end, ...overlapping.map((s) => s.end));
    // "between 2 and 3 million": a range the span reader joined stays as it is
    if (overlapping.some((s) => /\s(?:to|or|and)\s/i.test(s.text))) continue;
    for (const s of overlapping) out.splice(out.indexOf(s), 1);
    out.push({ start: from, end: to, text: text.slice(from, to) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** From the next number on (a figure or a number word, after at least one character): cut off what a number counts. */
const NEXT_NUMBER = new RegExp(`(?<=.)(?:\\b\\d|[£$€¥]\\s?\\d|\\b(?:${[...CARDINALS.keys()].filter((w) => !w.includes(' ') && w !== 'one').sort((a, b) => b.length - a.length).join('|')})\\b)[\\s\\S]*$`, 'iu');

/** Spans of years written as words, read as the number of years they are. */
const SPANS_OF_YEARS: readonly [RegExp, string][] = [
  [/\ba quarter[- ]century\b/gi, '25 years'],
  [/\bhalf a century\b/gi, '50 years'],
  [/\ba half[- ]century\b/gi, '50 years'],
  [/\ba decade\b/gi, '10 years'],
  [/\ba century\b/gi, '100 years'],
];

const MONTH_WORDS = [...MONTHS.keys()].filter((m) => m.length > 2).join('|');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_WORDS})\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_WORDS})\\b`, 'i');

/** Whether a number is the day of a month beside it ("March 6", "6th of March"): a date, not an amount. */
function dayOfMonth(text: string, start: number, end: number, number: string): boolean {
  return /^\d{1,2}(?:st|nd|rd|th)?$/i.test(number.trim()) && (MONTH_BEFORE.test(text.slice(0, start)) || MONTH_AFTER.test(text.slice(end)));
}

const ORDINAL_RE = new RegExp(`\\b(?:${[...ORDINALS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** Ordinals ("a second resolution", "the third time") count too: their value is their rank. */
function ordinalSpans(text: string): { start: number; end: number; text: string }[] {
  // "17th", "3rd" as well as "third"
  return [...text.matchAll(ORDINAL_RE), ...text.matchAll(/\b\d+(?:st|nd|rd|th)\b/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** The class key of ages ("age", "old", "year-old"): what an age counts. */
const AGE = synonymKeys('age').filter((k) => k.startsWith('~'));
const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’-]+,\s*$/u;
const AGE_PREDICATE = /\b(?:is|was|turned|turns|aged)\s+(?:only\s+|just\s+|about\s+|around\s+)?$/i;
const AGE_END = /^\s*(?:years?\s+old|yrs?\s+old|yo)?\s*[.!?]*\s*$/i;

/** How many content words after a number say what it counts. */
const COUNTED_WORDS = 3;

/** What a number alone in a list item counts: whatever the list counts ("attendees", "people"). */
const LISTED = '~listed';

/** Class keys of words for people ("guys", "men", "volunteers"): every such count counts people. */
const PEOPLE_COUNTS = new Set([...synonymKeys('people'), ...synonymKeys('fighter')].filter((k) => k.startsWith('~')));
const DEMONYM_KEYS = new Set(DEMONYMS.filter((d) => !d.includes(' ')).map(fold));

/** Whether an amount counts people: a word for people or a nationality just after it ("30 Belarusian exiles"). */
function countsPeople(x: Amount): boolean {
  return x.counts.some((k) => PEOPLE_COUNTS.has(k) || DEMONYM_KEYS.has(k));
}

/** The currency of a sum: its sign ("$250") or the currency word it counts ("250 dollars", "1500 quid"). */
export function currencyOf(x: Amount): string | undefined {
  return /^[£$€¥₽₹]/.exec(x.text.trim())?.[0] ?? x.currency;
}

/** Whether two amounts count the same kind of thing, so that different values contradict. */
export function countSame(a: Amount, b: Amount): boolean {
  // sums of one currency are sums of the same thing ("£5bn a year" / "the £3bn rebate")
  if (a.counts.some((k) => b.counts.includes(k)) || (currencyOf(a) !== undefined && currencyOf(a) === currencyOf(b))) return true;
  // a listed number counts what the statement counts, unless that is a sum or a share
  const plain = (x: Amount) => currencyOf(x) === undefined && !/%|percent/i.test(x.text);
  if ((a.counts.includes(LISTED) || b.counts.includes(LISTED)) && plain(a) && plain(b) && a.counts.length + b.counts.length > 1) return true;
  return countsPeople(a) && countsPeople(b);
}

/** Whether a stated amount agrees with one the article gives: the same value, or one inside its bound. */
export function sameAmount(stated: Amount, given: Amount): boolean {
  // a rank in figures is no count ("a 117th-minute winner" / "a crowd of 117"); a rank in words may be a list's
  // number ("came in second" / "2) Smoked"), and "9th" is "ninth"
  if (ordinal(stated) !== ordinal(given) && (inFigures(stated) || inFigures(given))) return false;
  if (stated.value === null || given.value === null) return fold(stated.text).replace(/^(?:about|around|like)\s+/, '') === fold(given.text);
  if (stated.value === given.value) return stated.bound === given.bound || stated.bound === 'about' || given.bound === 'about' || stated.bound === null;
  const near = Math.abs(stated.value - given.value) <= 0.1 * Math.max(stated.value, given.value);
  // a rough figure agrees with a near one of the same thing only ("about 1,200 hectares" / "more than 1,100 fires")
  // (two figures that count nothing are tied by nothing: "local 327" / "about 300 of the plant's employees")
  const sameThing = (stated.counts.length > 0 || given.counts.length > 0) && (!stated.counts.length || !given.counts.length || countSame(stated, given));
  if ((stated.bound === 'about' || given.bound === 'about') && near && sameThing) return true;
  return false;
}

const ORDINAL = /\d(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth)\b/i;
const ordinal = (x: Amount) => ORDINAL.test(x.text);
const inFigures = (x: Amount) => /\d(?:st|nd|rd|th)\b/i.test(x.text);

/** Whether a stated amount fits under what the article says without being it ("25" under "fewer than 30"). */
export function withinAmount(stated: Amount, given: Amount): boolean {
  if (stated.value === null || given.value === null) return false;
  if (given.bound === 'below') return stated.value < given.value || (stated.bound === 'below' && stated.value <= given.value * 1.5);
  if (given.bound === 'above') return stated.value > given.value || (stated.bound === 'above' && stated.value >= given.value / 1.5);
  return false;
}

/** Words of a text with hyphenated compounds split too ("mid-November", "Germany-based", "Poland-Ukraine"). */
function wordsOf(text: string): { word: string; parts: string[] }[] {
  return tokenize(text).map((t) => ({ word: t.word, parts: t.word.includes('-') ? t.word.split('-').filter(Boolean) : [t.word] }));
}

/**
 * Years, months, weekdays and days of a month a text names, as comparable keys ("2020", "3", "1", "3-6" for
 * March 6).
 */
export function dateKeys(text: string): { years: Set<string>; months: Set<string>; days: Set<string>; monthDays: Set<string> } {
  // a decade keeps its "s" ("1990s"): sameYear reads it as any year of the decade
  const years = new Set([...text.matchAll(/\b(?:1[89]\d\d|20\d\d)s?\b/g)].map((m) => m[0]));
  const months = new Set<string>();
  const days = new Set<string>();
  const monthDays = new Set<string>();
  const words = wordsOf(text).flatMap((t) => t.parts);
  words.forEach((word, i) => {
    const w = fold(word);
    const m = MONTHS.get(w);
    const day = [words[i + 1], words[i - 1]].find((x) => x !== undefined && /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/.test(x));
    // "may" and "march" are verbs too: a month when capitalised and not the first word, or beside a day ("march 8")
    // an abbreviation ("Dec") only beside a day ("Dec. 31", "dec 25")
    // chat writes "back in march", "since may" in lower case: after a preposition of time they are months
    const timed = MONTH_PREPOSITIONS.has(fold(words[i - 1] ?? ''));
    // "May" is a name too ("Theresa May"): a month only beside a day or a year, or after a preposition of time
    const may = w === 'may' && (day || timed || /^(?:1[89]|20)\d\d$/.test(words[i + 1] ?? ''));
    if (m !== undefined && (w.length > 3 || day || may) && (/^\p{Lu}/u.test(word) || !['may', 'march'].includes(w) || day || timed) && !(w === 'may' && i === 0 && !day)) {
      months.add(String(m));
      if (day) monthDays.add(`${m}-${parseInt(day, 10)}`);
    }
    const d = WEEKDAYS.get(w);
    if (d !== undefined && w.length > 3) days.add(String(d));
  });
  return { years, months, days, monthDays };
}

/** Words after which "may" and "march" are months ("in may", "since march"), not a verb. */
const MONTH_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'early', 'late', 'mid', 'last', 'next', 'during', 'of']);

/** Whether a year the statement gives is one the sentence gives: the same year, or a year of the same decade. */
export function sameYear(stated: string, given: Set<string>): boolean {
  if (given.has(stated)) return true;
  const decade = (y: string) => y.slice(0, 3);
  return [...given].some((g) => (stated.endsWith('s') || g.endsWith('s')) && decade(g) === decade(stated));
}

/** Every place word as a key: a country or city, or a demonym standing for its country ("Polish" → poland). */
const PLACE_KEYS = new Map<string, string>();
/** States and provinces, compared with each other ("a senator from X"). */
const REGION_KEYS = new Set(REGIONS.map(fold));
/** Continents and world regions: "Europe's last dictator" names no country a statement could have meant instead. */
const CONTINENT_KEYS = new Set(COUNTRIES.slice(COUNTRIES.indexOf('Africa')).map(fold));
for (const p of [...COUNTRIES, ...CITIES, ...REGIONS]) PLACE_KEYS.set(fold(p), fold(p));
for (const group of COUNTRY_ALIASES) for (const p of group) PLACE_KEYS.set(fold(p), fold(group[0]!));
for (const [abbr, p] of Object.entries(COUNTRY_ABBREVIATIONS)) PLACE_KEYS.set(fold(abbr), PLACE_KEYS.get(fold(p)) ?? fold(p));
for (const [name, p] of Object.entries(INFORMAL_COUNTRY_NAMES)) PLACE_KEYS.set(fold(name), PLACE_KEYS.get(fold(p)) ?? fold(p));
const COUNTRY_KEYS = COUNTRIES.map(fold).filter((c) => !c.includes(' '));
for (const d of DEMONYMS) {
  if (d.includes(' ')) continue;
  // the country it shares the longest start with: "malaysian" is Malaysia's, not Malawi's
  const alike = COUNTRY_KEYS.filter((c) => commonPrefix(c, d) >= Math.max(4, Math.min(c.length, d.length) - 3));
  const country = DEMONYM_PLACES[d] ?? alike.sort((a, b) => commonPrefix(b, d) - commonPrefix(a, d))[0];
  if (country) PLACE_KEYS.set(d, PLACE_KEYS.get(fold(country)) ?? fold(country));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** The places a text names (countries, cities, demonyms for their countries, "the Java Sea"), as keys. */
export function placeKeys(text: string): Set<string> {
  return new Set(placeSpans(text).map((p) => p.key));
}

/** The words of a text that name places, folded: "new" and "york" of "New York", "java" and "sea" of "the Java Sea". */
export function placeWords(text: string): Set<string> {
  return new Set(placeSpans(text).flatMap((p) => p.words));
}

const FEATURES = new Set(FEATURE_NOUNS);

/** A sea, river or other feature named by the one or two words before its noun: its key and its words. */
function featureAt(words: { raw: string; w: string; whole: string }[], i: number): { key: string; words: string[]; length: number } | null {
  for (const n of [2, 1]) {
    const noun = words[i + n];
    if (!noun || !FEATURES.has(noun.w)) continue;
    const name = words.slice(i, i + n);
    // "the Java Sea", or in chat "the south china sea"; never "a big river"
    const capitalised = /^\p{Lu}/u.test(noun.raw);
    if (name.some((x) => isStopword(x.w) || /\d/.test(x.w) || (capitalised && !/^\p{Lu}/u.test(x.raw)))) continue;
    if (!capitalised && words[i - 1]?.w !== 'the') continue;
    const all = [...name, noun].map((x) => x.w);
    return { key: all.join(' ').replace(/s$/, ''), words: all, length: n + 1 };
  }
  return null;
}

/** Prepositions that put a place in a slot, by the slot: "in/at X" is where, "into/to X" whither, "from X" whence. */
export const PLACE_PREPOSITIONS: Readonly<Record<string, string>> = { in: 'at', at: 'at', inside: 'at', within: 'at', into: 'to', to: 'to', towards: 'to', toward: 'to', from: 'from', near: 'near', outside: 'near', around: 'near' };

/** A place with the slot a preposition before it puts it in ("into Belarus" → to), or null without one. */
export interface PlaceSlot {
  key: string;
  slot: string;
}

/**
 * The places of a text in their slots: known places after a preposition, and in article text a capitalised run
 * after one ("in Downing Street", "at Hofstra"), which the lexicons need not know.
 */
export function placeSlots(text: string, capitalisedRuns: boolean): PlaceSlot[] {
  const out = placeSpans(text).flatMap((p) => (p.before && Object.hasOwn(PLACE_PREPOSITIONS, p.before) ? [{ key: p.key, slot: PLACE_PREPOSITIONS[p.before]! }] : []));
  if (capitalisedRuns) {
    for (const m of text.matchAll(/\b(in|at|into|to|from|near|outside|inside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu)) {
      const run = fold(m[2]!);
      if (dateKeys(m[2]!).months.size || dateKeys(m[2]!).days.size) continue;
      out.push({ key: placeKeys(run).size === 1 ? [...placeKeys(run)][0]! : run, slot: PLACE_PREPOSITIONS[m[1]!]! });
    }
  }
  return out;
}

function placeSpans(text: string): { key: string; words: string[]; before?: string }[] {
  // a hyphenated compound names its places ("Germany-based", "the Poland-Ukraine border") unless it is one place
  const words = wordsOf(text).flatMap((t) => (PLACE_KEYS.has(fold(t.word)) ? [t.word] : t.parts).map((raw) => ({ raw, w: fold(raw), whole: fold(t.word) })));
  const out: { key: string; words: string[]; before?: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const feature = featureAt(words, i);
    if (feature) {
      out.push({ ...feature, before: words[i - 1]?.w === 'the' ? words[i - 2]?.w : words[i - 1]?.w });
      i += feature.length - 1;
      continue;
    }
    // two-word places first ("New York", "South Korea"); capitalised unless the writer typed all in lower case
    const two = i + 1 < words.length ? `${words[i]!.w} ${words[i + 1]!.w}` : '';
    if (two && PLACE_KEYS.has(two)) {
      out.push({ key: PLACE_KEYS.get(two)!, words: [words[i]!.w, words[i + 1]!.w], before: before(words, i) });
      i++;
      continue;
    }
    const w = words[i]!.w.replace(/s$/, '');
    // "Mich." for Michigan, capitalised as a dateline writes it
    const abbreviation = /^\p{Lu}/u.test(words[i]!.raw) && Object.hasOwn(REGION_ABBREVIATIONS, words[i]!.w) ? REGION_ABBREVIATIONS[words[i]!.w] : undefined;
    if (abbreviation) {
      out.push({ key: fold(abbreviation), words: [words[i]!.w], before: before(words, i) });
      continue;
    }
    const key = PLACE_KEYS.get(words[i]!.w) ?? (w.length > 4 ? PLACE_KEYS.get(w) : undefined);
    // "us" and "china" are words: an abbreviation counts only in capitals
    // "france-based" is a place word as written too
    if (key && (words[i]!.raw.length > 3 || /^\p{Lu}+$/u.test(words[i]!.raw))) out.push({ key, words: [words[i]!.w, words[i]!.whole], before: before(words, i) });
  }
  return out;
}

/** The word before a place, past a "the" ("into the Baltics"). */
function before(words: { w: string }[], i: number): string | undefined {
  return words[i - 1]?.w === 'the' ? words[i - 2]?.w : words[i - 1]?.w;
}

/**
 * Whether two place keys could stand for each other in a sentence: countries and cities, states, continents, or
 * features of one kind ("the Java Sea" / "the South China Sea").
 */
export function samePlaceKind(a: string, b: string): boolean {
  const kind = (k: string) => (REGION_KEYS.has(k) ? 'region' : CONTINENT_KEYS.has(k) ? 'continent' : FEATURES.has(k.split(' ').at(-1)!) && k.includes(' ') ? k.split(' ').at(-1)! : 'place');
  return kind(a) === kind(b);
}

const NEGATOR_RE = new RegExp(`(?<![\\p{L}'’])(?:${NEGATION_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}'’])|n['’]t(?![\\p{L}])`, 'giu');

/** A vote cast against ("voted against the deal"): the "no" of "voted no on the deal", so the two agree. */
const VOTED_AGAINST = /(?<=\bvot(?:e|es|ed|ing)\s+)against(?![\p{L}])/giu;

/** The negations of a text, as matched, in order. */
function negations(text: string): RegExpExecArray[] {
  return [...text.matchAll(NEGATOR_RE), ...text.matchAll(VOTED_AGAINST)]
    // "No. 4 Ohio State", "no 1": a number, not a negation
    .filter((m) => !(/^no$/i.test(m[0]) && /^\.?\s*\d/.test(text.slice(m.index + 2))))
    .sort((a, b) => a.index - b.index);
}

/** Whether a text negates anything ("didn't", "never", "refused to"; not "No. 4"). */
export function negates(text: string): boolean {
  return negations(text).length > 0;
}

/** The words a negation governs, as written: the few after it ("no regret", "yet to be admitted", "didn't start"). */
export function negatedWords(text: string, reach = NEGATED_WORDS): string[] {
  return negations(text)
    // a negation reaches to the end of its clause at most ("no jobs, 58 percent …" does not negate "percent")
    .flatMap((m) => tokenize(text.slice(m.index + m[0].length).split(/[,;:.!?—–]|\s-\s/)[0]!).slice(0, reach).map((t) => t.word));
}

const LIGHT_ADVERBS = new Set(['really', 'even', 'yet', 'still', 'just', 'quite', 'very', 'so', 'too', 'always', 'ever', 'much']);

/** The words a negation reaches, and the first content word among them (past adverbs: "isn't really committed"). */
function negated(text: string, m: RegExpExecArray): { words: string[]; head: string | undefined } {
  const words = tokenize(text.slice(m.index + m[0].length).split(/[,;:.!?—–]|\s-\s/)[0]!).slice(0, NEGATED_WORDS).map((t) => t.word);
  return { words, head: words.find((w) => !isStopword(fold(w)) && !/ly$/i.test(w) && !LIGHT_ADVERBS.has(fold(w))) };
}

/** The first content word each negation governs ("sell" of "didn't sell the boat"): what it denies. */
export function negationHeads(text: string): string[] {
  return negations(text).flatMap((m) => negated(text, m).head ?? []);
}

/** How many words after a negation it governs. */
const NEGATED_WORDS = 4;

/** The stems of a base form's inflections: the stemmer does not always bring them to one ("agree", "agreed"). */
function inflectedStems(w: string): string[] {
  const e = w.endsWith('e') ? w : `${w}e`;
  return [...new Set([w, `${w}s`, `${e}d`, `${w}ed`, `${w}ing`].map(stem))];
}

/** Each word's stem → the stems of its opposites. */
const OPPOSITES = new Map<string, Set<string>>();
for (const [a, b] of ANTONYM_PAIRS) {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const w of from) {
      for (const k of inflectedStems(w)) {
        const set = OPPOSITES.get(k) ?? new Set<string>();
        for (const o of to) for (const ok of inflectedStems(o)) set.add(ok);
        OPPOSITES.set(k, set);
      }
    }
  }
}

/** Each word's stem → the stems on its own side of a pair: near-synonyms ("remorse" for "regret"). */
const ALIKE = new Map<string, Set<string>>();
for (const side of ANTONYM_PAIRS.flat()) {
  for (const w of side) {
    for (const k of inflectedStems(w)) {
      const set = ALIKE.get(k) ?? new Set<string>();
      for (const o of side) for (const ok of inflectedStems(o)) if (ok !== k) set.add(ok);
      ALIKE.set(k, set);
    }
  }
}

for (const group of PARAPHRASE_CLASSES) {
  const words = group.map((w) => w.split(' ')[0]!);
  for (const w of words) {
    for (const k of inflectedStems(w)) {
      const set = ALIKE.get(k) ?? new Set<string>();
      for (const o of words) for (const ok of inflectedStems(o)) if (ok !== k) set.add(ok);
      ALIKE.set(k, set);
    }
  }
}

/** Stems that say what a word says ("remorse", "sorry" for "regret"; "resign" for "quit"). */
export function alikeStems(word: string): string[] {
  return [...(ALIKE.get(stem(word)) ?? [])];
}

/** Stems of the statement that the sentence answers with an opposite, and the opposite it uses. */
export function opposedWords(statement: string, sentence: string): { word: string; opposite: string }[] {
  const said = new Set(tokenize(statement).map((t) => stem(t.word)));
  const given = tokenize(sentence).map((t) => ({ word: t.word, key: stem(t.word) }));
  const givenKeys = new Set(given.map((g) => g.key));
  const out: { word: string; opposite: string }[] = [];
  for (const s of said) {
    const opposites = OPPOSITES.get(s);
    if (!opposites || givenKeys.has(s)) continue;
    // a statement that says the sentence's word too, in its own words ("backed X against Y" / "supported X"), is no opposite
    const hit = given.find((g) => opposites.has(g.key) && !said.has(g.key) && ![...(ALIKE.get(g.key) ?? [])].some((k) => said.has(k)));
    if (hit) out.push({ word: s, opposite: hit.word });
  }
  return out;
}

/**
 * Whether a sentence gives both a word of the statement and its opposite ("searched for recipes less and restaurant
 * more"): which one goes with the statement's subject is not read, so the sentence supports nothing by it.
 */
export function contrasted(statement: string, sentence: string): boolean {
  const given = tokenize(sentence).map((t) => stem(t.word));
  const said = new Set(tokenize(statement).map((t) => stem(t.word)));
  // a statement with both sides itself ("agreed to override the veto") draws the same contrast
  return [...said].some((s) => {
    const opposites = OPPOSITES.get(s) ?? new Set<string>();
    if ([...opposites].some((o) => said.has(o))) return false;
    // the two close together, as one contrast ("cabins less and deck seats more"), not far apart in a long sentence
    return given.some((g, i) => g === s && given.slice(Math.max(0, i - CONTRAST_SPAN), i + CONTRAST_SPAN + 1).some((o) => opposites.has(o)));
  });
}

/** How many words apart a word and its opposite make one contrast. */
const CONTRAST_SPAN = 6;

/** "We don't know whether …", "it is unclear if …": a sentence that leaves the matter open asserts nothing. */
const OPEN_QUESTION = /\b(?:whether|unclear|not (?:yet )?(?:known|clear|certain)|n['’]t (?:know|clear|certain))\b/i;

/** Whether a sentence leaves open what the statement asserts (and the statement does not leave it open too). */
export function leftOpen(statement: string, sentence: string): boolean {
  return OPEN_QUESTION.test(sentence) && !OPEN_QUESTION.test(statement);
}

/**
 * Whether a comparison stands the other way round: "the World Cup was searched more than pizza" against "Pizza was
 * searched more than the World Cup" — a word before "than" in one is after it in the other.
 */
export function comparedBackwards(statement: string, sentence: string): boolean {
  const sides = (text: string) => {
    const at = text.search(/\bthan\b/i);
    if (at < 0) return null;
    const keys = (t: string) => new Set(contentTerms(t).map((x) => stem(x.token.word)));
    return { before: keys(text.slice(0, at)), after: keys(text.slice(at)) };
  };
  const a = sides(statement);
  const b = sides(sentence);
  if (!a || !b) return false;
  return [...a.after].some((k) => b.before.has(k) && !b.after.has(k)) && [...a.before].some((k) => b.after.has(k) && !b.before.has(k));
}

/** Names made of letters and a number ("G7", "MH17", "Su-24"): the letters with another number name another thing. */
export function otherNumbered(statement: string, sentence: string): string | null {
  const ids = (text: string) => [...text.matchAll(/\b(\p{L}{1,4})-?(\d{1,4})\b/gu)].map((m) => ({ letters: fold(m[1]!), digits: m[2]!, text: m[0] }));
  const given = ids(sentence);
  for (const id of ids(statement)) {
    if (given.some((g) => g.letters === id.letters && g.digits === id.digits)) continue;
    const other = given.find((g) => g.letters === id.letters);
    if (other) return other.text;
  }
  return null;
}

const EXCLUSIVE_RES = EXCLUSIVE_VALUES.map((group) => group.map((v) => new RegExp(`(?<![\\p{L}])${v.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu')));

/** For each slot of EXCLUSIVE_VALUES, the values a text gives, e.g. [["weekly"], []]. */
export function exclusiveValues(text: string): string[][] {
  return EXCLUSIVE_RES.map((res, g) => res.flatMap((re, i) => (re.test(text) ? [EXCLUSIVE_VALUES[g]![i]!] : [])));
}
