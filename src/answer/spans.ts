import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { MONTHS, TIME_UNITS as UNIT_WORDS, WEEKDAYS } from '../lexicon/calendar';
import { CARDINALS } from '../lexicon/number-words';
import { CURRENCY_SIGNS, LARGE_NUMBER_WORDS, MAGNITUDE_SUFFIXES, NUMBER_QUALIFIERS, QUANTITY_PHRASES } from '../lexicon/numbers';
import { isStopword } from '../store/terms';

/** A span found inside a sentence, with offsets into the article text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// chrono-node costs ~0.3 s to load: a process that answers from its cache loads it only for the first date question
const requireLazily = createRequire(import.meta.url);
let chronoModule: typeof Chrono | undefined;
const chrono = (): typeof Chrono => (chronoModule ??= requireLazily('chrono-node') as typeof Chrono);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER_WORDS = [...CARDINALS.keys(), ...LARGE_NUMBER_WORDS].sort((a, b) => b.length - a.length);
const TIME_UNITS = [...UNIT_WORDS.keys()].filter((u) => !u.includes(' '));
const NUMBER = `(?:\\d[\\d,.]*|(?:${NUMBER_WORDS.map(escape).join('|')})(?:[- ](?:${NUMBER_WORDS.map(escape).join('|')}))*)`;
const QUALIFIER = `(?:(?:${NUMBER_QUALIFIERS.map(escape).join('|')})\\s+)?`;
// money and magnitudes: "£3bn", "$2.5 million" are one amount
const MONEY = `(?:(?:${CURRENCY_SIGNS.map(escape).join('|')})\\s?\\d[\\d,.]*(?:\\s?(?:${MAGNITUDE_SUFFIXES.map(escape).join('|')}))?(?![\\p{L}\\d]))`;
const NUMBER_RE = new RegExp(`${MONEY}|\\b(?:${QUALIFIER}${NUMBER}(?:\\s+(?:to|or)\\s+${NUMBER})?|(?:${QUANTITY_PHRASES.map(escape).join('|')}))\\b`, 'giu');
const UNIT = `(?:${TIME_UNITS.map(escape).join('|')})s?`;
const DURATION_RE = new RegExp(`\\b${QUALIFIER}${NUMBER}(?:\\s+(?:to|or)\\s+${NUMBER})?[- ]${UNIT}\\b|\\b(?:${TIME_UNITS.map(escape).join('|')})s\\b`, 'gi');
const YEAR_RE = /\b(?:1[89]\d\d|20\d\d)s?\b/g;
const DATE_LEAD = /\b(?:earlier|later|early|late|since|until|by|in|on|last|this|next)\s+$/i;

function spansOf(re: RegExp, text: string, base: number): Span[] {
  return [...text.matchAll(re)].map((m) => ({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] }));
}

/** Numbers with their qualifiers ("fewer than 30", "three", "19 to 60"); years are left to dates. */
export function numberSpans(text: string, base: number): Span[] {
  return spansOf(NUMBER_RE, text, base).filter((s) => !/^(?:1[89]\d\d|20\d\d)$/.test(s.text) && !/^some$/i.test(s.text));
}

/** Durations ("28-year", "three months", "decades"). */
export function durationSpans(text: string, base: number): Span[] {
  return spansOf(DURATION_RE, text, base);
}

/** Date expressions: what chrono-node reads (weekdays, months, "last month") and bare years; "earlier this week" kept whole. */
export function dateSpans(text: string, base: number): Span[] {
  const out: Span[] = [];
  for (const r of chrono().parse(text)) {
    if (/^(?:\w+\s+)?\d{1,2}$/.test(r.text)) continue; // "from 19": a bare small number is not a date
    let start = r.index;
    const lead = DATE_LEAD.exec(text.slice(Math.max(0, start - 10), start));
    if (lead && /^(earlier|later|early|late)/i.test(lead[0])) start -= lead[0].length;
    out.push({ start: base + start, end: base + r.index + r.text.length, text: text.slice(start, r.index + r.text.length) });
  }
  for (const y of spansOf(YEAR_RE, text, base)) if (!out.some((s) => s.start <= y.start && s.end >= y.end)) out.push(y);
  return out.sort((a, b) => a.start - b.start);
}

/** Text inside quotation marks. */
export function quoteSpans(text: string, base: number): Span[] {
  return [...text.matchAll(/[“"]([^“”"]{3,})[”"]/g)].map((m) => ({
    start: base + m.index + 1,
    end: base + m.index + 1 + m[1]!.length,
    text: m[1]!,
  }));
}

