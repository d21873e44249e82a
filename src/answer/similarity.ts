import { TRANSLITERATION_RULES } from '../lexicon/transliteration';

/** Edit distance (Levenshtein) between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Are two names spellings of each other? Transliterations and typos differ by an edit or two
 * ("Tchaikovsky"/"Chaikovsky", "mcron"/"macron"); the allowance grows with length so short names stay strict.
 */
export function closeSpelling(a: string, b: string): boolean {
  return withinEdits(a, b) || withinEdits(soundKey(a), soundKey(b));
}

function withinEdits(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const allowed = shorter <= 5 ? 1 : shorter <= 9 ? 2 : 3;
  return Math.abs(a.length - b.length) <= allowed && editDistance(a, b) <= allowed;
}

const RULES = TRANSLITERATION_RULES.map(([from, to]) => [new RegExp(from, 'g'), to] as const);

/** A word rewritten by the transliteration rules, doubled letters and a final silent "e" dropped. */
export function soundKey(word: string): string {
  let w = word.toLowerCase();
  for (const [re, to] of RULES) w = w.replace(re, to);
  return w.replace(/(.)\1+/g, '$1').replace(/(?<=..)e$/, '');
}
