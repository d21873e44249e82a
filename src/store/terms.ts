import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs';
import { SPIN_SUBSTITUTIONS } from '../lexicon/spin';
import { STOPWORDS } from '../lexicon/stopwords';
import { KIND_CLASSES, SYNONYM_CLASSES } from '../lexicon/synonyms';
import { TITLE_ABBREVIATIONS } from '../lexicon/titles';

/**
 * Word normalisation shared by the sentence index and question parsing: both sides go through the same steps
 * (fold case and accents, base form, crude stem, synonym class) so a plain question meets spun article text.
 */

export interface Token {
  /** The word as written (possessive 's removed). */
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Words of a text with offsets; possessive endings are dropped from the word but kept in the span. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0].replace(/['’]s$/i, '');
    out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function fold(word: string): string {
  // most words are plain ASCII: skip the Unicode decomposition for them
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();
}

const BASE_FORM = new Map<string, string>();
for (const forms of IRREGULAR_VERBS) for (const f of forms) if (!BASE_FORM.has(f)) BASE_FORM.set(f, forms[0]!);

/** A crude suffix stemmer: it only has to map a word and its inflections to the same key. */
export function stem(word: string): string {
  let w = fold(word);
  w = BASE_FORM.get(w) ?? w;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|us|is)$/.test(w)) {
    // "press", "status", "crisis" are not plurals
  } else if (/(sses|xes|zes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  // one final consonant for all: "compelled"/"compel", "called"/"call", "pressed"/"press"
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}


const STOP = new Set(STOPWORDS);
/** Each stem's synonym-class keys ("~head"), and the kind keys its word is a member of. */
const CLASSES_OF = classKeys(SYNONYM_CLASSES);
const KINDS_OF = classKeys(KIND_CLASSES);

function classKeys(classes: readonly (readonly string[])[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const cls of classes) {
    const head = `~${stem(cls[0]!)}`;
    for (const w of cls) {
      const key = stem(w);
      const list = out.get(key) ?? [];
      if (!list.includes(head)) list.push(head);
      out.set(key, list);
    }
  }
  return out;
}

export function isStopword(word: string): boolean {
  return STOP.has(fold(word).replace(/'/g, ''));
}

/**
 * Index keys of one word: its stem, plus "~class" keys for every synonym class it belongs to.
 * Stop words give none.
 */
export function termKeys(word: string): string[] {
  const known = KEYS.get(word);
  if (known) return known;
  const s = isStopword(word) ? '' : stem(word);
  // "Sen." is a senator: an abbreviated title also carries the keys of the word it stands for
  const title = Object.hasOwn(TITLE_ABBREVIATIONS, fold(word)) ? TITLE_ABBREVIATIONS[fold(word)] : undefined;
  const full = title ? termKeys(title) : [];
  const keys = s.length === 0 ? [] : [...new Set([s, ...(CLASSES_OF.get(s) ?? []), ...(KINDS_OF.get(s) ?? []), ...full])];
  // a store's vocabulary is bounded, so every word's keys are worked out once
  if (KEYS.size < MAX_CACHED_WORDS) KEYS.set(word, keys);
  return keys;
}

/** A word's stem and synonym classes, without the kinds it is a member of: what may stand in for the word itself. */
export function synonymKeys(word: string): string[] {
  const s = isStopword(word) ? '' : stem(word);
  return s.length === 0 ? [] : [s, ...(CLASSES_OF.get(s) ?? [])];
}

const KEYS = new Map<string, string[]>();
const MAX_CACHED_WORDS = 500_000;

/** Content terms of a text: one group of keys per content word, in order. */
export function contentTerms(text: string): { token: Token; keys: string[] }[] {
  return tokenize(text)
    .map((token) => ({ token, keys: termKeys(token.word) }))
    .filter((t) => t.keys.length > 0);
}

const SPUN = new Map(SPIN_SUBSTITUTIONS.map((s) => [fold(s.spun), s.original]));
const SPUN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SPUN.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Text with a spinner's tortured phrases put back to their likely originals, for matching only (offsets change). */
export function despin(text: string): string {
  return fold(text).replace(SPUN_RE, (m) => SPUN.get(m) ?? m);
}

/** The index keys of a text's content words, after undoing spin: what sentences and questions are matched on. */
export function indexTerms(text: string): Set<string> {
  return new Set(contentTerms(despin(text)).flatMap((t) => t.keys));
}