const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'al', 'van', 'von', 'and']);

/**
 * Runs of capitalised words ("Jane Holloway", "Bank of England"): the fallback when the
 * actor stage has not named anyone in a sentence. A capitalised first word of the sentence that is a common word
 * ("The", "But") does not start a name.
 */
export function nameSpans(text: string, base: number): Span[] {
  const out: Span[] = [];
  const words = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    // after a colon or a dash a new sentence may open inside the sentence ("… the following: What do you …")
    // a unit after a figure ("4°C", "3.6 degrees Fahrenheit") names no one
    if (!isName(w[0], w.index === 0 || /[.!?“":―—]\s*$/.test(text.slice(0, w.index))) || UNIT_AFTER_FIGURE.test(text.slice(Math.max(0, w.index - 10), w.index + w[0].length))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      const next = words[j + 1]!;
      const gap = text.slice(words[j]!.index + words[j]![0].length, next.index);
      if (!/^\s+$/.test(gap) && gap !== '-') break;
      if (isName(next[0], false)) j++;
      else if ((CONNECTORS.has(next[0]) || (next[0] === 'at' && CAMPUS.test(w[0]))) && j + 2 < words.length && isName(words[j + 2]![0], false)) j += 2;
      else break;
    }
    // a lone demonym names a group with the noun after it: "French police", "Russian forces"
    const after = words[j + 1];
    if (j === i && after && /(?:ian|ean|ese|ish|ic|an|i)$/.test(w[0]) && /^\s+$/.test(text.slice(w.index + w[0].length, after.index))) {
      if (/^\p{Ll}+$/u.test(after[0]) && !isStopword(after[0]) && !/(?:ed|ly|ing)$/.test(after[0])) j++;
    }
    const last = words[j]!;
    const start = w.index;
    const end = last.index + last[0].replace(/['’]s$|[.'’-]+$/, '').length;
    // "(D-Lerno)", "(R-N.C.)": a party and its state after a lawmaker's name, no one of its own
    if (!PARTY_LABEL.test(text.slice(Math.max(0, start - 1), end))) out.push({ start: base + start, end: base + end, text: text.slice(start, end) });
    i = j + 1;
  }
  return out;
}

const PARTY_LABEL = /^\([DRI]-/;

/** "4°C", "32F", "degrees Fahrenheit": a temperature's unit, capitalised but no name. */
const UNIT_AFTER_FIGURE = /(?:\d\s?°?|degrees\s+)(?:[CFK]|Celsius|Fahrenheit|Kelvin)$/;
/** "University of California at Irvine": a campus named by its place, one name. */
const CAMPUS = /^(?:University|College|Institute|School)$/;

const LARGE_NUMBERS = new Set(LARGE_NUMBER_WORDS);

/** Month names that are also given names or surnames ("Theresa May", "June Carter", "August Wilson"). */
const AMBIGUOUS_NAMES = new Set(['may', 'june', 'august']);

function isName(word: string, sentenceStart: boolean): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (sentenceStart && isStopword(word)) return false;
  // "in March.", "on Monday": capitalised, but dates (abbreviations like "May" or "Sun" may be names)
  const bare = word.replace(/[.'’-]+$/, '').toLowerCase();
  if ((MONTHS.has(bare) || WEEKDAYS.has(bare)) && bare.length > 3 && !AMBIGUOUS_NAMES.has(bare)) return false;
  // "Hundreds of …", "Four have been killed" open sentences capitalised: amounts, not names
  if (CARDINALS.has(bare) || LARGE_NUMBERS.has(bare)) return false;
  return !/^I(?:['’](?:m|ve|ll|d))?$/.test(word);
}

/**
 * Spans widened to the capitalised name of places joined by "of" / "at" they sit inside ("Irvine" of "the
 * University of California at Irvine"), read as written. Offsets into the article (the sentence's text starts at base).
 */
export function wholeNames<T extends Span>(sentence: string, base: number, spans: T[]): T[] {
  const names = nameSpans(sentence, base);
  return spans.map((sp) => {
    // (only a name joined by "of" / "at": a title before a name, "Prime Minister Jane Roe", stays out)
    const name = names.find((n) => n.start <= sp.start && sp.end <= n.end && n.end - n.start > sp.end - sp.start && n.text.includes(sp.text) && /\s(?:of|at)\s/.test(n.text));
    return name ? { ...sp, start: name.start, end: name.end, text: name.text } : sp;
  });
}
