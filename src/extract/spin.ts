import { quotedSpans } from '../article/quotes';
import type { Article } from '../article/types';
import { SPIN_LIKELY_MIN_SIGNALS, SPIN_LIKELY_SCORE, SPIN_SUBSTITUTIONS } from '../lexicon/spin';
import type { SpinReport, SpinSignal, Stage } from './types';

const ORIGINAL = new Map(SPIN_SUBSTITUTIONS.map((s) => [normalise(s.spun), s.original]));

/** One alternation, longest phrases first so "for the reason that begin of" wins over "for the reason that". */
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SPIN_SUBSTITUTIONS]
    .map((s) => s.spun)
    .sort((a, b) => b.length - a.length)
    .map(toPattern)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

function toPattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

/** Finds tortured phrases outside quotation marks (quotes are the reporter's sources' own words). */
export function detectSpin(article: Article): SpinReport {
  const signals: SpinSignal[] = [];
  let words = 0;
  for (const p of article.paragraphs) {
    let from = 0;
    for (const q of [...quotedSpans(p.text), { start: p.text.length, end: p.text.length }]) {
      const outside = p.text.slice(from, q.start);
      words += outside.match(/\p{L}+/gu)?.length ?? 0;
      for (const m of outside.matchAll(PATTERN)) {
        const start = p.start + from + m.index;
        signals.push({ text: m[0], original: ORIGINAL.get(normalise(m[0])) ?? m[0], start, end: start + m[0].length, paragraph: p.index });
      }
      from = q.end;
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
