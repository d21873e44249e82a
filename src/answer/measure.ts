import { MEASURE_NOUNS } from '../lexicon/measures';
import { amountSpans } from './amounts';
import type { Span } from './spans';

export type MeasureKind = keyof typeof MEASURE_NOUNS;

const KIND_OF = new Map(Object.entries(MEASURE_NOUNS).flatMap(([kind, nouns]) => nouns.map((n) => [n, kind as MeasureKind] as const)));

/**
 * "What was the vote", "what's the bank's inflation target", "what was their revenue": a what-question whose
 * subject is a quantity's noun asks the figure, of the kind the noun names. Null for any other question.
 */
export function measureAsked(question: string): MeasureKind | null {
  const q = question.toLowerCase().replace(/[?.!\s]+$/, '').replace(/\s+(?:now|currently|today|then|at the time)$/, '');
  const m = /^what(?:['’]s|s)?\s+(?:(?:is|was|are|were|will\s+be)\s+)?((?:[\p{L}'’-]+\s+){0,4}?)([\p{L}-]+)(?:\s+(?:of|on|in|for|at)\s+.+)?$/u.exec(q);
  if (!m) return null;
  // the subject's own words: no verb of a clause ("what did the vote show") before the noun
  if (/\b(?:did|does|do|has|have|had|can|could|would|will)\b/.test(m[1]!)) return null;
  return KIND_OF.get(m[2]!) ?? null;
}

/** The figure of the kind asked in the sentence, nearest the question's words (offsets into the sentence); null when none. */
export function measureSpan(kind: MeasureKind, sentence: string, anchors: number[]): Span | null {
  const spans = kind === 'tally' ? tallies(sentence) : amountSpans(sentence, 0).flatMap((s) => withUnit(kind, sentence, s));
  if (spans.length === 0) return null;
  const distance = (s: Span) => (anchors.length ? Math.min(...anchors.map((a) => (a < s.start ? s.start - a : a >= s.end ? a - s.end : 0))) : s.start);
  return spans.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/** "5-4", "80-19", "3 to 2": a vote or a score. */
function tallies(sentence: string): Span[] {
  return [...sentence.matchAll(/\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–]\d)|\b\d{1,3}\s+to\s+\d{1,3}\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const SHARE_UNIT = /^\s*(?:%|per\s?cent(?:age\s+points?)?|percentage\s+points?)/i;

/** A share with its sign ("4.6 percent"), money with its currency ("41.2 million pounds", "$3m"); else none. */
function withUnit(kind: MeasureKind, sentence: string, s: Span): Span[] {
  const after = sentence.slice(s.end);
  if (kind === 'share') {
    const unit = SHARE_UNIT.exec(after);
    return unit ? [{ start: s.start, end: s.end + unit[0].length, text: sentence.slice(s.start, s.end + unit[0].length) }] : [];
  }
  if (/[$€£¥₽₹]/.test(s.text)) return [s];
  const unit = /^\s*(?:dollars?|euros?|pounds?|francs?|yen|yuan|rupees?|pesos?|krona|kronur|kronor)\b/i.exec(after);
  return unit ? [{ start: s.start, end: s.end + unit[0].length, text: sentence.slice(s.start, s.end + unit[0].length) }] : [];
}
