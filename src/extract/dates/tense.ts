import {
  FUTURE_BEFORE_TO,
  FUTURE_MARKERS,
  NOT_PAST_ED,
  PARTICIPLE_AUXILIARIES,
  PAST_VERBS,
  PRESENT_VERBS,
  PROSPECTIVE_MARKERS,
} from '../../lexicon/tense-cues';

/** Where the clause around a date sits relative to the time of writing. */
export type Tense = 'past' | 'present' | 'future' | 'prospective' | 'unknown';

const future = new Set(FUTURE_MARKERS);
const futureBeforeTo = new Set(FUTURE_BEFORE_TO);
const prospective = new Set(PROSPECTIVE_MARKERS);
const present = new Set(PRESENT_VERBS);
const past = new Set(PAST_VERBS);
const auxiliaries = new Set(PARTICIPLE_AUXILIARIES);
const notPast = new Set(NOT_PAST_ED);

/** How far to look for the governing verb, in words and (to stay linear on huge sentences) characters. */
const MAX_WORDS = 15;
const MAX_CHARS = 160;
const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*|['’](?:ll|d|s)\b|[;:]/g;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The tense one word signals, given its neighbours; null when it says nothing. */
function tenseOf(word: string, before: string | undefined, after: string | undefined): Tense | null {
  if (future.has(word)) return 'future';
  if (futureBeforeTo.has(word) && after === 'to') return 'future';
  if (prospective.has(word)) return 'prospective';
  if (word.endsWith('ed') && word.length > 3 && !notPast.has(word)) {
    // a participle after an auxiliary: the auxiliary (read next) sets the tense
    return before !== undefined && auxiliaries.has(before) ? null : 'past';
  }
  if (past.has(word)) return 'past';
  if (present.has(word)) return 'present';
  return null;
}

function scan(list: string[], indices: Iterable<number>): Tense | null {
  for (const i of indices) {
    const w = list[i]!;
    if (w === ';' || w === ':') return null;
    const t = tenseOf(w, list[i - 1], list[i + 1]);
    if (t) return t;
  }
  return null;
}

function* backwards(n: number): Generator<number> {
  for (let i = n - 1; i >= Math.max(0, n - MAX_WORDS); i--) yield i;
}

function* forwards(from: number, n: number): Generator<number> {
  for (let i = from; i < Math.min(n, from + MAX_WORDS); i++) yield i;
}

/**
 * The tense of the clause holding text[start, end): the nearest tense-bearing verb before it,
 * else the first one after it ("On Friday, the board voted").
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const before = words(text.slice(Math.max(0, start - MAX_CHARS), start));
  const after = words(text.slice(end, end + MAX_CHARS));
  const list = [...before, ...after];
  return scan(list, backwards(before.length)) ?? scan(list, forwards(before.length, list.length)) ?? 'unknown';
}
