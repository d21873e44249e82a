import { quoteSegments } from '../article/quotes';
import type { Article } from '../article/types';
import { SPIN_LIKELY_MIN_SIGNALS, SPIN_LIKELY_SCORE, SPIN_SUBSTITUTIONS } from '../lexicon/spin';
import type { SpinReport, SpinSignal, Stage } from './types';

interface Phrase {
  words: string[];
  original: string;
}

/** Phrases by their first word, longest first, so "for the reason that begin of" wins over "for the reason that". */
const BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const s of SPIN_SUBSTITUTIONS) {
  const words = normalise(s.spun).split(' ');
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push({ words, original: s.original });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST_WORD.set(words[0]!, list);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

/** Tortured phrases in one stretch of text: a word-by-word scan, linear in its length. */
function findPhrases(text: string): { index: number; length: number; original: string }[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: normalise(m[0]), index: m.index, end: m.index + m[0].length }));
  const found = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = BY_FIRST_WORD.get(words[i]!.word)?.find((p) => p.words.every((w, k) => words[i + k]?.word === w));
    if (!phrase) continue;
    const last = words[i + phrase.words.length - 1]!;
    found.push({ index: words[i]!.index, length: last.end - words[i]!.index, original: phrase.original });
    i += phrase.words.length - 1;
  }
  return found;
}

/** A short phrase with its tortured phrases put back ("the legal professional common" → "the attorney general"). */
export function unspinPhrase(text: string): string {
  let out = '';
  let from = 0;
  for (const m of findPhrases(text)) {
    out += text.slice(from, m.index) + m.original;
    from = m.index + m.length;
  }
  return out + text.slice(from);
}

/** Finds tortured phrases outside quotation marks (quotes are the reporter's sources' own words). */
export function detectSpin(article: Article): SpinReport {
  const signals: SpinSignal[] = [];
  let words = 0;
  for (const p of article.paragraphs) {
    let from = p.start;
    for (const q of [...quoteSegments(article.text, p.start, p.end), { open: p.end, close: p.end }]) {
      const outside = article.text.slice(from, q.open);
      words += outside.match(/\p{L}+/gu)?.length ?? 0;
      for (const m of findPhrases(outside)) {
        const start = from + m.index;
        signals.push({ text: article.text.slice(start, start + m.length), original: m.original, start, end: start + m.length, paragraph: p.index });
      }
      from = q.close;
    }
  }
  const score = words === 0 ? 0 : Math.round((signals.length * 1000 * 10) / words) / 10;
  const distinct = new Set(signals.map((s) => normalise(s.text))).size;
  return { signals, score, likely: score >= SPIN_LIKELY_SCORE && distinct >= SPIN_LIKELY_MIN_SIGNALS };
}

export const spinStage: Stage = {
  name: 'spin',
  run(facts) {
    facts.spin = detectSpin(facts.article);
  },
};
