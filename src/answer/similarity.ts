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

/** Two rows of distances, reused: a misspelt name is compared with thousands of words. */
let rows = [new Int32Array(64), new Int32Array(64)] as const;

/**
 * Is the edit distance at most `max`? Only cells within `max` of the diagonal can stay under it, so only that
 * band is computed, and the comparison stops at the first row where none does.
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return false;
  if (a === b) return true;
  if (rows[0].length < m + 2) rows = [new Int32Array(m + 2), new Int32Array(m + 2)];
  let [prev, cur] = rows;
  const over = max + 1;
  for (let j = 0; j <= m + 1; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[lo - 1] = lo === 1 ? i : over;
    let least = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d;
      if (d < least) least = d;
    }
    cur[hi + 1] = over;
    if (least > max) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[m]! <= max;
}

/**
 * Are two names spellings of each other? Transliterations and typos differ by an edit or two
 * ("Tchaikovsky"/"Chaikovsky", "mcron"/"macron"); the allowance grows with length so short names stay strict.
 */
export function closeSpelling(a: string, b: string): boolean {
  return closeSpellingTo(a)(b);
}

/**
 * closeSpelling with one side fixed, for comparing one word with many: its sound key is made once, and the
 * others' come from `keyOf` (a cache of them, say). A sound key is never longer than its word, so a word too
 * short to come within three letters of this key is let go without making its key.
 */
export function closeSpellingTo(word: string, keyOf: (w: string) => string = soundKey): (other: string) => boolean {
  const key = soundKey(word);
  const shortest = Math.max(4, key.length - 3);
  return (other) => withinEdits(word, other) || (other.length >= shortest && withinEdits(key, keyOf(other)));
}

/** Edits two spellings may differ by, from the shorter one's length (none under four letters). */
export function allowedEdits(shorter: number): number {
  return shorter < 4 ? 0 : shorter <= 5 ? 1 : shorter <= 9 ? 2 : 3;
}

function withinEdits(a: string, b: string): boolean {
  const allowed = allowedEdits(Math.min(a.length, b.length));
  return allowed > 0 && withinDistance(a, b, allowed);
}

/**
 * Which characters a word has, folded into 32 bits. One edit changes at most two bits, so two words whose
 * masks differ in more than 2k bits are more than k edits apart: a filter that costs a few operations.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

/** Bits set in one mask and not the other. */
export function maskDistance(a: number, b: number): number {
  let x = a ^ b;
  let n = 0;
  for (; x; n++) x &= x - 1;
  return n;
}

/**
 * A word rewritten by the transliteration rules (literal spellings, in order), doubled letters and a final
 * silent "e" dropped. A misspelt name is compared with thousands of words, so rules absent from a word are skipped.
 */
export function soundKey(word: string): string {
  let w = word.toLowerCase();
  for (const [from, to] of TRANSLITERATION_RULES) if (w.includes(from)) w = w.replaceAll(from, to);
  let key = '';
  for (let i = 0; i < w.length; i++) if (w[i] !== w[i - 1]) key += w[i];
  return key.length >= 3 && key.endsWith('e') ? key.slice(0, -1) : key;
}
